/**
 * Executions: status, history, signals, queries, updates, cancel/terminate (one or a batch), reset and
 * the execution's event stream.
 */
import type { ExecutionListener } from "../domain/execution.js";
import type { HistoryEvent, StreamEvent } from "../types.js";
import { invalid } from "./errors.js";
import type { Handler, HandlerContext, HandlerGroup } from "./types.js";
import { executionOut } from "./views.js";

type WithExecution = HandlerContext<"executions.getWorkflowExecution">;
const rt = (ctx: Pick<WithExecution, "domain" | "path">) => ctx.domain.store.execution(ctx.path.execution_id);

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

const stream: Handler<"executions.stream"> = (ctx) => {
  const ex = ctx.domain.store.execution(ctx.path.execution_id);
  const header = ctx.request.headers.get("last-event-id");
  const after =
    header !== null
      ? sequenceId(header, ["header", "Last-Event-ID"])
      : sequenceId(ctx.query.last_event_id, ["query", "last_event_id"]);
  const source = ctx.query.event_source ?? "HYBRID";
  return {
    sse: (writer) => {
      const out = (e: StreamEvent) => ({ id: String(e.broker_sequence), data: e });
      const events = ex.rec.events;
      // LIVE skips what is stored, except when resuming: a resume must not lose events.
      let i = source !== "LIVE" || after !== null ? 0 : events.length;
      let listener: ExecutionListener | null = null;
      // The stored events are read as the reader drains (events added meanwhile included), then live ones.
      writer.feed(
        () => {
          if (i >= events.length) return undefined;
          const e = events[i++]!;
          return after === null || e.broker_sequence > after ? out(e) : null;
        },
        () => {
          if (source === "DATABASE" || ctx.domain.engine.isDone(ex)) return writer.close();
          listener = { onEvent: (e) => void writer.send(out(e)), onEnd: () => writer.close() };
          ex.listeners.events.add(listener);
        },
      );
      return () => {
        if (listener) ex.listeners.events.delete(listener);
      };
    },
  };
};

function batch(
  action: "cancel" | "terminate",
): Handler<"executions.batchCancelWorkflowExecutions" | "executions.batchTerminateWorkflowExecutions"> {
  return (ctx) => {
    const results: Record<string, { status: string; error: string | null }> = {};
    for (const id of ctx.body.execution_ids) {
      const ex = ctx.domain.store.executions.get(id);
      if (!ex) results[id] = { status: "failure", error: "workflow execution not found" };
      else if (ctx.domain.engine.isDone(ex))
        results[id] = { status: "failure", error: "workflow execution already completed" };
      else {
        if (action === "cancel") ctx.domain.engine.cancel(ex, ctx.now);
        else ctx.domain.engine.terminate(ex, ctx.now);
        results[id] = { status: "success", error: null };
      }
    }
    return { body: { results } };
  };
}

/** Handlers of the executions resource, by SDK name. */
export const executionHandlers = {
  "executions.getWorkflowExecution": (ctx) => {
    const x = rt(ctx);
    if (!ctx.query.include_search_keys) return { body: executionOut(x) };
    // Search keys are the execution's metadata, each value as text (the list filter matches on text).
    const keys = Object.entries(x.metadata).filter(([, v]) => v !== undefined && v !== null);
    return {
      body: {
        ...executionOut(x),
        search_keys: Object.fromEntries(
          keys.map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
        ),
      },
    };
  },
  "executions.getWorkflowExecutionHistory": (ctx) => ({
    body: encodeHistory(rt(ctx).rec.history, !!ctx.query.decode_payloads),
  }),
  "executions.signalWorkflowExecution": (ctx) => {
    ctx.domain.engine.signal(rt(ctx), ctx.now, ctx.body.name, ctx.body.input ?? null);
    return { body: { message: "Signal accepted" } };
  },
  "executions.queryWorkflowExecution": (ctx) => ({
    body: {
      query_name: ctx.body.name,
      result: ctx.domain.engine.query(rt(ctx), ctx.now, ctx.body.name, ctx.body.input ?? null) ?? null,
    },
  }),
  "executions.updateWorkflowExecution": (ctx) => ({
    body: {
      update_name: ctx.body.name,
      result: ctx.domain.engine.update(rt(ctx), ctx.now, ctx.body.name, ctx.body.input ?? null) ?? null,
    },
  }),
  "executions.terminateWorkflowExecution": (ctx) => {
    ctx.domain.engine.terminate(rt(ctx), ctx.now);
    return {};
  },
  "executions.cancelWorkflowExecution": (ctx) => {
    ctx.domain.engine.cancel(rt(ctx), ctx.now);
    return {};
  },
  "executions.batchTerminateWorkflowExecutions": batch("terminate"),
  "executions.batchCancelWorkflowExecutions": batch("cancel"),
  "executions.resetWorkflow": (ctx) => {
    ctx.domain.engine.reset(rt(ctx), ctx.now, ctx.body);
    return {};
  },
  "executions.stream": stream,
} satisfies HandlerGroup;
