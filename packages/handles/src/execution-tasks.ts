/**
 * `ExecutionHandle.tasks()`: the live state of every custom task of an execution and of its child
 * workflows, as `taskStates()` folds it from the execution tree's events. The fold (and its JSON Patch
 * library) is loaded on first read, so a program that never calls `tasks()` never loads it.
 */
import { WorkflowsError, type WorkflowsClient } from "@mistral-workflows/client";
import {
  checkTaskStatesOptions,
  streamExecutionTree,
  type StreamOptions,
  type TaskStatesOptions,
} from "@mistral-workflows/streaming";
import type { TaskSnapshot, TaskTracker } from "@mistral-workflows/streaming/tasks";

/** Options of {@link ExecutionHandle.tasks}: those of the event stream and of the task fold. */
export interface TasksOptions extends StreamOptions, TaskStatesOptions {
  /**
   * The tracker to go on with, e.g. `stream.tracker` of an earlier `tasks()` of the same execution
   * (with its `lastEventId`): the fold goes on from the state it had. Its own options then apply.
   * @default a new tracker made with these options
   */
  tracker?: TaskTracker;
}

/**
 * The task snapshots of one execution tree, in event order; iterate it once. To go on after a crash or
 * a reload, pass `tracker` and `lastEventId` to a later `tasks()` call.
 */
export interface TaskStream extends AsyncIterable<TaskSnapshot> {
  /**
   * Every task's current snapshot (`tracker.tasks()`), updated as the stream is read: the `tracker`
   * option, else the one made when reading starts (`null` until then).
   */
  readonly tracker: TaskTracker | null;
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
  // Checked now: a bad limit throws at the call, not when reading starts.
  checkTaskStatesOptions(options);
  const stream: Record<string, unknown> = { ...options };
  for (const key of FOLD_KEYS) delete stream[key];
  const events = streamExecutionTree(client, { execution_id }, stream as StreamOptions);
  let tracker: TaskTracker | null = options.tracker ?? null;
  let read = false;
  async function* snapshots(): AsyncGenerator<TaskSnapshot, void, undefined> {
    const { createTaskTracker, taskStates } = await import("@mistral-workflows/streaming/tasks");
    tracker ??= createTaskTracker(options);
    yield* taskStates(events, { tracker });
  }
  return {
    get tracker() {
      return tracker;
    },
    get lastEventId() {
      return events.lastEventId;
    },
    abort: () => events.abort(),
    [Symbol.asyncIterator]() {
      if (read)
        throw new WorkflowsError("A task stream can be read once: call tasks() again to read it anew.");
      read = true;
      return snapshots();
    },
  };
}
