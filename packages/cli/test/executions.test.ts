import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonLines, startCliMock } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  mock = await startCliMock(); // real clock, one event every 20 ms
});
afterAll(() => mock.close());

/** The story of a default execution, as the mock tells it. */
const STORY = [
  "WORKFLOW_EXECUTION_STARTED",
  "CUSTOM_TASK_STARTED",
  ...Array(5).fill("CUSTOM_TASK_IN_PROGRESS"),
  "CUSTOM_TASK_COMPLETED",
  "ACTIVITY_TASK_STARTED",
  "ACTIVITY_TASK_COMPLETED",
  "WORKFLOW_EXECUTION_COMPLETED",
];

const eventTypes = (lines: string[]) =>
  lines.map((l) => /^#\d+\s+(?:\+\S+\s+)?([A-Z_]+)/.exec(l)?.[1]).filter(Boolean);

async function start(input: object): Promise<string> {
  const r = await mock.cli(["--json", "run", "support-workflow", "--input", JSON.stringify(input)]);
  expect(r.code).toBe(0);
  return jsonLines(r)[0].execution_id;
}

describe("run", () => {
  test("--execution-id taken by someone else, first answer lost: a conflict, never their result", async () => {
    // Someone else's execution, finished, under the id the user picks.
    const theirs = await mock.cli([
      "run",
      "support-workflow",
      "--input",
      '{"ticket_id":"THEIRS"}',
      "--execution-id",
      "run-taken",
      "--wait",
    ]);
    expect(theirs.code).toBe(0);
    // The user's first attempt is answered 503 (the client cannot know whether it was processed), so
    // the start is retried with the same id and answered 409.
    mock.api.faults.add({
      operations: ["workflows.executeWorkflow"],
      status: 503,
      retryAfterSeconds: 0,
      times: 1,
    });
    const r = await mock.cli([
      "run",
      "support-workflow",
      "--input",
      '{"ticket_id":"MINE"}',
      "--execution-id",
      "run-taken",
      "--wait",
    ]);
    expect(r.code).toBe(3);
    expect(r.stdout).not.toContain("COMPLETED");
    expect(r.stdout).not.toContain("THEIRS");
    expect(r.stderr).toMatch(/already taken/);
    expect(mock.api.state.executions.get("run-taken")?.input).toEqual({ ticket_id: "THEIRS" });
  });

  test("without --wait prints the execution id and how to follow it", async () => {
    const r = await mock.cli([
      "run",
      "support-workflow",
      "--input",
      '{"ticket_id":"T-1"}',
      "--execution-id",
      "run-plain",
    ]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual(["started support-workflow run-plain"]);
    expect(r.stderr).toContain("mistral-workflows watch run-plain");
    expect(mock.api.state.executions.get("run-plain")?.input).toEqual({ ticket_id: "T-1" });
  });

  test("--watch prints each event once, in order, then the result; exit 0", async () => {
    const r = await mock.cli(["run", "support-workflow", "--input", '{"ticket_id":"T-2"}', "--watch"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/^watching support-workflow \S+$/);
    expect(eventTypes(r.lines)).toEqual(STORY);
    expect(r.stdout).toMatch(/CUSTOM_TASK_IN_PROGRESS\s+\S+ 100%/);
    expect(r.stdout).toContain("✔ COMPLETED");
    expect(r.stdout).toContain('"ticket_id": "T-2"');
  });

  test("--watch --json: every line parses; events then the finished execution", async () => {
    const r = await mock.cli([
      "--json",
      "run",
      "support-workflow",
      "--input",
      '{"ticket_id":"T-3"}',
      "--watch",
    ]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r);
    expect(lines.slice(0, -1).map((l) => l.data.event_type)).toEqual(STORY);
    const sequences = lines.slice(0, -1).map((l) => l.broker_sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(lines.at(-1)).toMatchObject({ status: "COMPLETED", result: { input: { ticket_id: "T-3" } } });
  });

  test("--wait on a failing execution prints the failure and exits 1", async () => {
    const r = await mock.cli([
      "run",
      "support-workflow",
      "--input",
      '{"ticket_id":"T-4","_mock":{"outcome":"failed","error":"ticket system down"}}',
      "--wait",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ FAILED");
    expect(r.stdout).toContain("ticket system down");
    expect(eventTypes(r.lines)).toEqual([]); // --wait shows no events
  });

  test.each([
    ["canceled", "CANCELED"],
    ["terminated", "TERMINATED"],
    ["timed_out", "TIMED_OUT"],
  ])("a %s execution exits 1", async (outcome, status) => {
    const r = await mock.cli([
      "--json",
      "run",
      "support-workflow",
      "--input",
      JSON.stringify({ ticket_id: "T", _mock: outcome }),
      "--wait",
    ]);
    expect(r.code).toBe(1);
    expect(jsonLines(r).at(-1)).toMatchObject({ status });
  });
});

describe("an execution's commands", () => {
  test("status, result, history, logs, trace", async () => {
    const id = await start({ ticket_id: "T-5" });
    const result = await mock.cli(["--json", "result", id]);
    expect(result.code).toBe(0);
    expect(jsonLines(result)[0]).toMatchObject({ execution_id: id, status: "COMPLETED" });

    const status = await mock.cli(["status", id]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/status\s+COMPLETED/);
    expect(status.stdout).toMatch(/workflow\s+support-workflow/);
    expect(jsonLines(await mock.cli(["--json", "status", id]))[0].status).toBe("COMPLETED");

    const history = await mock.cli(["history", id]);
    expect(history.code).toBe(0);
    expect(history.lines[0]).toMatch(/^ID\s+TIME\s+TYPE$/);
    expect(history.stdout).toContain("WORKFLOW_EXECUTION_STARTED");
    expect(history.lines.at(-1)).toContain("WORKFLOW_EXECUTION_COMPLETED");
    const historyJson = jsonLines(await mock.cli(["--json", "history", id]));
    expect(historyJson[0]).toMatchObject({
      eventId: "1",
      eventType: "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED",
    });

    const stored = mock.api.state.executions.get(id)!;
    const logs = jsonLines(await mock.cli(["--json", "logs", id, "--all"]));
    expect(logs.map((l) => l.body)).toEqual(stored.logs.map((l) => l.body));
    const firstTwo = await mock.cli(["logs", id, "--limit", "2"]);
    expect(firstTwo.lines).toHaveLength(2);
    expect(firstTwo.lines[0]).toContain(stored.logs[0]!.body);
    expect(firstTwo.stderr).toContain("more: --limit N or --all");
    const followed = jsonLines(await mock.cli(["--json", "logs", id, "--follow"]));
    expect(followed.map((l) => l.body)).toEqual(stored.logs.map((l) => l.body));

    const trace = await mock.cli(["trace", id]);
    expect(trace.code).toBe(0);
    expect(trace.lines[0]).toMatch(new RegExp(`^support-workflow ${id} COMPLETED$`));
    expect(trace.lines[1]).toMatch(/^└─ \S+/);
    expect(trace.stdout).toMatch(/[├└]─ .+\s+\d+(\.\d+)?(ms|s)/);
    expect(jsonLines(await mock.cli(["--json", "trace", id]))[0].span_tree).toBeTruthy();
  });

  test("signal, query, update reach a running execution; cancel ends it", async () => {
    const id = await start({ ticket_id: "T-6", _mock: { outcome: "running" } });
    const signal = await mock.cli(["signal", id, "approve", "--input", '{"approved":true}']);
    expect(signal.code).toBe(0);
    expect(mock.api.state.executions.get(id)?.signals.map((s) => [s.name, s.input])).toEqual([
      ["approve", { approved: true }],
    ]);

    const query = await mock.cli(["--json", "query", id, "get_status", "--input", "{}"]);
    expect(query.code).toBe(0);
    expect(jsonLines(query)[0]).toMatchObject({
      query_name: "get_status",
      result: { signals_received: ["approve"] },
    });

    const update = await mock.cli(["--json", "update", id, "set_priority", "--input", '{"priority":"high"}']);
    expect(update.code).toBe(0);
    expect(jsonLines(update)[0].result).toMatchObject({ accepted: true, state: { priority: "high" } });

    const unknown = await mock.cli(["query", id, "nope"]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/^error: 400 /);

    const cancel = await mock.cli(["cancel", id]);
    expect(cancel.code).toBe(0);
    expect(mock.api.state.executions.get(id)?.execution.status).toBe("CANCELED");
    const result = await mock.cli(["result", id]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ CANCELED");
  });

  test("terminate and reset", async () => {
    const id = await start({ ticket_id: "T-7", _mock: { outcome: "running" } });
    const terminated = await mock.cli(["terminate", id, "--reason", "stuck"]);
    expect(terminated.code).toBe(0);
    expect(terminated.lines).toEqual([`terminated ${id} (stuck)`]);
    expect(mock.api.state.executions.get(id)?.execution.status).toBe("TERMINATED");
    const again = await mock.cli(["terminate", id]);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/^error: 409 /);

    const done = await start({ ticket_id: "T-8" });
    await mock.cli(["result", done]);
    const before = mock.api.state.executions.get(done)!.execution.run_id;
    const reset = await mock.cli(["--json", "reset", done, "--event-id", "3", "--reason", "retry"]);
    expect(reset.code).toBe(0);
    const after = jsonLines(reset)[0];
    expect(after.run_id).not.toBe(before);
    expect(mock.api.state.executions.get(done)?.resets).toHaveLength(1);
  });
});
