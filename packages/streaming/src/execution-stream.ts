/**
 * `streamExecution()`: the events of one execution (`GET /v1/workflows/executions/{execution_id}/stream`),
 * resumed through its `last_event_id` query parameter, ending after the execution's terminal event.
 */
import type { OperationInput, WorkflowsClient } from "@mistral-workflows/client";
import type { StreamOptions } from "./connect.js";
import type { WorkflowStreamEvent } from "./events.js";
import { openOperation, resumeIdOf } from "./internal/open-operation.js";
import { executionComplete } from "./internal/execution-complete.js";
import { withClientParser } from "./internal/json-decode.js";
import { payloadDecoder } from "./internal/payload-decoder.js";
import { decodeWorkflowEvent } from "./sse-decode.js";
import { connectSSE, type Stream } from "./stream.js";

/** Input of {@link streamExecution}: the operation's parameters under their wire names. */
export type StreamExecutionInput = OperationInput<"executions.stream">;

/** Whether `event` ends execution `executionId` (a child workflow's terminal event does not). */
export function isTerminalEvent(event: WorkflowStreamEvent, executionId: string): boolean {
  // The cases are TERMINAL_EVENT_TYPES. Asked once per event: a switch tells the other types apart
  // by length or first differing character, where a set lookup would hash each parsed string first.
  switch (event.data.event_type) {
    case "WORKFLOW_EXECUTION_COMPLETED":
    case "WORKFLOW_EXECUTION_FAILED":
    case "WORKFLOW_EXECUTION_CANCELED":
      return event.data.workflow_exec_id === executionId;
    default:
      return false;
  }
}

/**
 * Streams the events of one execution, typed, until it ends.
 *
 * ```ts
 * for await (const event of streamExecution(client, { execution_id })) {
 *   console.log(event.broker_sequence, event.data.event_type);
 * }
 * ```
 *
 * - Each item is a `StreamEventSsePayload`; `item.data` is the workflow event, a union discriminated
 *   on `event_type`.
 * - The stream ends after the execution's own `WORKFLOW_EXECUTION_COMPLETED`, `_FAILED` or `_CANCELED`
 *   event (events of child workflows pass through without ending it).
 * - A dropped connection is resumed with `last_event_id` set to the last id received; see
 *   {@link StreamOptions} for backoff, idle timeout and the attempt cap.
 * - When a connection ends cleanly or goes idle before the terminal event, or stays open with nothing
 *   but heartbeats for `completionCheckMs` (30 s), the stream asks
 *   `GET /v1/workflows/executions/{execution_id}`: a `TERMINATED` or `TIMED_OUT` execution emits no
 *   terminal event, so the stream ends there; so does an execution in another final status when that
 *   connection had no event after the resume point (a stream resumed from its terminal event). Any
 *   other case means reconnecting, or reading on and asking again after another such period.
 * - An `error` event throws a `StreamEventError`; see `connectSSE` for every other way it ends.
 *
 * Nothing is sent before the stream is iterated.
 */
export function streamExecution(
  client: WorkflowsClient,
  input: StreamExecutionInput,
  options: StreamOptions = {},
): Stream<WorkflowStreamEvent> {
  const { execution_id } = input;
  return connectSSE(
    {
      open: openOperation(client, "executions.stream", input, options),
      decode: withClientParser(client, decodeWorkflowEvent),
      ...payloadDecoder(client),
      idOf: (event) => event.data.event_id,
      isTerminal: (event) => isTerminalEvent(event, execution_id),
      isComplete: executionComplete(client, execution_id, options),
    },
    { ...options, lastEventId: options.lastEventId ?? resumeIdOf("executions.stream", input) },
  );
}
