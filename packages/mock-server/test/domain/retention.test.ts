import { NotFoundError } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { setup } from "../helpers.js";

async function run(ctx: ReturnType<typeof setup>) {
  const { execution_id } = await ctx.client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { ticket: 1 },
  });
  await ctx.api.settle(execution_id);
  return execution_id;
}

test("past maxFinishedExecutions, the oldest finished execution and its events are evicted: its id is a 404", async () => {
  const ctx = setup({ maxFinishedExecutions: 2 });
  const [a, b, c] = [await run(ctx), await run(ctx), await run(ctx)];
  await expect(ctx.client.executions.getWorkflowExecution({ execution_id: a })).rejects.toBeInstanceOf(
    NotFoundError,
  );
  for (const id of [b, c])
    expect((await ctx.client.executions.getWorkflowExecution({ execution_id: id })).status).toBe("COMPLETED");
  const owners = new Set(ctx.api.state.events.map((e) => e.data.workflow_exec_id));
  expect([...owners].sort()).toEqual([b, c].sort());
  const { events } = await ctx.client.events.getWorkflowEvents({ limit: 1000 });
  expect(events.some((e) => e.workflow_exec_id === a)).toBe(false);
  expect(ctx.api.state.executions.has(a)).toBe(false);
});

test("past maxFinishedAgeMs on the clock, a finished execution is evicted; a running one never is", async () => {
  const ctx = setup({ maxFinishedAgeMs: 60_000 });
  const done = await run(ctx);
  const { execution_id: running } = await ctx.client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: "running" },
  });
  ctx.api.clock.advance(59_000);
  expect((await ctx.client.executions.getWorkflowExecution({ execution_id: done })).status).toBe("COMPLETED");
  ctx.api.clock.advance(2_000);
  await expect(ctx.client.executions.getWorkflowExecution({ execution_id: done })).rejects.toBeInstanceOf(
    NotFoundError,
  );
  ctx.api.clock.advance(3_600_000);
  expect((await ctx.client.executions.getWorkflowExecution({ execution_id: running })).status).toBe(
    "RUNNING",
  );
});
