/**
 * Errors a handler throws to answer with a status other than its success: FastAPI's `{"detail": …}`
 * bodies, a string for 4xx/5xx and the validation list for 422.
 */
import type { ValidationIssue } from "./validation.js";

/** Ends the request with `status` and `{ "detail": detail }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof detail === "string" ? detail : `${status} validation error`);
    this.name = "HttpError";
  }
}

/** 404 with the API's wording for an unknown resource. */
export function notFound(what: string, id: string): HttpError {
  return new HttpError(404, `${what} '${id}' not found`);
}

/** 422 with one issue, for checks the schema cannot express (a bad cursor, a bad cron expression…). */
export function invalid(
  loc: (string | number)[],
  msg: string,
  input?: unknown,
  type = "value_error",
): HttpError {
  return new HttpError(422, [{ loc, msg, type, input }]);
}
