/**
 * The CLI on workflows whose workers encrypt their payloads (a mock playing such a deployment): with
 * the key from the environment or a file, `run`, `signal`, `query`, `status` and `result` work on plain
 * values; without it, an encoded result is refused with a message that says what is missing; the key
 * appears in no output.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { jsonLines, startCliMock } from "./helpers/run-cli.js";

const KEY = "8f2e5a1c9b7d3e6f0a4c8e2b6d1f5a9c3e7b0d4f8a2c6e1b5d9f3a7c0e4b8d2f";
let mock: Awaited<ReturnType<typeof startCliMock>>;
let dir: string;
const withKey = { env: { MISTRAL_WORKFLOWS_ENCRYPTION_KEY: KEY } };

beforeAll(async () => {
  mock = await startCliMock({ workerEncoding: { encryption: { mode: "full", mainKey: KEY } } });
  dir = mkdtempSync(join(tmpdir(), "cli-encoding-"));
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

test("with the key: run --wait prints the plain result; signal, query and status work", async () => {
  const run = await mock.cli(
    ["--json", "run", "support-workflow", "--input", '{"ticket_id":"E-1"}', "--wait"],
    withKey,
  );
  expect(run.code).toBe(0);
  const done = jsonLines(run).at(-1);
  expect(done).toMatchObject({ status: "COMPLETED", result: { input: { ticket_id: "E-1" } } });
  const id = done.execution_id as string;
  expect(mock.api.state.executions.get(id)!.input).toEqual({ ticket_id: "E-1" });
  const sent = mock.api.requests.find((r) => r.operation === "workflows.executeWorkflow")!;
  expect((sent.body as { input: unknown }).input).toBeNull();

  const status = await mock.cli(["--json", "status", id], withKey);
  expect(jsonLines(status).at(-1).result).toMatchObject({ input: { ticket_id: "E-1" } });
  const query = await mock.cli(["--json", "query", id, "get_status", "--input", "{}"], withKey);
  expect(query.code).toBe(0);
  for (const r of [run, status, query]) expect(r.stdout + r.stderr).not.toContain(KEY);
});

test("the key from --encryption-key-file works the same, and is never echoed", async () => {
  const file = join(dir, "key.txt");
  writeFileSync(file, `${KEY}\n`);
  const run = await mock.cli([
    "--debug",
    "--encryption-key-file",
    file,
    "--json",
    "run",
    "support-workflow",
    "--input",
    '{"ticket_id":"E-2"}',
    "--wait",
  ]);
  expect(run.code).toBe(0);
  expect(jsonLines(run).at(-1)).toMatchObject({ result: { input: { ticket_id: "E-2" } } });
  expect(run.stdout + run.stderr).not.toContain(KEY);
});

test("without the key: cleartext input is refused by the deployment, an encoded result is explained", async () => {
  const started = await mock.cli(["run", "support-workflow", "--input", '{"ticket_id":"E-3"}']);
  expect(started.code).toBe(3);
  expect(started.stderr).toContain("WF_1302");

  const run = await mock.cli(
    ["--json", "run", "support-workflow", "--input", '{"ticket_id":"E-4"}', "--wait"],
    withKey,
  );
  const id = jsonLines(run).at(-1).execution_id as string;
  const status = await mock.cli(["status", id]);
  expect(status.code).toBe(2);
  expect(status.stderr).toMatch(
    /the result is encoded.*MISTRAL_WORKFLOWS_ENCRYPTION_KEY or --encryption-key-file/s,
  );
});

test("a malformed key is a usage error that does not quote it", async () => {
  const bad = "not-a-hex-key-" + "z".repeat(50);
  const run = await mock.cli(["workflows", "ls"], { env: { MISTRAL_WORKFLOWS_ENCRYPTION_KEY: bad } });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/encryption key/);
  expect(run.stderr).not.toContain(bad);
});
