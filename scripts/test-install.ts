/**
 * `pnpm test:install`: proves each published package installs and works on its own, as a user gets it.
 *
 * 1. Starts Verdaccio on 127.0.0.1 (a free port) with a temporary storage and config and no uplink,
 *    so nothing is fetched from the internet; creates a user to publish as.
 * 2. Seeds it with the third-party runtime dependencies of our packages, re-published from the
 *    workspace's install (the closure of `dependencies`: openapi-fetch, eventsource-parser, ajv, …).
 * 3. Publishes every package through the release path: `scripts/release.ts --registry <local>`
 *    (build, package checks, `pnpm publish -r`), without bumping versions or writing the real snapshot.
 * 4. For each package, in a fresh directory under the OS temp folder (outside the workspace):
 *    `npm install <package>` from the local registry alone, then an ESM `import`, a CJS `require`
 *    (each running a small piece of real use), and `tsc --noEmit` of a typed usage under
 *    `moduleResolution: node16` (an `.mts` and a `.cts` file) and `bundler`, with `skipLibCheck: false`
 *    and no `@types/node`, so the shipped declarations themselves are checked.
 * 5. Stops the registry and removes everything, also on failure or timeout.
 *
 *   pnpm test:install [--keep]   (--keep leaves the temp folder for inspection)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { publishedPackages, type WorkspacePackage } from "./lib/changesets.ts";
import { spawn } from "node:child_process";
import {
  baseEnv,
  run,
  seedThirdParty,
  startLocalRegistry,
  type LocalRegistry,
} from "./lib/local-registry.ts";
import { root } from "./lib/root.ts";

const TIME_LIMIT_MS = 15 * 60_000;
const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } });
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), "workflows-install-"));
let registry: LocalRegistry | undefined;

function cleanup() {
  registry?.stop();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
const deadline = setTimeout(() => {
  console.error(`install test: over ${TIME_LIMIT_MS / 60_000} minutes, stopping.`);
  process.exit(1);
}, TIME_LIMIT_MS);
deadline.unref();

const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);

interface Usage {
  /** Exports that must be functions, in both module systems. */
  functions: string[];
  /** Runs with `m` bound to the module; throws if something is off. Valid in ESM and CJS (inside an async function). */
  smoke: string;
  /** A typed usage: must compile, and its `@ts-expect-error` lines must really be errors. */
  typed: string;
  /**
   * Commands run through `npx <bin> …` in the consumer's folder (a package with a `bin`), each with the
   * exit code and output it must give. `{mock}` in an argument is the URL of a mock server this script
   * starts from the workspace's build.
   */
  bin?: { args: string[]; env?: Record<string, string>; code: number; stdout?: RegExp; stderr?: RegExp }[];
}

const fakeFetch = (body: string) =>
  `async () => new Response(${JSON.stringify(body)}, { status: 200, headers: { "content-type": "application/json" } })`;

const usages: Record<string, Usage> = {
  "@mistral-workflows/client": {
    functions: ["createClient", "toAPIError"],
    smoke: `
      const client = m.createClient({ apiKey: "k", baseUrl: "http://api.invalid", maxRetries: 0,
        fetch: ${fakeFetch('{"schedule_id":"s1","workflow_name":"w","paused":false,"input":null}')} });
      const schedule = await client.schedules.getSchedule({ schedule_id: "s1" });
      if (schedule.schedule_id !== "s1") throw new Error("unexpected body " + JSON.stringify(schedule));
      if (!(m.toAPIError(new Response("{}", { status: 404 }), {}) instanceof m.NotFoundError)) throw new Error("404");`,
    typed: `
      import { createClient, NotFoundError, toAPIError, type components } from "@mistral-workflows/client";
      export async function main(): Promise<string> {
        const client = createClient({ apiKey: "k" });
        const schedule: components["schemas"]["ScheduleDefinitionOutput"] =
          await client.schedules.getSchedule({ schedule_id: "s1" });
        // @ts-expect-error: schedule_id is required
        await client.schedules.getSchedule({});
        const { data, error } = await client.GET("/v1/workflows/schedules/{schedule_id}", {
          params: { path: { schedule_id: "s1" } },
        });
        const paused: boolean | undefined = data?.paused;
        // @ts-expect-error: not a path of the API
        await client.GET("/v1/nope");
        const thrown = toAPIError(new Response(null, { status: 404 }), error);
        const status: number = thrown instanceof NotFoundError ? thrown.status : 0;
        const requestId: string | null = thrown.requestId;
        return schedule.workflow_name + String(paused) + status + requestId;
      }`,
  },
  "@mistral-workflows/pagination": {
    functions: ["paginate", "paginateWith"],
    smoke: `
      const client = { schedules: { getSchedules: async () =>
        ({ schedules: [{ schedule_id: "a" }, { schedule_id: "b" }], next_page_token: null }) } };
      const ids = [];
      for await (const s of m.paginate(client, "schedules.getSchedules")) ids.push(s.schedule_id);
      if (ids.join() !== "a,b") throw new Error("paginated " + ids.join());`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { paginate } from "@mistral-workflows/pagination";
      export async function main(): Promise<string[]> {
        const client = createClient({ apiKey: "k" });
        const ids: string[] = [];
        for await (const s of paginate(client, "schedules.getSchedules", { page_size: 10 })) ids.push(s.schedule_id);
        // @ts-expect-error: not a list operation
        paginate(client, "schedules.getSchedule");
        return ids;
      }`,
  },
  "@mistral-workflows/streaming": {
    functions: ["streamExecution", "streamEvents", "streamExecutionLogs", "createSSEParser"],
    smoke: `
      const seen = [];
      const parser = m.createSSEParser({ onEvent: (e) => seen.push([e.id, e.event, e.data]) });
      parser.feed(new TextEncoder().encode("id: 7\\nevent: step\\ndata: {\\"a\\":1}\\n\\n"));
      if (JSON.stringify(seen) !== '[["7","step","{\\\\"a\\\\":1}"]]') throw new Error("parsed " + JSON.stringify(seen));`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { streamExecution, type WorkflowStreamEvent } from "@mistral-workflows/streaming";
      export async function main(): Promise<number> {
        const client = createClient({ apiKey: "k" });
        let last = 0;
        for await (const event of streamExecution(client, { execution_id: "e1" })) {
          const typed: WorkflowStreamEvent = event;
          last = typed.broker_sequence;
        }
        // @ts-expect-error: execution_id is required
        streamExecution(client, {});
        return last;
      }`,
  },
  "@mistral-workflows/encoding": {
    functions: [
      "createPayloadCodec",
      "createMemoryBlobStore",
      "encryptedString",
      "BlobNotFoundError",
      "BlobTooLargeError",
      "BlobStoreSdkMissingError",
    ],
    smoke: `
      const codec = m.createPayloadCodec({
        encryption: { mode: "full", mainKey: "ab".repeat(32) },
        compression: { minSizeBytes: 0 },
      });
      const encoded = await codec.encodeInput({ text: "x".repeat(500) }, { executionId: "e1" });
      if (encoded.encoding_options.join() !== "compressed,encrypted") throw new Error("options " + encoded.encoding_options);
      const decoded = await codec.decodeResult(encoded);
      if (decoded.text.length !== 500) throw new Error("decoded " + JSON.stringify(decoded));
      const s3 = typeof require === "function"
        ? require("@mistral-workflows/encoding/s3")
        : await import("@mistral-workflows/encoding/s3");
      // Installed alone, without the optional AWS SDK: the store loads, and its first call names what to install.
      const error = await s3.createS3BlobStore({ bucket: "b" }).get("k").then(() => null, (e) => e);
      if (!(error instanceof m.BlobStoreSdkMissingError) || error.packageName !== "@aws-sdk/client-s3")
        throw new Error("expected BlobStoreSdkMissingError, got " + error);
      if (new m.BlobNotFoundError("k").key !== "k") throw new Error("BlobNotFoundError has no key");`,
    typed: `
      import {
        BlobNotFoundError,
        createPayloadCodec,
        encryptedString,
        type BlobStore,
        type NetworkEncodedInput,
        type PayloadCodec,
      } from "@mistral-workflows/encoding";
      export async function main(): Promise<unknown> {
        const blobs = new Map<string, Uint8Array>();
        const store: BlobStore = {
          async get(key) {
            const bytes = blobs.get(key);
            if (!bytes) throw new BlobNotFoundError(key);
            return bytes;
          },
          async put(key, data) {
            blobs.set(key, data);
          },
          async exists(key) {
            return blobs.has(key);
          },
        };
        // @ts-expect-error: a blob is bytes
        await store.put("k", "text");
        const codec: PayloadCodec = createPayloadCodec({
          encryption: { mode: "partial", mainKey: "ab".repeat(32) },
          offloading: { store, namespace: "ns" },
        });
        const input: NetworkEncodedInput = await codec.encodeInput({ ssn: encryptedString("1") }, { executionId: "e" });
        // @ts-expect-error: mode is "full" or "partial"
        createPayloadCodec({ encryption: { mode: "half", mainKey: "" } });
        return codec.decodeResult(input);
      }`,
  },
  "@mistral-workflows/handles": {
    functions: ["defineWorkflow", "defineSignal", "startExecution", "executeAndWait", "getExecutionHandle"],
    smoke: `
      const { createClient } = await import("@mistral-workflows/client");
      const sent = [];
      const client = createClient({ apiKey: "k", baseUrl: "http://api.invalid", maxRetries: 0,
        fetch: async (input, init) => {
          const request = new Request(input, init);
          sent.push(request.method + " " + new URL(request.url).pathname + " " + (await request.text()));
          return new Response('{"execution_id":"e1","workflow_name":"w","root_execution_id":"e1","status":"RUNNING",' +
            '"start_time":"2025-01-06T09:00:00Z","end_time":null,"result":null}',
            { status: 200, headers: { "content-type": "application/json" } });
        } });
      const handle = await m.startExecution(client, m.defineWorkflow("w"), { a: 1 }, { executionId: "e1" });
      await handle.signal(m.defineSignal("go"), { now: true });
      if (handle.executionId !== "e1") throw new Error("handle of " + handle.executionId);
      if (sent.join("|") !== 'POST /v1/workflows/w/execute {"execution_id":"e1","input":{"a":1}}|' +
        'POST /v1/workflows/executions/e1/signals {"name":"go","input":{"now":true}}') throw new Error("sent " + sent.join("|"));`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { defineSignal, defineWorkflow, startExecution } from "@mistral-workflows/handles";
      export async function main(): Promise<string> {
        const client = createClient({ apiKey: "k" });
        const support = defineWorkflow<{ ticket_id: string }, { status: string }>("support-workflow");
        const approve = defineSignal<{ approved: boolean }>("approve");
        const handle = await startExecution(client, support, { ticket_id: "T-1" });
        await handle.signal(approve, { approved: true });
        // @ts-expect-error: not the workflow's input
        await startExecution(client, support, { ticket: 1 });
        // @ts-expect-error: not the signal's payload
        await handle.signal(approve, { approved: "yes" });
        const result = await handle.result();
        return result.status;
      }`,
  },
  "@mistral-workflows/cli": {
    functions: ["generateWorkflowTypes"],
    smoke: `
      const { createClient } = await import("@mistral-workflows/client");
      const page = { workflow_versions: [], next_cursor: null, workflow_registrations: [{
        id: "r1", workflow_id: "w1", definition: { input_schema: { type: "object",
          properties: { ticket_id: { type: "string" } }, required: ["ticket_id"] } },
        workflow: { id: "w1", name: "support-workflow", display_name: "Support", type: "code",
          customer_id: "c", workspace_id: "s" } }] };
      const source = await m.generateWorkflowTypes(createClient({ apiKey: "k", baseUrl: "http://api.invalid",
        maxRetries: 0, fetch: async () => new Response(JSON.stringify(page), { status: 200,
          headers: { "content-type": "application/json" } }) }));
      if (!source.includes('defineWorkflow<SupportWorkflowInput, unknown>("support-workflow")'))
        throw new Error("generated " + source);
      if (m.EXIT_CODES.usage !== 2) throw new Error("exit codes " + JSON.stringify(m.EXIT_CODES));`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { EXIT_CODES, generateWorkflowTypes } from "@mistral-workflows/cli";
      export async function main(): Promise<string> {
        const source: string = await generateWorkflowTypes(createClient({ apiKey: "k" }), { workflows: ["a"] });
        // @ts-expect-error: workflows is a list of names
        await generateWorkflowTypes(createClient({ apiKey: "k" }), { workflows: "a" });
        const code: 0 | 1 | 2 | 3 = EXIT_CODES.api;
        return source + code;
      }`,
    bin: [
      { args: ["--version"], code: 0, stdout: /^\d+\.\d+\.\d+/ },
      { args: ["--help"], code: 0, stdout: /Usage: mistral-workflows[\s\S]*Examples:/ },
      { args: ["workflows", "ls"], code: 2, stderr: /no API key: set MISTRAL_API_KEY/ },
      // Installed alone, without the optional mock server: a clear message, no stack trace.
      {
        args: ["--mock", "workflows", "ls"],
        code: 2,
        stderr: /^error: --mock needs @mistral-workflows\/mock-server, which is not installed/,
      },
      {
        args: ["--base-url", "{mock}", "--json", "workflows", "ls", "--limit", "1"],
        env: { MISTRAL_API_KEY: "install-test-key" },
        code: 0,
        stdout: /^\{"id":"[^"]+","name":"document-summarizer"/,
      },
      {
        args: [
          "--base-url",
          "{mock}",
          "run",
          "support-workflow",
          "--input",
          '{"ticket_id":"T-1"}',
          "--watch",
        ],
        env: { MISTRAL_API_KEY: "install-test-key" },
        code: 0,
        stdout: /WORKFLOW_EXECUTION_STARTED[\s\S]*WORKFLOW_EXECUTION_COMPLETED[\s\S]*COMPLETED/,
      },
    ],
  },
  "@mistral-workflows/mock-server": {
    functions: ["createMockServer", "startMockServer"],
    smoke: `
      const api = m.createMockServer();
      const res = await api.fetch(api.url + "/v1/workflows/schedules", { headers: { authorization: "Bearer k" } });
      if (res.status !== 200) throw new Error("mock answered " + res.status + " " + (await res.text()));
      const body = await res.json();
      if (!Array.isArray(body.schedules)) throw new Error("no schedules in " + JSON.stringify(body));
      api.close();`,
    typed: `
      import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
      export async function main(): Promise<number> {
        const api: MockServer = createMockServer({ clock: "manual" });
        const res: Response = await api.fetch(api.url + "/v1/workflows/schedules");
        // @ts-expect-error: not a clock mode
        createMockServer({ clock: "sometimes" });
        return res.status + api.requests.length;
      }`,
  },
};

function writeConsumer(dir: string, pkg: WorkspacePackage, usage: Usage) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }),
  );
  const check = `
    for (const name of ${JSON.stringify(usage.functions)})
      if (typeof m[name] !== "function") throw new Error(name + " is " + typeof m[name]);`;
  const name = JSON.stringify(pkg.name);
  writeFileSync(
    join(dir, "esm.mjs"),
    `import * as m from ${name};\n${check}\n${usage.smoke}\nconsole.log("esm ok");\n`,
  );
  writeFileSync(
    join(dir, "cjs.cjs"),
    `const m = require(${name});\n${check}\n(async () => {${usage.smoke}\n})().then(() => console.log("cjs ok"),` +
      ` (e) => { console.error(e); process.exitCode = 1; });\n`,
  );
  for (const file of ["usage.mts", "usage.cts", "usage.ts"]) writeFileSync(join(dir, file), usage.typed);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "es2022",
    lib: ["es2022", "dom", "dom.iterable"],
    types: [],
    skipLibCheck: false,
  };
  writeFileSync(
    join(dir, "tsconfig.node16.json"),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, module: "node16", moduleResolution: "node16" },
      files: ["usage.mts", "usage.cts"],
    }),
  );
  writeFileSync(
    join(dir, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, module: "esnext", moduleResolution: "bundler" },
      files: ["usage.ts"],
    }),
  );
}

let mockServer: { url: string; close(): Promise<void> } | undefined;

/** A mock server from the workspace's build, started on first use (for the bins' commands). */
async function mockUrl(): Promise<string> {
  if (!mockServer) {
    const { startMockServer } = await import("@mistral-workflows/mock-server");
    mockServer = await startMockServer({ stepMs: 20, heartbeatMs: 0 });
  }
  return mockServer.url;
}

/** Runs `npx -- <args>` in `dir` without blocking (the mock server answers from this process); `--` keeps the
 * bin's options away from npx. */
function capture(
  args: string[],
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no", "--", ...args], { cwd: dir, env: { ...baseEnv, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** What is wrong with one bin command's outcome, or `null`. */
async function binProblem(
  pkg: WorkspacePackage,
  dir: string,
  check: NonNullable<Usage["bin"]>[number],
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  const args = await Promise.all(check.args.map(async (a) => (a === "{mock}" ? await mockUrl() : a)));
  const bin =
    typeof pkg.manifest.bin === "string" ? pkg.name.split("/").pop()! : Object.keys(pkg.manifest.bin)[0]!;
  const result = await capture([bin, ...args], dir, { ...env, ...check.env, NO_COLOR: "1" });
  const got = `exit ${result.code}\nstdout: ${result.stdout.trim()}\nstderr: ${result.stderr.trim()}`;
  if (result.code !== check.code) return `expected exit ${check.code}, got ${got}`;
  if (check.stdout && !check.stdout.test(result.stdout))
    return `stdout does not match ${check.stdout}: ${got}`;
  if (check.stderr && !check.stderr.test(result.stderr))
    return `stderr does not match ${check.stderr}: ${got}`;
  return null;
}

async function main() {
  const packages = publishedPackages(root);
  const missing = packages.filter((p) => !usages[p.name]);
  if (missing.length) throw new Error(`no usage written for ${missing.map((p) => p.name).join(", ")}`);

  registry = await startLocalRegistry(work);
  const { url, env } = registry;
  log(`verdaccio listening on ${url} (storage in ${work})`);
  const seeded = await seedThirdParty(registry, packages, work);
  log(`seeded ${seeded.length} third-party packages: ${seeded.join(", ")}`);

  const snapshot = join(work, "released-spec.json");
  run(
    join(root, "node_modules", ".bin", "tsx"),
    [
      "scripts/release.ts",
      "--registry",
      `${url}/`,
      "--skip-version",
      "--allow-dirty",
      "--snapshot",
      snapshot,
    ],
    root,
    env,
  );
  const released = JSON.parse(readFileSync(snapshot, "utf8"));
  if (released["x-released"]?.version !== packages[0]!.version)
    throw new Error("release wrote no spec snapshot");
  log(`published through the release path: ${packages.map((p) => `${p.name}@${p.version}`).join(", ")}`);

  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const failures: string[] = [];
  for (const pkg of packages) {
    const dir = join(work, "consumers", pkg.name.replace("@", "").replace("/", "__"));
    writeConsumer(dir, pkg, usages[pkg.name]!);
    try {
      run("npm", ["install", `${pkg.name}@${pkg.version}`, "--no-audit", "--no-fund"], dir, env);
      const installed = JSON.parse(readFileSync(join(dir, "node_modules", pkg.name, "package.json"), "utf8"));
      if (installed.version !== pkg.version) throw new Error(`installed ${installed.version}`);
    } catch (error) {
      failures.push(pkg.name);
      console.error(`✗ ${pkg.name}: ${(error as Error).message}`);
      continue;
    }
    // Every check runs, so one report shows all that is wrong with a package.
    const checks: [string, string[]][] = [
      ["import", ["esm.mjs"]],
      ["require", ["cjs.cjs"]],
      ["tsc node16", [tsc, "-p", "tsconfig.node16.json"]],
      ["tsc bundler", [tsc, "-p", "tsconfig.bundler.json"]],
    ];
    const failed = checks.filter(([what, args]) => {
      try {
        run(process.execPath, args, dir);
        return false;
      } catch (error) {
        console.error(`✗ ${pkg.name}, ${what}: ${(error as Error).message}`);
        return true;
      }
    });
    for (const check of usages[pkg.name]!.bin ?? []) {
      const problem = await binProblem(pkg, dir, check, env);
      if (problem) {
        console.error(`✗ ${pkg.name}, npx ${check.args.join(" ")}: ${problem}`);
        failed.push([`npx ${check.args[0]}…`, []]);
      }
    }
    if (failed.length) failures.push(`${pkg.name} (${failed.map(([what]) => what).join(", ")})`);
    else
      log(
        `✓ ${pkg.name}: npm install, import, require, tsc (node16 .mts/.cts, bundler)` +
          (usages[pkg.name]!.bin ? `, ${usages[pkg.name]!.bin!.length} commands through npx` : ""),
      );
  }
  await mockServer?.close();
  if (failures.length) throw new Error(`install test failed for ${failures.join(", ")}`);
  log("all packages install and work on their own");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
