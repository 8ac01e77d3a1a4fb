/**
 * The SDK's error hierarchy. Everything the named methods, paginators and streams throw is a
 * {@link WorkflowsError}; HTTP failures are {@link WorkflowsAPIError}s made by {@link toAPIError}, one
 * subclass per status family, so callers branch with `instanceof` or on `status`, never on message text.
 *
 * No error ever carries the request's headers: the API key cannot leak through `message`,
 * `toString()`, `JSON.stringify()` or a logger that dumps the object.
 */

import type { WorkflowsErrorCode } from "./generated/error-codes.js";

/**
 * A code as the API may send it: letters, digits, `_`, `.` and `-`, at most 64 characters. Anything
 * else (control characters, markup, a novel) is not a code: server text is data, not a discriminant.
 */
const CODE_SHAPE = /^[A-Za-z0-9_.-]{1,64}$/;

const bodyField = (body: unknown, name: string): unknown =>
  body !== null && typeof body === "object" && !Array.isArray(body)
    ? (body as Record<string, unknown>)[name]
    : undefined;

/**
 * The structured error code of an error body (`{ "detail", "code": "WF_1101" }`), or `null` when it
 * has none (or one that is not shaped like a code). Used to tell "already started" (`WF_1101`) from
 * another 409.
 */
export function errorCodeOf(body: unknown): WorkflowsErrorCode | (string & {}) | null {
  const code = bodyField(body, "code");
  return typeof code === "string" && CODE_SHAPE.test(code) ? code : null;
}

type Branded = { errorBrand?: string };

/** Base class of every error thrown by the SDK. */
export class WorkflowsError extends Error {
  /**
   * This class's brand: `instanceof` compares it across copies of the package. A subclass in another
   * package sets its own (`static override readonly errorBrand = "@my/pkg.MyError"`) to take part;
   * one without keeps plain prototype `instanceof`. A plain string key (not a symbol), so that a
   * bundler can still drop an unused class.
   */
  static readonly errorBrand: string = "@mistral-workflows/client.WorkflowsError";

  /**
   * `instanceof` that holds across copies of the package: with two copies installed (the ESM and the
   * CommonJS build, or two versions), an error made by one is still an instance of the other's class,
   * subclasses included. Besides the prototype chain, it looks for a class with the same
   * {@link errorBrand} among the value's constructors.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    // A subclass without a brand of its own must not match every instance of its parent's brand.
    const brand = Object.hasOwn(this, "errorBrand") && this.errorBrand;
    for (let p = value; brand && p != null; p = Object.getPrototypeOf(p))
      if ((p as { constructor?: Branded }).constructor?.errorBrand === brand) return true;
    return false;
  }

  override name = "WorkflowsError";
}

/** An argument was rejected before any request was sent (missing path parameter, unknown field, …). */
export class InvalidArgumentError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/client.InvalidArgumentError";
  override name = "InvalidArgumentError";
  constructor(
    message: string,
    /** The offending argument, e.g. `schedule_id`. */
    readonly argument: string,
  ) {
    super(message);
  }
}

/** The server answered with a non-2xx status. */
export class WorkflowsAPIError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/client.WorkflowsAPIError";
  override name = "WorkflowsAPIError";
  constructor(
    /** HTTP status of the response. */
    readonly status: number,
    /** The response body, parsed as JSON when it is JSON, else the raw text (`undefined` if empty). */
    readonly body: unknown,
    /** Response headers. */
    readonly headers: Headers,
    message?: string,
  ) {
    super(message ?? describe(status, body));
  }
  /** The `x-request-id` (or `request-id`) response header, for support requests. */
  get requestId(): string | null {
    return this.headers.get("x-request-id") ?? this.headers.get("request-id");
  }
  /**
   * The API's structured error code (`body.code`, e.g. `WF_1101` "workflow already started"; every
   * documented code is in `errorCodes` and docs/reference/errors.md). A code from a newer API comes
   * through as a plain string; `null` when the body has none (a 422 validation list, a proxy's page).
   * Branch on this, never on `message`.
   */
  get code(): WorkflowsErrorCode | (string & {}) | null {
    return errorCodeOf(this.body);
  }
  /**
   * With `WF_1001` (an invalid reset): the event ids the execution can be reset to (`body.valid_reset_events`),
   * else `null`.
   */
  get validResetEvents(): number[] | null {
    const ids = bodyField(this.body, "valid_reset_events");
    return Array.isArray(ids) && ids.every((id) => Number.isInteger(id)) ? (ids as number[]) : null;
  }
  /**
   * With `WF_1102` (the execution is not running): the execution's current status (`body.status`,
   * e.g. `COMPLETED`), else `null`. Not to be confused with {@link status}, the HTTP status.
   */
  get executionStatus(): string | null {
    const status = bodyField(this.body, "status");
    return this.code === "WF_1102" && typeof status === "string" && CODE_SHAPE.test(status) ? status : null;
  }
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      body: this.body,
      requestId: this.requestId,
    };
  }
}

/** 400 Bad Request. */
export class BadRequestError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.BadRequestError";
  override name = "BadRequestError";
}
/** 401 Unauthorized: the API key is missing, malformed or revoked. */
export class AuthenticationError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.AuthenticationError";
  override name = "AuthenticationError";
}
/** 403 Forbidden. */
export class PermissionDeniedError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.PermissionDeniedError";
  override name = "PermissionDeniedError";
}
/** 404 Not Found: unknown workflow, execution or schedule id. */
export class NotFoundError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.NotFoundError";
  override name = "NotFoundError";
}
/** 409 Conflict, e.g. a schedule id that already exists. */
export class ConflictError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.ConflictError";
  override name = "ConflictError";
}

/** One entry of a 422 response's `detail` array (FastAPI's shape). */
export interface ValidationIssue {
  /** Where the problem is, e.g. `["body", "schedule", "input"]`. */
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** 422 Unprocessable Entity: the request did not validate. `detail` lists every problem. */
export class ValidationError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.ValidationError";
  override name = "ValidationError";
  /**
   * The problems reported by the server, in the documented shape; entries that are not (a `null`, a
   * `loc` that is not an array) are left out. The whole body is always in `body`.
   */
  get detail(): ValidationIssue[] {
    const detail = (this.body as { detail?: unknown } | null)?.detail;
    return Array.isArray(detail) ? detail.filter(isIssue) : [];
  }
}
/** 429 Too Many Requests (after the retries were spent). */
export class RateLimitError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.RateLimitError";
  override name = "RateLimitError";
}
/** 5xx (after the retries were spent). */
export class InternalServerError extends WorkflowsAPIError {
  static override readonly errorBrand: string = "@mistral-workflows/client.InternalServerError";
  override name = "InternalServerError";
}

/**
 * The request never got a response: DNS, refused or reset connection, TLS… The message names the
 * reason and the request (`Connection error: ECONNREFUSED 127.0.0.1:4999 (GET /v1/workflows/schedules)`);
 * `cause` holds the original.
 */
export class APIConnectionError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/client.APIConnectionError";
  override name = "APIConnectionError";
}
/** No complete response arrived within `timeoutMs` (per attempt, retries included). */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly errorBrand: string = "@mistral-workflows/client.APIConnectionTimeoutError";
  override name = "APIConnectionTimeoutError";
}
/** The caller's `AbortSignal` fired. Never retried. */
export class APIUserAbortError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/client.APIUserAbortError";
  override name = "APIUserAbortError";
}

/** A 2xx response whose body could not be read as the documented JSON. */
export class InvalidResponseError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/client.InvalidResponseError";
  override name = "InvalidResponseError";
  constructor(
    message: string,
    readonly status: number,
    /** The body as received. */
    readonly raw: string,
  ) {
    super(message);
  }
}

const byStatus: Record<number, typeof WorkflowsAPIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/** Makes the right {@link WorkflowsAPIError} subclass for a non-2xx response and its (parsed) body. */
export function toAPIError(response: Pick<Response, "status" | "headers">, body: unknown): WorkflowsAPIError {
  const Class =
    byStatus[response.status] ?? (response.status >= 500 ? InternalServerError : WorkflowsAPIError);
  return new Class(response.status, body, response.headers);
}

function isIssue(value: unknown): value is ValidationIssue {
  const issue = value as ValidationIssue | null;
  return (
    typeof issue === "object" &&
    issue !== null &&
    Array.isArray(issue.loc) &&
    issue.loc.every((part) => typeof part === "string" || typeof part === "number")
  );
}

/** A message for any body, whatever its shape: never throws. */
function describe(status: number, body: unknown): string {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const detail = fields.detail ?? fields.message;
  if (Array.isArray(detail)) {
    const parts = detail.slice(0, 3).map((d: unknown) => {
      if (!isIssue(d)) return "(malformed issue)";
      return `${d.loc.join(".")}: ${typeof d.msg === "string" ? d.msg : "invalid"}`;
    });
    return `${status} ${parts.join("; ")}${detail.length > 3 ? ` (+${detail.length - 3} more)` : ""}`;
  }
  if (typeof detail === "string") return `${status} ${detail}`;
  if (typeof body === "string" && body) return `${status} ${body.slice(0, 200)}`;
  return `${status} status code (no body)`;
}
