/**
 * `taskStates()` and `createTaskTracker()`: fold the custom-task events of an event stream
 * (`CUSTOM_TASK_STARTED`, `_IN_PROGRESS`, `_COMPLETED`, `_FAILED`, `_CANCELED`, `_TIMED_OUT`) into the
 * current state of each task, the way a live UI needs it: a progress bar, a checklist, streamed text.
 */
import type { WorkflowStreamEvent } from "./events.js";
import { applyTaskPatch, PatchFailure } from "./internal/task-patch.js";
import { TaskStateError, type TaskStateErrorType } from "./task-errors.js";
import { checkTaskStatesOptions, type TaskPayload, type TaskStatesOptions } from "./task-options.js";

/** Where a task stands: running, or how it ended. */
export type TaskStatus = "RUNNING" | "COMPLETED" | "FAILED" | "CANCELED" | "TIMED_OUT";

/** A custom task as it stands after one of its events. */
export interface TaskSnapshot<S = unknown> {
  /** `custom_task_id`: unique within its execution (two executions of a tree may reuse one). */
  taskId: string;
  /** `custom_task_type`, chosen by the workflow's author (e.g. `llm_call`, `connector_auth`). */
  type: string;
  /** `workflow_exec_id` of the execution that runs the task (a child's, for a child workflow's task). */
  workflowExecId: string;
  /** Running, or how it ended (from the task's last event). */
  status: TaskStatus;
  /**
   * The task's state: its start payload with every progress payload applied in order, or the
   * `CUSTOM_TASK_COMPLETED` payload once completed; `null` when the start carried none. Shared with
   * earlier snapshots where unchanged: treat it as read-only.
   */
  state: S;
  /**
   * `true` once an update could not be applied under `onError: "resync"`: `state` is the last exact one
   * (or `undefined` when none is known) and further patches are skipped until a full value arrives.
   */
  stale: boolean;
  /** The event this snapshot follows. */
  event: WorkflowStreamEvent;
}

/**
 * Holds the current state of every custom task seen, fed one event at a time. Pass the same tracker to
 * {@link taskStates} for a stream and for the stream that resumes it: it goes on from the state it had,
 * and skips what it has already applied.
 */
export interface TaskTracker {
  /**
   * Applies one stream event: resolves to the task's new snapshot, or `null` when the event is not a
   * custom-task event or was applied already (its `broker_sequence` is not above the highest seen).
   * Calls are applied one at a time, in call order. Rejects with {@link TaskStateError} (unless
   * `onError: "resync"`).
   */
  apply(event: WorkflowStreamEvent): Promise<TaskSnapshot | null>;
  /** The snapshot of a task, by its execution and `custom_task_id`. */
  get(workflowExecId: string, taskId: string): TaskSnapshot | undefined;
  /** Every task held, in the order they started. */
  tasks(): TaskSnapshot[];
  /**
   * Highest `broker_sequence` applied (`null` before any). To resume a cut stream, pass the stream's own
   * `lastEventId` (the SSE id, which is not the event's `event_id`) to the new one; events it replays
   * at or below this sequence are then skipped.
   */
  readonly lastSequence: number | null;
}

const TERMINAL: Partial<Record<string, TaskStatus>> = {
  CUSTOM_TASK_COMPLETED: "COMPLETED",
  CUSTOM_TASK_FAILED: "FAILED",
  CUSTOM_TASK_CANCELED: "CANCELED",
  CUSTOM_TASK_TIMED_OUT: "TIMED_OUT",
};

interface Entry {
  snapshot: TaskSnapshot;
  /** Upper bound of the state's size since it was last measured. */
  size: number;
}

const jsonSize = (value: unknown): number => (value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0));

/**
 * Creates a {@link TaskTracker}. Throws like `checkTaskStatesOptions` for bad options.
 *
 * ```ts
 * const tracker = createTaskTracker();
 * for await (const event of streamExecution(client, { execution_id })) {
 *   const task = await tracker.apply(event);
 *   if (task) render(task.taskId, task.state);
 * }
 * ```
 */
export function createTaskTracker(options: TaskStatesOptions = {}): TaskTracker {
  const { maxTasks, maxStateBytes, resync } = checkTaskStatesOptions(options);
  // Map order is insertion order: the oldest task first, which eviction relies on.
  const entries = new Map<string, Entry>();
  let lastSequence: number | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const keyOf = (execId: string, taskId: string) => `${execId}\u0000${taskId}`;

  function evict(): void {
    if (entries.size < maxTasks) return;
    for (const [key, entry] of entries)
      if (entry.snapshot.status !== "RUNNING") {
        entries.delete(key);
        return;
      }
    entries.delete(entries.keys().next().value!);
  }

  async function decoded(payload: unknown, fail: (type: TaskStateErrorType, msg: string) => never) {
    if (!payload || typeof payload !== "object" || !("type" in payload))
      fail("invalid-payload", "the payload has no type");
    let p = payload as TaskPayload;
    if (options.decodePayload) p = await options.decodePayload(p);
    if (p.encoding_options && p.encoding_options.length > 0)
      fail("encoded-payload", "the payload is encoded and no decodePayload decoded it");
    return p;
  }

  async function step(event: WorkflowStreamEvent): Promise<TaskSnapshot | null> {
    const sequence = event.broker_sequence;
    if (typeof sequence === "number" && lastSequence !== null && sequence <= lastSequence) return null;
    if (typeof sequence === "number") lastSequence = sequence;
    const data = event.data;
    if (!data.event_type.startsWith("CUSTOM_TASK_") || data.event_type === "unknown") return null;
    const attributes = data.attributes as {
      custom_task_id: string;
      custom_task_type: string;
      payload?: unknown;
    };
    const taskId = String(attributes.custom_task_id);
    const execId = data.workflow_exec_id;
    const key = keyOf(execId, taskId);
    const held = entries.get(key);
    const base: TaskSnapshot = held?.snapshot ?? {
      taskId,
      type: String(attributes.custom_task_type),
      workflowExecId: execId,
      status: "RUNNING",
      state: undefined,
      stale: false,
      event,
    };
    const fail = (
      type: TaskStateErrorType,
      message: string,
      index: number | null = null,
      cause?: unknown,
    ): never => {
      throw new TaskStateError(
        `Task ${taskId} of execution ${execId}, event ${data.event_id}: ${message}.`,
        type,
        taskId,
        execId,
        data.event_id,
        index,
        cause === undefined ? undefined : { cause },
      );
    };
    const put = (snapshot: TaskSnapshot, size: number): TaskSnapshot => {
      if (!entries.has(key)) evict();
      entries.set(key, { snapshot, size });
      return snapshot;
    };
    try {
      switch (data.event_type) {
        case "CUSTOM_TASK_STARTED": {
          const payload =
            attributes.payload === undefined ? undefined : await decoded(attributes.payload, fail);
          const state = payload ? (payload.value ?? null) : null;
          const size = jsonSize(state);
          if (size > maxStateBytes) fail("state-too-large", `the state is over ${maxStateBytes}`);
          // A start resets the task: a new run of a workflow may start a task of the same id again.
          entries.delete(key);
          const snapshot = { ...base, type: String(attributes.custom_task_type), status: "RUNNING" as const };
          return put({ ...snapshot, state, stale: false, event }, size);
        }
        case "CUSTOM_TASK_IN_PROGRESS": {
          const payload = await decoded(attributes.payload, fail);
          if (payload.type === "json") {
            const size = jsonSize(payload.value);
            if (size > maxStateBytes) fail("state-too-large", `the state is over ${maxStateBytes}`);
            return put({ ...base, state: payload.value, stale: false, event }, size);
          }
          if (payload.type !== "json_patch") fail("invalid-payload", "unknown payload type");
          if (!held) fail("unknown-task", "a patch for a task whose start was not seen");
          if (held!.snapshot.stale) return put({ ...held!.snapshot, event }, held!.size);
          let state: unknown;
          try {
            state = applyTaskPatch(held!.snapshot.state, payload.value);
          } catch (error) {
            if (!(error instanceof PatchFailure)) throw error;
            const invalid = error.reason === "not-a-list";
            fail(invalid ? "invalid-payload" : "patch-failed", error.message, error.index, error);
          }
          let size = held!.size + jsonSize(payload.value);
          if (size > maxStateBytes) {
            size = jsonSize(state);
            if (size > maxStateBytes) fail("state-too-large", `the state is over ${maxStateBytes}`);
          }
          return put({ ...base, state, event }, size);
        }
        default: {
          const status = TERMINAL[data.event_type];
          if (!status) return null;
          if (data.event_type === "CUSTOM_TASK_COMPLETED") {
            // The completion carries the task's final value: the state from here on, stale or not.
            const payload = await decoded(attributes.payload, fail);
            const size = jsonSize(payload.value);
            if (size > maxStateBytes) fail("state-too-large", `the state is over ${maxStateBytes}`);
            return put({ ...base, status, state: payload.value, stale: false, event }, size);
          }
          return put({ ...base, status, event }, held?.size ?? 0);
        }
      }
    } catch (error) {
      if (!resync || !(error instanceof TaskStateError)) throw error;
      // Keep the last exact state and say it is behind; a too-large state is dropped to free memory.
      const state = error.type === "state-too-large" ? undefined : held?.snapshot.state;
      const status = TERMINAL[data.event_type] ?? base.status;
      return put(
        { ...base, status, state, stale: true, event },
        error.type === "state-too-large" ? 0 : (held?.size ?? 0),
      );
    }
  }

  return {
    apply(event) {
      const result = queue.then(() => step(event));
      queue = result.catch(() => undefined);
      return result;
    },
    get: (execId, taskId) => entries.get(keyOf(execId, taskId))?.snapshot,
    tasks: () => [...entries.values()].map((e) => e.snapshot),
    get lastSequence() {
      return lastSequence;
    },
  };
}

/** Options of {@link taskStates}: those of {@link createTaskTracker}, or a tracker to go on with. */
export interface TaskStatesFoldOptions extends TaskStatesOptions {
  /**
   * The tracker to apply the events to, e.g. the one an earlier stream of the same execution filled
   * before it was cut: the fold goes on from its state and skips the events it has applied. Its own
   * options then apply (the others given here are ignored).
   * @default a new tracker made with these options
   */
  tracker?: TaskTracker;
}

/**
 * Turns a stream of workflow events into task snapshots: one after each custom-task event, with the
 * task's state brought up to date.
 *
 * ```ts
 * const events = streamExecutionTree(client, { execution_id });
 * for await (const task of taskStates(events)) {
 *   if (task.type === "llm_call") console.log(task.status, (task.state as { text: string }).text);
 * }
 * ```
 *
 * - Events of other kinds (and of kinds this SDK does not know) are read and skipped.
 * - `json` payloads replace the state; `json_patch` payloads are applied with RFC 6902 semantics plus
 *   the API's `append` operation and `/` as the root. A snapshot's `state` is a new object whenever it
 *   changed; unchanged parts are shared.
 * - Resumes: an event whose `broker_sequence` is not above the highest applied is skipped, so the
 *   overlap a resumed connection may replay is never applied twice; nothing is skipped as long as the
 *   stream itself delivers every event once (the streams of this package do, across reconnects).
 * - Tasks of child workflows come through when the stream carries them (`streamExecutionTree`); they
 *   are told apart by `workflowExecId`.
 * - A patch that does not apply throws {@link TaskStateError}, or with `onError: "resync"` marks the
 *   task `stale` (see {@link TaskStatesOptions}).
 *
 * Breaking out of the loop ends the event stream too (its `return()` is called).
 */
export async function* taskStates(
  events: AsyncIterable<WorkflowStreamEvent>,
  options: TaskStatesFoldOptions = {},
): AsyncGenerator<TaskSnapshot, void, undefined> {
  const tracker = options.tracker ?? createTaskTracker(options);
  for await (const event of events) {
    const snapshot = await tracker.apply(event);
    if (snapshot) yield snapshot;
  }
}
