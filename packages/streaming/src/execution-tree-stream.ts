/**
 * `streamExecutionTree()`: the events of one execution and of every workflow it started, at any depth
 * (the global event stream filtered on `root_workflow_exec_id`), ending after the root's terminal event.
 */
import type { WorkflowsClient } from "@mistral-workflows/client";
import type { StreamOptions } from "./connect.js";
import { executionComplete } from "./internal/execution-complete.js";
import { withClientParser } from "./internal/json-decode.js";
import { payloadDecoder } from "./internal/payload-decoder.js";
import type { WorkflowStreamEvent } from "./events.js";
import { isTerminalEvent } from "./execution-stream.js";
import { openOperation } from "./internal/open-operation.js";
import { decodeWorkflowEvent } from "./sse-decode.js";
import { connectSSE, type Stream } from "./stream.js";

/** Input of {@link streamExecutionTree}. */
export interface StreamExecutionTreeInput {
  /** ID of the root execution: the tree is every execution whose `root_workflow_exec_id` is this one. */
  execution_id: string;
}

/**
 * Streams the events of a whole workflow tree: the execution `execution_id` and its child workflows
 * (`GET /v1/workflows/events/stream?root_workflow_exec_id=…`), typed, from the first event on.
 *
 * ```ts
 * for await (const event of streamExecutionTree(client, { execution_id })) {
 *   console.log(event.data.workflow_exec_id, event.data.event_type);
 * }
 * ```
 *
 * - It asks from `start_seq=0` and resumes as `streamEvents` does: `start_seq` is the highest
 *   `broker_sequence` delivered plus one, and a repeat (a sequence not above it) is dropped.
 * - It ends after the root execution's own `WORKFLOW_EXECUTION_COMPLETED`, `_FAILED` or `_CANCELED`
 *   (a child's does not end it). A connection that ends before then is resumed; if the execution is
 *   `TERMINATED` or `TIMED_OUT` (no terminal event), or over with nothing more to send, it ends there.
 * - `execution_id` must be the root of the tree: a child's id selects nothing.
 *
 * Nothing is sent before the stream is iterated.
 */
export function streamExecutionTree(
  client: WorkflowsClient,
  input: StreamExecutionTreeInput,
  options: StreamOptions = {},
): Stream<WorkflowStreamEvent> {
  const { execution_id } = input;
  const filters = {
    root_workflow_exec_id: execution_id,
    workflow_exec_id: "*",
    parent_workflow_exec_id: "*",
  };
  return connectSSE(
    {
      open: openOperation(client, "events.getStreamEvents", filters, options, (resume) => ({
        start_seq: resume.lastSequence === null ? 0 : resume.lastSequence + 1,
      })),
      decode: withClientParser(client, decodeWorkflowEvent),
      ...payloadDecoder(client),
      idOf: (event) => event.data.event_id,
      sequenceOf: (event) => event.broker_sequence,
      isTerminal: (event) => isTerminalEvent(event, execution_id),
      isComplete: executionComplete(client, execution_id, options),
    },
    options,
  );
}
