/**
 * Runs and metrics on the mock: every run of the executions the mock ran (continue-as-new, workflow
 * retries and resets make new runs of one execution), each with its own history; metrics computed
 * from the executions held.
 */
import { NotFoundError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { setup } from "./helpers.js";

type History = { events: { eventType: string }[] };

describe("runs", () => {
  test("continue-as-new: two runs of one execution, the first CONTINUED_AS_NEW, each with its history", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: "continued_as_new" },
    });
    await api.settle(execution_id);
    const { executions } = await client.runs.listRuns({
      root_execution_id: execution_id,
      sort_by: "start_time",
      order: "asc",
    });
    expect(executions.map((r) => [r.execution_id, r.status])).toEqual([
      [execution_id, "CONTINUED_AS_NEW"],
      [execution_id, "COMPLETED"],
    ]);
    const [first, second] = executions;
    expect(second!.run_id).toBe(api.state.executions.get(execution_id)!.execution.run_id);
    expect(first!.end_time).not.toBeNull();
    expect(first!.total_duration_ms).toBe(Date.parse(first!.end_time!) - Date.parse(first!.start_time));

    const h1 = (await client.runs.getRunHistory({ run_id: first!.run_id! })) as History;
    const h2 = (await client.runs.getRunHistory({ run_id: second!.run_id! })) as History;
    expect(h1.events.at(-1)!.eventType).toBe("EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW");
    expect(h2.events[0]!.eventType).toBe("EVENT_TYPE_WORKFLOW_EXECUTION_STARTED");
    expect(h2.events.at(-1)!.eventType).toBe("EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED");

    // Only the run that finished the execution carries its result.
    expect((await client.runs.getRun({ run_id: first!.run_id! })).result).toBeNull();
    expect((await client.runs.getRun({ run_id: second!.run_id! })).result).toEqual(
      (await client.executions.getWorkflowExecution({ execution_id })).result,
    );
  });

  test("workflow retries: each failed attempt is a run ending RETRYING_AFTER_ERROR", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: { _mock: { retries: 2 } },
    });
    await api.settle(execution_id);
    const { executions } = await client.runs.listRuns({
      root_execution_id: execution_id,
      order: "asc",
      sort_by: "start_time",
    });
    expect(executions.map((r) => r.status)).toEqual([
      "RETRYING_AFTER_ERROR",
      "RETRYING_AFTER_ERROR",
      "COMPLETED",
    ]);
    expect(new Set(executions.map((r) => r.run_id)).size).toBe(3);
    const history = (await client.runs.getRunHistory({ run_id: executions[0]!.run_id! })) as History;
    expect(history.events.at(-1)!.eventType).toBe("EVENT_TYPE_WORKFLOW_EXECUTION_FAILED");
    expect(api.state.executions.get(execution_id)!.execution.status).toBe("COMPLETED");
  });

  test("reset: the finished run keeps its status, a new run starts from the kept history", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await api.settle(execution_id);
    await client.executions.resetWorkflow({ execution_id, event_id: 4, reason: "retry" });
    const running = await client.runs.listRuns({ root_execution_id: execution_id, status: "RUNNING" });
    expect(running.executions).toHaveLength(1);
    const history = (await client.runs.getRunHistory({ run_id: running.executions[0]!.run_id! })) as History;
    expect(history.events.map((e) => e.eventType).slice(0, 5)).toEqual([
      "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED",
      "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED",
      "EVENT_TYPE_WORKFLOW_TASK_STARTED",
      "EVENT_TYPE_WORKFLOW_TASK_COMPLETED",
      "EVENT_TYPE_WORKFLOW_TASK_FAILED",
    ]);
    const all = await client.runs.listRuns({
      root_execution_id: execution_id,
      status: ["COMPLETED", "RUNNING"],
    });
    expect(all.executions.map((r) => r.status).sort()).toEqual(["COMPLETED", "RUNNING"]);
  });

  test("a page token that is not one of this list's is a 422 on next_page_token", async () => {
    const { client } = setup();
    const other = (await client.workflows.getWorkflows({ limit: 1 })).next_cursor!;
    const { error, response } = await client.GET("/v1/workflows/runs", {
      params: { query: { next_page_token: other } },
    });
    expect(response.status).toBe(422);
    expect(error).toMatchObject({
      detail: [{ loc: ["query", "next_page_token"], msg: "Invalid page token" }],
    });
  });

  test("filters and pages across executions; an unknown run is 404", async () => {
    const { api, client } = setup();
    for (let i = 0; i < 3; i++) {
      const { execution_id } = await client.workflows.executeWorkflow({
        workflow_identifier: "report-generator",
        input: { i },
      });
      await api.settle(execution_id);
    }
    const p1 = await client.runs.listRuns({ workflow_identifier: "report-generator", page_size: 2 });
    const p2 = await client.runs.listRuns({
      workflow_identifier: "report-generator",
      page_size: 2,
      next_page_token: p1.next_page_token,
    });
    expect(p1.executions).toHaveLength(2);
    expect(p2.executions).toHaveLength(1);
    expect(p2.next_page_token).toBeNull();
    const starts = [...p1.executions, ...p2.executions].map((r) => r.start_time);
    expect(starts).toEqual([...starts].sort().reverse()); // newest first by default
    expect((await client.runs.listRuns({ workflow_tags: ["support"] })).executions).toEqual([]);
    expect(
      (await client.runs.listRuns({ user_id: "current", workflow_identifier: "report-generator" }))
        .executions,
    ).toHaveLength(3);
    await expect(
      client.runs.getRun({ run_id: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("metrics", () => {
  test("are computed from the workflow's executions, within the time window", async () => {
    const { api, client } = setup();
    const start = api.clock.now().toISOString();
    const behaviours = [
      { outcome: "completed" },
      { outcome: "completed", retries: 1 }, // a workflow retry
      { outcome: "failed" }, // its activity is retried before it fails
      { outcome: "terminated" },
    ];
    for (const _mock of behaviours) {
      const { execution_id } = await client.workflows.executeWorkflow({
        workflow_identifier: "report-generator",
        input: { _mock },
      });
      await api.settle(execution_id);
    }
    const metrics = await client.metrics.getWorkflowMetrics({
      workflow_name: "report-generator",
      start_time: start,
    });
    expect(metrics.execution_count.value).toBe(4);
    expect(metrics.success_count.value).toBe(2);
    expect(metrics.error_count.value).toBe(2);
    const durations = [...api.state.executions.values()]
      .filter(
        (x) =>
          x.execution.workflow_name === "report-generator" &&
          Date.parse(x.execution.start_time) >= Date.parse(start),
      )
      .map((x) => x.execution.total_duration_ms!);
    expect(metrics.average_latency_ms.value).toBe(durations.reduce((a, b) => a + b, 0) / durations.length);
    expect(metrics.latency_over_time.value).toHaveLength(4);
    expect(metrics.retry_rate.value).toBe(-1); // deprecated: never measured

    const later = await client.metrics.getWorkflowMetrics({
      workflow_name: "report-generator",
      start_time: api.clock.now().toISOString(),
    });
    expect(later.execution_count.value).toBe(0);
    expect(later.average_latency_ms.value).toBe(0);
    await expect(client.metrics.getWorkflowMetrics({ workflow_name: "nope" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("retention", () => {
  test("the runs of an evicted execution go with it", async () => {
    const { api, client } = setup({ maxFinishedExecutions: 1 });
    const first = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: {},
    });
    await api.settle(first.execution_id);
    const runId = (await client.runs.listRuns({ root_execution_id: first.execution_id })).executions[0]!
      .run_id!;
    const second = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: {},
    });
    await api.settle(second.execution_id);
    await expect(client.runs.getRun({ run_id: runId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await client.runs.listRuns({ root_execution_id: first.execution_id })).executions).toEqual([]);
  });
});
