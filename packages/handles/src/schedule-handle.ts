/**
 * `ScheduleHandle`: one schedule, by id, with every operation the API offers on it as a method, the
 * schedule's input typed by its workflow's definition and the executions it started as handles.
 */
import {
  InvalidArgumentError,
  type components,
  type OperationInput,
  type RequestOptions,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import type { InputOf, OutputOf, WorkflowRef } from "./definitions.js";
import { getExecutionHandle, type ExecutionHandle } from "./execution-handle.js";
import { requestOptions } from "./internal/request-options.js";

type Schemas = components["schemas"];

/** A schedule as the API describes it (`describe()`), with its next and latest runs. */
export type ScheduleDescription = Schemas["ScheduleDefinitionOutput"];

/**
 * When a schedule fires, under the wire names of the API's schedule definition: `cron_expressions`,
 * `intervals`, `calendars`, `skip`, `start_at`, `end_at`, `jitter`, `time_zone_name`, `policy`,
 * `max_executions`.
 */
export type ScheduleSpec = Omit<Schemas["ScheduleDefinition"], "input" | "schedule_id">;

/** What `update()` changes: any field of the {@link ScheduleSpec}, and the input, typed. Others are kept. */
export type ScheduleChanges<Input = unknown> = Omit<Schemas["PartialScheduleDefinition"], "input"> & {
  /** The input passed to the workflow at each execution from now on. */
  input?: Input;
};

/** Options of {@link ScheduleHandle.trigger}. */
export interface TriggerOptions extends RequestOptions {
  /** Overlap policy for this run only, instead of the schedule's own (Temporal's numbering). */
  overlap?: Schemas["ScheduleOverlapPolicy"] | null;
}

/**
 * A handle on one schedule. Made by `createSchedule()`, `getScheduleHandle()` and `listSchedules()`.
 * Holding one sends nothing; each method is one request.
 *
 * `Input` is the type of the schedule's input and `Output` that of its executions' results, from the
 * workflow's definition (`unknown` without one).
 */
export interface ScheduleHandle<Input = unknown, Output = unknown> {
  /** ID of the schedule. */
  readonly scheduleId: string;
  /** The schedule, with its state and its next and latest runs: `GET /v1/workflows/schedules/{schedule_id}`. */
  describe(options?: RequestOptions): Promise<ScheduleDescription>;
  /**
   * Changes the fields sent and keeps the others: `PATCH /v1/workflows/schedules/{schedule_id}`.
   * Throws `InvalidArgumentError` for an empty change.
   */
  update(changes: ScheduleChanges<Input>, options?: RequestOptions): Promise<void>;
  /** Stops the schedule from firing until resumed, with an optional note: `POST …/{schedule_id}/pause`. */
  pause(note?: string | null, options?: RequestOptions): Promise<void>;
  /** Lets a paused schedule fire again, with an optional note: `POST …/{schedule_id}/resume`. */
  resume(note?: string | null, options?: RequestOptions): Promise<void>;
  /**
   * Starts an execution now, outside the schedule's times: `POST …/{schedule_id}/trigger`. The API
   * answers without the new execution's id: `recentExecutions()` lists it once started.
   */
  trigger(options?: TriggerOptions): Promise<void>;
  /** Deletes the schedule; executions it started go on: `DELETE /v1/workflows/schedules/{schedule_id}`. */
  delete(options?: RequestOptions): Promise<void>;
  /**
   * The next `n` times the schedule will fire, earliest first, from one `describe()`. The API computes
   * at most 10, so `n` is a whole number from 0 to 10 (`InvalidArgumentError` otherwise); fewer come
   * back when the schedule ends sooner or is paused.
   * @default n = 10
   */
  nextRuns(n?: number, options?: RequestOptions): Promise<Date[]>;
  /**
   * Handles on the latest (up to 10) executions the schedule started, oldest first, from one
   * `describe()`. Their `result()` is typed by the workflow's definition.
   */
  recentExecutions(options?: RequestOptions): Promise<ExecutionHandle<Output>[]>;
}

/** The most runs the API lists in a schedule's `future_executions`. */
const MAX_NEXT_RUNS = 10;

/**
 * Attaches to an existing schedule by id. Sends nothing: the handle's methods do.
 *
 * ```ts
 * const schedule = getScheduleHandle(client, "nightly-report", reports);
 * console.log(await schedule.nextRuns(3));
 * ```
 *
 * Pass the workflow's definition (or name) to type the schedule's input and its executions' results.
 * Throws `InvalidArgumentError` for an empty id.
 */
export function getScheduleHandle<W extends WorkflowRef = string>(
  client: WorkflowsClient,
  scheduleId: string,
  workflow?: W,
): ScheduleHandle<InputOf<W>, OutputOf<W>> {
  if (typeof scheduleId !== "string" || scheduleId === "")
    throw new InvalidArgumentError("scheduleId must be a non-empty string.", "scheduleId");
  const schedule_id = scheduleId;
  const id = { schedule_id };
  const describe = (options?: RequestOptions) => client.schedules.getSchedule(id, requestOptions(options));

  return {
    scheduleId,
    describe,
    async update(changes, options) {
      if (changes === null || typeof changes !== "object" || Object.keys(changes).length === 0)
        throw new InvalidArgumentError("update(): changes must name at least one field.", "changes");
      const body: OperationInput<"schedules.updateSchedule"> = { schedule_id, schedule: changes };
      await client.schedules.updateSchedule(body, requestOptions(options));
    },
    pause: (note, options) =>
      client.schedules.pauseSchedule(
        note === undefined ? id : { schedule_id, note },
        requestOptions(options),
      ),
    resume: (note, options) =>
      client.schedules.resumeSchedule(
        note === undefined ? id : { schedule_id, note },
        requestOptions(options),
      ),
    trigger(options = {}) {
      const { overlap } = options;
      return client.schedules.triggerSchedule(
        overlap === undefined ? id : { schedule_id, overlap },
        requestOptions(options),
      );
    },
    delete: (options) => client.schedules.unscheduleWorkflow(id, requestOptions(options)),
    async nextRuns(n = MAX_NEXT_RUNS, options) {
      if (!Number.isInteger(n) || n < 0 || n > MAX_NEXT_RUNS)
        throw new InvalidArgumentError(
          `nextRuns(): n must be a whole number from 0 to ${MAX_NEXT_RUNS} (the API lists at most ${MAX_NEXT_RUNS}), got ${String(n)}.`,
          "n",
        );
      if (n === 0) return [];
      const schedule = await describe(options);
      return (schedule.future_executions ?? []).slice(0, n).map((run) => new Date(run.scheduled_at));
    },
    async recentExecutions(options) {
      const schedule = await describe(options);
      // The workflow's definition types the handles; the schedule's own record names the workflow.
      return (schedule.recent_executions ?? []).map(
        (run) =>
          getExecutionHandle(client, run.execution_id, schedule.workflow_name) as ExecutionHandle<
            OutputOf<W>
          >,
      );
    },
  };
}
