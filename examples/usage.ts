/**
 * The READMEs' usage sections (root and client), kept here so `pnpm typecheck` proves they compile against the
 * packages' public types. Not run by the demo.
 */
import { createClient, NotFoundError } from "@mistral-workflows/client";
import { defineSignal, defineWorkflow, startExecution } from "@mistral-workflows/handles";
import { createMockServer } from "@mistral-workflows/mock-server";
import { paginate } from "@mistral-workflows/pagination";
import { streamExecution, watchExecution } from "@mistral-workflows/streaming";

export async function usage() {
  const client = createClient(); // MISTRAL_API_KEY, https://api.mistral.ai
  const support = defineWorkflow<{ ticket_id: string }, { status: string; answer: string }>(
    "support-workflow",
  );
  const approve = defineSignal<{ approved: boolean }>("approve");

  const handle = await startExecution(client, support, { ticket_id: "T-1042" }); // started once, even on retries
  for await (const { data } of handle.events()) console.log(data.event_type); // live, resumed across drops
  await handle.signal(approve, { approved: true });
  const { answer } = await handle.result(); // typed; throws ExecutionFailedError & co. on failure

  // Start a workflow with a named method and watch it live.
  const { execution_id } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { ticket: 42 },
  });
  for await (const { data } of streamExecution(client, { execution_id })) {
    console.log(data.event_type);
  }
  // Or just wait for its result (throws ExecutionFailedError & co. on failure).
  const result = await watchExecution(client, execution_id);

  // Schedules, page by page, without writing the loop.
  for await (const schedule of paginate(client, "schedules.getSchedules", { status: "active" })) {
    console.log(schedule.schedule_id, schedule.future_executions?.[0]?.scheduled_at);
  }

  // Typed errors.
  try {
    await client.schedules.getSchedule({ schedule_id: "nope" });
  } catch (error) {
    if (error instanceof NotFoundError) console.log("no such schedule", error.requestId);
  }

  // The raw path client reads like the spec, and returns { data, error } instead of throwing.
  const { data, error } = await client.GET("/v1/workflows/executions/{execution_id}", {
    params: { path: { execution_id } },
  });
  return { answer, result, data, error };
}

export function testAgainstTheMock() {
  const api = createMockServer();
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch }); // no port, no network
  return client;
}

/** The client README's named-method examples. */
export async function clientReadme() {
  const client = createClient({
    apiKey: "…",
    baseUrl: "http://127.0.0.1:4010",
    timeoutMs: 10_000,
    maxRetries: 4,
  });
  const { schedule_id } = await client.schedules.scheduleWorkflow({
    workflow_identifier: "support-workflow",
    schedule: { input: { team: "emea" }, cron_expressions: ["0 9 * * 1-5"], time_zone_name: "Europe/Paris" },
  });
  const schedule = await client.schedules.getSchedule({ schedule_id });
  await client.schedules.pauseSchedule({ schedule_id, note: "holidays" });

  const execution = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: {},
  });
  await client.executions.signalWorkflowExecution({
    execution_id: execution.execution_id,
    name: "approve",
    input: {},
  });
  const { data, error } = await client.GET("/v1/workflows/schedules/{schedule_id}", {
    params: { path: { schedule_id } },
  });
  return { schedule, data, error, copy: client.withOptions({ maxRetries: 0 }) };
}
