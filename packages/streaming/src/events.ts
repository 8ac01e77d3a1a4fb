/**
 * The payload types of the four SSE operations, taken from the generated spec types (never written by
 * hand), plus the runtime lists the decoders narrow with. A compile-time check ties each list to its
 * type, so a spec change that adds an event type fails `tsc` here until the list follows.
 */
import type { components } from "@mistral-workflows/client";

type Schemas = components["schemas"];

/**
 * A workflow event: a union of the 17 event kinds, discriminated on `event_type`.
 *
 * ```ts
 * if (event.event_type === "WORKFLOW_EXECUTION_COMPLETED") event.attributes.result; // narrowed
 * ```
 */
export type WorkflowEvent = Schemas["WorkflowEvent"];

/** The `event_type` of a {@link WorkflowEvent}, e.g. `"ACTIVITY_TASK_STARTED"`. */
export type WorkflowEventType = WorkflowEvent["event_type"];

/** The {@link WorkflowEvent} member of one event type: `WorkflowEventOf<"CUSTOM_TASK_IN_PROGRESS">`. */
export type WorkflowEventOf<K extends WorkflowEventType> = Extract<WorkflowEvent, { event_type: K }>;

/**
 * A workflow event of a type this SDK does not know yet: the API added one since this version. It is
 * delivered, not dropped or thrown, so a stream keeps going when the API grows. `event_type` is
 * `"unknown"` (the API's own types are upper case), so a `switch` on `event_type` narrows as before
 * and stays exhaustive with one more `case`; the wire's type is in `unknown_event_type`, the event as
 * received in `raw`.
 */
export interface UnknownWorkflowEvent {
  event_type: "unknown";
  /** The `event_type` the server sent, e.g. `"TIMER_FIRED"`. */
  unknown_event_type: string;
  /** The event's unique id. */
  event_id: string;
  /** The execution the event belongs to. */
  workflow_exec_id: string;
  /** The event's `attributes`, unchecked. */
  attributes: Record<string, unknown>;
  /** The event exactly as received. */
  raw: Record<string, unknown>;
}

/**
 * One item of the execution stream and of the global event stream (the spec's `StreamEventSsePayload`):
 * the workflow event in `data` (a known {@link WorkflowEvent} or an {@link UnknownWorkflowEvent}), plus
 * the stream (topic) name, `workflow_context`, `metadata` and the broker's `broker_sequence`.
 */
export type WorkflowStreamEvent = Omit<Schemas["StreamEventSsePayload"], "data"> & {
  data: WorkflowEvent | UnknownWorkflowEvent;
};

/** Payload of the `error` event of the execution and global event streams (`{ error, reason }`). */
export type WorkflowStreamErrorPayload = Schemas["WorkflowStreamError"];

/** One item of the execution log stream: a log record (`timestamp`, `severity_text`, `body`, …). */
export type ExecutionLogRecord = Schemas["ExecutionLogRecord"];

/** One item of a deployment's log stream: a log record of one of its workers. */
export type DeploymentLogRecord = Schemas["DeploymentLogRecord"];

/** Payload of the `error` event of the execution and deployment log streams (`{ error, reason? }`). */
export type StreamErrorPayload = Schemas["StreamError"];

/** Status of a workflow execution, as `GET /v1/workflows/executions/{execution_id}` reports it. */
export type WorkflowExecutionStatus = Schemas["WorkflowExecutionStatus"];

/** An execution as `GET /v1/workflows/executions/{execution_id}` returns it, `result` included. */
export type WorkflowExecution = Schemas["WorkflowExecutionResponse"];

// `satisfies Record<Union, true>` makes tsc reject both a missing and an unknown key.
const eventTypes = {
  WORKFLOW_EXECUTION_STARTED: true,
  WORKFLOW_EXECUTION_COMPLETED: true,
  WORKFLOW_EXECUTION_FAILED: true,
  WORKFLOW_EXECUTION_CANCELED: true,
  WORKFLOW_EXECUTION_CONTINUED_AS_NEW: true,
  WORKFLOW_TASK_TIMED_OUT: true,
  WORKFLOW_TASK_FAILED: true,
  CUSTOM_TASK_STARTED: true,
  CUSTOM_TASK_IN_PROGRESS: true,
  CUSTOM_TASK_COMPLETED: true,
  CUSTOM_TASK_FAILED: true,
  CUSTOM_TASK_TIMED_OUT: true,
  CUSTOM_TASK_CANCELED: true,
  ACTIVITY_TASK_STARTED: true,
  ACTIVITY_TASK_COMPLETED: true,
  ACTIVITY_TASK_RETRYING: true,
  ACTIVITY_TASK_FAILED: true,
} as const satisfies Record<WorkflowEventType, true>;

/** Every {@link WorkflowEventType} this SDK knows, in the spec's order. */
export const WORKFLOW_EVENT_TYPES: readonly WorkflowEventType[] = Object.keys(
  eventTypes,
) as WorkflowEventType[];
const eventTypeSet: ReadonlySet<unknown> = new Set(WORKFLOW_EVENT_TYPES);

/**
 * The event types that end an execution, per the spec ("terminal"). `WORKFLOW_EXECUTION_CONTINUED_AS_NEW`
 * is not one: the execution goes on as a new run under the same id. A terminated or timed-out execution
 * emits no event at all; `streamExecution` finds those by asking for the execution's status.
 */
export const TERMINAL_EVENT_TYPES: readonly WorkflowEventType[] = [
  "WORKFLOW_EXECUTION_COMPLETED",
  "WORKFLOW_EXECUTION_FAILED",
  "WORKFLOW_EXECUTION_CANCELED",
];

/** Whether `value` is one of the {@link WORKFLOW_EVENT_TYPES}. */
export function isWorkflowEventType(value: unknown): value is WorkflowEventType {
  // Token events are most of a stream: compared directly, without hashing the parsed string.
  return value === "CUSTOM_TASK_IN_PROGRESS" || eventTypeSet.has(value);
}
