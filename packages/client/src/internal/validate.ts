/**
 * Argument checks made before anything is sent: every bad input is an {@link InvalidArgumentError}
 * naming the parameter, never a bare `TypeError`, a retried connection error or a silently different
 * request. Messages describe a bad value by its kind, never by its content (it may be a secret).
 */
import { InvalidArgumentError } from "../errors.js";

/** The kind of a value, for messages: `a string`, `an object`, `null`, `a symbol`… */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  if (type === "object") return "an object";
  return type === "undefined" ? "undefined" : `a ${type}`;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 §5.5: field values are visible ASCII, spaces, tabs and obs-text; no CR, LF or NUL.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Whether `text` can be sent as an HTTP header value. */
export function isHeaderValue(text: string): boolean {
  return FIELD_VALUE.test(text);
}

/** Checks one header name and value; `what` names it in the message. */
export function checkHeader(what: string, name: string, value: unknown): string {
  if (!TOKEN.test(name))
    throw new InvalidArgumentError(`${what}: "${name}" is not a valid HTTP header name.`, name);
  if (typeof value !== "string")
    throw new InvalidArgumentError(`${what}: header "${name}" must be a string, got ${kindOf(value)}.`, name);
  if (!isHeaderValue(value))
    throw new InvalidArgumentError(
      `${what}: header "${name}" contains a character that cannot be sent in a header (a line break, NUL or a character above U+00FF).`,
      name,
    );
  return value;
}

/** Checks a record of headers (client option or per-call option). */
export function checkHeaders(what: string, headers: unknown): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  if (headers === null || typeof headers !== "object" || Array.isArray(headers))
    throw new InvalidArgumentError(`${what}: headers must be an object of strings.`, "headers");
  for (const [name, value] of Object.entries(headers)) checkHeader(what, name, value);
  return headers as Record<string, string>;
}

/** A time limit in milliseconds: a number > 0, or `Infinity`. */
export function checkTimeout(what: string, value: unknown): number {
  if (typeof value !== "number" || !(value > 0))
    throw new InvalidArgumentError(
      `${what}: timeoutMs must be a positive number of milliseconds (or Infinity), got ${typeof value === "number" ? value : kindOf(value)}.`,
      "timeoutMs",
    );
  return value;
}

/** A retry count: a whole number ≥ 0. */
export function checkRetries(what: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new InvalidArgumentError(`${what}: maxRetries must be a whole number ≥ 0.`, "maxRetries");
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isScalar(value: unknown): boolean {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/**
 * Checks a path, query or header parameter against the JSON types the spec gives it. `null` is
 * accepted (and left out of the request) only where the spec allows it.
 */
export function checkParam(
  method: string,
  name: string,
  location: "path" | "query" | "header",
  value: unknown,
  types: readonly string[],
): void {
  const fail = (expected: string): never => {
    throw new InvalidArgumentError(
      `${method}(): parameter "${name}" must be ${expected}, got ${kindOf(value)}.`,
      name,
    );
  };
  if (location === "path") {
    if (typeof value === "string") {
      if (value === "" || /^(\.|%2e){1,2}$/i.test(value))
        throw new InvalidArgumentError(
          `${method}(): path parameter "${name}" must be a non-empty id (not ".", ".." or "").`,
          name,
        );
      return;
    }
    if (
      typeof value === "number" &&
      Number.isFinite(value) &&
      types.some((t) => t === "integer" || t === "number")
    )
      return;
    return fail("a non-empty string");
  }
  if (value === null) {
    if (types.length === 0 || types.includes("null")) return;
    return fail(`a ${types.join(" or ")}`);
  }
  const allowed = types.filter((t) => t !== "null");
  const ok = (t: string): boolean => {
    switch (t) {
      case "string":
        return typeof value === "string";
      case "integer":
        return typeof value === "number" && Number.isInteger(value);
      case "number":
        return typeof value === "number" && Number.isFinite(value);
      case "boolean":
        return typeof value === "boolean";
      case "array":
        return Array.isArray(value) && value.every(isScalar);
      case "object":
        return isPlainObject(value) && Object.values(value).every((v) => v === undefined || isScalar(v));
      default:
        return false;
    }
  };
  if (allowed.length === 0 ? isScalar(value) : allowed.some(ok)) {
    if (location === "header" && typeof value === "string" && !isHeaderValue(value))
      throw new InvalidArgumentError(
        `${method}(): header parameter "${name}" contains a character that cannot be sent in a header.`,
        name,
      );
    return;
  }
  fail(
    allowed.length
      ? allowed.map((t) => (t === "object" ? "an object of strings" : `a ${t}`)).join(" or ")
      : "a string, number or boolean",
  );
}

/** The spec's bounds of a numeric parameter, as the operation table carries them. */
export interface ParamBounds {
  minimum?: number;
  maximum?: number;
}

/**
 * Checks a numeric parameter against the spec's `minimum`/`maximum` (page sizes: 1–100 or 1–1000 by
 * operation). A value the type check let through as a number (`1e21`, which a URL would carry as
 * `1e+21`) but outside the range is refused, naming the parameter and the range; `null` is left to
 * {@link checkParam}.
 */
export function checkBounds(
  method: string,
  name: string,
  value: unknown,
  bounds: ParamBounds | undefined,
): void {
  if (!bounds || typeof value !== "number") return;
  const { minimum = -Infinity, maximum = Infinity } = bounds;
  if (value >= minimum && value <= maximum) return;
  const range =
    bounds.minimum !== undefined && bounds.maximum !== undefined
      ? `from ${bounds.minimum} to ${bounds.maximum}`
      : bounds.minimum !== undefined
        ? `≥ ${bounds.minimum}`
        : `≤ ${bounds.maximum}`;
  throw new InvalidArgumentError(
    `${method}(): parameter "${name}" must be ${range}, got ${Number.isFinite(value) ? String(value) : "a non-finite number"}.`,
    name,
  );
}

/**
 * Serialises a JSON body; a value JSON cannot carry (a BigInt, a circular reference) is reported
 * with the top-level field that holds it.
 */
export function serializeBody(method: string, body: Record<string, unknown>): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    for (const [key, value] of Object.entries(body)) {
      try {
        JSON.stringify(value);
      } catch {
        throw new InvalidArgumentError(
          `${method}(): field "${key}" cannot be sent as JSON (${(error as Error).name}: a BigInt or a circular reference?).`,
          key,
        );
      }
    }
    throw new InvalidArgumentError(`${method}(): the body cannot be sent as JSON.`, "body");
  }
}

/** Checks a base URL: absolute, http or https. Returns it without trailing slashes. */
export function checkBaseUrl(value: unknown): string {
  let url: URL | undefined;
  if (typeof value === "string") {
    try {
      url = new URL(value);
    } catch {
      // reported below
    }
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    throw new InvalidArgumentError(
      "baseUrl must be an absolute http:// or https:// URL, e.g. https://api.mistral.ai.",
      "baseUrl",
    );
  return (value as string).replace(/\/+$/, "");
}
