import {
  APIUserAbortError,
  ConflictError,
  createClient,
  InvalidArgumentError,
  NotFoundError,
} from "@mistral-workflows/client";
import { afterEach, describe, expect, test } from "vitest";
import {
  defineQuery,
  defineSignal,
  defineUpdate,
  defineWorkflow,
  executeAndWait,
  ExecutionCanceledError,
  ExecutionFailedError,
  ExecutionTerminatedError,
  getExecutionHandle,
  startExecution,
} from "../src/index.js";
import { setup, type Setup } from "./helpers/mock.js";

interface TicketInput {
  ticket_id: string;
  _mock?: unknown;
}
const support = defineWorkflow<TicketInput, { status: string; answer: string; input: TicketInput }>(
  "support-workflow",
);
const approve = defineSignal<{ approved: boolean; comment?: string }>("approve");
const getStatus = defineQuery<Record<string, never>, { stage?: string }>("get_status");
const setPriority = defineUpdate<{ priority: "low" | "normal" | "high" }, { accepted: boolean }>(
  "set_priority",
);

let s: Setup;
afterEach(() => s?.api.close());

describe("startExecution", () => {
  test("sends one execute request with the input and a client-chosen execution id", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-1" });
    expect(s.operations()).toEqual(["workflows.executeWorkflow"]);
    const body = s.api.requests[0]!.body as Record<string, unknown>;
    expect(body).toEqual({ execution_id: handle.executionId, input: { ticket_id: "T-1" } });
    expect(s.api.requests[0]!.path).toBe("/v1/workflows/support-workflow/execute");
    expect(handle.workflowName).toBe("support-workflow");
    expect(s.api.state.executions.get(handle.executionId)?.input).toEqual({ ticket_id: "T-1" });
  });

  test("passes the execute operation's options under their wire names", async () => {
    s = setup();
    const handle = await startExecution(
      s.client,
      "support-workflow",
      { ticket_id: "T-2" },
      {
        executionId: "my-exec-1",
        deploymentName: "support",
        customTracingAttributes: { team: "care" },
        forceNewTrace: true,
      },
    );
    expect(handle.executionId).toBe("my-exec-1");
    expect(s.api.requests[0]!.body).toEqual({
      execution_id: "my-exec-1",
      input: { ticket_id: "T-2" },
      deployment_name: "support",
      custom_tracing_attributes: { team: "care" },
      force_new_trace: true,
    });
  });

  test("traceparent travels as the request header, not in the body; a header the caller set wins", async () => {
    s = setup();
    const parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    await startExecution(s.client, "support-workflow", { ticket_id: "T-3" }, { traceparent: parent });
    expect(s.api.requests[0]!.headers.traceparent).toBe(parent);
    expect(s.api.requests[0]!.body).not.toHaveProperty("traceparent");
    const own = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    await startExecution(
      s.client,
      "support-workflow",
      { ticket_id: "T-4" },
      { traceparent: parent, headers: { TraceParent: own } },
    );
    expect(s.api.requests[1]!.headers.traceparent).toBe(own);
    await expect(
      startExecution(s.client, "support-workflow", {}, { traceparent: 42 as unknown as string }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(2);
  });

  test("a retry after a lost response attaches to the execution the first attempt started", async () => {
    // The mock's clock reads this machine's time, as a server's would: the read-back checks it.
    s = setup({ clock: { now: Date.now() } });
    let calls = 0;
    const client = createClient({
      apiKey: "test",
      baseUrl: s.api.url,
      maxRetries: 1,
      // A gateway that loses the first answer: the mock handled the request, the caller sees a 504.
      fetch: async (input, init) => {
        const response = await s.api.fetch(input, init);
        if (++calls > 1) return response;
        return new Response("", { status: 504, headers: { "retry-after-ms": "0" } });
      },
    });
    const handle = await startExecution(client, support, { ticket_id: "T-3" });
    const executes = s.api.requests.filter((r) => r.operation === "workflows.executeWorkflow");
    expect(executes.map((r) => r.status)).toEqual([200, 409]);
    expect(new Set(executes.map((r) => (r.body as { execution_id: string }).execution_id)).size).toBe(1);
    expect(s.api.state.executions.size).toBe(1);
    expect(s.api.state.executions.has(handle.executionId)).toBe(true);
  });

  /** A client whose first execute answer is lost (a gateway's 503 after the mock handled it). */
  function losingFirstExecute(api: Setup["api"]) {
    let lost = false;
    return createClient({
      apiKey: "test",
      baseUrl: api.url,
      fetch: async (input, init) => {
        const response = await api.fetch(input, init);
        if (lost || !String(input).endsWith("/execute")) return response;
        lost = true;
        return new Response("", { status: 503, headers: { "retry-after-ms": "0" } });
      },
    });
  }

  test.each(["startExecution", "executeAndWait"] as const)(
    "%s: a lost answer and someone else's execution under the id rejects with ConflictError",
    async (how) => {
      s = setup({ clock: { now: Date.now() } });
      // Someone else ran "taken" ten minutes ago, to its end.
      const theirs = await startExecution(
        s.client,
        support,
        { ticket_id: "THEIRS" },
        { executionId: "taken" },
      );
      s.api.clock.advance(600_000);
      await theirs.result();
      const client = losingFirstExecute(s.api);
      const call =
        how === "startExecution"
          ? startExecution(client, support, { ticket_id: "MINE" }, { executionId: "taken" })
          : executeAndWait(client, support, { ticket_id: "MINE" }, { executionId: "taken" });
      const error = await call.then(
        (value) => value,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toMatch(/execution_id "taken" is already taken/);
      expect(s.api.state.executions.size).toBe(1);
    },
  );

  test("a lost answer: an execution of the same input started within the call is the caller's", async () => {
    s = setup({ clock: { now: Date.now() } });
    const client = losingFirstExecute(s.api);
    const handle = await startExecution(client, support, { ticket_id: "T-9" }, { executionId: "mine" });
    expect(handle.executionId).toBe("mine");
    s.api.clock.advance(600_000);
    expect((await handle.result()).input).toEqual({ ticket_id: "T-9" });
    expect(s.api.state.executions.size).toBe(1);
  });

  test("with an execution id of the caller's, a taken id rejects with ConflictError", async () => {
    s = setup();
    await startExecution(s.client, support, { ticket_id: "T-4" }, { executionId: "taken" });
    await expect(
      startExecution(s.client, support, { ticket_id: "T-5" }, { executionId: "taken" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  test("bad references and options are refused before anything is sent", async () => {
    s = setup();
    await expect(startExecution(s.client, "", {})).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(startExecution(s.client, approve as unknown as string, {})).rejects.toThrow(
      /signal definition/,
    );
    await expect(
      startExecution(s.client, support, { ticket_id: "x" }, { executionId: "" }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(0);
  });

  test("an unknown workflow rejects with NotFoundError", async () => {
    s = setup();
    await expect(startExecution(s.client, "nope", {})).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("ExecutionHandle.result()", () => {
  test("follows the stream to the end, then reads the result once", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-6" });
    s.reset();
    const result = handle.result();
    await s.api.settle(handle.executionId);
    const stored = s.api.state.executions.get(handle.executionId)!.execution.result;
    await expect(result).resolves.toEqual(stored);
    expect(stored).toMatchObject({ status: "done", input: { ticket_id: "T-6" } });
    expect(s.operations()).toEqual(["executions.stream", "executions.getWorkflowExecution"]);
  });

  test("executeAndWait resolves to the typed result", async () => {
    s = setup();
    const waiting = executeAndWait(s.client, support, { ticket_id: "T-7" });
    // Let the execute request land, then run the clock until the execution ends.
    await new Promise((r) => setTimeout(r, 0));
    const [id] = [...s.api.state.executions.keys()];
    await s.api.settle(id!);
    const result = await waiting;
    expect(result.status).toBe("done");
    expect(s.operations()).toEqual([
      "workflows.executeWorkflow",
      "executions.stream",
      "executions.getWorkflowExecution",
    ]);
  });

  test("a failed execution rejects with ExecutionFailedError and its failure message", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, {
      ticket_id: "T-8",
      _mock: { outcome: "failed", error: "no such ticket" },
    });
    const result = handle.result();
    await s.api.settle(handle.executionId);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecutionFailedError);
    expect(error).toMatchObject({
      status: "FAILED",
      executionId: handle.executionId,
      failure: "no such ticket",
    });
  });

  test("a dropped stream is resumed after its last event: nothing lost, no poll", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-drop" });
    s.api.faults.add({ operations: ["executions.stream"], dropAfterEvents: 3, times: 1 });
    s.reset();
    const seen: number[] = [];
    const result = handle.result({
      onEvent: (e) => void seen.push(e.broker_sequence),
      sleep: async () => {},
    });
    await s.api.settle(handle.executionId);
    await expect(result).resolves.toMatchObject({ input: { ticket_id: "T-drop" } });
    expect(s.operations()).toEqual([
      "executions.stream",
      "executions.stream",
      "executions.getWorkflowExecution",
    ]);
    expect(s.api.requests[1]!.query.last_event_id).toBe(String(seen[2]));
    const stored = s.api.state.executions.get(handle.executionId)!.events.map((e) => e.broker_sequence);
    expect(seen).toEqual(stored);
  });

  test("when the stream fails, it falls back to status polls", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-9" });
    s.api.faults.add({ operations: ["executions.stream"], status: 503 });
    s.reset();
    const delays: number[] = [];
    const fallbacks: Error[] = [];
    const result = await handle.result({
      pollIntervalMs: 250,
      onPollFallback: (error) => fallbacks.push(error),
      sleep: async (ms) => {
        delays.push(ms);
        s.api.clock.advance(ms);
      },
    });
    expect(result).toEqual(s.api.state.executions.get(handle.executionId)!.execution.result);
    expect(result.input).toEqual({ ticket_id: "T-9" });
    const ops = s.operations();
    expect(ops[0]).toBe("executions.stream");
    expect(ops.slice(1).every((o) => o === "executions.getWorkflowExecution")).toBe(true);
    expect(ops.length - 1).toBe(delays.length + 1); // one read per wait, and the last read
    expect(new Set(delays)).toEqual(new Set([250]));
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]).toMatchObject({ status: 503 });
  });

  test("a cancelled execution rejects with ExecutionCanceledError", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-10", _mock: "running" });
    await s.api.clock.advance(1000);
    s.reset();
    await handle.cancel();
    expect(s.operations()).toEqual(["executions.cancelWorkflowExecution"]);
    const result = handle.result();
    await s.api.settle(handle.executionId);
    await expect(result).rejects.toBeInstanceOf(ExecutionCanceledError);
  });

  test("a terminated execution rejects with ExecutionTerminatedError", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-11", _mock: "running" });
    s.reset();
    await handle.terminate();
    expect(s.operations()).toEqual(["executions.terminateWorkflowExecution"]);
    await expect(handle.result()).rejects.toBeInstanceOf(ExecutionTerminatedError);
  });

  test("an abort signal passes through: result() rejects with APIUserAbortError", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-12", _mock: "running" });
    const controller = new AbortController();
    const result = handle.result({ signal: controller.signal });
    await new Promise((r) => setTimeout(r, 0));
    controller.abort();
    await expect(result).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("ExecutionHandle messages", () => {
  test("signal, query and update are one request each, typed by their definitions", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-13", _mock: "running" });
    s.reset();
    await handle.signal(approve, { approved: true, comment: "ok" });
    const priority = await handle.update(setPriority, { priority: "high" });
    const status = await handle.query(getStatus, {});
    expect(s.operations()).toEqual([
      "executions.signalWorkflowExecution",
      "executions.updateWorkflowExecution",
      "executions.queryWorkflowExecution",
    ]);
    expect(s.api.requests.map((r) => r.body)).toEqual([
      { name: "approve", input: { approved: true, comment: "ok" } },
      { name: "set_priority", input: { priority: "high" } },
      { name: "get_status", input: {} },
    ]);
    const rec = s.api.state.executions.get(handle.executionId)!;
    expect(rec.signals.map((m) => [m.name, m.input])).toEqual([
      ["approve", { approved: true, comment: "ok" }],
    ]);
    expect(priority).toEqual(rec.updates[0]!.result);
    expect(status).toEqual(rec.queries[0]!.result);
  });

  test("a handler named by a plain string takes any input, or none", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-14", _mock: "running" });
    s.reset();
    await handle.signal("approve");
    expect(s.api.requests[0]!.body).toEqual({ name: "approve" });
  });

  test("a definition of the wrong kind is refused before sending", async () => {
    s = setup();
    const handle = getExecutionHandle(s.client, "e-1");
    await expect(handle.signal(getStatus as unknown as string, {})).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(s.api.requests).toHaveLength(0);
  });
});

describe("getExecutionHandle", () => {
  test("sends nothing until a method is called; describe() is one GET", async () => {
    s = setup();
    const started = await startExecution(s.client, support, { ticket_id: "T-15" });
    s.reset();
    const handle = getExecutionHandle(s.client, started.executionId, support);
    expect(s.api.requests).toHaveLength(0);
    const execution = await handle.describe();
    expect(execution.execution_id).toBe(started.executionId);
    expect(execution.workflow_name).toBe("support-workflow");
    expect(s.operations()).toEqual(["executions.getWorkflowExecution"]);
  });

  test("an empty id is refused", () => {
    s = setup();
    expect(() => getExecutionHandle(s.client, "")).toThrow(InvalidArgumentError);
  });

  test("events() streams the typed events, and `from` resumes after a saved id", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-16" });
    await s.api.settle(handle.executionId);
    const all = [];
    for await (const event of handle.events()) all.push(event);
    expect(all.at(-1)?.data.event_type).toBe("WORKFLOW_EXECUTION_COMPLETED");
    const third = String(all[2]!.broker_sequence);
    const rest = [];
    for await (const event of handle.events({ from: third })) rest.push(event.broker_sequence);
    expect(rest).toEqual(all.slice(3).map((e) => e.broker_sequence));
  });

  test("events() sends eventSource as event_source, and still accepts the deprecated event_source", async () => {
    s = setup();
    const handle = await startExecution(s.client, support, { ticket_id: "T-17" });
    await s.api.settle(handle.executionId);
    s.reset();
    for await (const _ of handle.events({ eventSource: "DATABASE" }));
    for await (const _ of handle.events({ event_source: "DATABASE" }));
    const sent = s.api.requests
      .filter((r) => r.operation === "executions.stream")
      .map((r) => r.query.event_source);
    expect(sent).toEqual(["DATABASE", "DATABASE"]);
    expect(() => handle.events({ eventSource: "LIVE", event_source: "DATABASE" })).toThrow(
      InvalidArgumentError,
    );
  });
});
