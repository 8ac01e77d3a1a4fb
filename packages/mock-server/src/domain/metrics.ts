/**
 * Metrics of a workflow, computed from the executions the mock holds: counts by outcome, the average
 * duration of finished executions and its series. `retry_rate` is deprecated and always -1, as the
 * official SDK documents it ("never measured retries; use error_count instead").
 */
import type { Store } from "./store.js";

/** Executions started in `[start, end]` (either bound may be open) count. */
export interface MetricsWindow {
  start: number | null;
  end: number | null;
}

/** The `WorkflowMetrics` of workflow `name` over `window`. */
export function workflowMetrics(store: Store, name: string, window: MetricsWindow) {
  const executions = [...store.executions.values()].filter((rt) => {
    const e = rt.rec.execution;
    const started = Date.parse(e.start_time);
    return (
      e.workflow_name === name &&
      (window.start === null || started >= window.start) &&
      (window.end === null || started <= window.end)
    );
  });
  const count = (statuses: string[]) =>
    executions.filter((rt) => statuses.includes(rt.rec.execution.status ?? "")).length;
  const finished = executions
    .map((rt) => rt.rec.execution)
    .filter((e) => e.end_time !== null && e.total_duration_ms !== null && e.total_duration_ms !== undefined)
    .sort((a, b) => Date.parse(a.end_time!) - Date.parse(b.end_time!));
  const total = finished.reduce((sum, e) => sum + e.total_duration_ms!, 0);
  return {
    execution_count: { value: executions.length },
    success_count: { value: count(["COMPLETED"]) },
    error_count: { value: count(["FAILED", "TERMINATED"]) },
    average_latency_ms: { value: finished.length ? total / finished.length : 0 },
    latency_over_time: {
      value: finished.map((e): [number, number] => [Date.parse(e.end_time!), e.total_duration_ms!]),
    },
    retry_rate: { value: -1 },
  };
}
