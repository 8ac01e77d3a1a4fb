/**
 * Errors of the streaming layer. Every one is a `WorkflowsError` of `@mistral-workflows/client`, so a
 * single `instanceof WorkflowsError` catches everything a stream can throw; HTTP failures stay the
 * client's `WorkflowsAPIError` subclasses (made by its `toAPIError`).
 */
import { APIConnectionError, WorkflowsError, type FinalExecutionStatus } from "@mistral-workflows/client";
import type {
  StreamErrorPayload,
  WorkflowExecution,
  WorkflowStreamErrorPayload,
  WorkflowStreamEvent,
} from "./events.js";

/**
 * Why an event's `data` was rejected:
 * - `invalid-json`: `data` is not JSON;
 * - `invalid-shape`: it is JSON, but not the payload the endpoint documents;
 * - `unknown-event`: the SSE `event:` name is not one the decoder knows (and, on the workflow event
 *   streams, its data is not an event envelope either). Only a decoder called directly throws it: a
 *   stream skips such an event and goes on, handing it to `onUnknownEvent` (a workflow event whose
 *   `event_type` is new arrives as an `UnknownWorkflowEvent` instead);
 * - `event-too-large`: one event grew past `maxEventSize` characters before its blank line.
 */
export type StreamParseErrorType = "invalid-json" | "invalid-shape" | "unknown-event" | "event-too-large";

/**
 * One event of a stream could not be decoded. It carries the event exactly as received, so nothing is
 * lost: `raw` is the `data` text, with `event` and `id` beside it. A stream throws it (which ends the
 * stream) unless the stream was given `onParseError`, which then receives it and the stream goes on.
 */
export class StreamParseError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.StreamParseError";
  override name = "StreamParseError";
  constructor(
    message: string,
    /** What was wrong; branch on this, never on `message`. */
    readonly type: StreamParseErrorType,
    /** The event's `data` as received (for `event-too-large`, the empty string: it was not kept). */
    readonly raw: string,
    /** The SSE `event:` name, if the event had one. */
    readonly event: string | undefined,
    /** The SSE `id:`, if the event had one. */
    readonly id: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The server sent an `error` event: the stream failed after its HTTP 200, and the spec says such an
 * event ends the stream, so the stream throws this and does not reconnect. `error` and `reason` are the
 * payload's fields (`reason` is e.g. `read_error`, `stream_error`, `internal_error`); `lastEventId` is
 * the id of the last event delivered before it, to resume by hand with the stream's `lastEventId` option.
 */
export class StreamEventError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.StreamEventError";
  override name = "StreamEventError";
  constructor(
    /** The payload's `error` text. */
    readonly error: string,
    /** The payload's `reason` (error category), or `null` when the server sent none. */
    readonly reason: string | null,
    /** The whole payload as parsed: a `WorkflowStreamError`, or a log stream's `StreamError`. */
    readonly payload: WorkflowStreamErrorPayload | StreamErrorPayload,
    /** Id of the last event received before the error event (`null` if none had an id). */
    readonly lastEventId: string | null,
  ) {
    super(`Stream error event${reason ? ` (${reason})` : ""}: ${error}`);
  }
}

/** Why a connection ended before the stream was complete (see {@link StreamDisconnectedError}). */
export type DisconnectReason = "network" | "idle" | "ended";

/**
 * The connection dropped and the stream gave up reconnecting (after `maxReconnects` attempts in a row
 * without a new event, or at once with `maxReconnects: 0`):
 * - `network`: reading the body failed (reset connection, proxy cut…; `cause` holds the original);
 * - `idle`: no byte arrived for `idleTimeoutMs`;
 * - `ended`: the body ended cleanly before the stream's terminal event.
 *
 * A failed *re*connect throws what the request threw instead: a `WorkflowsAPIError` subclass or an
 * `APIConnectionError`. Extends `APIConnectionError`, so one `instanceof` covers every transport failure.
 */
export class StreamDisconnectedError extends APIConnectionError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.StreamDisconnectedError";
  override name = "StreamDisconnectedError";
  constructor(
    message: string,
    /** What ended the last connection. */
    readonly reason: DisconnectReason,
    /** Id of the last event received: resume from it with the `lastEventId` option. */
    readonly lastEventId: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The statuses {@link ExecutionError} reports: how an execution can end without a result (every final
 * status of the spec but `COMPLETED`; the class of each is in `EXECUTION_ENDINGS`).
 */
export type ExecutionErrorStatus = Exclude<FinalExecutionStatus, "COMPLETED">;

/**
 * An execution followed by `watchExecution()` ended without a result. Branch on `status` or on the
 * subclass; `execution` is the execution as `GET /v1/workflows/executions/{execution_id}` returned it,
 * `event` the terminal event when the execution sent one (terminated and timed-out executions send none).
 */
export class ExecutionError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.ExecutionError";
  override name = "ExecutionError";
  constructor(
    message: string,
    /** How the execution ended. */
    readonly status: ExecutionErrorStatus,
    /** ID of the execution. */
    readonly executionId: string,
    /** The execution record read after the end. */
    readonly execution: WorkflowExecution,
    /** The execution's terminal event, if it sent one. */
    readonly event: WorkflowStreamEvent | null,
  ) {
    super(message);
  }
}
/** `FAILED`: the workflow raised an unhandled error; `failure` holds its message when the event had one. */
export class ExecutionFailedError extends ExecutionError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.ExecutionFailedError";
  override name = "ExecutionFailedError";
  /** The failure message of the `WORKFLOW_EXECUTION_FAILED` event, or `null`. */
  get failure(): string | null {
    const data = this.event?.data;
    return data?.event_type === "WORKFLOW_EXECUTION_FAILED" ? data.attributes.failure.message : null;
  }
}
/** `CANCELED`: the execution was cancelled. */
export class ExecutionCanceledError extends ExecutionError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.ExecutionCanceledError";
  override name = "ExecutionCanceledError";
}
/** `TERMINATED`: the execution was terminated (it sends no terminal event). */
export class ExecutionTerminatedError extends ExecutionError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.ExecutionTerminatedError";
  override name = "ExecutionTerminatedError";
}
/** `TIMED_OUT`: the execution ran past its time limit (it sends no terminal event). */
export class ExecutionTimedOutError extends ExecutionError {
  static override readonly errorBrand: string = "@mistral-workflows/streaming.ExecutionTimedOutError";
  override name = "ExecutionTimedOutError";
}
