/**
 * Runs: every run of every execution the mock ran (continue-as-new, retries and resets included).
 */
import type { Domain } from "../domain/domain.js";
import { notFound } from "../domain/errors.js";
import type { MockRun } from "../domain/runs.js";
import type { WorkflowExecutionStatus } from "../types.js";
import { invalid } from "./errors.js";
import { encodeHistory } from "./executions.js";
import { offsetPage } from "./offset-page.js";
import type { Handler, HandlerGroup } from "./types.js";

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

function runOr404(domain: Domain, runId: string): MockRun {
  const run = domain.store.runs.runs.get(runId);
  if (!run) throw notFound("Run", runId);
  return run;
}

const asList = <T>(value: T | T[] | null | undefined): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

const listRuns: Handler<"runs.listRuns"> = (ctx) => {
  const q = ctx.query;
  const { store } = ctx.domain;
  let runs = [...store.runs.runs.values()];
  const workflowOf = (run: MockRun) => run.rt.workflow;
  if (q.workflow_identifier) {
    const w = store.findWorkflow(q.workflow_identifier);
    runs = w ? runs.filter((r) => workflowOf(r).id === w.id) : [];
  }
  if (q.root_execution_id)
    runs = runs.filter((r) => r.rt.rec.execution.root_execution_id === q.root_execution_id);
  if (q.search) {
    const needle = q.search.toLowerCase();
    runs = runs.filter((r) => {
      const w = workflowOf(r);
      return [w.name, w.display_name, w.id].some((t) => t.toLowerCase().includes(needle));
    });
  }
  const statuses = asList<WorkflowExecutionStatus>(q.status);
  if (statuses.length) runs = runs.filter((r) => statuses.includes(r.status));
  if (q.deployment_name) runs = runs.filter((r) => r.rt.rec.execution.deployment_name === q.deployment_name);
  const t = (s: string | null) => (s === null ? null : Date.parse(s));
  const bound = (value: string | null | undefined) => (value ? Date.parse(value) : null);
  const [startAfter, startBefore] = [bound(q.start_time_after), bound(q.start_time_before)];
  const [endAfter, endBefore] = [bound(q.end_time_after), bound(q.end_time_before)];
  if (startAfter !== null) runs = runs.filter((r) => t(r.start_time)! >= startAfter);
  if (startBefore !== null) runs = runs.filter((r) => t(r.start_time)! <= startBefore);
  if (endAfter !== null) runs = runs.filter((r) => r.end_time !== null && t(r.end_time)! >= endAfter);
  if (endBefore !== null) runs = runs.filter((r) => r.end_time !== null && t(r.end_time)! <= endBefore);
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
  const { items, next } = offsetPage("runs", runs, q.next_page_token, q.page_size ?? 50, {
    name: "next_page_token",
    message: "Invalid page token",
  });
  return { body: { executions: items.map(runOut), next_page_token: next } };
};

const getRun: Handler<"runs.getRun"> = (ctx) => {
  const run = runOr404(ctx.domain, ctx.path.run_id);
  const e = run.rt.rec.execution;
  // Only the run that finished the execution holds its result.
  const finished = ctx.domain.store.runs.isCurrent(run) && run.status === "COMPLETED";
  return { body: { ...runOut(run), result: finished ? (e.result ?? null) : null } };
};

const getRunHistory: Handler<"runs.getRunHistory"> = (ctx) => ({
  body: encodeHistory(runOr404(ctx.domain, ctx.path.run_id).history, ctx.query.decode_payloads !== false),
});

/** Handlers of the runs resource, by SDK name. */
export const runHandlers = {
  "runs.listRuns": listRuns,
  "runs.getRun": getRun,
  "runs.getRunHistory": getRunHistory,
} satisfies HandlerGroup;
