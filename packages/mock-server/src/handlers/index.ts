/**
 * Every handler, by SDK name, and the call that runs one: the table's type requires a handler for
 * each operation of the spec, and domain errors become HTTP answers here.
 */
import type { OperationName } from "@mistral-workflows/client";
import { deploymentHandlers } from "./deployments.js";
import { toHttpError } from "./errors.js";
import { eventHandlers } from "./events.js";
import { executionLogHandlers } from "./execution-logs.js";
import { executionTraceHandlers } from "./execution-traces.js";
import { executionHandlers } from "./executions.js";
import { metricsHandlers } from "./metrics.js";
import { registrationHandlers } from "./registrations.js";
import { runHandlers } from "./runs.js";
import { scheduleHandlers } from "./schedules.js";
import type { HandlerContext, HandlerTable, StreamStart } from "./types.js";
import { workflowListHandlers } from "./workflow-list.js";
import { workflowHandlers } from "./workflows.js";

/** The handler of every operation, by SDK name. */
export const handlers: HandlerTable = {
  ...workflowHandlers,
  ...registrationHandlers,
  ...scheduleHandlers,
  ...executionHandlers,
  ...executionLogHandlers,
  ...executionTraceHandlers,
  ...eventHandlers,
  ...deploymentHandlers,
  ...runHandlers,
  ...metricsHandlers,
  ...workflowListHandlers,
};

/** Whether the mock has a handler for the operation with this SDK name. */
export function hasHandler(sdkName: string): boolean {
  return Object.hasOwn(handlers, sdkName);
}

/** What running a handler gives the pipeline: a JSON body (or none) with a status, or a stream. */
export type HandlerOutcome = { status?: number; body?: unknown } | { sse: StreamStart };

/**
 * Runs the handler of `sdkName` with `ctx` (validated against the spec by the caller). Throws an
 * `HttpError` for a refusal (domain errors mapped to their statuses); other errors are bugs.
 */
export async function runHandler(
  sdkName: string,
  ctx: HandlerContext<OperationName>,
): Promise<HandlerOutcome> {
  const handler = handlers[sdkName as OperationName] as (
    c: HandlerContext<OperationName>,
  ) => HandlerOutcome | Promise<HandlerOutcome>;
  try {
    return await handler(ctx);
  } catch (error) {
    throw toHttpError(error);
  }
}
