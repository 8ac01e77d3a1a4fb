/**
 * Executions: status, history, signals, queries, updates, cancel/terminate (one or a batch), reset,
 * traces, logs (paged, and as a stream) and the execution's event stream.
 */
import type { ExecutionLogRecord, HistoryEvent } from "../../types.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { invalid } from "../http-error.js";
import { otelTrace, spanTree, traceEvents, traceInfo } from "../trace.js";
import type { ExecutionRuntime } from "../world.js";
import type { Handler, HandlerContext } from "./context.js";
import { executionOut } from "./workflows.js";

const rt = (ctx: HandlerContext) => ctx.world.runtimeOr404(ctx.path.execution_id);

const JSON_PLAIN_B64 = btoa("json/plain");

function base64Json(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Encodes the history's payloads as Temporal's JSON does (base64 `data` and `metadata`), unless decoded. */
export function encodeHistory(events: HistoryEvent[], decode: boolean): unknown {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== "object") return node;
    const o = node as Record<string, unknown>;
    const meta = o.metadata as { encoding?: string } | undefined;
    if (meta?.encoding === "json/plain" && "data" in o && Object.keys(o).length === 2)
      return decode
        ? { metadata: { encoding: "json/plain" }, data: o.data }
        : { metadata: { encoding: JSON_PLAIN_B64 }, data: base64Json(o.data) };
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  return { events: walk(events) };
}

/** Parses an SSE resume id that must be a broker sequence number. */
function sequenceId(value: unknown, loc: (string | number)[]): number | null {
  if (value === undefined || value === null || value === "") return null;
  const text = String(value);
  if (!/^\d+$/.test(text))
    throw invalid(loc, "Invalid event id: expected the SSE id of an earlier event", text);
  return Number(text);
}

const stream: Handler = (ctx) => {
  const ex = rt(ctx);
  const header = ctx.request.headers.get("last-event-id");
  const after =
    header !== null
      ? sequenceId(header, ["header", "Last-Event-ID"])
      : sequenceId(ctx.query.last_event_id, ["query", "last_event_id"]);
  const source = ctx.query.event_source ?? "HYBRID";
  return {
    sse: (writer) => {
      const send = (e: (typeof ex.rec.events)[number]) =>
        writer.send({ id: String(e.broker_sequence), data: e });
      // LIVE skips what is stored, except when resuming: a resume must not lose events.
      if (source !== "LIVE" || after !== null)
        for (const e of ex.rec.events) if (after === null || e.broker_sequence > after) if (!send(e)) return;
      if (source === "DATABASE" || ctx.world.isDone(ex)) return writer.close();
      const listener = {
        onEvent: (e: (typeof ex.rec.events)[number]) => void send(e),
        onEnd: () => writer.close(),
      };
      ex.listeners.add(listener);
      return () => ex.listeners.delete(listener);
    },
  };
};

interface LogCursor {
  [key: string]: unknown;
  /** Index of the last log line returned. */
  p: number;
  o: "asc" | "desc";
  a: string | null;
  b: string | null;
}

function logFilter(ctx: HandlerContext, window: { a: string | null; b: string | null }) {
  const after = window.a ? Date.parse(window.a) : null;
  const before = window.b ? Date.parse(window.b) : null;
  return (r: ExecutionLogRecord) => {
    const t = Date.parse(r.timestamp);
    return (
      (!ctx.query.run_id || r.log_attributes.run_id === ctx.query.run_id) &&
      (!ctx.query.activity_id || r.log_attributes.activity_id === ctx.query.activity_id) &&
      (after === null || t >= after) &&
      (before === null || t < before)
    );
  };
}

/** Logs, a page at a time; the cursor carries the time window and the order of the first page. */
const getLogs: Handler = (ctx) => {
  const ex = rt(ctx);
  let cursor: LogCursor | null = null;
  if (ctx.query.cursor) {
    cursor = decodeCursor<LogCursor>("logs", ctx.query.cursor);
    if (!cursor) throw invalid(["query", "cursor"], "Invalid cursor", ctx.query.cursor);
  }
  const order = cursor?.o ?? ctx.query.order ?? "asc";
  const window = cursor
    ? { a: cursor.a, b: cursor.b }
    : { a: ctx.query.after ?? null, b: ctx.query.before ?? null };
  const limit = Math.min(Math.max(1, ctx.query.limit ?? 50), 1000);
  const keep = logFilter(ctx, window);
  const logs = ex.rec.logs;
  const page: number[] = [];
  let more = false;
  const step = order === "asc" ? 1 : -1;
  for (
    let i = cursor ? cursor.p + step : order === "asc" ? 0 : logs.length - 1;
    i >= 0 && i < logs.length;
    i += step
  ) {
    if (!keep(logs[i]!)) continue;
    if (page.length === limit) {
      more = true;
      break;
    }
    page.push(i);
  }
  return {
    body: {
      results: page.map((i) => logs[i]!),
      next_cursor: more
        ? encodeCursor("logs", { p: page[page.length - 1]!, o: order, a: window.a, b: window.b })
        : null,
    },
  };
};

/** The log stream: stored lines after the resume point (or from `after`), then live ones until the end. */
const streamLogs: Handler = (ctx) => {
  const ex = rt(ctx);
  const resume =
    ctx.header["Last-Event-ID"] ??
    ctx.request.headers.get("last-event-id") ??
    ctx.query.last_event_id ??
    null;
  let from = 0;
  let window = { a: ctx.query.after ?? null, b: null as string | null };
  if (resume) {
    const c = decodeCursor<LogCursor>("logs", String(resume));
    if (!c)
      throw invalid(
        ctx.header["Last-Event-ID"] ? ["header", "Last-Event-ID"] : ["query", "last_event_id"],
        "Invalid cursor",
        resume,
      );
    from = c.p + 1;
    window = { a: null, b: null }; // resuming overrides `after`
  }
  const keep = logFilter(ctx, window);
  return {
    sse: (writer) => {
      const send = (i: number, r: ExecutionLogRecord) =>
        keep(r)
          ? writer.send({
              id: encodeCursor("logs", { p: i, o: "asc", a: null, b: null }),
              event: "log",
              data: r,
            })
          : true;
      const logs = ex.rec.logs;
      for (let i = from; i < logs.length; i++) if (!send(i, logs[i]!)) return;
      if (ctx.world.isDone(ex)) return writer.close();
      const listener = {
        onLog: (i: number, r: ExecutionLogRecord) => void send(i, r),
        onEnd: () => writer.close(),
      };
      ex.logListeners.add(listener);
      return () => ex.logListeners.delete(listener);
    },
  };
};

function batch(action: "cancel" | "terminate"): Handler {
  return (ctx) => {
    const results: Record<string, { status: string; error: string | null }> = {};
    for (const id of ctx.body.execution_ids as string[]) {
      const ex = ctx.world.runtimes.get(id);
      if (!ex) results[id] = { status: "failure", error: "workflow execution not found" };
      else if (ctx.world.isDone(ex))
        results[id] = { status: "failure", error: "workflow execution already completed" };
      else {
        if (action === "cancel") ctx.world.cancel(ex, ctx.now);
        else ctx.world.terminate(ex, ctx.now);
        results[id] = { status: "success", error: null };
      }
    }
    return { body: { results } };
  };
}

function withExecution<T extends object>(ex: ExecutionRuntime, extra: T) {
  return { ...executionOut(ex), ...extra };
}

/** Handlers of the executions group, by operationId. */
export const executionHandlers: Record<string, Handler> = {
  get_workflow_execution_v1_workflows_executions__execution_id__get: (ctx) => ({
    body: executionOut(rt(ctx)),
  }),
  get_workflow_execution_history_v1_workflows_executions__execution_id__history_get: (ctx) => ({
    body: encodeHistory(rt(ctx).rec.history, !!ctx.query.decode_payloads),
  }),
  signal_workflow_execution_v1_workflows_executions__execution_id__signals_post: (ctx) => {
    ctx.world.signal(rt(ctx), ctx.now, ctx.body.name, ctx.body.input ?? null);
    return { body: { message: "Signal accepted" } };
  },
  query_workflow_execution_v1_workflows_executions__execution_id__queries_post: (ctx) => ({
    body: {
      query_name: ctx.body.name,
      result: ctx.world.query(rt(ctx), ctx.now, ctx.body.name, ctx.body.input ?? null) ?? null,
    },
  }),
  update_workflow_execution_v1_workflows_executions__execution_id__updates_post: (ctx) => ({
    body: {
      update_name: ctx.body.name,
      result: ctx.world.update(rt(ctx), ctx.now, ctx.body.name, ctx.body.input ?? null) ?? null,
    },
  }),
  terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post: (ctx) => {
    ctx.world.terminate(rt(ctx), ctx.now);
    return {};
  },
  cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post: (ctx) => {
    ctx.world.cancel(rt(ctx), ctx.now);
    return {};
  },
  batch_terminate_workflow_executions_v1_workflows_executions_terminate_post: batch("terminate"),
  batch_cancel_workflow_executions_v1_workflows_executions_cancel_post: batch("cancel"),
  reset_workflow_v1_workflows_executions__execution_id__reset_post: (ctx) => {
    ctx.world.reset(rt(ctx), ctx.now, ctx.body);
    return {};
  },
  get_workflow_execution_trace_info: (ctx) => ({ body: traceInfo(rt(ctx)) }),
  get_workflow_execution_trace_summary: (ctx) => {
    const ex = rt(ctx);
    return { body: withExecution(ex, { span_tree: spanTree(ex) }) };
  },
  get_workflow_execution_trace_events: (ctx) => {
    const ex = rt(ctx);
    return {
      body: withExecution(ex, {
        events: traceEvents(ex, !!ctx.query.merge_same_id_events, !!ctx.query.include_internal_events),
      }),
    };
  },
  get_workflow_execution_trace_otel: (ctx) => {
    const ex = rt(ctx);
    return {
      body: withExecution(ex, {
        data_source: "mock",
        otel_trace_id: ex.traceId,
        otel_trace_data: otelTrace(ex),
      }),
    };
  },
  stream_v1_workflows_executions__execution_id__stream_get: stream,
  get_workflow_execution_logs: getLogs,
  stream_workflow_execution_logs: streamLogs,
};
