/**
 * How `ExecutionHandle.result()` waits for an execution's end: it follows the event stream (which
 * resumes across dropped connections), and if the stream cannot be kept up, it falls back to reading
 * the execution's status every `pollIntervalMs` until it has finished.
 */
import {
  APIConnectionError,
  APIUserAbortError,
  InvalidArgumentError,
  sleep as defaultSleep,
  WorkflowsAPIError,
  WorkflowsError,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import {
  StreamEventError,
  StreamParseError,
  isFinalStatus,
  toExecutionError,
  watchExecution,
  type WatchExecutionOptions,
  type WorkflowExecution,
} from "@mistral-workflows/streaming";

/** Options of `ExecutionHandle.result()`: those of `watchExecution()`, plus the polling fallback's. */
export interface ResultOptions extends WatchExecutionOptions {
  /**
   * Milliseconds between two status reads once the stream was given up (after `maxReconnects` failed
   * reconnects, a 5xx or 429 on the stream, or a stream `error` event).
   * @default 1000
   */
  pollIntervalMs?: number;
  /**
   * Called once, with the stream's error, when the stream is given up and status polls take over (to
   * tell a user that events are no longer followed). Not called when the stream itself ends the wait.
   */
  onPollFallback?: (error: Error) => void;
}

/**
 * Whether the stream failed in a way that status polls can get around: the transport, the server's
 * stream machinery, or a malformed event. A 4xx (unknown execution, bad key…) would fail the polls too,
 * and an abort or the execution's own end are answers, not failures.
 */
function streamGaveUp(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true;
  if (error instanceof StreamEventError || error instanceof StreamParseError) return true;
  return error instanceof WorkflowsAPIError && (error.status >= 500 || error.status === 429);
}

/**
 * Resolves to the result of execution `executionId` once it has completed, or rejects with an
 * `ExecutionError` subclass saying how it ended otherwise (see `ExecutionHandle.result()`).
 */
export async function waitForResult<Output>(
  client: WorkflowsClient,
  executionId: string,
  options: ResultOptions = {},
): Promise<Output> {
  const { pollIntervalMs = 1000, onPollFallback, ...watch } = options;
  if (!Number.isFinite(pollIntervalMs) || pollIntervalMs < 0)
    throw new InvalidArgumentError(
      `pollIntervalMs must be a finite number ≥ 0, got ${String(pollIntervalMs)}.`,
      "pollIntervalMs",
    );
  try {
    return await watchExecution<Output>(client, executionId, watch);
  } catch (error) {
    if (!streamGaveUp(error) || options.signal?.aborted) throw error;
    onPollFallback?.(error as Error);
  }
  return pollForResult<Output>(client, executionId, { ...options, pollIntervalMs });
}

/** Reads the execution's status every `pollIntervalMs` until it has finished, then settles like the stream. */
async function pollForResult<Output>(
  client: WorkflowsClient,
  executionId: string,
  options: ResultOptions & { pollIntervalMs: number },
): Promise<Output> {
  const { signal, headers, timeoutMs, pollIntervalMs } = options;
  const wait = options.sleep ?? defaultSleep;
  const never = new AbortController().signal;
  for (;;) {
    const execution = await client.executions.getWorkflowExecution(
      { execution_id: executionId },
      { signal, headers, timeoutMs },
    );
    if (isFinalStatus(execution.status)) return settle<Output>(executionId, execution);
    try {
      await wait(pollIntervalMs, signal ?? never);
    } catch (cause) {
      throw new APIUserAbortError("result() was aborted.", { cause });
    }
  }
}

/**
 * The result of a finished execution, or the error that says how it ended without one (the streaming
 * package's `toExecutionError`, the one table of how executions end).
 */
export function settle<Output>(executionId: string, execution: WorkflowExecution): Output {
  if (execution.status === "COMPLETED") return execution.result as Output;
  const error = toExecutionError(execution.status, executionId, execution);
  if (error) throw error;
  throw new WorkflowsError(
    `Execution ${executionId} has not finished: its status is ${String(execution.status)}.`,
  );
}
