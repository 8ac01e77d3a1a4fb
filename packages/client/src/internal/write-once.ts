/**
 * Creates that are sent once in effect. An operation with `x-idempotency-field` in the spec gets a
 * client-chosen id (made once per logical call, sent by every attempt), so a retry of a request the
 * server already acted on is answered `409`. That `409` also answers a call whose id someone else
 * already holds, so it is resolved as the earlier attempt's success only when the resource read back
 * is provably the caller's (`read-back.ts`), and for `wait_for_result` by waiting for its result as
 * the server would have; otherwise it stays a `ConflictError`.
 * This file is what every create needs (the id, the time limit); the conflict path is `conflict.ts`,
 * loaded only when a retry meets a `409`.
 */

/** The `x-idempotency-field` information of an operation row. */
export interface Idempotency {
  field: string;
  read: string;
  returns: "resource" | "id";
  /** The caller must give the field (a deployment's `name`): the client never makes one up. */
  required?: true;
}

/** How long the API waits for a result when `timeout_seconds` is not given, in seconds. */
export const DEFAULT_SERVER_WAIT_SECONDS = 60;
/** Time allowed on top of the server-side wait for the response to arrive, in milliseconds. */
export const SERVER_WAIT_MARGIN_MS = 10_000;

/** A fresh id for a create (RFC 9562 UUID v4). */
function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Fills the idempotency field of `body` when the caller left it out (or `null`), and returns the id
 * every attempt will send. An id the caller put one level down (e.g. `schedule.schedule_id`) is
 * reused rather than replaced. A `required` field is never made up: without it, `null` (the request
 * goes as it is, for the server to refuse).
 */
export function assignIdempotencyId(body: Record<string, unknown>, idempotency: Idempotency): string | null {
  const field = idempotency.field;
  const given = body[field];
  if (typeof given === "string" && given !== "") return given;
  if (idempotency.required) return null;
  for (const value of Object.values(body)) {
    const nested = (value as Record<string, unknown> | null)?.[field];
    if (value && typeof value === "object" && typeof nested === "string" && nested !== "") {
      body[field] = nested;
      return nested;
    }
  }
  const id = newId();
  body[field] = id;
  return id;
}

/** Whether the body asks the server to wait for the execution's result. */
export function waitsForResult(body: Record<string, unknown> | undefined): boolean {
  return body?.wait_for_result === true;
}

/** The server-side wait the body asks for, in milliseconds. */
export function serverWaitMs(body: Record<string, unknown> | undefined): number {
  const seconds = body?.timeout_seconds;
  return (typeof seconds === "number" && seconds >= 0 ? seconds : DEFAULT_SERVER_WAIT_SECONDS) * 1000;
}

/**
 * The per-attempt time limit for a request whose server side may wait `serverWaitMs` before
 * answering: at least that wait plus {@link SERVER_WAIT_MARGIN_MS}, so the client never gives up
 * (and retries) while the server is still doing what it was asked.
 */
export function attemptTimeoutMs(timeoutMs: number, body: Record<string, unknown> | undefined): number {
  if (!waitsForResult(body)) return timeoutMs;
  return Math.max(timeoutMs, serverWaitMs(body) + SERVER_WAIT_MARGIN_MS);
}

/**
 * How far the server's clock may be behind or ahead of this machine's when judging whether a
 * resource was created within the call's window, in milliseconds. A resource created more than this
 * before the call's first attempt (or after now) is someone else's.
 */
export const CLOCK_SKEW_ALLOWANCE_MS = 30_000;
