/**
 * `ConnectSpec.isComplete` of the streams that follow one execution (its own stream, or its tree on the
 * global stream): asks the execution's status once.
 */
import type { WorkflowsClient } from "@mistral-workflows/client";
import type { ConnectSpec, StreamOptions } from "../connect.js";
import { EXECUTION_ENDINGS, isFinalStatus } from "../execution-status.js";

/**
 * Whether execution `execution_id` will send nothing more. A final status without a terminal event
 * (TERMINATED, TIMED_OUT: see `EXECUTION_ENDINGS`) ends it at once. Another final status with a connection that had nothing after the resume point: its terminal
 * event came before it (a stream resumed from the last event), so there is nothing left to wait for.
 */
export function executionComplete(
  client: WorkflowsClient,
  execution_id: string,
  options: Pick<StreamOptions, "headers" | "timeoutMs">,
): NonNullable<ConnectSpec<unknown>["isComplete"]> {
  return async (signal, { received }) => {
    const execution = await client.executions.getWorkflowExecution(
      { execution_id },
      { signal, headers: options.headers, timeoutMs: options.timeoutMs },
    );
    const status = execution.status;
    if (!isFinalStatus(status)) return false;
    return EXECUTION_ENDINGS[status].event === null || received === 0;
  };
}
