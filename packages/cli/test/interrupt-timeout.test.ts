/**
 * A request that never ends: the first Ctrl-C ends the command at once (exit 130, nothing retried),
 * `--timeout` bounds each attempt; and `run --wait` prints the execution's id before following it, so
 * a failure to follow never loses it.
 */
import { spawn } from "node:child_process";
import { startMockServer, type RunningMockServer } from "@mistral-workflows/mock-server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parseTimeout } from "../src/config.js";
import { startFakeApi, type FakeApi } from "./helpers/fake-api.js";
import { BIN, assertBuilt, cleanEnv, TEST_KEY } from "./helpers/run-cli.js";
import { runMain } from "./helpers/run-main.js";

let silent: FakeApi;
let received: () => void;
let firstRequest: Promise<void>;
beforeAll(async () => {
  firstRequest = new Promise((resolve) => (received = resolve));
  silent = await startFakeApi(() => received()); // never answers
});
afterAll(() => silent.close());

test("the first Ctrl-C during a plain request exits 130 at once, without a retry", async () => {
  assertBuilt();
  const before = silent.requests.length;
  const child = spawn(process.execPath, [BIN, "--base-url", silent.url, "workflows", "ls"], {
    env: cleanEnv({ MISTRAL_API_KEY: TEST_KEY }),
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const safety = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await firstRequest;
  child.kill("SIGINT");
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once("close", (c, s) => resolve([c, s])),
  );
  clearTimeout(safety);
  expect({ code, signal }).toEqual({ code: 130, signal: null });
  expect(stderr).toBe("interrupted\n");
  expect(silent.requests.length - before).toBe(1);
});

test("in process: an abort during a request resolves 130 with no retry", async () => {
  const controller = new AbortController();
  const before = silent.requests.length;
  const run = runMain(["--base-url", silent.url, "status", "x"], {
    env: { MISTRAL_API_KEY: TEST_KEY },
    signal: controller.signal,
  });
  while (silent.requests.length === before) await new Promise((r) => setImmediate(r));
  controller.abort();
  const r = await run;
  expect(r).toEqual({ code: 130, stdout: "", stderr: "interrupted\n" });
  expect(silent.requests.length - before).toBe(1);
});

test("--timeout bounds each attempt and says so (exit 3)", async () => {
  const r = await runMain(["--base-url", silent.url, "--timeout", "50ms", "status", "x"], {
    env: { MISTRAL_API_KEY: TEST_KEY },
  });
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^error: Request timed out after 50 ms \(GET \/v1\/workflows\/executions\/x\)/);
});

test.each([
  ["1500ms", 1500],
  ["30s", 30_000],
  ["2.5s", 2500],
  ["10", 10_000],
])("--timeout %s is %i ms", (text, ms) => {
  expect(parseTimeout(text)).toBe(ms);
});

test.each(["0", "soon", "-1s", "5m", "1e3", "90000s"])("--timeout %s is a usage error (2)", async (text) => {
  const r = await runMain(["--timeout", text, "workflows", "ls"], { env: { MISTRAL_API_KEY: TEST_KEY } });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--timeout must be a duration such as 30s or 1500ms");
});

let mock: RunningMockServer;
beforeAll(async () => {
  mock = await startMockServer({ stepMs: 20, heartbeatMs: 0, apiKey: TEST_KEY });
  mock.api.faults.add({ operations: ["executions.stream"], status: 404 });
});
afterAll(() => mock.close());

test.each([[false], [true]])(
  "run --wait prints the started execution's id first, even when following fails (--json: %s)",
  async (json) => {
    const r = await runMain(
      ["--base-url", mock.url, ...(json ? ["--json"] : []), "run", "support-workflow", "--wait"],
      { env: { MISTRAL_API_KEY: TEST_KEY } },
    );
    expect(r.code).toBe(3);
    const ids = [...mock.api.state.executions.keys()];
    const id = ids.at(-1)!;
    const started = `started support-workflow ${id}\n`;
    if (json) expect(r.stderr.startsWith(started)).toBe(true);
    else expect(r.stdout).toBe(started);
    expect(r.stderr).toContain(
      `could not follow execution ${id} (try again with: mistral-workflows watch ${id})`,
    );
    expect(r.stderr).toMatch(/error: 404 /);
  },
);
