/**
 * Testing your own code against the mock server, in vitest: no network, no API key, no port.
 *
 * The mock runs on a manual clock by default: an execution starts, then moves only when the test
 * advances the clock. That keeps tests fast and exact (no sleeps, no timing races), and it is why a
 * stream read in a test waits after its first event until the clock moves. Three ways to move it:
 * `api.clock.advance(ms)` (synchronous: when it returns, state and open streams show the new time),
 * `await api.settle(executionId)` (advances until that execution ends), or `createMockServer({ clock:
 * "real" })` for a clock that runs by itself (slower, for demos rather than tests).
 */
import { createClient, NotFoundError, type WorkflowsClient } from "@mistral-workflows/client";
import { createMockServer, scheduleFixture } from "@mistral-workflows/mock-server";
import { paginate } from "@mistral-workflows/pagination";
import { streamExecution } from "@mistral-workflows/streaming";
import { expect, test } from "vitest";

// --- Your code: the functions under test. -------------------------------------------------------

/** Starts the support workflow for a ticket and returns the text it streamed back. */
export async function answerTicket(client: WorkflowsClient, ticket: string): Promise<string> {
  const { execution_id } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { ticket },
  });
  let text = "";
  for await (const { data } of streamExecution(client, { execution_id })) {
    if (data.event_type !== "CUSTOM_TASK_IN_PROGRESS") continue;
    const payload = data.attributes.payload as { type: string; value: unknown };
    if (payload.type !== "json_patch") continue;
    for (const op of payload.value as { op: string; path: string; value: unknown }[])
      if (op.path === "/text" && typeof op.value === "string") text += op.value;
  }
  return text.trim();
}

/** Names of the workflows that have paused schedules. */
export async function pausedWorkflows(client: WorkflowsClient): Promise<string[]> {
  const names = new Set<string>();
  for await (const s of paginate(client, "schedules.getSchedules", { status: "paused" }))
    names.add(s.workflow_name);
  return [...names].sort();
}

// --- The tests. ---------------------------------------------------------------------------------

function setup(...args: Parameters<typeof createMockServer>) {
  const api = createMockServer(...args); // a fresh mock per test: nothing is shared
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
  return { api, client };
}

test("answerTicket returns the streamed text once the clock has run the execution", async () => {
  const { api, client } = setup();
  const answer = answerTicket(client, "T-1"); // starts, then waits for events
  // Let the request reach the mock, then run every step due in the next minute of mock time.
  await expect.poll(() => api.state.executions.size).toBeGreaterThan(0);
  api.clock.advance(60_000);
  expect(await answer).not.toBe("");
  const [execution] = [...api.state.executions.values()];
  expect(execution?.execution.status).toBe("COMPLETED");
  expect(api.requests.map((r) => r.operation)).toEqual(["workflows.executeWorkflow", "executions.stream"]);
});

test("settle() runs one execution to its end", async () => {
  const { api, client } = setup();
  const { execution_id } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: { outcome: "failed", error: "ticket system down" } },
  });
  const settled = await api.settle(execution_id);
  expect(settled.execution.status).toBe("FAILED");
  const execution = await client.executions.getWorkflowExecution({ execution_id });
  expect(execution.status).toBe("FAILED");
});

test("pausedWorkflows reads every page of seeded schedules", async () => {
  const { api, client } = setup({
    schedules: [
      scheduleFixture({ schedule_id: "a", paused: true }),
      scheduleFixture({ schedule_id: "b", paused: false }),
      scheduleFixture({ schedule_id: "c", paused: true }),
    ],
  });
  expect(await pausedWorkflows(client)).toEqual(["support-workflow"]);
  expect(api.requests[0]?.query).toMatchObject({ status: "paused" });
});

test("an unknown schedule is a NotFoundError", async () => {
  const { client } = setup();
  await expect(client.schedules.getSchedule({ schedule_id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
});
