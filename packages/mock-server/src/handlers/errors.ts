/**
 * From domain errors to HTTP answers: the one place where `not_found` becomes 404, `conflict` 409,
 * `rejected` 400 and `invalid` 422 (with FastAPI's `detail` list).
 */
import { DomainError, type DomainErrorKind, type ValidationIssue } from "../domain/errors.js";
import { HttpError } from "./http-error.js";

const STATUS: Readonly<Record<DomainErrorKind, number>> = {
  not_found: 404,
  conflict: 409,
  rejected: 400,
  invalid: 422,
};

/** The HTTP error a domain error answers with; other errors pass through unchanged. */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new HttpError(
    STATUS[error.kind],
    error.kind === "invalid" && error.issues.length ? error.issues : error.message,
    {},
    error.fields,
  );
}

/** 422 with one issue, for request checks the schema cannot express (a bad cursor, a bad resume id…). */
export function invalid(
  loc: (string | number)[],
  msg: string,
  input?: unknown,
  type = "value_error",
): HttpError {
  const issue: ValidationIssue = { loc, msg, type, input };
  return new HttpError(422, [issue]);
}
