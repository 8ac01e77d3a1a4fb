/**
 * Every handle method maps to exactly the requests one would write by hand: one table row per method,
 * with the operations the mock server must have received, in order, and nothing else. Then the same
 * methods with an aborted signal: each rejects with `APIUserAbortError` and sends nothing.
 */
import { APIUserAbortError, type RequestOptions } from "@mistral-workflows/client";
import { afterEach, describe, expect, test } from "vitest";
import {
  createSchedule,
  getExecutionHandle,
  getScheduleHandle,
  startExecution,
  type ExecutionHandle,
  type ScheduleHandle,
} from "../src/index.js";
import { setup, type Setup } from "./helpers/mock.js";

let s: Setup;
afterEach(() => s?.api.close());

type ExecutionCall = (h: ExecutionHandle, o: RequestOptions) => Promise<unknown>;
type ScheduleCall = (h: ScheduleHandle, o: RequestOptions) => Promise<unknown>;

const executionMethods: [string, ExecutionCall, string[]][] = [
  ["describe()", (h, o) => h.describe(o), ["executions.getWorkflowExecution"]],
  ["signal()", (h, o) => h.signal("approve", { approved: true }, o), ["executions.signalWorkflowExecution"]],
  ["query()", (h, o) => h.query("get_status", {}, o), ["executions.queryWorkflowExecution"]],
  [
    "update()",
    (h, o) => h.update("set_priority", { priority: "low" }, o),
    ["executions.updateWorkflowExecution"],
  ],
  ["history()", (h, o) => h.history(o), ["executions.getWorkflowExecutionHistory"]],
  ["trace()", (h, o) => h.trace(o), ["executions.getWorkflowExecutionTraceSummary"]],
  ["trace(otel)", (h, o) => h.trace({ ...o, format: "otel" }), ["executions.getWorkflowExecutionTraceOtel"]],
  [
    "trace(events)",
    (h, o) => h.trace({ ...o, format: "events" }),
    ["executions.getWorkflowExecutionTraceEvents"],
  ],
  [
    "logs() first page",
    (h, o) => Promise.resolve(h.logs({ limit: 2 }, o)),
    ["executions.getWorkflowExecutionLogs"],
  ],
  ["reset()", (h, o) => h.reset({ ...o, eventId: 3 }), ["executions.resetWorkflow"]],
  ["cancel()", (h, o) => h.cancel(o), ["executions.cancelWorkflowExecution"]],
  ["terminate()", (h, o) => h.terminate(o), ["executions.terminateWorkflowExecution"]],
];

const scheduleMethods: [string, ScheduleCall, string[]][] = [
  ["describe()", (h, o) => h.describe(o), ["schedules.getSchedule"]],
  ["update()", (h, o) => h.update({ cron_expressions: ["0 8 * * *"] }, o), ["schedules.updateSchedule"]],
  ["pause()", (h, o) => h.pause("note", o), ["schedules.pauseSchedule"]],
  ["resume()", (h, o) => h.resume(null, o), ["schedules.resumeSchedule"]],
  ["trigger()", (h, o) => h.trigger(o), ["schedules.triggerSchedule"]],
  ["nextRuns()", (h, o) => h.nextRuns(5, o), ["schedules.getSchedule"]],
  ["recentExecutions()", (h, o) => h.recentExecutions(o), ["schedules.getSchedule"]],
  ["delete()", (h, o) => h.delete(o), ["schedules.unscheduleWorkflow"]],
];

async function runningExecution(): Promise<ExecutionHandle> {
  s = setup();
  const handle = await startExecution(s.client, "support-workflow", { ticket_id: "T-1", _mock: "running" });
  s.api.clock.advance(2_000);
  s.reset();
  return handle;
}

async function schedule(): Promise<ScheduleHandle> {
  s = setup();
  const handle = await createSchedule(s.client, "report-generator", {}, { cron_expressions: ["0 9 * * *"] });
  s.reset();
  return handle;
}

describe("one request per execution handle method", () => {
  test.each(executionMethods)("%s", async (_name, call, operations) => {
    const handle = await runningExecution();
    await call(handle, {});
    expect(s.operations()).toEqual(operations);
  });

  test("starting is one request, attaching is none", async () => {
    s = setup();
    const started = await startExecution(s.client, "support-workflow", { ticket_id: "T-1" });
    expect(s.operations()).toEqual(["workflows.executeWorkflow"]);
    getExecutionHandle(s.client, started.executionId);
    expect(s.operations()).toHaveLength(1);
  });
});

describe("one request per schedule handle method", () => {
  test.each(scheduleMethods)("%s", async (_name, call, operations) => {
    const handle = await schedule();
    await call(handle, {});
    expect(s.operations()).toEqual(operations);
  });

  test("creating is one request, attaching is none", async () => {
    const handle = await schedule();
    getScheduleHandle(s.client, handle.scheduleId);
    expect(s.api.requests).toHaveLength(0);
  });
});

describe("an aborted signal rejects every method before anything is sent", () => {
  const aborted = () => {
    const controller = new AbortController();
    controller.abort();
    return { signal: controller.signal };
  };

  test.each(executionMethods)("execution %s", async (_name, call) => {
    const handle = await runningExecution();
    await expect(call(handle, aborted())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(s.api.requests).toHaveLength(0);
  });

  test.each(scheduleMethods)("schedule %s", async (_name, call) => {
    const handle = await schedule();
    await expect(call(handle, aborted())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(s.api.requests).toHaveLength(0);
  });

  test("startExecution and createSchedule", async () => {
    s = setup();
    await expect(
      startExecution(s.client, "support-workflow", { ticket_id: "T-1" }, aborted()),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(
      createSchedule(s.client, "report-generator", {}, { cron_expressions: ["0 9 * * *"] }, aborted()),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(s.api.requests).toHaveLength(0);
  });
});
