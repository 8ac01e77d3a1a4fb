/**
 * What the domain refuses, and why, with no HTTP in it: the handlers map each kind to a status
 * (`not_found` 404, `conflict` 409, `rejected` 400, `invalid` 422).
 */

/** One problem with an input, located like FastAPI's validation errors (`["body", "schedule", "cron"]`). */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
}

/** The kinds of {@link DomainError}. */
export type DomainErrorKind = "not_found" | "conflict" | "rejected" | "invalid";

/** A request the domain refuses: an unknown id, a state conflict, a broken rule, or invalid input. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** For `invalid`: the problems, located. */
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** An unknown id, in the API's wording: `Workflow execution 'x' not found`. */
export function notFound(what: string, id: string): DomainError {
  return new DomainError("not_found", `${what} '${id}' not found`);
}

/** A request that conflicts with the current state (a taken id, a finished execution). */
export function conflict(message: string): DomainError {
  return new DomainError("conflict", message);
}

/** A request that breaks a rule of the domain (an archived workflow, an undeclared handler). */
export function rejected(message: string): DomainError {
  return new DomainError("rejected", message);
}

/** Invalid input the schema cannot catch, with the problems located. */
export function invalidInput(issues: ValidationIssue[]): DomainError {
  return new DomainError("invalid", issues.map((i) => `${i.loc.join(".")}: ${i.msg}`).join("; "), issues);
}
