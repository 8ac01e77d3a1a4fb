/**
 * The workflow-event streams' `prepare` step: decodes the encrypted, compressed or offloaded payloads
 * among an event's attributes with the client's `payloadCodec`, as the named methods decode the events
 * list. Without a codec there is no step, and no cost.
 */
import { decodeEventAttributes, type WorkflowsClient } from "@mistral-workflows/client";
import type { WorkflowStreamEvent } from "../events.js";

/** `{ prepare }` for a client with a payload codec, `{}` for one without. */
export function payloadDecoder(client: WorkflowsClient): {
  prepare?: (event: WorkflowStreamEvent) => Promise<unknown>;
} {
  const codec = client.payloadCodec;
  return codec ? { prepare: (event) => decodeEventAttributes(codec, event.data) } : {};
}
