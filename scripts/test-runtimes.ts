/**
 * `pnpm test:runtimes`: the packed packages on every runtime we support, each running the same smoke
 * scenario (`runtimes/scenario.mjs`) against a mock server over HTTP on 127.0.0.1: list workflows,
 * stream an execution through one forced drop and resume, page through schedules, catch a typed error
 * by class, abort. Runtimes: Node 20 (this machine), Node 22 and 24, Bun, Deno (`npm:` specifiers),
 * workerd through Miniflare, and headless Chromium from another origin (real CORS) with the relay
 * example.
 *
 * 1. In parallel: each runtime is made available (the npm registry's `node`, `bun`, `deno` and
 *    `miniflare` packages at pinned versions, cached in `.cache/runtimes/`; Debian's `chromium`,
 *    installed with apt-get if missing and root); and the packages are built, published to a local
 *    registry (as the install test does) and installed into a temp project.
 * 2. Each runtime runs the scenario against a mock server of its own, which drops the first execution
 *    stream after 4 events; the suite then checks from the mock's side that the stream was opened
 *    exactly twice, the second time resuming after the 4th event.
 * 3. One line per runtime, then a table. A runtime that cannot be installed or fails is a failure,
 *    with the reason.
 *
 *   pnpm test:runtimes [--only node-22,deno] [--json <file>] [--keep]
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startMockServer, scheduleFixture } from "@mistral-workflows/mock-server";
import { publishedPackages } from "./lib/changesets.ts";
import {
  publishWorkspace,
  runAsync,
  seedThirdParty,
  startLocalRegistry,
  type LocalRegistry,
} from "./lib/local-registry.ts";
import { root } from "./lib/root.ts";
import { matrix, type MatrixRuntime, type RunOutcome } from "./runtimes/matrix.ts";
import { SMOKE_ENCRYPTION_KEY } from "./runtimes/scenario.mjs";

const TIME_LIMIT_MS = 10 * 60_000;
const { values } = parseArgs({
  options: {
    only: { type: "string" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const log = (text: string) => console.log(`[${seconds(started)}] ${text}`);
const work = mkdtempSync(join(tmpdir(), "workflows-runtimes-"));
const cacheRoot = join(root, ".cache", "runtimes");
let registry: LocalRegistry | undefined;

process.on("exit", () => {
  registry?.stop();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
setTimeout(() => {
  console.error(`runtime matrix: over ${TIME_LIMIT_MS / 60_000} minutes, stopping.`);
  process.exit(1);
}, TIME_LIMIT_MS).unref();

/** The packages the scenario uses, installed as a user would. */
const SCENARIO_PACKAGES = [
  "@mistral-workflows/client",
  "@mistral-workflows/streaming",
  "@mistral-workflows/pagination",
  "@mistral-workflows/encoding",
];
/** Events the mock's default story sends, and after how many the first connection is dropped. */
const DROP_AFTER_EVENTS = 4;

/** Builds, publishes to a local registry and installs the packed packages into a temp project. */
async function prepareConsumer(): Promise<{ consumer: string; registryUrl: string }> {
  const packages = publishedPackages(root);
  await runAsync("pnpm", ["build"], root);
  log("built the packages");
  registry = await startLocalRegistry(work);
  const seeded = await seedThirdParty(registry, packages, work);
  log(`local registry on ${registry.url}, seeded with ${seeded.length} third-party packages`);
  await publishWorkspace(registry);
  log("published the packages to it");
  const consumer = join(work, "consumer");
  mkdirSync(consumer, { recursive: true });
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  const version = packages[0]!.version;
  await runAsync(
    "npm",
    ["install", ...SCENARIO_PACKAGES.map((name) => `${name}@${version}`), "--no-audit", "--no-fund"],
    consumer,
    registry.env,
  );
  for (const name of SCENARIO_PACKAGES) {
    const installed = JSON.parse(readFileSync(join(consumer, "node_modules", name, "package.json"), "utf8"));
    if (installed.version !== version)
      throw new Error(`installed ${name}@${installed.version}, not ${version}`);
  }
  cpSync(join(root, "scripts", "runtimes"), consumer, {
    recursive: true,
    filter: (src) => !src.endsWith(".ts"),
  });
  cpSync(join(root, "examples", "relay"), join(consumer, "relay"), { recursive: true });
  log(`packed ${SCENARIO_PACKAGES.join(", ")} @ ${version}, installed from ${registry.url} into ${consumer}`);
  return { consumer, registryUrl: registry.url };
}

interface Row {
  id: string;
  version: string;
  source: string;
  ok: boolean;
  line: string;
  events?: number;
  pages?: number;
  reconnects?: number;
  resumedAfter?: string;
  prepareSeconds?: number;
  runSeconds?: number;
  reason?: string;
}

/** Runs one runtime's scenario against a fresh mock; checks the drop and resume from the mock's side. */
async function runOne(
  runtime: MatrixRuntime,
  ready: { consumer: string; registryUrl: string },
): Promise<{ outcome: RunOutcome; row: Pick<Row, "events" | "pages" | "reconnects" | "resumedAfter"> }> {
  const server = await startMockServer({
    stepMs: 25,
    schedules: ["nightly-report", "hourly-sync", "weekly-digest"].map((id) =>
      scheduleFixture({ schedule_id: id, workflow_name: "report-generator" }),
    ),
    faults: [{ operations: ["executions.stream"], dropAfterEvents: DROP_AFTER_EVENTS, times: 1 }],
    // The scenario's encrypted workflow: its workers encrypt, and compress what is over 256 bytes.
    workerEncoding: {
      encryption: { mode: "full", mainKey: SMOKE_ENCRYPTION_KEY },
      compression: { minSizeBytes: 256 },
      workflows: ["report-generator"],
    },
  });
  const scratch = join(work, "runs", runtime.id);
  mkdirSync(scratch, { recursive: true });
  try {
    const outcome = await runtime.run({ ...ready, scratch, apiUrl: server.url });
    const result = outcome.result;
    const streams = server.api.requests.filter(
      (r) => r.operation === "executions.stream" && r.path.includes(String(result.executionId)),
    );
    if (streams.length !== 2) throw new Error(`the mock saw ${streams.length} stream requests, expected 2`);
    // The second request resumes after the last event the client had before the drop. (Which one that
    // is depends on what reached the client before the connection went down, so the scenario reports it.)
    const resumedFrom = streams[1]!.query.last_event_id ?? streams[1]!.headers["last-event-id"] ?? null;
    if ((resumedFrom ?? null) !== result.resumedAfter)
      throw new Error(
        `the client says it resumed after ${result.resumedAfter}, the mock got ${resumedFrom}: ` +
          JSON.stringify(streams.map((r) => ({ query: r.query, headers: r.headers, status: r.status }))),
      );
    // The encrypted execution went out encoded: `encoded_input` on the wire, `input` null.
    const sealed = server.api.requests.find(
      (r) =>
        r.operation === "workflows.executeWorkflow" &&
        (r.body as { encoded_input?: unknown } | undefined)?.encoded_input !== undefined,
    );
    if (!sealed || (sealed.body as { input?: unknown }).input !== null)
      throw new Error("the encrypted execution did not go out encoded");
    if (!(Number(result.decodedPayloads) > 0)) throw new Error("no event payload was decoded");
    return {
      outcome,
      row: {
        events: Number(result.events),
        pages: Number(result.pages),
        reconnects: Number(result.reconnects),
        resumedAfter: result.resumedAfter === null ? "from the start" : `after event ${result.resumedAfter}`,
      },
    };
  } finally {
    await server.close();
  }
}

async function main() {
  const only = values.only?.split(",");
  const runtimes = matrix(cacheRoot).filter((r) => !only || only.includes(r.id));
  log(`runtimes: ${runtimes.map((r) => r.id).join(", ")}; cache in ${cacheRoot}`);
  const consumer = prepareConsumer();
  consumer.catch(() => {}); // awaited below, per runtime
  const rows = await Promise.all(
    runtimes.map(async (runtime): Promise<Row> => {
      const t0 = Date.now();
      let source = "";
      try {
        source = await runtime.prepare();
        log(`${runtime.id}: ready (${source})`);
      } catch (error) {
        const reason = `cannot be installed: ${(error as Error).message}`;
        const line = `${runtime.id}: FAILED, ${reason.split("\n")[0]}`;
        console.log(line);
        return { id: runtime.id, version: "-", source: "-", ok: false, line, reason };
      }
      const prepareSeconds = (Date.now() - t0) / 1000;
      let t1 = Date.now();
      try {
        const ready = await consumer;
        t1 = Date.now();
        const { outcome, row } = await runOne(runtime, ready);
        const name = String(outcome.result.runtime);
        const extra = [`dropped once, resumed ${row.resumedAfter}`, ...(outcome.notes ?? [])].join("; ");
        const line = `${name}: ok, ${row.events} events, ${row.pages} pages, an encrypted execution (${extra})`;
        console.log(line);
        return {
          id: runtime.id,
          version: name,
          source,
          ok: true,
          line,
          ...row,
          prepareSeconds,
          runSeconds: (Date.now() - t1) / 1000,
        };
      } catch (error) {
        const reason = (error as Error).message;
        const line = `${runtime.id}: FAILED, ${reason.split("\n")[0]}`;
        console.log(line);
        return { id: runtime.id, version: "-", source, ok: false, line, reason, prepareSeconds };
      }
    }),
  );

  const table = [
    [
      "runtime",
      "version (as it reports itself)",
      "from",
      "result",
      "events",
      "pages",
      "resumed",
      "ready in",
      "ran in",
    ],
    ...rows.map((r) => [
      r.id,
      r.version,
      r.source,
      r.ok ? "ok" : "FAILED",
      String(r.events ?? "-"),
      String(r.pages ?? "-"),
      r.resumedAfter ?? "-",
      r.prepareSeconds === undefined ? "-" : `${r.prepareSeconds.toFixed(1)}s`,
      r.runSeconds === undefined ? "-" : `${r.runSeconds.toFixed(1)}s`,
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const format = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(`\n${format(table[0]!)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table.slice(1)) console.log(format(row));
  const failed = rows.filter((r) => !r.ok);
  for (const row of failed) console.log(`\n${row.id}: ${row.reason}`);
  console.log(`\nruntime matrix: ${rows.length - failed.length} of ${rows.length} ok in ${seconds(started)}`);
  if (values.json)
    writeFileSync(values.json, JSON.stringify({ rows, seconds: (Date.now() - started) / 1000 }, null, 2));
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
