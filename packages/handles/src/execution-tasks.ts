/**
 * `ExecutionHandle.tasks()`: the live state of every custom task of an execution and of its child
 * workflows, as `taskStates()` folds it from the execution tree's events.
 */
import { WorkflowsError, type WorkflowsClient } from "@mistral-workflows/client";
import {
  createTaskTracker,
  streamExecutionTree,
  taskStates,
  type StreamOptions,
  type TaskSnapshot,
  type TaskStatesFoldOptions,
  type TaskTracker,
} from "@mistral-workflows/streaming";

/** Options of {@link ExecutionHandle.tasks}: those of the event stream and of the task fold. */
export interface TasksOptions extends StreamOptions, TaskStatesFoldOptions {}

/**
 * The task snapshots of one execution tree, in event order; iterate it once. `tracker` holds every
 * task's current snapshot; `lastEventId` is where to resume (pass both to a later `tasks()` call to go
 * on after a crash or a reload: `tasks({ tracker, lastEventId })`).
 */
export interface TaskStream extends AsyncIterable<TaskSnapshot> {
  /** Every task's current snapshot (`tracker.tasks()`), updated as the stream is read. */
  readonly tracker: TaskTracker;
  /** SSE id of the last event read, to resume the stream with (`null` before any). */
  readonly lastEventId: string | null;
  /** Stops the stream quietly and closes its connection. */
  abort(): void;
}

const FOLD_KEYS = ["tracker", "decodePayload", "onError", "maxTasks", "maxStateBytes"] as const;

/** Makes the {@link TaskStream} of execution `execution_id` (a root execution) and its children. */
export function executionTasks(
  client: WorkflowsClient,
  execution_id: string,
  options: TasksOptions = {},
): TaskStream {
  const stream: Record<string, unknown> = { ...options };
  for (const key of FOLD_KEYS) delete stream[key];
  // Checked now (a bad limit throws at the call), not when iteration starts.
  const tracker = options.tracker ?? createTaskTracker(options);
  const events = streamExecutionTree(client, { execution_id }, stream as StreamOptions);
  const snapshots = taskStates(events, { tracker });
  let read = false;
  return {
    tracker,
    get lastEventId() {
      return events.lastEventId;
    },
    abort: () => events.abort(),
    [Symbol.asyncIterator]() {
      if (read)
        throw new WorkflowsError("A task stream can be read once: call tasks() again to read it anew.");
      read = true;
      return snapshots;
    },
  };
}
