/**
 * The one error this package adds to the client's hierarchy. Everything else a paginator throws comes
 * from the client unchanged: a `WorkflowsAPIError` subclass for a failed page, `APIConnectionError`,
 * `APIConnectionTimeoutError` once the retries are spent, `APIUserAbortError` for an abort.
 */
import { WorkflowsError } from "@mistral-workflows/client";

/**
 * What went wrong with a listing, as a discriminant to branch on (kebab-case, like every error `type`
 * of the SDK):
 * - `"repeated-cursor"`: the server sent a next cursor it had already sent in this listing. Following it
 *   would loop forever (and yield items again), so iteration stops instead.
 * - `"invalid-page"`: a 2xx page whose items field is not an array, or whose next cursor is neither a
 *   string nor `null`.
 */
export type PaginationErrorType = "repeated-cursor" | "invalid-page";

/**
 * The snake_case spellings {@link PaginationErrorType} had before every error `type` of the SDK became
 * kebab-case: `"repeated_cursor"` is `"repeated-cursor"`, `"invalid_page"` is `"invalid-page"`.
 * @deprecated Compare `PaginationError.type` with the kebab-case values; `legacyType` still gives these.
 */
export type LegacyPaginationErrorType = "repeated_cursor" | "invalid_page";

const LEGACY_TYPES = {
  "repeated-cursor": "repeated_cursor",
  "invalid-page": "invalid_page",
} as const satisfies Record<PaginationErrorType, LegacyPaginationErrorType>;

const typeOf = (type: PaginationErrorType | LegacyPaginationErrorType): PaginationErrorType =>
  type === "repeated_cursor" ? "repeated-cursor" : type === "invalid_page" ? "invalid-page" : type;

/**
 * A listing cannot go on because the server broke the paging contract of `x-pagination`. Every page
 * before the faulty one has been yielded in full; no request is sent after it.
 */
export class PaginationError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/pagination.PaginationError";
  override name = "PaginationError";
  /** Which contract was broken; see {@link PaginationErrorType}. */
  readonly type: PaginationErrorType;
  constructor(
    message: string,
    /** Which contract was broken (a deprecated snake_case spelling is accepted and stored kebab-case). */
    type: PaginationErrorType | LegacyPaginationErrorType,
    /** The SDK name of the list operation, e.g. `"schedules.getSchedules"`. */
    readonly operation: string,
    /** The offending next cursor (`"repeated-cursor"`), else the cursor of the faulty page (`null`: the first). */
    readonly cursor: string | null,
  ) {
    super(message);
    this.type = typeOf(type);
  }
  /**
   * {@link type} in its old snake_case spelling (`"repeated_cursor"`, `"invalid_page"`), so code that
   * compares with those still matches.
   * @deprecated Compare {@link type} with `"repeated-cursor"` or `"invalid-page"`.
   */
  get legacyType(): LegacyPaginationErrorType {
    return LEGACY_TYPES[this.type];
  }
}
