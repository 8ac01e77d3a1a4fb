import { APIUserAbortError, InvalidArgumentError } from "@mistral-workflows/client";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  ExecutionFailedError,
  checkAuthUrl,
  executeWithConnectorAuth,
  getExecutionHandle,
  startExecution,
  type ConnectorAuthRequest,
  type TaskSnapshot,
} from "../src/index.js";
import { setup, type Setup } from "./helpers/mock.js";

let s: Setup;
afterEach(() => s?.api.close());

const gmail = [{ connector_name: "gmail" }];
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("handle.tasks()", () => {
  test("yields the live state of every task of the tree, the child's included, and ends with the execution", async () => {
    s = setup();
    const handle = await startExecution(s.client, "support-workflow", {
      _mock: { story: "live_tasks", steps: 3 },
    });
    const stream = handle.tasks();
    const seen: TaskSnapshot[] = [];
    const reading = (async () => {
      for await (const task of stream) seen.push(task);
    })();
    await tick();
    await s.api.settle(handle.executionId);
    await reading;
    const final = new Map(stream.tracker!.tasks().map((t) => [t.taskId, t]));
    expect(final.get("answer")).toMatchObject({
      status: "COMPLETED",
      state: { progress: 1, text: "Your refund was approved and will reach your card within five days." },
    });
    expect(final.get("lookup")!.status).toBe("FAILED");
    expect(final.get("checklist")!.state).toMatchObject({ progress: 1 });
    const review = final.get("review")!;
    expect(review.workflowExecId).not.toBe(handle.executionId);
    expect(review.state).toEqual({ progress: 1, notes: ["check 1 passed", "check 2 passed"] });
    // The streamed text grows one patch at a time.
    const texts = seen.filter((t) => t.taskId === "answer").map((t) => (t.state as { text: string }).text);
    expect(texts[1]!.length).toBeGreaterThan(0);
    expect(texts.every((t, i) => i === 0 || t.startsWith(texts[i - 1]!))).toBe(true);
    expect(s.operations().filter((o) => o === "events.getStreamEvents")).toHaveLength(1);
    const sent = s.api.requests.find((r) => r.operation === "events.getStreamEvents")!;
    expect(new URL(sent.url).searchParams.get("root_workflow_exec_id")).toBe(handle.executionId);
  });

  test("resumes after a dropped connection without applying anything twice", async () => {
    s = setup();
    const handle = await startExecution(s.client, "support-workflow", {
      _mock: { story: "live_tasks", steps: 4 },
    });
    await s.api.settle(handle.executionId);
    // The first stream connection is cut after 6 events.
    s.api.faults.add({ operations: ["events.getStreamEvents"], times: 1, dropAfterEvents: 6 });
    const stream = handle.tasks({ sleep: async () => {} });
    const sequences: number[] = [];
    for await (const task of stream) sequences.push(task.event.broker_sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(s.operations().filter((o) => o === "events.getStreamEvents")).toHaveLength(2);
    expect(stream.tracker!.get(handle.executionId, "answer")!.state).toMatchObject({ progress: 1 });
  });

  test("bad fold options throw at the call, before anything is sent", () => {
    s = setup();
    const handle = getExecutionHandle(s.client, "some-id");
    expect(() => handle.tasks({ maxTasks: 0 })).toThrow(RangeError);
    expect(s.api.requests).toHaveLength(0);
  });

  test("a task stream can be read once", async () => {
    s = setup();
    const stream = getExecutionHandle(s.client, "some-id").tasks();
    stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/read once/);
    stream.abort();
  });
});

describe("executeWithConnectorAuth", () => {
  test("declares the connectors, hands over the sign-in request, and resolves to the result", async () => {
    s = setup();
    const requests: ConnectorAuthRequest[] = [];
    const done = executeWithConnectorAuth(
      s.client,
      "support-workflow",
      { ticket_id: "T-1" },
      {
        connectors: [{ connector_name: "gmail", credentials_name: "work" }],
        onAuthRequired: (request) => {
          requests.push(request);
          s.api.authorizeConnector("gmail", "work");
        },
      },
    );
    await vi.waitFor(() => expect(s.api.state.executions.size).toBe(1));
    const [id] = [...s.api.state.executions.keys()];
    s.api.clock.advance(1000);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await s.api.settle(id!);
    await expect(done).resolves.toMatchObject({ status: "done", input: { ticket_id: "T-1" } });
    const rec = s.api.state.executions.get(id!)!;
    expect(rec.request.extensions).toEqual({
      mistralai: { connectors: { bindings: [{ connector_name: "gmail", credentials_name: "work" }] } },
    });
    expect(requests[0]).toMatchObject({
      connector_name: "gmail",
      credentials_name: "work",
      workflow_exec_id: id,
      custom_task_id: "connector-auth-1",
    });
    expect(requests[0]!.auth_url).toMatch(/^https:\/\/connectors\.mock-server\.invalid\/oauth\/gmail\//);
    expect(s.operations().filter((o) => o === "workflows.executeWorkflow")).toHaveLength(1);
  });

  test("goes on by itself when the server supplies the credentials (a delay), and rejects as the execution ends", async () => {
    s = setup();
    const onAuthRequired = vi.fn();
    const done = executeWithConnectorAuth(
      s.client,
      "support-workflow",
      {
        _mock: { outcome: "failed", connector_auth: { delay_ms: 500 } },
      },
      { connectors: gmail, onAuthRequired },
    );
    await vi.waitFor(() => expect(s.api.state.executions.size).toBe(1));
    const [id] = [...s.api.state.executions.keys()];
    s.api.clock.advance(200);
    await vi.waitFor(() => expect(onAuthRequired).toHaveBeenCalledTimes(1));
    await s.api.settle(id!);
    await expect(done).rejects.toBeInstanceOf(ExecutionFailedError);
  });

  test("never hands over an auth_url that is not http(s)", async () => {
    s = setup();
    const requests: ConnectorAuthRequest[] = [];
    const done = executeWithConnectorAuth(
      s.client,
      "support-workflow",
      {
        _mock: { connector_auth: { delay_ms: 500, auth_url: "javascript:alert(1)", message: "\u001b[2Jhi" } },
      },
      { connectors: gmail, onAuthRequired: (r) => void requests.push(r) },
    );
    await vi.waitFor(() => expect(s.api.state.executions.size).toBe(1));
    await s.api.settle([...s.api.state.executions.keys()][0]!);
    await done;
    expect(requests).toHaveLength(1);
    expect(requests[0]!.auth_url).toBeNull();
    expect(requests[0]!.message).toBe("\u001b[2Jhi"); // handed over as text, documented as untrusted
  });

  test.each([
    ["https://auth.example.com/o?x=1", "https://auth.example.com/o?x=1"],
    ["http://localhost:8080/cb", "http://localhost:8080/cb"],
    ["javascript:alert(1)", null],
    ["data:text/html,hi", null],
    ["https://user:pw@example.com/", null],
    ["https://example.com/\u0007", null],
    ["https://exa\nmple.com/", null],
    ["/relative/path", null],
    [42, null],
  ])("checkAuthUrl(%j) is %j", (given, want) => {
    expect(checkAuthUrl(given)).toBe(want);
  });

  test.each([
    [{ connectors: "gmail" }, "connectors"],
    [{ connectors: [{ connector_name: "" }] }, "connectors"],
    [{ connectors: [{ connector_name: "a", credentials_name: 3 }] }, "connectors"],
    [{ onAuthRequired: "yes" }, "onAuthRequired"],
    [{ connectors: gmail, extensions: { mistralai: { connectors: {} } } }, "connectors"],
  ])("rejects %j before sending anything", async (options, argument) => {
    s = setup();
    await expect(
      executeWithConnectorAuth(s.client, "support-workflow", {}, options as never),
    ).rejects.toMatchObject({ argument, constructor: InvalidArgumentError });
    expect(s.api.requests).toHaveLength(0);
  });

  test("an abort stops following and rejects with APIUserAbortError", async () => {
    s = setup();
    const ac = new AbortController();
    const done = executeWithConnectorAuth(
      s.client,
      "support-workflow",
      {},
      {
        connectors: gmail,
        signal: ac.signal,
        onAuthRequired: () => ac.abort(),
      },
    );
    await vi.waitFor(() => expect(s.api.state.executions.size).toBe(1));
    s.api.clock.advance(1000);
    await expect(done).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
