/** An execution's trace: info, span tree summary, trace events and the OpenTelemetry export. */
import type { ExecutionRuntime } from "../domain/execution.js";
import { otelTrace, spanTree, traceEvents, traceInfo } from "../domain/trace.js";
import type { HandlerGroup } from "./types.js";
import { executionOut } from "./views.js";

function withExecution<T extends object>(ex: ExecutionRuntime, extra: T) {
  return { ...executionOut(ex), ...extra };
}

/** Handlers of the execution traces resource, by SDK name. */
export const executionTraceHandlers = {
  "executions.getWorkflowExecutionTraceInfo": (ctx) => ({
    body: traceInfo(ctx.domain.store.execution(ctx.path.execution_id)),
  }),
  "executions.getWorkflowExecutionTraceSummary": (ctx) => {
    const ex = ctx.domain.store.execution(ctx.path.execution_id);
    return { body: withExecution(ex, { span_tree: spanTree(ex) }) };
  },
  "executions.getWorkflowExecutionTraceEvents": (ctx) => {
    const ex = ctx.domain.store.execution(ctx.path.execution_id);
    return {
      body: withExecution(ex, {
        events: traceEvents(ex, !!ctx.query.merge_same_id_events, !!ctx.query.include_internal_events),
      }),
    };
  },
  "executions.getWorkflowExecutionTraceOtel": (ctx) => {
    const ex = ctx.domain.store.execution(ctx.path.execution_id);
    return {
      body: withExecution(ex, {
        data_source: "mock",
        otel_trace_id: ex.trace.id,
        otel_trace_data: otelTrace(ex),
      }),
    };
  },
} satisfies HandlerGroup;
