/**
 * `--mock` keeps one mock server for a terminal session: the first `--mock` command starts it in the
 * background, the next ones find it, so `run` then `watch <id>` works and the printed hints are true.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { assertBuilt, jsonLines, runCli } from "./helpers/run-cli.js";

let dir: string;
let env: Record<string, string>;
const cli = (args: string[]) => runCli(args, { env, killAfterMs: 30_000 });

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), "cli-mock-"));
  env = { MISTRAL_WORKFLOWS_MOCK_STATE: join(dir, "mock.json") };
});
afterAll(async () => {
  // Whatever happened above, leave no server behind.
  await cli(["mock", "stop"]);
  try {
    const { pid } = JSON.parse(readFileSync(env.MISTRAL_WORKFLOWS_MOCK_STATE!, "utf8"));
    process.kill(pid);
  } catch {
    // stopped already
  }
  rmSync(dir, { recursive: true, force: true });
});

test("run, then watch and status in later commands, find the same execution", async () => {
  expect((await cli(["mock", "status"])).code).toBe(1);
  const run = await cli(["--mock", "run", "support-workflow", "--input", '{"ticket_id":"T-1"}']);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/started a mock server at http:\/\/127\.0\.0\.1:\d+/);
  const id = /follow it with: mistral-workflows --mock watch (\S+)/.exec(run.stderr)?.[1];
  expect(id).toBeTruthy();

  const watch = await cli(["--mock", "--json", "watch", id!]);
  expect(watch.code).toBe(0);
  expect(watch.stderr).not.toMatch(/started a mock server/);
  const status = jsonLines(await cli(["--mock", "--json", "status", id!]));
  expect(status.at(-1)).toMatchObject({ execution_id: id, status: "COMPLETED" });

  const running = await cli(["mock", "status"]);
  expect(running.code).toBe(0);
  expect(running.stdout).toMatch(/^running: http:\/\/127\.0\.0\.1:\d+/);
});

test("mock stop stops it: the next --mock command starts a fresh one without the old execution", async () => {
  expect((await cli(["mock", "stop"])).stdout).toBe("stopped\n");
  expect((await cli(["mock", "status"])).stdout).toBe("no mock server running\n");
  const list = await cli(["--mock", "--json", "runs", "ls"]);
  expect(list.stderr).toMatch(/started a mock server/);
});
