/**
 * How an execution ends, in one table: which statuses are final (the spec's `x-final`, generated into
 * the client), the terminal event each final status sends (if any), and the `ExecutionError` subclass
 * each final status other than `COMPLETED` rejects with. `watchExecution()`, the execution streams and
 * the handles' `result()` all read it; a status the SDK does not know is not final and not an error.
 */
import { FINAL_EXECUTION_STATUS, type FinalExecutionStatus } from "@mistral-workflows/client";
import {
  ExecutionCanceledError,
  ExecutionFailedError,
  ExecutionTerminatedError,
  ExecutionTimedOutError,
  type ExecutionError,
  type ExecutionErrorStatus,
} from "./errors.js";
import type { WorkflowEventType, WorkflowExecution, WorkflowStreamEvent } from "./events.js";

/** How an execution that reached a final status ended: the event it sends, and the error it is. */
export interface ExecutionEnding {
  /** The terminal event of this status, or `null` when the execution sends none (it is found by its status). */
  readonly event: WorkflowEventType | null;
  /** The error class a caller waiting for the result receives, or `null` for a success. */
  readonly error: typeof ExecutionError | null;
}

/**
 * Every final status, with its terminal event and error class. Keyed by the spec's final statuses, so
 * a status the spec adds as final is a compile error here until it is classified.
 */
export const EXECUTION_ENDINGS: { readonly [S in FinalExecutionStatus]: ExecutionEnding } = {
  COMPLETED: { event: "WORKFLOW_EXECUTION_COMPLETED", error: null },
  FAILED: { event: "WORKFLOW_EXECUTION_FAILED", error: ExecutionFailedError },
  CANCELED: { event: "WORKFLOW_EXECUTION_CANCELED", error: ExecutionCanceledError },
  TERMINATED: { event: null, error: ExecutionTerminatedError },
  TIMED_OUT: { event: null, error: ExecutionTimedOutError },
};

/**
 * Whether an execution with this status has finished for good (the spec's `x-final`). `CONTINUED_AS_NEW`
 * and `RETRYING_AFTER_ERROR` have not: a new run follows under the same execution id. `null` (status not
 * known yet) and a status this SDK does not know (from a newer API) are not finished either.
 */
export function isFinalStatus(status: string | null | undefined): status is FinalExecutionStatus {
  return (
    typeof status === "string" &&
    Object.hasOwn(FINAL_EXECUTION_STATUS, status) &&
    (FINAL_EXECUTION_STATUS as Readonly<Record<string, boolean>>)[status] === true
  );
}

/** The final status a terminal event reports (`WORKFLOW_EXECUTION_FAILED` → `FAILED`), else `null`. */
export function statusOfTerminalEvent(eventType: string): FinalExecutionStatus | null {
  for (const [status, ending] of Object.entries(EXECUTION_ENDINGS))
    if (ending.event === eventType) return status as FinalExecutionStatus;
  return null;
}

/**
 * The error for execution `executionId` that ended with `status` without a result: an instance of the
 * status's `ExecutionError` subclass (`ExecutionFailedError` for `FAILED`, …), its message naming the
 * failure when `event` is a `WORKFLOW_EXECUTION_FAILED` event. `null` for `COMPLETED`, for a status
 * that is not final, and for a status this SDK does not know: unknown is not an error.
 */
export function toExecutionError(
  status: string | null | undefined,
  executionId: string,
  execution: WorkflowExecution,
  event: WorkflowStreamEvent | null = null,
): ExecutionError | null {
  if (!isFinalStatus(status)) return null;
  const Class = EXECUTION_ENDINGS[status].error;
  if (Class === null) return null;
  const detail =
    event?.data.event_type === "WORKFLOW_EXECUTION_FAILED"
      ? `: ${event.data.attributes.failure.message}`
      : "";
  return new Class(
    `Execution ${executionId} ended ${status}${detail}`,
    status as ExecutionErrorStatus,
    executionId,
    execution,
    event,
  );
}
