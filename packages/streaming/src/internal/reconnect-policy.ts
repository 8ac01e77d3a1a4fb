/**
 * When a dropped stream reconnects, and after how long: the defaults of {@link StreamOptions}, their
 * checks, which failures are worth another attempt, and the delay before each reconnect.
 */
import {
  APIConnectionError,
  InvalidArgumentError,
  isRetryableStatus,
  retryAfterMs,
  WorkflowsAPIError,
} from "@mistral-workflows/client";

/** Defaults of the reconnect options of `StreamOptions`. */
export const RECONNECT_DEFAULTS = {
  maxReconnects: 5,
  reconnectDelayMs: 1_000,
  maxReconnectDelayMs: 30_000,
  idleTimeoutMs: 300_000,
  completionCheckMs: 30_000,
  dedupeWindow: 1_024,
};

/**
 * Most milliseconds a server's `retry:` may make a reconnect wait: 60 s, the same bound the client puts
 * on `Retry-After`. The field is the server's to send, so it is a request, not an order: `retry:
 * 1000000000` would otherwise park the stream for 11.6 days. A larger value counts as this much.
 */
export const MAX_SERVER_RETRY_MS = 60_000;

/** Checks a numeric option: finite, ≥ 0, and whole when `integer`. */
export function checkOption(name: string, value: unknown, integer: boolean): number {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value))
  )
    throw new InvalidArgumentError(
      `${name} must be a${integer ? " whole" : ""} number ≥ 0, got ${typeof value === "number" ? value : typeof value}.`,
      name,
    );
  return value;
}

/**
 * The client's retryable statuses (408, 429, 5xx: `isRetryableStatus`) and connection failures are
 * worth another attempt; any other HTTP error is final.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof WorkflowsAPIError) return isRetryableStatus(error.status);
  return error instanceof APIConnectionError;
}

/**
 * Milliseconds before reconnect number `attempt` (1-based). A `Retry-After`/`retry-after-ms` on a 429 or
 * 503 wins (as the client reads it, within 0–60 s). Otherwise the base is the server's `retry:` if it
 * sent one (the standard's "reconnection time", capped at {@link MAX_SERVER_RETRY_MS}), else
 * `reconnectDelayMs`, doubled per attempt up to `maxReconnectDelayMs`. Our own base gets up to 25%
 * jitter off, so clients dropped together do not come back together; the server's `retry:` is a floor
 * and gets none.
 */
export function _reconnectDelayMs(
  attempt: number,
  error: Error,
  serverRetryMs: number | null,
  options: { reconnectDelayMs: number; maxReconnectDelayMs: number },
  random = Math.random(),
): number {
  const asked = error instanceof WorkflowsAPIError ? retryAfterMs(error.headers) : null;
  if (asked !== null) return asked;
  const server = serverRetryMs === null ? null : Math.min(serverRetryMs, MAX_SERVER_RETRY_MS);
  const base = server ?? options.reconnectDelayMs;
  const backoff = Math.min(options.maxReconnectDelayMs, base * 2 ** (attempt - 1));
  return server === null ? backoff * (1 - random * 0.25) : Math.max(server, backoff);
}
