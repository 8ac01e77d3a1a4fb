/**
 * `streamEvents()`: the global workflow event stream (`GET /v1/workflows/events/stream`) with its
 * filters, resumed through the `last-event-id` header and `start_seq`. It has no end of its own.
 */
import type { OperationInput, WorkflowsClient } from "@mistral-workflows/client";
import type { StreamOptions } from "./connect.js";
import type { WorkflowStreamEvent } from "./events.js";
import { openOperation, resumeIdOf } from "./internal/open-operation.js";
import { withClientParser } from "./internal/json-decode.js";
import { payloadDecoder } from "./internal/payload-decoder.js";
import { decodeWorkflowEvent } from "./sse-decode.js";
import { connectSSE, type Stream } from "./stream.js";

/** Input of {@link streamEvents}: the filters (`scope`, `workflow_exec_id`, …, `start_seq`), wire names. */
export type StreamEventsInput = OperationInput<"events.getStreamEvents">;

/**
 * Streams workflow events across executions, filtered by `input` (each filter defaults to `*`).
 *
 * ```ts
 * const stream = streamEvents(client, { workflow_name: "support-workflow", workflow_event_types: ["WORKFLOW_EXECUTION_FAILED"] });
 * for await (const event of stream) alert(event.data.workflow_exec_id);
 * ```
 *
 * - Items are `StreamEventSsePayload`s, as in `streamExecution`.
 * - On reconnect, the last SSE id goes out as the `last-event-id` header, and `start_seq` becomes the
 *   highest `broker_sequence` delivered plus one, as the spec says to resume. An event whose
 *   `broker_sequence` is not above the highest delivered is a repeat and is dropped.
 * - The stream never ends by itself: a body that ends is reconnected. Stop it with `break`, `abort()`
 *   or the `signal` option.
 */
export function streamEvents(
  client: WorkflowsClient,
  input: StreamEventsInput = {},
  options: StreamOptions = {},
): Stream<WorkflowStreamEvent> {
  return connectSSE(
    {
      open: openOperation(client, "events.getStreamEvents", input, options, (resume) =>
        resume.lastSequence === null ? {} : { start_seq: resume.lastSequence + 1 },
      ),
      decode: withClientParser(client, decodeWorkflowEvent),
      ...payloadDecoder(client),
      idOf: (event) => event.data.event_id,
      sequenceOf: (event) => event.broker_sequence,
    },
    { ...options, lastEventId: options.lastEventId ?? resumeIdOf("events.getStreamEvents", input) },
  );
}
