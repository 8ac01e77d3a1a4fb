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
 * One item of the execution stream and of the global event stream (the spec's `StreamEventSsePayload`):
 * the workflow event in `data`, plus the stream (topic) name, `workflow_context`, `metadata` and the
 * broker's `broker_sequence`.
 */
export type WorkflowStreamEvent = Schemas["StreamEventSsePayload"];

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

const statuses = {
  RUNNING: false,
  COMPLETED: true,
  FAILED: true,
  CANCELED: true,
  TERMINATED: true,
  CONTINUED_AS_NEW: false,
  TIMED_OUT: true,
  RETRYING_AFTER_ERROR: false,
} as const satisfies Record<WorkflowExecutionStatus, boolean>;

/**
 * Whether an execution with this status has finished for good. `CONTINUED_AS_NEW` and
 * `RETRYING_AFTER_ERROR` have not: a new run follows under the same execution id. `null` (status not
 * known yet) is not finished either.
 */
export function isFinalStatus(status: WorkflowExecutionStatus | null | undefined): boolean {
  return status != null && statuses[status] === true;
}

/** Whether `value` is one of the {@link WORKFLOW_EVENT_TYPES}. */
export function isWorkflowEventType(value: unknown): value is WorkflowEventType {
  return eventTypeSet.has(value);
}
