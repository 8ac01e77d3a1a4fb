/**
 * The read side of an execution handle (history, logs, log stream, trace) and reset: each method is the
 * one request a hand-written call would make, and returns what the mock holds.
 */
import { InvalidArgumentError } from "@mistral-workflows/client";
import { afterEach, describe, expect, test } from "vitest";
import { defineWorkflow, getExecutionHandle, startExecution } from "../src/index.js";
import { setup, type Setup } from "./helpers/mock.js";

const support = defineWorkflow<{ ticket_id: string; _mock?: unknown }, { status: string }>(
  "support-workflow",
);

let s: Setup;
afterEach(() => s?.api.close());

async function finished(input: { ticket_id: string; _mock?: unknown } = { ticket_id: "T-1" }) {
  s = setup();
  const handle = await startExecution(s.client, support, input);
  await s.api.settle(handle.executionId);
  s.reset();
  return handle;
}

describe("history and reset", () => {
  test("history() is one GET of the execution's history", async () => {
    const handle = await finished();
    const history = (await handle.history()) as { events?: unknown[] };
    expect(s.operations()).toEqual(["executions.getWorkflowExecutionHistory"]);
    expect(history.events).toHaveLength(s.api.state.executions.get(handle.executionId)!.history.length);
  });

  test("history({ decodePayloads }) sends decode_payloads", async () => {
    const handle = await finished();
    await handle.history({ decodePayloads: true });
    expect(s.api.requests[0]!.query).toEqual({ decode_payloads: "true" });
  });

  test("reset() sends the wire body and the execution runs again from there", async () => {
    const handle = await finished();
    const rec = s.api.state.executions.get(handle.executionId)!;
    const runBefore = rec.execution.run_id;
    const eventId = Number(rec.history[2]!.eventId);
    await handle.reset({ eventId, reason: "retry the answer", excludeSignals: true });
    expect(s.operations()).toEqual(["executions.resetWorkflow"]);
    expect(s.api.requests[0]!.body).toEqual({
      event_id: eventId,
      reason: "retry the answer",
      exclude_signals: true,
    });
    expect(rec.resets).toMatchObject([
      { event_id: eventId, reason: "retry the answer", previous_run_id: runBefore },
    ]);
  });

  test("reset() without a whole-number eventId is refused before sending", async () => {
    const handle = await finished();
    await expect(handle.reset({ eventId: 1.5 })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(0);
  });
});

describe("logs", () => {
  test("logs() pages lazily through the execution's logs, one request per page", async () => {
    const handle = await finished();
    const listing = handle.logs({ limit: 3, order: "asc" });
    expect(s.api.requests).toHaveLength(0);
    const bodies: unknown[] = [];
    for await (const record of listing) bodies.push(record.body);
    const stored = s.api.state.executions.get(handle.executionId)!.logs;
    expect(bodies).toEqual(stored.map((l) => l.body));
    expect(s.operations()).toEqual(
      Array.from({ length: Math.ceil(stored.length / 3) }, () => "executions.getWorkflowExecutionLogs"),
    );
  });

  test("followLogs() streams the same records and ends with the execution", async () => {
    const handle = await finished();
    const bodies: unknown[] = [];
    for await (const record of handle.followLogs()) bodies.push(record.body);
    expect(bodies).toEqual(s.api.state.executions.get(handle.executionId)!.logs.map((l) => l.body));
    expect(s.operations()[0]).toBe("executions.streamWorkflowExecutionLogs");
  });
});

describe("trace", () => {
  test("trace() is the summary; format picks otel or events; one request each", async () => {
    const handle = await finished();
    const summary = await handle.trace();
    const otel = await handle.trace({ format: "otel" });
    const events = await handle.trace({ format: "events", includeInternalEvents: true });
    expect(s.operations()).toEqual([
      "executions.getWorkflowExecutionTraceSummary",
      "executions.getWorkflowExecutionTraceOtel",
      "executions.getWorkflowExecutionTraceEvents",
    ]);
    expect(s.api.requests[2]!.query).toEqual({ include_internal_events: "true" });
    expect(summary.workflow_name).toBe("support-workflow");
    expect(otel).toBeTypeOf("object");
    expect(events).toBeTypeOf("object");
  });

  test("an unknown format is refused before sending", async () => {
    s = setup();
    const handle = getExecutionHandle(s.client, "e-1");
    await expect(handle.trace({ format: "xml" as "otel" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(0);
  });
});

describe("abort signals reach the streams", () => {
  test("an aborted stream ends quietly", async () => {
    const handle = await finished();
    const controller = new AbortController();
    controller.abort();
    const seen = [];
    for await (const event of handle.events({ signal: controller.signal })) seen.push(event);
    for await (const record of handle.followLogs({}, { signal: controller.signal })) seen.push(record);
    expect(seen).toEqual([]);
  });
});
