/**
 * Runs the built `mistral-workflows` bin in a child process, the way a user does, against a mock server
 * started by the test on 127.0.0.1 (port 0). The test's event loop keeps serving the mock while the
 * child runs, so everything is asynchronous.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  startMockServer,
  type RunningMockServer,
  type StartMockServerOptions,
} from "@mistral-workflows/mock-server";

/** The bin, as `npm` links it. */
export const BIN = fileURLToPath(new URL("../../bin/mistral-workflows.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** The API key the tests use: every output is checked not to contain it. */
export const TEST_KEY = "sk-test-0123456789abcdef";

/** What a finished run of the bin gave. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout's non-empty lines. */
  lines: string[];
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Environment on top of a clean one (no MISTRAL_* from the machine). */
  env?: Record<string, string | undefined>;
  /** Written to standard input, which is then closed. */
  stdin?: string;
  /** Called with each chunk of stdout as it arrives. */
  onStdout?: (chunk: string, child: ChildProcess) => void;
  /** Kill the child if it runs longer (a safety net; tests never assert durations). @default 20000 */
  killAfterMs?: number;
}

/** Throws a clear message when the bin has not been built. */
export function assertBuilt(): void {
  if (!existsSync(BUILT))
    throw new Error(
      `${BUILT} is missing: run \`pnpm build\` before the CLI tests (they spawn the built bin).`,
    );
}

/** The environment of every child: the machine's, minus anything that would change the CLI's behaviour. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env))
    if (/^(MISTRAL_|FORCE_COLOR|NODE_OPTIONS|VITEST)/.test(key)) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Spawns the bin with `args` and resolves when it exits. */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: cleanEnv(options.env),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(chunk, child);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdin.end(options.stdin ?? "");
    const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 20_000);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, lines: stdout.split("\n").filter((l) => l.trim() !== "") });
    });
  });
}

/** A mock server for one test file, and a `cli()` that points the bin at it with the test key. */
export async function startCliMock(options: StartMockServerOptions = {}) {
  const server: RunningMockServer = await startMockServer({ stepMs: 20, heartbeatMs: 0, ...options });
  const cli = (args: string[], run: RunOptions = {}) =>
    runCli(["--base-url", server.url, ...args], { ...run, env: { MISTRAL_API_KEY: TEST_KEY, ...run.env } });
  return { server, api: server.api, cli, close: () => server.close() };
}

/** Parses every stdout line as JSON (throws on a line that is not). */
export function jsonLines(result: CliResult): any[] {
  return result.lines.map((line) => JSON.parse(line));
}
