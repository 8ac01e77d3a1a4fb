/**
 * Decode layer: one {@link SSEMessage} in, one typed item out. `JSON.parse`, then a cheap structural
 * check that narrows on the SSE `event:` name and on the workflow event's `event_type`. Pure: no I/O.
 *
 * What a decoder never does is crash on bad input or drop it silently: it returns the typed item, or
 * throws a {@link StreamParseError} carrying the raw text, or, for an `error` event, a
 * {@link StreamEventError} with the server's payload.
 */
import { StreamEventError, StreamParseError } from "./errors.js";
import {
  isWorkflowEventType,
  type ExecutionLogRecord,
  type StreamErrorPayload,
  type UnknownWorkflowEvent,
  type WorkflowStreamErrorPayload,
  type WorkflowStreamEvent,
} from "./events.js";
import type { SSEMessage } from "./sse-parse.js";

/**
 * Turns one parsed SSE message into an item of type `T`, or throws a {@link StreamParseError} (bad
 * `data`) or a {@link StreamEventError} (the server's `error` event). `lastEventId` is the id of the last
 * event received before this one, which a `StreamEventError` carries for a manual resume.
 *
 * A `StreamParseError` of type `unknown-event` says "an event of a kind this decoder does not know":
 * a stream never ends on it, it skips the event and hands it to `onUnknownEvent`. A custom decoder
 * throws one to skip an event.
 */
export type Decoder<T> = (message: SSEMessage, lastEventId: string | null) => T;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Where a stream of a client with the `int64` option puts the message's data, parsed losslessly (see
 * `internal/json-decode.ts`); the decoders then use it instead of `JSON.parse`.
 */
export const PARSED_DATA: unique symbol = Symbol("parsed data");

function parseData(message: SSEMessage): unknown {
  if (PARSED_DATA in message) return (message as { [PARSED_DATA]: unknown })[PARSED_DATA];
  try {
    return JSON.parse(message.data);
  } catch (cause) {
    throw new StreamParseError(
      `Event data is not JSON${message.event ? ` (event "${message.event}")` : ""}.`,
      "invalid-json",
      message.data,
      message.event,
      message.id,
      { cause },
    );
  }
}

/** The event's name is not one the decoder knows, and its data is not a payload it knows either. */
function unknownEvent(message: SSEMessage): StreamParseError {
  return invalid(message, `Unknown event ${JSON.stringify(message.event)}.`, "unknown-event");
}

function invalid(
  message: SSEMessage,
  what: string,
  type: "invalid-shape" | "unknown-event" = "invalid-shape",
) {
  return new StreamParseError(what, type, message.data, message.event, message.id);
}

/** Throws for an `error` event: its payload needs a string `error`, and a string `reason` where required. */
function throwErrorEvent(message: SSEMessage, lastEventId: string | null, reasonRequired: boolean): never {
  const payload = parseData(message);
  if (!isObject(payload) || typeof payload.error !== "string")
    throw invalid(message, "The `error` event's data is not the documented error payload.");
  const reason = payload.reason;
  if (reasonRequired ? typeof reason !== "string" : reason != null && typeof reason !== "string")
    throw invalid(message, "The `error` event's `reason` is missing or not a string.");
  throw new StreamEventError(
    payload.error,
    (reason as string | undefined) ?? null,
    payload as WorkflowStreamErrorPayload | StreamErrorPayload,
    lastEventId,
  );
}

/**
 * Decoder of the execution stream and of the global event stream. An unnamed event (or one named
 * `message`, the standard's default) must carry a `StreamEventSsePayload` envelope whose `data` has a
 * string `event_type`; a type this SDK does not know becomes an {@link UnknownWorkflowEvent}. Unknown
 * fields pass through untouched. An event named `error` carries a `WorkflowStreamError` and is thrown
 * as a {@link StreamEventError}. An event under any other name is decoded the same way when its data
 * is an envelope; when it is not (a `heartbeat` with `data: ping`, say), it is an event of a kind this
 * SDK does not know: a `StreamParseError` of type `unknown-event`, which a stream skips.
 *
 * The check is structural and shallow (the envelope's required fields and the event's discriminant,
 * ids and `attributes` object), so it costs next to nothing next to `JSON.parse`.
 */
export const decodeWorkflowEvent: Decoder<WorkflowStreamEvent> = (message, lastEventId) => {
  const name = message.event;
  if (name === "error") throwErrorEvent(message, lastEventId, true);
  // The spec names no event but `error`; a server may still name its events, so a name alone does not
  // make an event unknown: its data decides.
  const named = name !== undefined && name !== "message";
  let value: unknown;
  try {
    value = parseData(message);
  } catch (error) {
    if (named) throw unknownEvent(message);
    throw error;
  }
  if (
    !isObject(value) ||
    typeof value.stream !== "string" ||
    typeof value.broker_sequence !== "number" ||
    !isObject(value.workflow_context) ||
    !isObject(value.data)
  )
    throw named ? unknownEvent(message) : invalid(message, "Event data is not a StreamEventSsePayload.");
  const event = value.data;
  if (typeof event.event_type !== "string") throw invalid(message, "Workflow event has no `event_type`.");
  if (
    typeof event.event_id !== "string" ||
    typeof event.workflow_exec_id !== "string" ||
    !isObject(event.attributes)
  )
    throw invalid(
      message,
      `${event.event_type} event lacks \`event_id\`, \`workflow_exec_id\` or \`attributes\`.`,
    );
  // A type from a newer API: delivered as UnknownWorkflowEvent, never an error (adding a union member
  // is not a breaking change of the API).
  if (!isWorkflowEventType(event.event_type)) {
    const unknown: UnknownWorkflowEvent = {
      event_type: "unknown",
      unknown_event_type: event.event_type,
      event_id: event.event_id,
      workflow_exec_id: event.workflow_exec_id,
      attributes: event.attributes,
      raw: event,
    };
    return { ...value, data: unknown } as unknown as WorkflowStreamEvent;
  }
  return value as unknown as WorkflowStreamEvent;
};

/**
 * Decoder of the execution and deployment log streams: `log` events (or events without an `event:`
 * name) carry an `ExecutionLogRecord`, and one that does not is a {@link StreamParseError}; an `error`
 * event carries a `StreamError` and is thrown as a {@link StreamEventError}; any other event name is a
 * `StreamParseError` of type `unknown-event`, which a stream skips (see `onUnknownEvent`).
 */
export const decodeLogRecord: Decoder<ExecutionLogRecord> = (message, lastEventId) => {
  if (message.event === "error") throwErrorEvent(message, lastEventId, false);
  if (message.event !== undefined && message.event !== "log" && message.event !== "message")
    throw unknownEvent(message);
  const value = parseData(message);
  if (
    !isObject(value) ||
    typeof value.timestamp !== "string" ||
    typeof value.body !== "string" ||
    typeof value.severity_text !== "string" ||
    typeof value.trace_id !== "string" ||
    typeof value.span_id !== "string" ||
    !isObject(value.log_attributes)
  )
    throw invalid(message, "Event data is not an ExecutionLogRecord.");
  return value as unknown as ExecutionLogRecord;
};
