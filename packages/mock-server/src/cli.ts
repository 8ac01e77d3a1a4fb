/**
 * `mistral-workflows-mock`: starts the mock server from the command line and runs until Ctrl-C.
 *
 *   mistral-workflows-mock --port 4010 --step-ms 200 --seed-file seed.json --fault "status=503; times=2"
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import type { ClockMode } from "./clock.js";
import { parseFaultHeader, type FaultRule } from "./faults.js";
import type { SeedData } from "./fixtures.js";
import type { RecordedRequest } from "./http/request-log.js";
import { expandSeed } from "./seed-file.js";
import { startMockServer, type StartMockServerOptions } from "./start-mock-server.js";

const HELP = `Usage: mistral-workflows-mock [options]

Starts an in-memory Mistral Workflows API on 127.0.0.1.

Options:
  --port <n>           port to listen on (default 4010; 0 picks a free one)
  --host <address>     interface to bind (default 127.0.0.1)
  --clock <mode>       real (default) or manual (time moves only via POST /_mock/clock/advance)
  --now <time>         start time of the clock, ISO 8601 (default: now)
  --step-ms <ms>       milliseconds between two events of an execution (default 400)
  --api-key <key>      accept only this API key (default: any bearer token)
  --seed-file <path>   JSON with workflows, registrations, schedules and executions to add, each
                       a partial fixture completed with the defaults (see the README)
  --no-default-seed    start without the default workflows
  --fault <rule>       a server-wide fault, as the x-mock-fault header writes it (repeatable)
  --cors-origin <o>    an origin browser pages may call from (repeatable; "*" for any,
                       "none" to turn CORS off; default: any loopback origin)
  --worker-encryption-key-file <path>
                       play a deployment whose workers encrypt payloads, with the key in this file
                       (a second line: the secondary key); or MISTRAL_WORKFLOWS_WORKER_ENCRYPTION_KEY
  --worker-encryption-mode <m>
                       full (default) or partial
  --worker-workflow <name>
                       a workflow the encrypting workers cover (repeatable; default: all)
  --log                print one line per request (control endpoints too), with the wall-clock
                       time, and the mock clock's when it differs
  -h, --help           show this help
  --version            print the version
`;

/** Parses the command line and starts the server; resolves with the running server. */
export async function main(argv: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      clock: { type: "string", default: "real" },
      now: { type: "string" },
      "step-ms": { type: "string" },
      "api-key": { type: "string" },
      "seed-file": { type: "string" },
      "no-default-seed": { type: "boolean", default: false },
      fault: { type: "string", multiple: true },
      "cors-origin": { type: "string", multiple: true },
      "worker-encryption-key-file": { type: "string" },
      "worker-encryption-mode": { type: "string", default: "full" },
      "worker-workflow": { type: "string", multiple: true },
      log: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return null;
  }
  if (values.version) {
    const pkg = createRequire(import.meta.url)("../package.json") as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return null;
  }
  const seed = values["seed-file"] ? readSeedFile(values["seed-file"]) : {};
  const faults: FaultRule[] = (values.fault ?? []).map((f) => parseFaultHeader(f));
  const server = await startMockServer({
    ...seed,
    port: Number(values.port),
    host: values.host,
    clock: { mode: values.clock as ClockMode, ...(values.now ? { now: values.now } : {}) },
    ...(values["step-ms"] ? { stepMs: Number(values["step-ms"]) } : {}),
    ...(values["api-key"] ? { apiKey: values["api-key"] } : {}),
    defaultSeed: !values["no-default-seed"],
    faults,
    ...corsOption(values["cors-origin"]),
    ...workerEncodingOption(values),
    onRequest: values.log ? (r) => process.stdout.write(`${logLine(r)}\n`) : undefined,
  });
  process.stdout.write(
    `Mistral Workflows mock server listening on ${server.url} (clock: ${server.api.clock.mode})\n`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

/** One `--log` line: wall-clock time, request, status, operation, and the mock clock if it differs. */
function logLine(r: RecordedRequest): string {
  const clock = r.at.slice(0, 19) === r.received_at.slice(0, 19) ? "" : ` [clock ${r.at}]`;
  return `${r.received_at} ${r.method} ${r.path} -> ${r.status}${r.operation ? ` (${r.operation})` : ""}${clock}`;
}

/**
 * The `workerEncoding` option from `--worker-encryption-key-file` (or the environment); the keys never
 * reach an error message.
 */
function workerEncodingOption(values: {
  "worker-encryption-key-file"?: string;
  "worker-encryption-mode"?: string;
  "worker-workflow"?: string[];
}): Pick<StartMockServerOptions, "workerEncoding"> {
  let keys: string[] = [];
  const file = values["worker-encryption-key-file"];
  if (file !== undefined) {
    try {
      keys = readFileSync(file, "utf8")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    } catch (error) {
      throw new Error(
        `--worker-encryption-key-file ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`,
      );
    }
  } else if (process.env.MISTRAL_WORKFLOWS_WORKER_ENCRYPTION_KEY) {
    keys = [process.env.MISTRAL_WORKFLOWS_WORKER_ENCRYPTION_KEY];
  }
  if (keys.length === 0) return {};
  const mode = values["worker-encryption-mode"];
  if (mode !== "full" && mode !== "partial")
    throw new Error(`--worker-encryption-mode must be full or partial, got ${JSON.stringify(mode)}`);
  const [mainKey, secondaryKey] = keys;
  return {
    workerEncoding: {
      encryption: { mode, mainKey: mainKey!, ...(secondaryKey ? { secondaryKey } : {}) },
      ...(values["worker-workflow"]?.length ? { workflows: values["worker-workflow"] } : {}),
    },
  };
}

/** Reads and completes a seed file; the error names the file. */
function readSeedFile(path: string): SeedData {
  try {
    return expandSeed(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    throw new Error(`--seed-file ${path}: ${(error as Error).message}`);
  }
}

/** `--cors-origin` values as the `cors` option: absent keeps the default (loopback origins). */
function corsOption(origins: string[] | undefined): Pick<StartMockServerOptions, "cors"> {
  if (!origins?.length) return {};
  if (origins.includes("none")) return { cors: false };
  if (origins.includes("*")) return { cors: { origin: "*" } };
  for (const o of origins)
    if (!/^https?:\/\/[^/\s]+$/i.test(o))
      throw new TypeError(
        `--cors-origin "${o}": expected an origin such as http://localhost:5173, "*" or "none"`,
      );
  return { cors: { origin: origins } };
}

main().catch((error: unknown) => {
  process.stderr.write(`mistral-workflows-mock: ${(error as Error).message}\n`);
  process.exit(1);
});
