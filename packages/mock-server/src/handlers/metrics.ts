/**
 * Workflow metrics, computed from the executions the mock holds.
 */
import { workflowMetrics } from "../domain/metrics.js";
import type { Handler, HandlerGroup } from "./types.js";

const getWorkflowMetrics: Handler<"metrics.getWorkflowMetrics"> = (ctx) => {
  const workflow = ctx.domain.store.workflow(ctx.path.workflow_name);
  const bound = (value: string | null | undefined) => (value ? Date.parse(value) : null);
  return {
    body: workflowMetrics(ctx.domain.store, workflow.name, {
      start: bound(ctx.query.start_time),
      end: bound(ctx.query.end_time),
    }),
  };
};

/** Handlers of the metrics resource, by SDK name. */
export const metricsHandlers = {
  "metrics.getWorkflowMetrics": getWorkflowMetrics,
} satisfies HandlerGroup;
