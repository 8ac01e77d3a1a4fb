/**
 * The conflict path of a write-once create (see `write-once.ts`): a `409` answered to a retry is the
 * earlier attempt's success only when the resource read back is provably the caller's
 * (`read-back.ts`). Loaded on first use (a dynamic import), as most programs never meet it.
 */
import { APIUserAbortError, ConflictError } from "../errors.js";
import { FINAL_EXECUTION_STATUS, type KnownExecutionStatus } from "../generated/execution-statuses.js";
import { sleep } from "../sleep.js";
import { CLAIMS, type Invoke } from "./read-back.js";
import { serverWaitMs, waitsForResult, type Idempotency } from "./write-once.js";

/** Interval between two reads while waiting for a result after a resolved conflict, in milliseconds. */
export const RESULT_POLL_MS = 1_000;

/** Whether an execution's `status` is final (the spec's `x-final`); a status unknown to it is not. */
const isFinal = (status: unknown): boolean =>
  typeof status === "string" &&
  Object.hasOwn(FINAL_EXECUTION_STATUS, status) &&
  FINAL_EXECUTION_STATUS[status as KnownExecutionStatus];

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
