/**
 * Turns what `fetch` throws into an {@link APIConnectionError} that says what happened and to which
 * request: `Connection error: ECONNREFUSED 127.0.0.1:4999 (GET /v1/workflows/schedules)`. undici's own
 * message is only `fetch failed`, with the reason two `cause`s down.
 */
import { APIConnectionError } from "../errors.js";
import { causeChain, errorCode } from "./retry-policy.js";

/** The method and path of a request, for messages: never the query, headers or body. */
export function requestLabel(method: string, url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // keep what we were given
  }
  return `${method.toUpperCase()} ${path}`;
}

/** A short reason for a transport failure: the system code and address when known, else the innermost message. */
export function describeCause(error: unknown): string {
  const chain = causeChain(error);
  const code = errorCode(error);
  if (code) {
    const withCode = chain.find((e) => (e as { code?: unknown }).code === code) as Record<string, unknown>;
    const where =
      typeof withCode.hostname === "string"
        ? withCode.hostname
        : typeof withCode.address === "string"
          ? `${withCode.address}${withCode.port !== undefined ? `:${String(withCode.port)}` : ""}`
          : "";
    const note =
      code === "ENOTFOUND" && typeof withCode.hostname === "string" && withCode.hostname.endsWith(".invalid")
        ? " (a .invalid host never resolves: pass the mock server's `fetch` to createClient too)"
        : "";
    if (where) return `${code} ${where}${note}`;
    const message = (withCode.message as string | undefined) ?? "";
    return message.includes(code) ? message : `${code} ${message}`.trim();
  }
  const innermost = chain[chain.length - 1] as { message?: unknown } | undefined;
  return typeof innermost?.message === "string" && innermost.message !== ""
    ? innermost.message
    : String(innermost);
}

/**
 * The SDK's error for a request that got no response. `redact` removes secrets (the API key) from
 * the text, in case a custom `fetch` put them in its message.
 */
export function connectionError(
  error: unknown,
  method: string,
  url: string,
  redact: (text: string) => string,
): APIConnectionError {
  return new APIConnectionError(
    redact(`Connection error: ${describeCause(error)} (${requestLabel(method, url)})`),
    { cause: error },
  );
}
