/**
 * Builders of valid payloads, typed with the generated spec types, for the decode and connect tests.
 */
import type {
  ExecutionLogRecord,
  WorkflowEvent,
  WorkflowExecution,
  WorkflowStreamEvent,
} from "../../src/index.js";

export const EXECUTION_ID = "019b2bd7-96e7-7219-8c0b-45a73da50088";

/** A CUSTOM_TASK_IN_PROGRESS event (a token of a streamed answer) of {@link EXECUTION_ID}. */
export function streamEventFixture(
  sequence: number,
  overrides: { data?: Partial<WorkflowEvent> & Record<string, unknown>; workflow_exec_id?: string } = {},
): WorkflowStreamEvent {
  const exec = overrides.workflow_exec_id ?? EXECUTION_ID;
  return {
    stream: "token",
    timestamp: "2025-10-07T20:56:03.120Z",
    broker_sequence: sequence,
    data: {
      event_id: `evt-${sequence}`,
      event_timestamp: 1759870563120000000 + sequence,
      root_workflow_exec_id: EXECUTION_ID,
      parent_workflow_exec_id: exec === EXECUTION_ID ? null : EXECUTION_ID,
      workflow_exec_id: exec,
      workflow_run_id: "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
      workflow_name: "support-workflow",
      event_type: "CUSTOM_TASK_IN_PROGRESS",
      attributes: {
        custom_task_id: "answer-1",
        custom_task_type: "token-stream",
        payload: {
          type: "json_patch",
          value: [{ op: "append", path: "/text", value: `token ${sequence} héllo ✓ 😀` }],
        },
      },
      ...overrides.data,
    } as WorkflowEvent,
    workflow_context: {
      namespace: "default",
      workflow_name: "support-workflow",
      workflow_exec_id: exec,
      parent_workflow_exec_id: null,
      root_workflow_exec_id: EXECUTION_ID,
    },
  };
}

/** The terminal event of an execution: completed with `result`, failed with `message`, or canceled. */
export function terminalEventFixture(
  sequence: number,
  kind: "COMPLETED" | "FAILED" | "CANCELED",
  detail: unknown = null,
  workflow_exec_id = EXECUTION_ID,
): WorkflowStreamEvent {
  const attributes =
    kind === "COMPLETED"
      ? { task_id: "t", result: { type: "json", value: detail }, attempt: 1 }
      : kind === "FAILED"
        ? { task_id: "t", failure: { message: String(detail) }, attempt: 1 }
        : { task_id: "t", reason: null };
  return streamEventFixture(sequence, {
    workflow_exec_id,
    data: { event_type: `WORKFLOW_EXECUTION_${kind}`, attributes } as never,
  });
}

/** A log record. */
export function logFixture(n: number): ExecutionLogRecord {
  return {
    timestamp: `2025-10-07T20:56:0${n % 10}.512Z`,
    trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
    span_id: "00f067aa0ba902b7",
    severity_text: "INFO",
    body: `line ${n}`,
    log_attributes: { activity_name: "classify_ticket" },
  };
}

/** The execution record `GET /v1/workflows/executions/{id}` returns. */
export function executionFixture(overrides: Partial<WorkflowExecution> = {}): WorkflowExecution {
  return {
    workflow_name: "support-workflow",
    execution_id: EXECUTION_ID,
    parent_execution_id: null,
    root_execution_id: EXECUTION_ID,
    status: "RUNNING",
    start_time: "2025-10-07T20:56:01.974Z",
    end_time: null,
    total_duration_ms: null,
    result: null,
    ...overrides,
  };
}
