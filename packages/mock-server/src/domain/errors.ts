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
    /** The API's structured error code and its documented fields (`{ code: "WF_1102", status }`), if any. */
    readonly fields: { code?: string } & Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The documented code of a missing thing: WF_1100 for an execution, WF_1201 for a schedule; others have none. */
const NOT_FOUND_CODE: Readonly<Record<string, string>> = {
  "Workflow execution": "WF_1100",
  Schedule: "WF_1201",
};

/** An unknown id, in the API's wording: `Workflow execution 'x' not found`, with its code. */
export function notFound(what: string, id: string): DomainError {
  const code = NOT_FOUND_CODE[what];
  return new DomainError("not_found", `${what} '${id}' not found`, [], code ? { code } : {});
}

/**
 * A request that conflicts with the current state (a taken id, a finished execution); `fields` holds
 * its documented code (`WF_1101` already started, `WF_1102` not running, with `status`).
 */
export function conflict(
  message: string,
  fields: { code?: string } & Record<string, unknown> = {},
): DomainError {
  return new DomainError("conflict", message, [], fields);
}

/** A request that breaks a rule of the domain (an archived workflow, an undeclared handler). */
export function rejected(message: string): DomainError {
  return new DomainError("rejected", message);
}

/** Invalid input the schema cannot catch, with the problems located. */
export function invalidInput(issues: ValidationIssue[]): DomainError {
  return new DomainError("invalid", issues.map((i) => `${i.loc.join(".")}: ${i.msg}`).join("; "), issues);
}
