/**
 * Execution statuses and which are final (x-final).
 * Generated from spec/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec
 * (or scripts/lib/render.ts) and regenerate. `pnpm check:generated` fails when this file is stale.
 */

/** Every execution status of the spec (`WorkflowExecutionStatus`), in its order. */
export const WORKFLOW_EXECUTION_STATUSES = [
  "RUNNING",
  "COMPLETED",
  "FAILED",
  "CANCELED",
  "TERMINATED",
  "CONTINUED_AS_NEW",
  "TIMED_OUT",
  "RETRYING_AFTER_ERROR",
] as const;

/** An execution status this SDK knows (a newer API may send others: they are not final). */
export type KnownExecutionStatus = (typeof WORKFLOW_EXECUTION_STATUSES)[number];

/** The statuses that end an execution for good (`x-final` in the spec). */
export type FinalExecutionStatus = "COMPLETED" | "FAILED" | "CANCELED" | "TERMINATED" | "TIMED_OUT";

/**
 * Whether each status ends the execution for good (`x-final`): once final, it changes no more. A
 * status that is not may end a run, after which a new run follows under the same execution id.
 */
export const FINAL_EXECUTION_STATUS: {
  readonly [S in KnownExecutionStatus]: S extends FinalExecutionStatus ? true : false;
} = {
  RUNNING: false,
  COMPLETED: true,
  FAILED: true,
  CANCELED: true,
  TERMINATED: true,
  CONTINUED_AS_NEW: false,
  TIMED_OUT: true,
  RETRYING_AFTER_ERROR: false,
};
