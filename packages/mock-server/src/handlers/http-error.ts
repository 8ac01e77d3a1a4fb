/**
 * An HTTP answer other than success: FastAPI's `{"detail": …}` bodies, a string for 4xx/5xx and the
 * validation list for 422. Handlers throw it (`errors.ts` maps domain errors to it), and so do the
 * request pipeline's own checks; the pipeline turns it into the response.
 */
import type { ValidationIssue } from "../domain/errors.js";

/**
 * Ends the request with `status` and `{ "detail": detail, ...fields }`; `fields` carries the API's
 * structured error code (`code: "WF_1101"`) and the fields documented with it.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationIssue[],
    readonly headers: Record<string, string> = {},
    readonly fields: Record<string, unknown> = {},
  ) {
    super(typeof detail === "string" ? detail : `${status} validation error`);
    this.name = "HttpError";
  }
}
