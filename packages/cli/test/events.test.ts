import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { jsonLines, runCli, startCliMock } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  mock = await startCliMock();
});
afterAll(() => mock.close());

test("events --execution lists that execution's stored events, paged lazily", async () => {
  const started = jsonLines(
    await mock.cli(["--json", "run", "support-workflow", "--input", '{"ticket_id":"E-1"}', "--wait"]),
  );
  const id = started.at(-1).execution_id;
  const all = jsonLines(await mock.cli(["--json", "events", "--execution", id, "--all"]));
  expect(all.map((e) => e.event_type)).toEqual(
    mock.api.state.executions.get(id)!.events.map((e) => e.data.event_type),
  );
  const three = await mock.cli(["events", "--execution", id, "--limit", "3"]);
  expect(three.code).toBe(0);
  expect(three.lines).toHaveLength(3);
  expect(three.lines[0]).toMatch(new RegExp(`^${id}\\s+WORKFLOW_EXECUTION_STARTED`));
  expect(three.stderr).toContain("more: --limit N or --all");
  const failedOnly = jsonLines(
    await mock.cli([
      "--json",
      "events",
      "--execution",
      id,
      "--all",
      "--type",
      "WORKFLOW_EXECUTION_COMPLETED",
    ]),
  );
  expect(failedOnly.map((e) => e.event_type)).toEqual(["WORKFLOW_EXECUTION_COMPLETED"]);
});

test("events --follow streams the global stream with its filters until --limit", async () => {
  const follow = mock.cli([
    "--json",
    "events",
    "--follow",
    "--workflow",
    "report-generator",
    "--type",
    "WORKFLOW_EXECUTION_COMPLETED",
    "--limit",
    "2",
  ]);
  // Start the executions once the stream is open (it delivers events published from then on).
  while (!mock.api.requests.some((q) => q.operation === "events.getStreamEvents"))
    await new Promise((resolve) => setTimeout(resolve, 20));
  for (const week of ["W1", "W2"])
    await mock.cli(["run", "report-generator", "--input", JSON.stringify({ week })]);
  await mock.cli(["run", "support-workflow", "--input", '{"ticket_id":"E-2"}']);
  const r = await follow;
  expect(r.code).toBe(0);
  const events = jsonLines(r);
  expect(events).toHaveLength(2);
  expect(events.every((e) => e.data.workflow_name === "report-generator")).toBe(true);
  expect(events.every((e) => e.data.event_type === "WORKFLOW_EXECUTION_COMPLETED")).toBe(true);
  const streamed = mock.api.requests.find((q) => q.operation === "events.getStreamEvents");
  expect(streamed?.query.workflow_name).toBe("report-generator");
});

test("--mock runs a command against the shared mock server", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-events-mock-"));
  const env = { MISTRAL_WORKFLOWS_MOCK_STATE: join(dir, "mock.json") };
  try {
    const r = await runCli(
      ["--mock", "--json", "run", "support-workflow", "--input", '{"ticket_id":"M-1"}', "--wait"],
      { env },
    );
    expect(r.code).toBe(0);
    expect(jsonLines(r).at(-1)).toMatchObject({
      status: "COMPLETED",
      result: { input: { ticket_id: "M-1" } },
    });
  } finally {
    await runCli(["mock", "stop"], { env });
    rmSync(dir, { recursive: true, force: true });
  }
});
