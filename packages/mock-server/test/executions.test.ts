import { BadRequestError, ConflictError, NotFoundError, ValidationError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { createMockServer } from "../src/index.js";
import { asExecution, dataOf, get, readSse, setup } from "./helpers.js";

const types = (api: ReturnType<typeof createMockServer>, id: string) =>
  api.state.executions.get(id)!.events.map((e) => e.data.event_type);

describe("an execution moves through its states on the clock", () => {
  test("started, then custom-task progress, then completed with the result", async () => {
    const { api, client } = setup();
    const started = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-1" },
    });
    expect(started).toMatchObject({
      status: "RUNNING",
      result: null,
      end_time: null,
      start_time: "2025-01-06T09:00:00.000Z",
    });
    expect(types(api, started.execution_id)).toEqual(["WORKFLOW_EXECUTION_STARTED"]);

    api.clock.advance(400 * 3); // three steps of 400 ms
    expect(types(api, started.execution_id)).toEqual([
      "WORKFLOW_EXECUTION_STARTED",
      "CUSTOM_TASK_STARTED",
      "CUSTOM_TASK_IN_PROGRESS",
      "CUSTOM_TASK_IN_PROGRESS",
    ]);
    expect(
      (await client.executions.getWorkflowExecution({ execution_id: started.execution_id })).status,
    ).toBe("RUNNING");

    api.clock.advance(60_000);
    const done = await client.executions.getWorkflowExecution({ execution_id: started.execution_id });
    expect(done).toMatchObject({
      status: "COMPLETED",
      end_time: "2025-01-06T09:00:04.000Z",
      total_duration_ms: 4000,
    });
    expect(done.result).toEqual({
      status: "done",
      answer: "Thanks for reaching out. Your ticket was triaged, answered and closed.",
      input: { ticket_id: "T-1" },
    });
    expect(types(api, started.execution_id)).toEqual([
      "WORKFLOW_EXECUTION_STARTED",
      "CUSTOM_TASK_STARTED",
      ...Array(5).fill("CUSTOM_TASK_IN_PROGRESS"),
      "CUSTOM_TASK_COMPLETED",
      "ACTIVITY_TASK_STARTED",
      "ACTIVITY_TASK_COMPLETED",
      "WORKFLOW_EXECUTION_COMPLETED",
    ]);
  });

  test("progress events are JSON patches that build the task's state", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { steps: 2 } },
    });
    await api.settle(execution_id);
    const payloads = api.state.executions
      .get(execution_id)!
      .events.map((e) => (e.data.attributes as { payload?: unknown }).payload);
    expect(payloads[1]).toEqual({ type: "json", value: { progress: 0, text: "" } });
    expect(payloads[2]).toMatchObject({
      type: "json_patch",
      value: [
        { op: "replace", path: "/progress", value: 0.5 },
        { op: "append", path: "/text" },
      ],
    });
    expect(payloads[4]).toEqual({
      type: "json",
      value: { progress: 1, text: "Thanks for reaching out. Your ticket was triaged, answered and closed." },
    });
  });

  test.each([
    ["failed", "FAILED", "WORKFLOW_EXECUTION_FAILED"],
    ["canceled", "CANCELED", "WORKFLOW_EXECUTION_CANCELED"],
    ["terminated", "TERMINATED", "CUSTOM_TASK_IN_PROGRESS"],
    ["timed_out", "TIMED_OUT", "CUSTOM_TASK_TIMED_OUT"],
    ["completed", "COMPLETED", "WORKFLOW_EXECUTION_COMPLETED"],
  ])("input `_mock: %j` ends the execution %s (last event %s)", async (outcome, status, lastEvent) => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: outcome },
    });
    await api.settle(execution_id);
    expect((await client.executions.getWorkflowExecution({ execution_id })).status).toBe(status);
    expect(types(api, execution_id).at(-1)).toBe(lastEvent);
  });

  test("a failed execution reports the failure through retries to the workflow event", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { outcome: "failed", error: "ticket system down" } },
    });
    await api.settle(execution_id);
    const events = api.state.executions.get(execution_id)!.events.map((e) => e.data);
    expect(
      events.slice(-3).map((e) => [e.event_type, (e.attributes as { failure?: unknown }).failure]),
    ).toEqual([
      ["ACTIVITY_TASK_RETRYING", { message: "ticket system down" }],
      ["ACTIVITY_TASK_FAILED", { message: "ticket system down" }],
      ["WORKFLOW_EXECUTION_FAILED", { message: "ticket system down" }],
    ]);
  });

  test("continued as new: a new run under the same execution id, then completed", async () => {
    const { api, client } = setup();
    const { execution_id, run_id } = asExecution(
      await client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: { _mock: "continued_as_new" },
      }),
    );
    await api.settle(execution_id);
    const after = await client.executions.getWorkflowExecution({ execution_id });
    expect(after.status).toBe("COMPLETED");
    expect(after.run_id).not.toBe(run_id);
    const continued = api.state.executions
      .get(execution_id)!
      .events.find((e) => e.data.event_type === "WORKFLOW_EXECUTION_CONTINUED_AS_NEW")!;
    expect(continued.data).toMatchObject({
      workflow_run_id: run_id,
      attributes: { new_execution_run_id: after.run_id },
    });
  });

  test("per-workflow behaviours apply when the input has no _mock", async () => {
    const { api, client } = setup({ behaviours: { "report-generator": { outcome: "failed", steps: 1 } } });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: {},
    });
    await api.settle(execution_id);
    expect(api.state.executions.get(execution_id)!.execution.status).toBe("FAILED");
  });

  test("an unknown outcome is a 422 pointing at the input", async () => {
    const { client } = setup();
    const error = await client.workflows
      .executeWorkflow({ workflow_identifier: "support-workflow", input: { _mock: "exploded" } })
      .catch((e) => e);
    expect(error.status).toBe(422);
    expect(error.detail[0].loc).toEqual(["body", "input", "_mock", "outcome"]);
  });
});

describe("cancel and terminate", () => {
  test("cancel ends a running execution CANCELED with its events; a second cancel is a 409", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    api.clock.advance(1000);
    await client.executions.cancelWorkflowExecution({ execution_id });
    expect((await client.executions.getWorkflowExecution({ execution_id })).status).toBe("CANCELED");
    expect(types(api, execution_id).slice(-2)).toEqual([
      "CUSTOM_TASK_CANCELED",
      "WORKFLOW_EXECUTION_CANCELED",
    ]);
    await expect(client.executions.cancelWorkflowExecution({ execution_id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    api.clock.advance(60_000);
    expect(types(api, execution_id).at(-1)).toBe("WORKFLOW_EXECUTION_CANCELED"); // nothing after
  });

  test("terminate ends it TERMINATED without any event", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const before = api.state.executions.get(execution_id)!.events.length;
    await client.executions.terminateWorkflowExecution({ execution_id });
    expect(api.state.executions.get(execution_id)!.execution.status).toBe("TERMINATED");
    expect(api.state.executions.get(execution_id)!.events).toHaveLength(before);
    expect(api.state.executions.get(execution_id)!.stop_requests).toEqual(["terminate"]);
  });

  test("unknown execution ids are 404s", async () => {
    const { client } = setup();
    await expect(client.executions.getWorkflowExecution({ execution_id: "nope" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(client.executions.cancelWorkflowExecution({ execution_id: "nope" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  test.each(["batchCancelWorkflowExecutions", "batchTerminateWorkflowExecutions"] as const)(
    "%s reports a result per id",
    async (method) => {
      const { api, client } = setup();
      const a = await client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: {},
      });
      const b = await client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: { _mock: { step_ms: 1 } },
      });
      await api.settle(b.execution_id);
      const { results } = await client.executions[method]({
        execution_ids: [a.execution_id, b.execution_id, "ghost"],
      });
      expect(results).toEqual({
        [a.execution_id]: { status: "success", error: null },
        [b.execution_id]: { status: "failure", error: "workflow execution already completed" },
        ghost: { status: "failure", error: "workflow execution not found" },
      });
      expect(api.state.executions.get(a.execution_id)!.execution.status).toBe(
        method === "batchCancelWorkflowExecutions" ? "CANCELED" : "TERMINATED",
      );
    },
  );
});

describe("signals, queries and updates", () => {
  test("a workflow waiting for a signal goes on when it arrives; the signal is recorded", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { wait_for_signal: "approve", steps: 1 } },
    });
    api.clock.advance(60_000);
    expect(api.state.executions.get(execution_id)!.execution.status).toBe("RUNNING");
    const status = await client.executions.queryWorkflowExecution({ execution_id, name: "get_status" });
    expect(status).toMatchObject({
      query_name: "get_status",
      result: { waiting_for_signal: "approve", progress: 1 },
    });

    const accepted = await client.executions.signalWorkflowExecution({
      execution_id,
      name: "approve",
      input: { approved: true },
    });
    expect(accepted).toEqual({ message: "Signal accepted" });
    await api.settle(execution_id);
    const rec = api.state.executions.get(execution_id)!;
    expect(rec.execution.status).toBe("COMPLETED");
    expect(rec.signals).toEqual([
      { name: "approve", input: { approved: true }, received_at: "2025-01-06T09:01:00.000Z" },
    ]);
  });

  test("updates change the state queries read; both are recorded", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: "running" },
    });
    const update = await client.executions.updateWorkflowExecution({
      execution_id,
      name: "set_priority",
      input: { priority: "high" },
    });
    expect(update).toEqual({
      update_name: "set_priority",
      result: { accepted: true, update: "set_priority", state: { priority: "high" } },
    });
    const query = await client.executions.queryWorkflowExecution({ execution_id, name: "get_status" });
    expect(query.result).toMatchObject({ state: { priority: "high" }, status: "RUNNING" });
    const rec = api.state.executions.get(execution_id)!;
    expect(rec.updates.map((u) => u.name)).toEqual(["set_priority"]);
    expect(rec.queries.map((q) => q.name)).toEqual(["get_status"]);
  });

  test("query and update results can be scripted with _mock", async () => {
    const { client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {
        _mock: {
          outcome: "running",
          query_results: { get_status: { stage: "review" } },
          update_results: { set_priority: "ok" },
        },
      },
    });
    expect(
      (await client.executions.queryWorkflowExecution({ execution_id, name: "get_status" })).result,
    ).toEqual({ stage: "review" });
    expect(
      (await client.executions.updateWorkflowExecution({ execution_id, name: "set_priority" })).result,
    ).toBe("ok");
  });

  test("handlers the registration does not declare are refused; finished executions refuse signals and updates", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await expect(
      client.executions.queryWorkflowExecution({ execution_id, name: "nope" }),
    ).rejects.toBeInstanceOf(BadRequestError);
    await api.settle(execution_id);
    await expect(
      client.executions.signalWorkflowExecution({ execution_id, name: "approve" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      client.executions.updateWorkflowExecution({ execution_id, name: "set_priority" }),
    ).rejects.toBeInstanceOf(ConflictError);
    // Queries still work on a closed execution.
    expect(
      (await client.executions.queryWorkflowExecution({ execution_id, name: "get_status" })).result,
    ).toMatchObject({ status: "COMPLETED" });
  });
});

describe("reset and history", () => {
  test("history lists the run's events with encoded payloads, or decoded on request", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-9" },
    });
    await api.settle(execution_id);
    const encoded = (await client.executions.getWorkflowExecutionHistory({ execution_id })) as {
      events: any[];
    };
    expect(encoded.events[0]).toMatchObject({
      eventId: "1",
      eventType: "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED",
    });
    const payload = encoded.events[0].workflowExecutionStartedEventAttributes.input.payloads[0];
    expect(payload.metadata.encoding).toBe(btoa("json/plain"));
    expect(JSON.parse(atob(payload.data))).toEqual({ ticket_id: "T-9" });
    const decoded = (await client.executions.getWorkflowExecutionHistory({
      execution_id,
      decode_payloads: true,
    })) as { events: any[] };
    expect(decoded.events[0].workflowExecutionStartedEventAttributes.input.payloads[0].data).toEqual({
      ticket_id: "T-9",
    });
    expect(decoded.events.at(-1).eventType).toBe("EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED");
  });

  test("reset starts a new run from the story's beginning and keeps history up to the event", async () => {
    const { api, client } = setup();
    const { execution_id, run_id } = asExecution(
      await client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", input: {} }),
    );
    await api.settle(execution_id);
    await client.executions.resetWorkflow({ execution_id, event_id: 4, reason: "retry" });
    const after = await client.executions.getWorkflowExecution({ execution_id });
    expect(after).toMatchObject({ status: "RUNNING", end_time: null, result: null });
    expect(after.run_id).not.toBe(run_id);
    const rec = api.state.executions.get(execution_id)!;
    expect(rec.resets).toMatchObject([{ event_id: 4, reason: "retry", previous_run_id: run_id }]);
    expect(rec.history.slice(0, 5).map((h) => h.eventType)).toEqual([
      "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED",
      "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED",
      "EVENT_TYPE_WORKFLOW_TASK_STARTED",
      "EVENT_TYPE_WORKFLOW_TASK_COMPLETED",
      "EVENT_TYPE_WORKFLOW_TASK_FAILED",
    ]);
    await api.settle(execution_id);
    expect(rec.execution.status).toBe("COMPLETED");
    expect(rec.events.filter((e) => e.data.event_type === "WORKFLOW_EXECUTION_STARTED")).toHaveLength(2);
  });

  test("reset to an event outside the history is a 422 WF_1001 listing the events it can reset to", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const history = api.state.executions.get(execution_id)!.history.length;
    const error = await client.executions.resetWorkflow({ execution_id, event_id: 999 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe("WF_1001");
    expect(error.validResetEvents).toEqual(Array.from({ length: history }, (_, i) => i + 1));
  });
});

describe("documented error codes", () => {
  test("unknown execution WF_1100, taken id WF_1101, ended execution WF_1102 with its status, unknown schedule WF_1201", async () => {
    const { api, client } = setup();
    const unknown = await client.executions.getWorkflowExecution({ execution_id: "nope" }).catch((e) => e);
    expect([unknown.status, unknown.code]).toEqual([404, "WF_1100"]);

    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const taken = await client.workflows
      .executeWorkflow({ workflow_identifier: "support-workflow", execution_id, input: {} })
      .catch((e) => e);
    expect(taken).toBeInstanceOf(ConflictError);
    expect(taken.code).toBe("WF_1101");
    expect(taken.executionStatus).toBeNull();

    await api.settle(execution_id);
    const ended = await client.executions
      .signalWorkflowExecution({ execution_id, name: "approve" })
      .catch((e) => e);
    expect([ended.status, ended.code, ended.executionStatus]).toEqual([409, "WF_1102", "COMPLETED"]);

    const schedule = await client.schedules.getSchedule({ schedule_id: "nope" }).catch((e) => e);
    expect([schedule.status, schedule.code]).toEqual([404, "WF_1201"]);
    // A missing deployment has no documented code: none is invented.
    const deployment = await client.deployments.getDeployment({ name: "nope" }).catch((e) => e);
    expect([deployment.status, deployment.code]).toEqual([404, null]);
  });
});

describe("traces", () => {
  async function finished() {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { steps: 2 } },
    });
    await client.executions.signalWorkflowExecution({ execution_id, name: "approve" });
    await api.settle(execution_id);
    return { api, client, execution_id };
  }

  test("info gives the trace id", async () => {
    const { client, execution_id } = await finished();
    const info = await client.executions.getWorkflowExecutionTraceInfo({ execution_id });
    expect(info).toEqual({ otel_trace_id: expect.stringMatching(/^[0-9a-f]{32}$/), has_trace_data: true });
  });

  test("summary is a span tree: the workflow span with the task and activity spans", async () => {
    const { client, execution_id } = await finished();
    const { span_tree, status } = await client.executions.getWorkflowExecutionTraceSummary({ execution_id });
    expect(status).toBe("COMPLETED");
    expect(span_tree!.name).toBe("RunWorkflow:support-workflow");
    expect(span_tree!.children!.map((c) => c.name)).toEqual([
      "CustomTask:progress",
      "RunActivity:process_result",
    ]);
    expect(span_tree!.events.map((e) => e.name)).toEqual([
      "workflow.started",
      "signal.approve",
      "workflow.completed",
    ]);
    expect(span_tree!.end_time_unix_nano! - span_tree!.start_time_unix_nano).toBe(2_800 * 1_000_000); // 7 steps of 400 ms
  });

  test("events: progress events repeat their id per status unless merged; internal ones on request", async () => {
    const { client, execution_id } = await finished();
    const raw = await client.executions.getWorkflowExecutionTraceEvents({ execution_id });
    const progress = raw.events!.filter((e) => e.type === "EVENT_PROGRESS");
    expect(progress.map((e) => [e.name, "status" in e ? e.status : null])).toEqual([
      ["progress", "RUNNING"],
      ["progress", "COMPLETED"],
      ["process_result", "RUNNING"],
      ["process_result", "COMPLETED"],
    ]);
    const merged = await client.executions.getWorkflowExecutionTraceEvents({
      execution_id,
      merge_same_id_events: true,
    });
    expect(
      merged.events!.filter((e) => e.type === "EVENT_PROGRESS").map((e) => ("status" in e ? e.status : null)),
    ).toEqual(["COMPLETED", "COMPLETED"]);
    expect(raw.events!.some((e) => e.internal)).toBe(false);
    const internal = await client.executions.getWorkflowExecutionTraceEvents({
      execution_id,
      include_internal_events: true,
    });
    expect(internal.events!.filter((e) => e.internal).map((e) => e.name)).toEqual([
      "workflow_task.completed",
    ]);
  });

  test("OTel gives the finished spans in OTLP JSON under one trace id", async () => {
    const { client, execution_id } = await finished();
    const otel = await client.executions.getWorkflowExecutionTraceOtel({ execution_id });
    const spans = otel.otel_trace_data!.batches![0]!.scopeSpans![0]!.spans!;
    expect(spans).toHaveLength(3);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([otel.otel_trace_id]));
    expect(spans.find((s) => s.parentSpanId === null)!.name).toBe("RunWorkflow:support-workflow");
  });
});

describe("logs", () => {
  test("pages carry the window and the order in the cursor", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await api.settle(execution_id);
    const all = api.state.executions.get(execution_id)!.logs;
    expect(all.length).toBe(11);

    const first = await client.executions.getWorkflowExecutionLogs({
      execution_id,
      order: "desc",
      after: "2025-01-06T09:00:01.000Z",
      before: "2025-01-06T09:00:04.000Z",
      limit: 3,
    });
    const bodies: string[] = first.results.map((r) => r.body);
    let cursor = first.next_cursor;
    while (cursor) {
      // Only the cursor: window and order come from it.
      const page = await client.executions.getWorkflowExecutionLogs({ execution_id, cursor, limit: 3 });
      bodies.push(...page.results.map((r) => r.body));
      cursor = page.next_cursor;
    }
    const window = all.filter(
      (r) => r.timestamp >= "2025-01-06T09:00:01.000Z" && r.timestamp < "2025-01-06T09:00:04.000Z",
    );
    expect(bodies).toEqual(window.map((r) => r.body).reverse());
  });

  test("filters by activity", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await api.settle(execution_id);
    const page = await client.executions.getWorkflowExecutionLogs({
      execution_id,
      activity_id: "1",
    });
    expect(page.results.map((r) => r.body)).toEqual([
      "Activity process_result started",
      "Activity process_result completed",
    ]);
    expect(page.next_cursor).toBeNull();
  });

  test("a cursor that is not one is a 422", async () => {
    const { client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const error = await client.executions
      .getWorkflowExecutionLogs({ execution_id, cursor: "garbage" })
      .catch((e) => e);
    expect(error.status).toBe(422);
    expect(error.detail[0].loc).toEqual(["query", "cursor"]);
  });

  test("the log stream follows a running execution and resumes after its last id", async () => {
    const { api, client } = setup({ heartbeatMs: 0 });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    api.clock.advance(800);
    const response = await get(api, `/v1/workflows/executions/${execution_id}/logs/stream`);
    const reading = readSse(response);
    api.clock.advance(60_000);
    const { events } = await reading;
    expect(events.map((e) => e.event)).toEqual(Array(11).fill("log"));
    expect(dataOf(events).map((r) => r.body)).toEqual(
      api.state.executions.get(execution_id)!.logs.map((r) => r.body),
    );

    const resumed = await readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/logs/stream`, {
        "last-event-id": events[6]!.id!,
      }),
    );
    expect(resumed.events.map((e) => e.id)).toEqual(events.slice(7).map((e) => e.id));
    const byQuery = await readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/logs/stream?last_event_id=${events[9]!.id!}`),
    );
    expect(byQuery.events.map((e) => e.id)).toEqual([events[10]!.id]);
  });

  test("the log stream refuses a resume point that is not one of its cursors, naming where it came from", async () => {
    const { api, client } = setup({ heartbeatMs: 0 });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const path = `/v1/workflows/executions/${execution_id}/logs/stream`;
    const byHeader = await get(api, path, { "Last-Event-ID": "garbage" });
    expect(byHeader.status).toBe(422);
    expect((await byHeader.json()).detail[0].loc).toEqual(["header", "Last-Event-ID"]);
    const byQuery = await get(api, `${path}?last_event_id=garbage`);
    expect(byQuery.status).toBe(422);
    expect((await byQuery.json()).detail[0].loc).toEqual(["query", "last_event_id"]);
  });

  test("the log stream starts at `after` and ends with the execution", async () => {
    const { api, client } = setup({ heartbeatMs: 0 });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    api.clock.advance(60_000);
    const all = await client.executions.getWorkflowExecutionLogs({ execution_id, limit: 100 });
    expect(all.results.length).toBeGreaterThan(3);
    const third = all.results[2]!.timestamp;
    const { events } = await readSse(
      await get(
        api,
        `/v1/workflows/executions/${execution_id}/logs/stream?after=${encodeURIComponent(third)}`,
      ),
    );
    const expected = all.results.filter((r) => Date.parse(r.timestamp) >= Date.parse(third));
    expect(expected.length).toBeLessThan(all.results.length);
    expect(dataOf(events).map((r) => r.body)).toEqual(expected.map((r) => r.body));
  });

  test("the log stream of an unknown execution is a 404", async () => {
    const { api } = setup();
    expect((await get(api, "/v1/workflows/executions/nope/logs/stream")).status).toBe(404);
  });
});
