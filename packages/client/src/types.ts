/**
 * Types of the named methods, computed from the generated operation table and openapi-typescript's
 * operation types: a named method takes the operation's path, query and header parameters and its
 * JSON body's fields in one object, under their wire names, and resolves to the success body.
 */
import type { APIPromise } from "./api-promise.js";
import type { OperationTypes, operationTable } from "./generated/operations.js";

type Table = typeof operationTable;

/** SDK name of an operation: `"<group>.<method>"`, e.g. `"schedules.getSchedule"`. */
export type OperationName = keyof Table & keyof OperationTypes;

type Obj<T> = [T] extends [never] ? {} : T extends object ? T : {};
type ParamsOf<O, K extends string> = O extends { parameters: infer P }
  ? Obj<P extends { [k in K]?: infer X } ? X : never>
  : {};
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type BodyOf<O> = O extends { requestBody: infer R }
  ? Obj<NonNullable<JsonOf<R>>>
  : O extends { requestBody?: infer R }
    ? Partial<Obj<NonNullable<JsonOf<R>>>>
    : {};
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The single argument of a named method: path, query and header parameters plus the body's fields. */
export type OperationInput<N extends OperationName> = Simplify<
  ParamsOf<OperationTypes[N], "path"> &
    ParamsOf<OperationTypes[N], "query"> &
    ParamsOf<OperationTypes[N], "header"> &
    BodyOf<OperationTypes[N]>
>;

type SuccessOf<N extends OperationName> = OperationTypes[N] extends { responses: infer R }
  ? Table[N]["status"] extends keyof R
    ? R[Table[N]["status"]]
    : never
  : never;

/**
 * What a named method resolves to: the parsed success body, `undefined` for an empty (204) response,
 * and the raw `Response` (status checked, body unread) for a `text/event-stream` operation.
 */
export type OperationOutput<N extends OperationName> = Table[N]["response"] extends "sse"
  ? Response
  : Table[N]["response"] extends "empty"
    ? void
    : JsonOf<SuccessOf<N>>;

/** Per-call options of every named method. */
export interface RequestOptions {
  /** Aborts the call (and its retries); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt time limit in milliseconds (`Infinity` for none); overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retries after the first attempt; overrides the client's `maxRetries`. `0` disables retries. */
  maxRetries?: number;
  /** Extra headers for this call only. */
  headers?: Record<string, string>;
  /**
   * Overrides the operation's retry safety (the spec's `x-retry-safe`) for this call: `true` when you
   * know a repeat is harmless, `false` to retry only what provably never reached the server.
   */
  retrySafe?: boolean;
}

type HasRequired<T> = {} extends T ? false : true;

/** The signature of the named method for operation `N`. */
export type NamedMethod<N extends OperationName> =
  HasRequired<OperationInput<N>> extends true
    ? (input: OperationInput<N>, options?: RequestOptions) => APIPromise<OperationOutput<N>>
    : (input?: OperationInput<N>, options?: RequestOptions) => APIPromise<OperationOutput<N>>;
