/**
 * `watchExecution()`: follow one execution to its end and settle like a function call: resolve to its
 * result, or reject with a typed error saying how it ended instead.
 */
import { APIUserAbortError, WorkflowsError, type WorkflowsClient } from "@mistral-workflows/client";
import type { StreamOptions } from "./connect.js";
import type { WorkflowExecution, WorkflowStreamEvent } from "./events.js";
import { isFinalStatus, statusOfTerminalEvent, toExecutionError } from "./execution-status.js";
import { executionStreamInput, type EventSourceOption } from "./event-source-option.js";
import { isTerminalEvent, streamExecution } from "./execution-stream.js";

/**
 * Options of {@link watchExecution}: those of every stream, `onEvent`, and `eventSource` (`DATABASE`,
 * `LIVE` or `HYBRID`; the deprecated `event_source` is still accepted).
 */
export interface WatchExecutionOptions extends StreamOptions, EventSourceOption {
  /** Called with each event of the execution, in order; a returned promise is awaited (backpressure). */
  onEvent?: (event: WorkflowStreamEvent) => void | Promise<void>;
}

/**
 * Follows execution `execution_id` until it finishes, and resolves to its `result`.
 *
 * ```ts
 * const result = await watchExecution<{ answer: string }>(client, execution_id, {
 *   onEvent: (event) => console.log(event.data.event_type),
 * });
 * ```
 *
 * It reads `streamExecution()` (with its resume, backoff and idle timeout) to the end, then reads
 * `GET /v1/workflows/executions/{execution_id}` for the final status and result:
 * - `COMPLETED`: resolves to `result` (typed `R`, unchecked);
 * - `FAILED`, `CANCELED`, `TERMINATED`, `TIMED_OUT`: rejects with `ExecutionFailedError`,
 *   `ExecutionCanceledError`, `ExecutionTerminatedError`, `ExecutionTimedOutError` (all `ExecutionError`);
 * - aborted through `signal`: rejects with `APIUserAbortError`;
 * - the stream's own errors (`StreamEventError`, `StreamDisconnectedError`, HTTP errors…) reject as is.
 *
 * If that read still says the execution runs although its terminal event arrived (the status may lag
 * behind the event), the event decides: a completed execution then resolves to the event's
 * `attributes.result.value`.
 */
export async function watchExecution<R = unknown>(
  client: WorkflowsClient,
  execution_id: string,
  options: WatchExecutionOptions = {},
): Promise<R> {
  const { onEvent, eventSource, event_source, ...streamOptions } = options;
  const input = executionStreamInput(execution_id, { eventSource, event_source });
  let terminal: WorkflowStreamEvent | null = null;
  for await (const event of streamExecution(client, input, streamOptions)) {
    if (isTerminalEvent(event, execution_id)) terminal = event;
    await onEvent?.(event);
  }
  if (options.signal?.aborted) throw new APIUserAbortError("watchExecution() was aborted.");
  const execution = await client.executions.getWorkflowExecution(
    { execution_id },
    { signal: options.signal, headers: options.headers, timeoutMs: options.timeoutMs },
  );
  return settle<R>(execution_id, execution, terminal);
}

function settle<R>(
  execution_id: string,
  execution: WorkflowExecution,
  terminal: WorkflowStreamEvent | null,
): R {
  // The status may lag behind the terminal event: then the event says how the execution ended.
  const status = isFinalStatus(execution.status)
    ? execution.status
    : ((terminal && statusOfTerminalEvent(terminal.data.event_type)) ?? execution.status);
  if (status === "COMPLETED") {
    if (execution.status === "COMPLETED") return execution.result as R;
    const data = terminal!.data;
    return (data.event_type === "WORKFLOW_EXECUTION_COMPLETED" ? data.attributes.result.value : null) as R;
  }
  const error = toExecutionError(status, execution_id, execution, terminal);
  if (error) throw error;
  throw new WorkflowsError(
    `Execution ${execution_id} is still ${status ?? "without a status"}: its stream was stopped.`,
  );
}
