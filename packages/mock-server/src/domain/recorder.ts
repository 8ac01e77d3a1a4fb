/**
 * The recorder: everything an execution leaves behind as it runs. Workflow events (with a global,
 * increasing `broker_sequence`, to the execution's listeners and the global stream's), the run's
 * history, log lines, and trace spans and entries.
 */
import type { ExecutionLogRecord, StreamEvent, WorkflowEvent } from "../types.js";
import type { ExecutionRuntime, SpanRecord, TraceEntry } from "./execution.js";
import type { IdSource } from "./ids.js";
import type { Store } from "./store.js";

/** Writes what executions emit. */
export class Recorder {
  /** Listeners of every published event (the global stream). */
  readonly listeners = new Set<(event: StreamEvent) => void>();

  constructor(
    private readonly store: Store,
    private readonly ids: IdSource,
  ) {}

  /** Publishes a workflow event: to the execution, the global log and every listener. */
  publish(
    rt: ExecutionRuntime,
    at: number,
    eventType: WorkflowEvent["event_type"],
    attributes: Record<string, unknown>,
  ): void {
    const e = rt.rec.execution;
    const data = {
      event_id: this.ids.uuid7(at),
      event_timestamp: at * 1_000_000,
      root_workflow_exec_id: e.root_execution_id,
      parent_workflow_exec_id: e.parent_execution_id ?? null,
      continued_run_id: rt.lineage.continuedFrom,
      first_execution_run_id: rt.lineage.firstRunId,
      schedule_id: rt.rec.schedule_id,
      workflow_exec_id: e.execution_id,
      workflow_run_id: e.run_id ?? "",
      workflow_name: e.workflow_name,
      event_type: eventType,
      attributes,
    } as unknown as WorkflowEvent;
    const stream = eventType.startsWith("ACTIVITY_")
      ? "activity"
      : eventType.startsWith("CUSTOM_TASK_")
        ? ((attributes.custom_task_type as string) ?? "custom")
        : "workflow";
    const event: StreamEvent = {
      stream,
      timestamp: new Date(at).toISOString(),
      data,
      workflow_context: {
        namespace: "default",
        workflow_name: e.workflow_name,
        workflow_exec_id: e.execution_id,
        parent_workflow_exec_id: e.parent_execution_id ?? null,
        root_workflow_exec_id: e.root_execution_id,
      },
      metadata: { ...rt.metadata },
      broker_sequence: this.store.events.nextSequence,
    };
    rt.rec.events.push(event);
    this.store.addEvent(event);
    for (const l of [...rt.listeners.events]) l.onEvent(event);
    for (const l of [...this.listeners]) l(event);
  }

  /** Appends an event to the current run's (Temporal-style) history. */
  history(rt: ExecutionRuntime, at: number, eventType: string, attributes: Record<string, unknown>): void {
    rt.rec.history.push({
      eventId: String(rt.rec.history.length + 1),
      eventTime: new Date(at).toISOString(),
      eventType,
      taskId: String(1_048_576 + rt.rec.history.length),
      ...attributes,
    });
  }

  /** Writes a log line and tells the execution's log listeners. */
  log(
    rt: ExecutionRuntime,
    at: number,
    severity: string,
    body: string,
    span: SpanRecord,
    activity = false,
  ): void {
    const e = rt.rec.execution;
    const attrs: Record<string, string> = {
      workflow_name: e.workflow_name,
      execution_id: e.execution_id,
      run_id: e.run_id ?? "",
      logger: activity ? "activity" : "workflow",
    };
    if (activity && rt.story.activity) {
      attrs.activity_id = rt.story.activity.id;
      attrs.activity_name = rt.story.activity.name;
    }
    const record: ExecutionLogRecord = {
      timestamp: new Date(at).toISOString(),
      trace_id: rt.trace.id,
      span_id: span.span_id,
      severity_text: severity,
      body,
      log_attributes: attrs,
    };
    rt.rec.logs.push(record);
    const index = rt.rec.logs.length - 1;
    for (const l of [...rt.listeners.logs]) l.onLog(index, record);
  }

  /** Opens a child span of the execution's root span. */
  openSpan(rt: ExecutionRuntime, at: number, name: string, kind: SpanRecord["kind"]): SpanRecord {
    const span: SpanRecord = {
      span_id: this.ids.hex(8),
      parent_span_id: rt.trace.root.span_id,
      name,
      start_ms: at,
      end_ms: null,
      attributes: { "workflow.run_id": rt.rec.execution.run_id ?? "" },
      kind,
    };
    rt.trace.spans.push(span);
    return span;
  }

  /** Adds a progress entry to the execution's trace. */
  progressEntry(
    rt: ExecutionRuntime,
    at: number,
    id: string,
    name: string,
    span: SpanRecord,
    status: "RUNNING" | "COMPLETED" | "FAILED",
    error: string | null = null,
  ): void {
    rt.trace.entries.push({
      kind: "progress",
      id,
      name,
      at,
      span_id: span.span_id,
      attributes: { "span.name": span.name },
      internal: false,
      status,
      start_ms: span.start_ms,
      end_ms: status === "RUNNING" ? null : at,
      error,
    });
  }

  /** Adds a point event to the execution's trace. */
  point(
    rt: ExecutionRuntime,
    at: number,
    name: string,
    span: SpanRecord,
    attributes: TraceEntry["attributes"],
    internal = false,
  ): void {
    rt.trace.entries.push({
      kind: "point",
      id: this.ids.hex(8),
      name,
      at,
      span_id: span.span_id,
      attributes,
      internal,
    });
  }
}
