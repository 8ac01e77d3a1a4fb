import { describe, expect, test } from "vitest";
import { _validateResponse } from "../src/testing.js";
import type { MockExecution, StreamEvent } from "../src/index.js";
import { dataOf, send, setup, takeSse } from "./helpers.js";

const summary = (events: StreamEvent[]) =>
  events
    .filter((e) => e.data.event_type.startsWith("CUSTOM_TASK_"))
    .map(
      (e) =>
        `${(e.data.attributes as { custom_task_id: string }).custom_task_id}:${e.data.event_type.slice(12)}`,
    );

async function start(ctx: ReturnType<typeof setup>, input: Record<string, unknown>, extensions?: unknown) {
  const { execution_id } = await ctx.client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input,
    ...(extensions ? { extensions: extensions as Record<string, unknown> } : {}),
  });
  return execution_id;
}

describe("the live_tasks story", () => {
  test("publishes a checklist, a streamed answer, a child's task and a failed task, then completes", async () => {
    const ctx = setup();
    const id = await start(ctx, { _mock: { story: "live_tasks", steps: 3 } });
    const rec: MockExecution = await ctx.api.settle(id);
    expect(rec.execution.status).toBe("COMPLETED");
    expect(summary(rec.events)).toEqual([
      "checklist:STARTED",
      "checklist:IN_PROGRESS",
      "answer:STARTED",
      "answer:IN_PROGRESS",
      "answer:IN_PROGRESS",
      "answer:IN_PROGRESS",
      "answer:COMPLETED",
      "checklist:IN_PROGRESS",
      "checklist:IN_PROGRESS",
      "lookup:STARTED",
      "lookup:FAILED",
      "checklist:COMPLETED",
    ]);
    const tokens = rec.events
      .filter((e) => e.data.event_type === "CUSTOM_TASK_IN_PROGRESS")
      .map(
        (e) => (e.data.attributes as { payload: { value: { op: string; value: unknown }[] } }).payload.value,
      )
      .filter((ops) => ops[0]!.op === "append");
    expect(tokens.map((ops) => ops[1]!.value)).toEqual([0.333, 0.667, 1]);
    // Every event is valid against the spec's stream payload.
    for (const e of rec.events) expect(_validateResponse("events.getStreamEvents", 200, e)).toEqual([]);
  });

  test("its child workflow has its own task, parent and root ids, and ends before the parent goes on", async () => {
    const ctx = setup();
    const id = await start(ctx, { _mock: { story: "live_tasks", steps: 1 } });
    await ctx.api.settle(id);
    const child = [...ctx.api.state.executions.values()].find((e) => e.execution.parent_execution_id === id)!;
    expect(child.execution).toMatchObject({ root_execution_id: id, status: "COMPLETED" });
    expect(summary(child.events)).toEqual([
      "review:STARTED",
      "review:IN_PROGRESS",
      "review:IN_PROGRESS",
      "review:COMPLETED",
    ]);
    expect(child.events[0]!.data).toMatchObject({ root_workflow_exec_id: id, parent_workflow_exec_id: id });
    // The global stream filtered on the root carries the whole tree, in sequence order.
    const all = ctx.api.state.events.filter((e) => e.data.root_workflow_exec_id === id);
    const tree = await takeSse(
      await send(ctx.api, "GET", `/v1/workflows/events/stream?root_workflow_exec_id=${id}`),
      all.length,
    );
    const execs = new Set(dataOf<StreamEvent>(tree).map((e) => e.data.workflow_exec_id));
    expect(execs).toEqual(new Set([id, child.execution.execution_id]));
    const parentEnd = ctx.api.state.executions.get(id)!.execution.end_time!;
    expect(Date.parse(child.execution.end_time!)).toBeLessThan(Date.parse(parentEnd));
  });
});

describe("connector_auth", () => {
  const gmail = { mistralai: { connectors: { bindings: [{ connector_name: "gmail" }] } } };

  test("publishes a connector_auth task and waits until the credentials are supplied", async () => {
    const ctx = setup();
    const id = await start(ctx, { _mock: { step_ms: 100 } }, gmail);
    ctx.api.clock.advance(10_000);
    const rec = ctx.api.state.executions.get(id)!;
    expect(rec.execution.status).toBe("RUNNING");
    const asked = rec.events.find((e) => e.data.event_type === "CUSTOM_TASK_STARTED")!;
    expect(asked.data.attributes).toMatchObject({ custom_task_type: "connector_auth" });
    const state = (asked.data.attributes as { payload: { value: Record<string, unknown> } }).payload.value;
    expect(state).toMatchObject({ connector_name: "gmail", credentials_name: null });
    expect(state.auth_url).toMatch(/^https:\/\//);
    expect(typeof state.connector_id).toBe("string");

    ctx.api.authorizeConnector("gmail");
    expect((await ctx.api.settle(id)).execution.status).toBe("COMPLETED");
    // A later execution does not ask again.
    const again = await start(ctx, { _mock: { step_ms: 100 } }, gmail);
    const later = await ctx.api.settle(again);
    expect(
      later.events.some(
        (e) => (e.data.attributes as { custom_task_type?: string }).custom_task_type === "connector_auth",
      ),
    ).toBe(false);
  });

  test("goes on by itself after delay_ms", async () => {
    const ctx = setup();
    const id = await start(ctx, { _mock: { step_ms: 100, connector_auth: { delay_ms: 5000 } } }, gmail);
    ctx.api.clock.advance(4000);
    expect(ctx.api.state.executions.get(id)!.execution.status).toBe("RUNNING");
    expect((await ctx.api.settle(id)).execution.status).toBe("COMPLETED");
  });

  test("the control endpoint supplies the credentials of a named credential set", async () => {
    const ctx = setup();
    const bindings = {
      mistralai: { connectors: { bindings: [{ connector_name: "notion", credentials_name: "work" }] } },
    };
    const id = await start(ctx, { _mock: { step_ms: 100 } }, bindings);
    ctx.api.clock.advance(2000);
    const other = await send(ctx.api, "POST", "/_mock/connectors/authorize", {
      connector_name: "notion",
      credentials_name: "home",
    });
    expect(other.status).toBe(200);
    ctx.api.clock.advance(2000);
    expect(ctx.api.state.executions.get(id)!.execution.status).toBe("RUNNING");
    await send(ctx.api, "POST", "/_mock/connectors/authorize", {
      connector_name: "notion",
      credentials_name: "work",
    });
    expect((await ctx.api.settle(id)).execution.status).toBe("COMPLETED");
    expect((await send(ctx.api, "POST", "/_mock/connectors/authorize", {})).status).toBe(400);
  });

  test("rejects a bad connector_auth behaviour with a 422 naming the field", async () => {
    const ctx = setup();
    await expect(start(ctx, { _mock: { connector_auth: { delay_ms: -1 } } }, gmail)).rejects.toMatchObject({
      status: 422,
    });
    await expect(start(ctx, { _mock: { story: "nope" } })).rejects.toMatchObject({ status: 422 });
  });
});
