/**
 * The handles README's examples, kept here so `pnpm typecheck` proves they compile against the
 * package's public types. Not run by the demo.
 */
import { createClient } from "@mistral-workflows/client";
import {
  createSchedule,
  defineQuery,
  defineSignal,
  defineUpdate,
  defineWorkflow,
  executeAndWait,
  getExecutionHandle,
  getScheduleHandle,
  InputSchemaError,
  listExecutions,
  listSchedules,
  startExecution,
} from "@mistral-workflows/handles";

interface Ticket {
  ticket_id: string;
  priority?: "low" | "normal" | "high";
}
interface Outcome {
  status: string;
  answer: string;
}

export const support = defineWorkflow<Ticket, Outcome>("support-workflow");
export const approve = defineSignal<{ approved: boolean; comment?: string }>("approve");
export const getStatus = defineQuery<{}, { progress: number; text: string }>("get_status");
export const setPriority = defineUpdate<{ priority: "low" | "normal" | "high" }, { accepted: boolean }>(
  "set_priority",
);

export async function story() {
  const client = createClient();
  const handle = await startExecution(client, support, { ticket_id: "T-1042" }); // start
  for await (const { data } of handle.events()) console.log(data.event_type); // watch
  await handle.signal(approve, { approved: true }); // signal
  const outcome: Outcome = await handle.result(); // result: an Outcome
  return outcome;
}

export async function start() {
  const client = createClient(); // MISTRAL_API_KEY
  const handle = await startExecution(
    client,
    support,
    { ticket_id: "T-1042" },
    { deploymentName: "support" },
  );
  const outcome = await executeAndWait(client, support, { ticket_id: "T-1043" }); // start, then result()
  return { handle, outcome };
}

export async function attachAndWatch(executionId: string, savedEventId: string) {
  const client = createClient();
  const handle = getExecutionHandle(client, executionId, support); // sends nothing
  console.log((await handle.describe()).status);

  const outcome = await handle.result({ onEvent: (e) => console.log(e.data.event_type) });
  for await (const event of handle.events()) console.log(event.broker_sequence, event.data.event_type);
  const resumed = handle.events({ from: savedEventId }); // after a saved id

  await handle.signal(approve, { approved: true, comment: "ship it" }); // accepted, not yet handled
  const { progress } = await handle.query(getStatus, {});
  const { accepted } = await handle.update(setPriority, { priority: "high" });

  await handle.cancel(); // the workflow may clean up; result() rejects with ExecutionCanceledError
  await handle.terminate(); // stops at once (the API takes no reason); ExecutionTerminatedError
  await handle.reset({ eventId: 4, reason: "retry the answer", excludeSignals: true });

  const history = await handle.history({ decodePayloads: true });
  for await (const log of handle.logs({ order: "asc" })) console.log(log.timestamp, log.body); // paged, lazily
  for await (const log of handle.followLogs()) console.log(log.body); // live, until the execution ends
  const summary = await handle.trace(); // a tree of spans
  const otel = await handle.trace({ format: "otel" }); // the raw OpenTelemetry trace
  const events = await handle.trace({ format: "events" });
  return { outcome, resumed, progress, accepted, history, summary, otel, events };
}

export async function schedules(executionId: string) {
  const client = createClient();
  const schedule = await createSchedule(
    client,
    support,
    { ticket_id: "T-1000" },
    {
      cron_expressions: ["0 9 * * 1-5"],
      time_zone_name: "Europe/Paris",
    },
  );
  console.log(await schedule.nextRuns(3)); // Dates, from one describe()
  await schedule.update({ input: { ticket_id: "T-2000" } }); // typed by the workflow
  await schedule.pause("holidays");
  await schedule.resume("back");
  await schedule.trigger();
  for (const run of await schedule.recentExecutions())
    console.log(run.executionId, (await run.describe()).status);
  await getScheduleHandle(client, schedule.scheduleId).delete();

  for await (const paused of listSchedules(client, { status: "paused" })) await paused.resume("back");
  const tree = await listExecutions(client, { root_workflow_exec_id: executionId }).toArray(100);
  return tree;
}

export async function validate() {
  const client = createClient();
  try {
    await startExecution(client, "support-workflow", { ticket_id: 42 }, { validate: true });
  } catch (error) {
    if (error instanceof InputSchemaError) console.log(error.issues); // [{ instancePath: "/ticket_id", … }]
  }
}
