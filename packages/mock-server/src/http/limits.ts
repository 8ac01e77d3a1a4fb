/**
 * Request limits that answer as an API would, before anything reaches the domain: methods the API
 * does not know (405), oversized URLs (414), headers (431) and bodies (413), and JSON nested too deep
 * or holding too many values (422, in the API's validation shape). A mock that accepts anything would
 * let one test's odd input break every test after it.
 */
import type { ValidationIssue } from "../domain/errors.js";

/** The limits of {@link MockServerOptions.limits}. */
export interface RequestLimits {
  /** Largest request body, in bytes (413 beyond). @default 1048576 (1 MiB) */
  maxBodyBytes?: number;
  /** Deepest JSON nesting of a body (422 beyond). @default 64 */
  maxJsonDepth?: number;
  /** Most values (objects, arrays, strings, numbers, literals) in a JSON body (422 beyond). @default 100000 */
  maxJsonValues?: number;
  /** Largest URL (path and query), in bytes (414 beyond). @default 8192 */
  maxUrlBytes?: number;
  /** Largest sum of header names and values, in bytes (431 beyond). @default 16384 */
  maxHeaderBytes?: number;
}

/** The defaults of {@link RequestLimits}. */
export const DEFAULT_LIMITS: Required<RequestLimits> = {
  maxBodyBytes: 1_048_576,
  maxJsonDepth: 64,
  maxJsonValues: 100_000,
  maxUrlBytes: 8192,
  maxHeaderBytes: 16_384,
};

/** The methods the API answers (anything else is a 405). */
export const KNOWN_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** A refusal: status, `detail`, extra headers. */
export interface Refusal {
  status: number;
  detail: string | ValidationIssue[];
  headers?: Record<string, string>;
}

/** Checks what is known before the body is read: method, URL size, header size. */
export function checkHead(
  method: string,
  url: URL,
  headers: Headers,
  limits: Required<RequestLimits>,
): Refusal | null {
  if (!(KNOWN_METHODS as readonly string[]).includes(method))
    return { status: 405, detail: "Method Not Allowed", headers: { allow: KNOWN_METHODS.join(", ") } };
  const target = url.pathname.length + url.search.length;
  if (target > limits.maxUrlBytes)
    return { status: 414, detail: `URI Too Long: ${target} bytes (limit ${limits.maxUrlBytes})` };
  let size = 0;
  headers.forEach((v, k) => (size += k.length + v.length + 4));
  if (size > limits.maxHeaderBytes)
    return {
      status: 431,
      detail: `Request Header Fields Too Large: ${size} bytes (limit ${limits.maxHeaderBytes})`,
    };
  const declared = Number(headers.get("content-length") ?? "0");
  if (declared > limits.maxBodyBytes) return tooLarge(declared, limits);
  return null;
}

function tooLarge(size: number, limits: Required<RequestLimits>): Refusal {
  return { status: 413, detail: `Request body too large: ${size} bytes (limit ${limits.maxBodyBytes})` };
}

/**
 * Reads the body as text, stopping at the limit: `{ text }`, or the 413 refusal once it has read one
 * byte too many (the rest is never buffered).
 */
export async function readBody(
  request: Request,
  limits: Required<RequestLimits>,
): Promise<{ text: string } | { refusal: Refusal }> {
  if (!request.body) return { text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBodyBytes) {
      void reader.cancel().catch(() => {});
      return { refusal: tooLarge(size, limits) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    // The API decodes JSON bodies as UTF-8 and answers a body that is not with a 422, as it does
    // invalid JSON; decoding leniently would turn the bad bytes into U+FFFD and accept the body.
    return {
      refusal: {
        status: 422,
        detail: [
          { loc: ["body", 0], msg: "JSON decode error: invalid UTF-8", type: "json_invalid", input: {} },
        ],
      },
    };
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Scans JSON text (without parsing it) for nesting deeper than the limit or more values than the
 * limit; returns the 422 issue, or `null`. Parsing, and every recursive walk after it (validation,
 * `JSON.stringify`, `structuredClone`), is then safe from stack exhaustion.
 */
export function checkJsonShape(text: string, limits: Required<RequestLimits>): ValidationIssue | null {
  let depth = 0;
  let values = 0;
  let inString = false;
  let scalar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      values++;
      scalar = false;
    } else if (c === 123 || c === 91) {
      values++;
      scalar = false;
      if (++depth > limits.maxJsonDepth)
        return {
          loc: ["body"],
          msg: `JSON nested deeper than ${limits.maxJsonDepth} levels`,
          type: "value_error.json_depth",
        };
    } else if (c === 125 || c === 93) {
      depth--;
      scalar = false;
    } else if (c === 44 || c === 58 || c === 32 || c === 10 || c === 13 || c === 9) {
      scalar = false;
    } else if (!scalar) {
      scalar = true;
      values++;
    }
    if (values > limits.maxJsonValues)
      return {
        loc: ["body"],
        msg: `JSON body holds more than ${limits.maxJsonValues} values`,
        type: "value_error.json_size",
      };
  }
  return null;
}
