/**
 * Creates that are sent once in effect. An operation with `x-idempotency-field` in the spec gets a
 * client-chosen id (made once per logical call, sent by every attempt), so a retry of a request the
 * server already acted on is answered `409`. That `409` also answers a call whose id someone else
 * already holds, so it is resolved as the earlier attempt's success only when the resource read back
 * is provably the caller's (`read-back.ts`), and for `wait_for_result` by waiting for its result as
 * the server would have; otherwise it stays a `ConflictError`.
 */
import { APIUserAbortError, ConflictError } from "../errors.js";
import { FINAL_EXECUTION_STATUS, type KnownExecutionStatus } from "../generated/execution-statuses.js";
import { CLAIMS, type Invoke } from "./read-back.js";
import { sleep } from "../sleep.js";

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
/** Interval between two reads while waiting for a result after a resolved conflict, in milliseconds. */
export const RESULT_POLL_MS = 1_000;

/** Whether an execution's `status` is final (the spec's `x-final`); a status unknown to it is not. */
const isFinal = (status: unknown): boolean =>
  typeof status === "string" &&
  Object.hasOwn(FINAL_EXECUTION_STATUS, status) &&
  FINAL_EXECUTION_STATUS[status as KnownExecutionStatus];

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

/** Reads a resource by id: the client's named method of the row's `read` operation. */
export type ReadBack = (id: string) => Promise<{ data: unknown; response: Response }>;

/** The `409` a retry got, and what the call sent: what {@link resolveConflict} judges by. */
export interface Conflict {
  /** The retry's `409` response and its parsed body. */
  response: Response;
  body: unknown;
  /** The call's path parameters. */
  path: Record<string, unknown>;
  /** Calls another named method (for the checks that need a second read). */
  invoke: Invoke;
}

/**
 * Resolves a `409` answered to a retry as the success of the attempt before it, when the resource
 * read back is provably the caller's (see `read-back.ts`); otherwise throws a `ConflictError` that
 * says the id is taken and why the resource is not the caller's. For `returns: "id"` it answers
 * `{ [field]: id }` as the create does; with `wait_for_result`, it reads the execution again every
 * second until it ends or the server-side wait (counted from the call's start) is over, and answers
 * as the server does: `{ workflow_name, execution_id, result }` for a completed execution, the
 * execution itself otherwise.
 */
export async function resolveConflict(
  idempotency: Idempotency,
  id: string,
  body: Record<string, unknown> | undefined,
  read: ReadBack,
  startedAt: number,
  signal: AbortSignal | undefined,
  conflict: Conflict,
): Promise<{ data: unknown; response: Response }> {
  const taken = (why: string) =>
    new ConflictError(
      409,
      conflict.body,
      conflict.response.headers,
      `409 ${idempotency.field} ${JSON.stringify(id)} is already taken by a resource that is not this call's (${why}); an earlier attempt's answer was lost, so this call may or may not have reached the server.`,
    );
  const claim = CLAIMS[idempotency.read];
  if (!claim) throw taken("no way to tell whose it is");
  let current = await read(id);
  const why = await claim.check({
    id,
    path: conflict.path,
    body: body ?? {},
    resource: current.data,
    startedAt,
    invoke: conflict.invoke,
  });
  if (why !== null) throw taken(why);
  if (idempotency.returns === "id") return { data: { [idempotency.field]: id }, response: current.response };
  if (claim.answer) return { data: claim.answer(current.data), response: current.response };
  if (!waitsForResult(body)) return current;
  const deadline = startedAt + serverWaitMs(body);
  const statusOf = (r: { data: unknown }) => (r.data as { status?: unknown } | null)?.status;
  while (!isFinal(statusOf(current)) && Date.now() < deadline) {
    await sleep(Math.min(RESULT_POLL_MS, deadline - Date.now()), signal).catch(() => {
      throw new APIUserAbortError("Request was aborted.");
    });
    current = await read(id);
  }
  const execution = current.data as { status?: string; workflow_name?: unknown; result?: unknown };
  if (execution?.status === "COMPLETED")
    return {
      data: { workflow_name: execution.workflow_name, execution_id: id, result: execution.result },
      response: current.response,
    };
  return current;
}
