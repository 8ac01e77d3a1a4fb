/**
 * What a handler gets (validated parameters and body, the state, the caller) and what it returns (a
 * JSON body, an empty success, or an SSE stream to feed).
 */
import type { Deployments } from "../deployments.js";
import type { SseWriter } from "../sse.js";
import type { Schedules } from "../schedules.js";
import type { OperationDef } from "../spec.js";
import type { World } from "../world.js";

/** The input of a handler. */
export interface HandlerContext {
  world: World;
  schedules: Schedules;
  deployments: Deployments;
  op: OperationDef;
  /** Path parameters, coerced and validated. */
  path: Record<string, any>;
  /** Query parameters, coerced, validated, defaults filled in. */
  query: Record<string, any>;
  /** Header parameters declared by the operation. */
  header: Record<string, any>;
  /** The parsed, validated JSON body (`null` when an optional body is absent). */
  body: any;
  /** The raw request (for undeclared headers such as `Last-Event-ID` on the execution stream). */
  request: Request;
  /** The caller's user ID, derived from the API key. */
  userId: string;
  /** The clock's current time, in milliseconds. */
  now: number;
  /** Seconds of real time to wait at most for `wait_for_result` when the request sets no timeout. */
  defaultWaitSeconds: number;
}

/**
 * The output of a handler: a JSON `body` (with the operation's success status unless `status` says
 * otherwise), nothing (an empty success), or `sse`, called with the writer once the response starts;
 * it returns a function to call when the stream ends (to stop listening).
 */
export type HandlerResult =
  { status?: number; body?: unknown } | { sse: (writer: SseWriter) => (() => void) | void };

/** A handler of one operation. */
export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;
