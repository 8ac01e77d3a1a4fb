/**
 * Runs (every run of every execution the mock ran: continue-as-new, retries and resets included) and
 * workflow metrics, computed from the executions the mock holds.
 */
import type { WorkflowExecutionStatus } from "../../types.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { HttpError, invalid } from "../http-error.js";
import { workflowMetrics } from "../metrics.js";
import type { MockRun } from "../runs.js";
import type { Handler, HandlerContext } from "./context.js";
import { encodeHistory } from "./executions.js";

/** A run as `WorkflowExecutionWithoutResultResponse`. */
function runOut(run: MockRun) {
  const e = run.rt.rec.execution;
  return {
    workflow_name: e.workflow_name,
    workflow_id: e.workflow_id ?? null,
    deployment_name: e.deployment_name ?? null,
    execution_id: e.execution_id,
    parent_execution_id: e.parent_execution_id ?? null,
    root_execution_id: e.root_execution_id,
    run_id: run.run_id,
    user_id: e.user_id ?? null,
    status: run.status,
    start_time: run.start_time,
    end_time: run.end_time,
    total_duration_ms: run.end_time === null ? null : Date.parse(run.end_time) - Date.parse(run.start_time),
  };
}

function runOr404(ctx: HandlerContext): MockRun {
  const run = ctx.world.runs.runs.get(ctx.path.run_id);
  if (!run) throw new HttpError(404, `Run '${ctx.path.run_id}' not found`);
  return run;
}

const asList = <T>(value: T | T[] | null | undefined): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

const listRuns: Handler = (ctx) => {
  const q = ctx.query;
  const { world } = ctx;
  let runs = [...world.runs.runs.values()];
  const workflowOf = (run: MockRun) => run.rt.workflow;
  if (q.workflow_identifier) {
    const w = world.findWorkflow(q.workflow_identifier);
    runs = w ? runs.filter((r) => workflowOf(r).id === w.id) : [];
  }
  if (q.root_execution_id)
    runs = runs.filter((r) => r.rt.rec.execution.root_execution_id === q.root_execution_id);
  if (q.search) {
    const needle = String(q.search).toLowerCase();
    runs = runs.filter((r) => {
      const w = workflowOf(r);
      return [w.name, w.display_name, w.id].some((t) => t.toLowerCase().includes(needle));
    });
  }
  const statuses = asList<WorkflowExecutionStatus>(q.status);
  if (statuses.length) runs = runs.filter((r) => statuses.includes(r.status));
  if (q.deployment_name) runs = runs.filter((r) => r.rt.rec.execution.deployment_name === q.deployment_name);
  const t = (s: string | null) => (s === null ? null : Date.parse(s));
  if (q.start_time_after) runs = runs.filter((r) => t(r.start_time)! >= Date.parse(q.start_time_after));
  if (q.start_time_before) runs = runs.filter((r) => t(r.start_time)! <= Date.parse(q.start_time_before));
  if (q.end_time_after)
    runs = runs.filter((r) => r.end_time !== null && t(r.end_time)! >= Date.parse(q.end_time_after));
  if (q.end_time_before)
    runs = runs.filter((r) => r.end_time !== null && t(r.end_time)! <= Date.parse(q.end_time_before));
  if (q.user_id) {
    const user = q.user_id === "current" ? ctx.userId : q.user_id;
    runs = runs.filter((r) => r.rt.rec.execution.user_id === user);
  }
  const tags = asList<string>(q.workflow_tags);
  if (tags.length) runs = runs.filter((r) => tags.every((tag) => workflowOf(r).tags?.includes(tag)));
  if (q.include_internal === false) runs = runs.filter((r) => !workflowOf(r).is_technical);
  const keys = asList<string>(q.search_key);
  if (keys.length > 3) throw invalid(["query", "search_key"], "At most 3 search keys", keys);
  for (const entry of keys) {
    const at = entry.indexOf(":");
    if (at < 1) throw invalid(["query", "search_key"], "Expected 'key:value'", entry);
    const key = entry.slice(0, at);
    const value = entry.slice(at + 1).toLowerCase();
    runs = runs.filter((r) => {
      const v = r.rt.metadata[key];
      return v !== undefined && v !== null && String(v).toLowerCase().includes(value);
    });
  }
  const field = q.sort_by === "end_time" ? "end_time" : "start_time";
  const dir = q.order === "asc" ? 1 : -1;
  // Runs with no end sort after the ended ones, whatever the direction.
  runs.sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return dir * x.localeCompare(y) || a.number - b.number;
  });
  let start = 0;
  if (q.next_page_token) {
    const c = decodeCursor<{ o: number }>("runs", q.next_page_token);
    if (!c || typeof c.o !== "number")
      throw invalid(["query", "next_page_token"], "Invalid page token", q.next_page_token);
    start = c.o;
  }
  const size = Math.min(Math.max(1, q.page_size ?? 50), 1000);
  const end = start + size;
  return {
    body: {
      executions: runs.slice(start, end).map(runOut),
      next_page_token: end < runs.length ? encodeCursor("runs", { o: end }) : null,
    },
  };
};

const getRun: Handler = (ctx) => {
  const run = runOr404(ctx);
  const e = run.rt.rec.execution;
  // Only the run that finished the execution holds its result.
  const result = ctx.world.runs.isCurrent(run) && run.status === "COMPLETED" ? (e.result ?? null) : null;
  return { body: { ...runOut(run), result } };
};

const getRunHistory: Handler = (ctx) => ({
  body: encodeHistory(runOr404(ctx).history, ctx.query.decode_payloads !== false),
});

const getWorkflowMetrics: Handler = (ctx) => {
  const workflow = ctx.world.workflowOr404(ctx.path.workflow_name);
  return {
    body: workflowMetrics(ctx.world, workflow.name, {
      start: ctx.query.start_time ? Date.parse(ctx.query.start_time) : null,
      end: ctx.query.end_time ? Date.parse(ctx.query.end_time) : null,
    }),
  };
};

/** Handlers of the runs and metrics groups, by operationId. */
export const runHandlers: Record<string, Handler> = {
  list_runs_v1_workflows_runs_get: listRuns,
  get_run_v1_workflows_runs__run_id__get: getRun,
  get_run_history_v1_workflows_runs__run_id__history_get: getRunHistory,
  get_workflow_metrics_v1_workflows__workflow_name__metrics_get: getWorkflowMetrics,
};
