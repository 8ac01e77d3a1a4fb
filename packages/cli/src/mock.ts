/**
 * `--mock`: a mock server that outlives one command, so `run` then `watch <id>` finds the execution.
 * The first `--mock` command starts it in the background (a detached process listening on 127.0.0.1,
 * with a real clock) and records it in a state file; later ones connect to it over HTTP. It stops by
 * itself after {@link IDLE_MS} without a request, or on `mistral-workflows mock stop`.
 * `@mistral-workflows/mock-server` is an optional peer of this package, loaded only here.
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "./errors.js";

const PACKAGE = "@mistral-workflows/mock-server";
/** Milliseconds between two events of a mock execution. */
export const MOCK_STEP_MS = 300;
/** The background mock stops after this long without a request, in milliseconds (30 minutes). */
export const IDLE_MS = 30 * 60_000;
/** How long `--mock` waits for a background mock it started to listen, in milliseconds. */
const START_TIMEOUT_MS = 15_000;

/** A running background mock, as its state file records it. */
export interface MockState {
  url: string;
  pid: number;
}

/**
 * The state file of this user's background mock: `MISTRAL_WORKFLOWS_MOCK_STATE`, else one per user in
 * the temporary directory.
 */
export function mockStatePath(env: NodeJS.ProcessEnv): string {
  if (env.MISTRAL_WORKFLOWS_MOCK_STATE) return env.MISTRAL_WORKFLOWS_MOCK_STATE;
  let user = "user";
  try {
    user = String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
  } catch {
    // no user database (some containers): one file for everyone is still correct
  }
  return join(tmpdir(), `mistral-workflows-mock-${user}.json`);
}

function readState(path: string): MockState | null {
  try {
    const state = JSON.parse(readFileSync(path, "utf8")) as Partial<MockState>;
    if (
      typeof state.url === "string" &&
      /^http:\/\/127\.0\.0\.1:\d+$/.test(state.url) &&
      Number.isInteger(state.pid)
    )
      return state as MockState;
  } catch {
    // missing or unreadable: no mock
  }
  return null;
}

/** The recorded background mock if it still answers; a stale record is removed. */
export async function runningMock(path: string): Promise<MockState | null> {
  const state = readState(path);
  if (!state) return null;
  try {
    const response = await fetch(`${state.url}/_mock/clock`, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    if (response.ok) return state;
  } catch {
    // not answering
  }
  rmSync(path, { force: true });
  return null;
}

/** Throws a {@link UsageError} saying how to install the mock server when it is not installed. */
async function requireMockServer(): Promise<void> {
  try {
    await import(PACKAGE);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new UsageError(
        `--mock needs ${PACKAGE}, which is not installed: npm install ${PACKAGE} ` +
          `(or npx -p @mistral-workflows/cli -p ${PACKAGE} mistral-workflows --mock …).`,
      );
    throw error;
  }
}

/** Starts a background mock and resolves once it listens (its state file written). */
export async function startBackgroundMock(path: string): Promise<MockState> {
  await requireMockServer();
  const daemon = fileURLToPath(new URL("./mock-daemon.js", import.meta.url));
  const child = spawn(process.execPath, [daemon, path, String(MOCK_STEP_MS), String(IDLE_MS)], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = readState(path);
    if (state && state.pid === child.pid) return state;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new UsageError(`--mock: the background mock server did not start (state file ${path}).`);
}

/** The background mock to use: the running one, or a new one. */
export async function connectMock(env: NodeJS.ProcessEnv): Promise<MockState & { started: boolean }> {
  const path = mockStatePath(env);
  const running = await runningMock(path);
  if (running) return { ...running, started: false };
  return { ...(await startBackgroundMock(path)), started: true };
}

/** Stops the background mock, if one runs; resolves to whether one did. */
export async function stopBackgroundMock(path: string): Promise<boolean> {
  const state = await runningMock(path);
  if (!state) return false;
  try {
    process.kill(state.pid, "SIGTERM");
  } catch {
    // already gone
  }
  // It removes its state file on the way out; wait for that, a bounded while.
  for (let i = 0; i < 100 && readState(path); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  rmSync(path, { force: true });
  return true;
}
