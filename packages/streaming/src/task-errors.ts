/**
 * The error of the task-state fold (`taskStates`, `createTaskTracker`).
 */
import { WorkflowsError } from "@mistral-workflows/client";

/**
 * Why a task's state could not be brought up to date:
 * - `patch-failed`: a `json_patch` payload does not apply to the state held (a path that does not
 *   exist, an `append` to a non-string, a failed `test`, an operation the SDK does not know);
 * - `unknown-task`: a patch arrived for a task whose start was never seen (a stream joined mid-task,
 *   or the task was evicted by `maxTasks`), so there is no state to apply it to;
 * - `encoded-payload`: the payload is encoded (`encoding_options` set, e.g. encrypted) and no
 *   `decodePayload` was given, or it returned a payload that is still encoded;
 * - `invalid-payload`: the payload is not one the spec describes (no `type`, a patch that is not a list);
 * - `state-too-large`: the state grew past `maxStateBytes`.
 */
export type TaskStateErrorType =
  "patch-failed" | "unknown-task" | "encoded-payload" | "invalid-payload" | "state-too-large";

/**
 * A custom task's state could not be kept exact. Thrown by the fold unless it was created with
 * `onError: "resync"`, in which case the task's snapshot is marked `stale` instead (see
 * `TaskStatesOptions.onError`). The message names ids and the operation, never state values.
 */
export class TaskStateError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.TaskStateError";
  override name = "TaskStateError";
  constructor(
    message: string,
    /** What went wrong; branch on this, never on `message`. */
    readonly type: TaskStateErrorType,
    /** `custom_task_id` of the task. */
    readonly taskId: string,
    /** `workflow_exec_id` of the execution that runs the task. */
    readonly workflowExecId: string,
    /** `event_id` of the event that could not be applied. */
    readonly eventId: string,
    /** For `patch-failed`: index of the failing operation in the patch (`-1`: the patch as a whole). */
    readonly operationIndex: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
