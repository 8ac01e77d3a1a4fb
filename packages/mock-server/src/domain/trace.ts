/**
 * The trace endpoints' bodies, built from what the engine recorded: trace info, the span tree
 * (summary), the trace events (progress events with a status, point events) and the raw
 * OpenTelemetry trace in OTLP JSON (Tempo's shape).
 */
import type { components } from "@mistral-workflows/client";
import type { ExecutionRuntime, SpanRecord, TraceEntry } from "./execution.js";

type S = components["schemas"];
type Attr = S["TempoTraceAttribute"];

const ns = (ms: number) => ms * 1_000_000;

function otelAttributes(attrs: Record<string, string | number | boolean | null>): Attr[] {
  const out: Attr[] = [];
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null) continue;
    if (typeof value === "boolean") out.push({ key, value: { boolValue: value } });
    else if (typeof value === "number" && Number.isInteger(value))
      out.push({ key, value: { intValue: String(value) } });
    else out.push({ key, value: { stringValue: String(value) } });
  }
  return out;
}

/** `GET …/trace/info`. */
export function traceInfo(rt: ExecutionRuntime): S["ExecutionTraceInfoResponse"] {
  return { otel_trace_id: rt.trace.id, has_trace_data: rt.trace.spans.length > 0 };
}

function pointEvent(e: TraceEntry): S["WorkflowExecutionTraceEvent"] {
  return {
    type: "EVENT",
    name: e.name,
    id: e.id,
    timestamp_unix_nano: ns(e.at),
    attributes: e.attributes,
    internal: e.internal,
  };
}

/** `GET …/trace/summary`'s `span_tree`: the root span with its children and their point events. */
export function spanTree(rt: ExecutionRuntime): S["WorkflowExecutionTraceSummarySpan"] {
  const build = (span: SpanRecord): S["WorkflowExecutionTraceSummarySpan"] => ({
    span_id: span.span_id,
    name: span.name,
    start_time_unix_nano: ns(span.start_ms),
    end_time_unix_nano: span.end_ms === null ? null : ns(span.end_ms),
    attributes: { ...span.attributes },
    events: rt.trace.entries
      .filter((e) => e.kind === "point" && !e.internal && e.span_id === span.span_id)
      .map(pointEvent),
    children: rt.trace.spans.filter((s) => s.parent_span_id === span.span_id).map(build),
  });
  return build(rt.trace.root);
}

/**
 * `GET …/trace/events`: every progress update and point event in order. Progress events repeat their
 * id at each status change unless `merge` folds them into one (keeping the latest status, at the
 * position of the first); internal events only with `includeInternal`.
 */
export function traceEvents(
  rt: ExecutionRuntime,
  merge: boolean,
  includeInternal: boolean,
): S["WorkflowExecutionTraceEventsResponse"]["events"] {
  const entries = rt.trace.entries.filter((e) => includeInternal || !e.internal);
  const toWire = (e: TraceEntry) =>
    e.kind === "point"
      ? pointEvent(e)
      : ({
          type: "EVENT_PROGRESS",
          name: e.name,
          id: e.id,
          timestamp_unix_nano: ns(e.at),
          attributes: e.attributes,
          internal: e.internal,
          status: e.status!,
          start_time_unix_ms: e.start_ms!,
          end_time_unix_ms: e.end_ms ?? null,
          error: e.error ?? null,
        } satisfies S["WorkflowExecutionProgressTraceEvent"]);
  if (!merge) return entries.map(toWire);
  const latest = new Map<string, TraceEntry>();
  for (const e of entries) if (e.kind === "progress") latest.set(e.id, e);
  const seen = new Set<string>();
  const out = [];
  for (const e of entries) {
    if (e.kind === "point") out.push(toWire(e));
    else if (!seen.has(e.id)) {
      seen.add(e.id);
      out.push(toWire(latest.get(e.id)!));
    }
  }
  return out;
}

/** `GET …/trace/otel`'s `otel_trace_data`: the finished spans, in OTLP JSON. */
export function otelTrace(rt: ExecutionRuntime): S["TempoGetTraceResponse"] {
  const spans = rt.trace.spans
    .filter((s) => s.end_ms !== null)
    .map((s) => ({
      traceId: rt.trace.id,
      spanId: s.span_id,
      parentSpanId: s.parent_span_id,
      name: s.name,
      kind: s.kind,
      startTimeUnixNano: String(ns(s.start_ms)),
      endTimeUnixNano: String(ns(s.end_ms!)),
      attributes: otelAttributes(s.attributes),
      events: rt.trace.entries
        .filter((e) => e.kind === "point" && e.span_id === s.span_id)
        .map((e) => ({
          name: e.name,
          timeUnixNano: String(ns(e.at)),
          attributes: otelAttributes(e.attributes),
        })),
    }));
  return {
    batches: [
      {
        resource: {
          attributes: otelAttributes({
            "service.name": "mistral-workflows-worker",
            "workflow.name": rt.rec.execution.workflow_name,
          }),
        },
        scopeSpans: [{ scope: { name: "mistral.workflows" }, spans }],
      },
    ],
  };
}
