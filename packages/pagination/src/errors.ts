/**
 * The one error this package adds to the client's hierarchy. Everything else a paginator throws comes
 * from the client unchanged: a `WorkflowsAPIError` subclass for a failed page, `APIConnectionError`,
 * `APIConnectionTimeoutError` once the retries are spent, `APIUserAbortError` for an abort.
 */
import { WorkflowsError } from "@mistral-workflows/client";

/**
 * What went wrong with a listing, as a discriminant to branch on:
 * - `"repeated_cursor"`: the server sent a next cursor it had already sent in this listing. Following it
 *   would loop forever (and yield items again), so iteration stops instead.
 * - `"invalid_page"`: a 2xx page whose items field is not an array, or whose next cursor is neither a
 *   string nor `null`.
 */
export type PaginationErrorType = "repeated_cursor" | "invalid_page";

/**
 * A listing cannot go on because the server broke the paging contract of `x-pagination`. Every page
 * before the faulty one has been yielded in full; no request is sent after it.
 */
export class PaginationError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/pagination.PaginationError";
  override name = "PaginationError";
  constructor(
    message: string,
    /** Which contract was broken; see {@link PaginationErrorType}. */
    readonly type: PaginationErrorType,
    /** The SDK name of the list operation, e.g. `"schedules.getSchedules"`. */
    readonly operation: string,
    /** The offending next cursor (`"repeated_cursor"`), else the cursor of the faulty page (`null`: the first). */
    readonly cursor: string | null,
  ) {
    super(message);
  }
}
