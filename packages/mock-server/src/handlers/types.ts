/**
 * What a handler gets and returns, typed from the client's generated operation types and keyed by
 * SDK name (`"schedules.getSchedule"`): a renamed parameter or body field, or an operation of the
 * spec without a handler, is a compile error.
 */
import type { OperationName, OperationTypes, operationTable } from "@mistral-workflows/client";
import type { Domain } from "../domain/domain.js";

type Op<N extends OperationName> = OperationTypes[N];
type Obj<T> = [T] extends [never] ? {} : [NonNullable<T>] extends [object] ? NonNullable<T> : {};
type Params<N extends OperationName, K extends string> =
  Op<N> extends { parameters: infer P } ? (P extends { [k in K]?: infer X } ? Obj<X> : {}) : {};
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
/** The operation's JSON body type; `null` when the body is optional and absent. */
type Body<N extends OperationName> =
  Op<N> extends { requestBody: infer R }
    ? Json<R>
    : Op<N> extends { requestBody?: infer R }
      ? Json<NonNullable<R>> | null
      : undefined;

type Table = typeof operationTable;
type Success<N extends OperationName> =
  Op<N> extends { responses: infer R }
    ? Table[N]["status"] extends keyof R
      ? R[Table[N]["status"]]
      : never
    : never;

/** The body a JSON operation answers with on success. */
export type SuccessBody<N extends OperationName> = Json<Success<N>>;

/** The input of the handler of operation `N`. */
export interface HandlerContext<N extends OperationName> {
  /** The store, the engine and the schedules. */
  domain: Domain;
  /** The operation as the spec describes it (the pipeline passes its full description). */
  op: HandledOperation;
  /** Path parameters, coerced and validated. */
  path: Params<N, "path">;
  /** Query parameters, coerced, validated, defaults filled in. */
  query: Params<N, "query">;
  /** Header parameters declared by the operation. */
  header: Params<N, "header">;
  /** The parsed, validated JSON body. */
  body: Body<N>;
  /** The raw request (for undeclared headers such as `Last-Event-ID` on the execution stream). */
  request: Request;
  /** The caller's user ID, derived from the API key. */
  userId: string;
  /** The clock's current time, in milliseconds. */
  now: number;
  /** Seconds to wait at most for `wait_for_result` when the request sets no timeout. */
  defaultWaitSeconds: number;
}

/** The operation a handler is called for, as the spec names it. */
export interface HandledOperation {
  operationId: string;
  /** `"<tag>.<x-sdk-method>"`, e.g. `"schedules.getSchedule"`: the name the SDK calls it by. */
  sdkName: string;
  method: string;
  path: string;
}

/** One event to send on a stream. */
export interface OutgoingEvent {
  id?: string;
  event?: string;
  data: unknown;
}

/**
 * The backlog of a stream, read as the reader drains: each call gives the next event, `null` for an
 * entry to skip (filtered out), or `undefined` once the backlog is exhausted.
 */
export type Backlog = () => OutgoingEvent | null | undefined;

/** A stream as a handler writes to it (the pipeline's `SseWriter`, in `http/sse.ts`). */
export interface EventWriter {
  /** Sends one event; `false` once the stream has ended. */
  send(event: OutgoingEvent): boolean;
  /**
   * Replays `backlog` as the reader reads, then calls `then` (to follow live events, or close). Live
   * events sent before the backlog is exhausted would come out of order: `then` is where to listen.
   */
  feed(backlog: Backlog, then: () => void): void;
  /** Ends the stream normally, once what was sent has been read. */
  close(): void;
}

/**
 * A stream to feed: called with the writer once the response starts, it returns a function to call
 * when the stream ends (to stop listening).
 */
export type StreamStart = (writer: EventWriter) => (() => void) | void;

/** The output of the handler of operation `N`, by the kind of its success response. */
export type HandlerResult<N extends OperationName> = Table[N]["response"] extends "sse"
  ? { sse: StreamStart }
  : Table[N]["response"] extends "empty"
    ? { status?: number }
    : { status?: number; body: SuccessBody<N> };

/** The handler of operation `N`. */
export type Handler<N extends OperationName> = (
  ctx: HandlerContext<N>,
) => HandlerResult<N> | Promise<HandlerResult<N>>;

/** One handler per operation of the spec, by SDK name. */
export type HandlerTable = { [N in OperationName]: Handler<N> };

/** Handlers of some operations (one resource's file). */
export type HandlerGroup = Partial<HandlerTable>;
