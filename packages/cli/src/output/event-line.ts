/** One workflow event as one human-readable line (used by `watch`, `run --watch` and `events`). */
import type { UnknownWorkflowEvent, WorkflowEvent, WorkflowStreamEvent } from "@mistral-workflows/streaming";

/** An event as streams deliver it: a known type, or one from a newer API than this SDK. */
type AnyEvent = WorkflowEvent | UnknownWorkflowEvent;
import type { Colors } from "./output.js";
import { formatJson } from "./format.js";

/**
 * The progress (0…1) a custom-task event reports, if any: a full JSON payload's `progress` field, or
 * the value of a JSON-patch operation on `/progress`.
 */
export function progressOf(event: AnyEvent): number | null {
  if (event.event_type !== "CUSTOM_TASK_IN_PROGRESS" && event.event_type !== "CUSTOM_TASK_STARTED")
    return null;
  const payload = (event.attributes as { payload?: { type?: string; value?: unknown } }).payload;
  if (!payload) return null;
  if (payload.type === "json_patch" && Array.isArray(payload.value)) {
    let found: number | null = null;
    for (const op of payload.value as { op?: string; path?: string; value?: unknown }[])
      if (op.path === "/progress" && typeof op.value === "number") found = op.value;
    return found;
  }
  const value = payload.value as { progress?: unknown } | null;
  return typeof value?.progress === "number" ? value.progress : null;
}

/** A short description of what the event says (its failure, result, task type, progress…). */
export function eventDetail(event: AnyEvent): string {
  const a = event.attributes as Record<string, any>;
  switch (event.event_type) {
    case "WORKFLOW_EXECUTION_COMPLETED":
      return `result ${formatJson(a.result?.value, 60)}`;
    case "WORKFLOW_EXECUTION_FAILED":
    case "ACTIVITY_TASK_FAILED":
    case "CUSTOM_TASK_FAILED":
    case "WORKFLOW_TASK_FAILED":
      return a.failure?.message ?? "";
    case "ACTIVITY_TASK_STARTED":
    case "ACTIVITY_TASK_COMPLETED":
    case "ACTIVITY_TASK_RETRYING":
      return [a.activity_name, a.attempt ? `attempt ${a.attempt}` : ""].filter(Boolean).join(" ");
    case "CUSTOM_TASK_IN_PROGRESS": {
      const p = progressOf(event);
      return `${a.custom_task_type ?? ""}${p === null ? "" : ` ${Math.round(p * 100)}%`}`;
    }
    default:
      return a.custom_task_type ?? "";
  }
}

/** Colours an event type by what it means: green done, red failed, yellow retry/cancel, cyan started. */
export function colorEventType(type: string, c: Colors): string {
  if (/FAILED|TIMED_OUT/.test(type)) return c.red(type);
  if (/CANCELED|RETRYING|CONTINUED/.test(type)) return c.yellow(type);
  if (/COMPLETED/.test(type)) return c.green(type);
  if (/STARTED/.test(type)) return c.cyan(type);
  return type;
}

/** Seconds between two `event_timestamp`s (nanoseconds since the epoch), as `+1.2s`. */
export function offsetOf(event: AnyEvent, startNs: number | null): string {
  if (startNs === null || !("event_timestamp" in event) || typeof event.event_timestamp !== "number")
    return "";
  return `+${((event.event_timestamp - startNs) / 1e9).toFixed(1)}s`;
}

/** The line for one streamed event: sequence, offset from the execution's start, type and detail. */
export function eventLine(item: WorkflowStreamEvent, c: Colors, startNs: number | null): string {
  const e = item.data;
  const offset = offsetOf(e, startNs);
  return [
    c.dim(`#${item.broker_sequence}`.padEnd(4)),
    offset ? c.dim(offset.padStart(6)) : "",
    colorEventType(e.event_type === "unknown" ? e.unknown_event_type : e.event_type, c),
    eventDetail(e),
  ]
    .filter(Boolean)
    .join("  ");
}
