/**
 * `createSchedule()`: a schedule that starts executions of a workflow with a typed input, returned as
 * its handle.
 */
import {
  ConflictError,
  InvalidArgumentError,
  type OperationInput,
  type RequestOptions,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import { nameOf, type InputOf, type OutputOf, type WorkflowRef } from "./definitions.js";
import { requestOptions } from "./internal/request-options.js";
import { getScheduleHandle, type ScheduleHandle, type ScheduleSpec } from "./schedule-handle.js";

/** Options of {@link createSchedule}: the schedule request's own fields (camelCase), and the request's. */
export interface CreateScheduleOptions extends RequestOptions {
  /**
   * ID of the new schedule. Sent with every attempt of the request, so a retry after a lost response
   * cannot create a second schedule.
   * @default a random UUID, made once per call
   */
  scheduleId?: string;
  /** Name of the deployment the schedule's executions are routed to. @default the server's choice */
  deploymentName?: string | null;
}

type ScheduleBody = OperationInput<"schedules.scheduleWorkflow">;

/**
 * Creates a schedule that starts executions of `workflow` with `input` at the times of `spec`, and
 * returns its handle: one `POST /v1/workflows/schedules`.
 *
 * ```ts
 * const schedule = await createSchedule(client, reports, { week: "current" }, {
 *   cron_expressions: ["0 9 * * 1"],
 *   time_zone_name: "Europe/Paris",
 * });
 * console.log(await schedule.nextRuns(3));
 * ```
 *
 * `spec` keeps the API's wire names (`cron_expressions`, `intervals`, `calendars`, `policy`…) and needs
 * at least one of `cron_expressions`, `intervals` or `calendars`. The schedule id (`scheduleId`, or a
 * random UUID) is chosen before the first attempt: if a retry is answered 409 because an earlier attempt
 * created it, the call resolves to its handle (with a `scheduleId` of your own, a 409 rejects with
 * `ConflictError`). Throws `InvalidArgumentError` before sending for a bad reference, spec or options.
 */
export async function createSchedule<W extends WorkflowRef>(
  client: WorkflowsClient,
  workflow: W,
  input: InputOf<W>,
  spec: ScheduleSpec,
  options: CreateScheduleOptions = {},
): Promise<ScheduleHandle<InputOf<W>, OutputOf<W>>> {
  const workflow_identifier = nameOf(workflow, "workflow");
  if (spec === null || typeof spec !== "object" || Array.isArray(spec))
    throw new InvalidArgumentError("createSchedule(): spec must be an object.", "spec");
  if (!spec.cron_expressions?.length && !spec.intervals?.length && !spec.calendars?.length)
    throw new InvalidArgumentError(
      "createSchedule(): spec needs at least one of cron_expressions, intervals or calendars.",
      "spec",
    );
  if (options === null || typeof options !== "object")
    throw new InvalidArgumentError("createSchedule(): options must be an object.", "options");
  const { scheduleId, deploymentName } = options;
  if (scheduleId !== undefined && (typeof scheduleId !== "string" || scheduleId === ""))
    throw new InvalidArgumentError("createSchedule(): scheduleId must be a non-empty string.", "scheduleId");
  const schedule_id = scheduleId ?? globalThis.crypto.randomUUID();
  const body: ScheduleBody = { workflow_identifier, schedule_id, schedule: { ...spec, input } };
  if (deploymentName !== undefined) body.deployment_name = deploymentName;
  try {
    const created = await client.schedules.scheduleWorkflow(body, requestOptions(options));
    return getScheduleHandle(client, created.schedule_id, workflow);
  } catch (error) {
    // Our own random id cannot be taken by anyone else: a conflict means an earlier attempt created it.
    if (error instanceof ConflictError && scheduleId === undefined)
      return getScheduleHandle(client, schedule_id, workflow);
    throw error;
  }
}
