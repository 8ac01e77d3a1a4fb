/**
 * Which HTTP statuses are worth another attempt, and how long the server asks to wait: the rules the
 * client's retries and the streams' reconnects share.
 */

/**
 * Whether an HTTP status is worth another attempt of a request that is safe to repeat: 408, 429 and
 * every 5xx. Any other status is final. A request that is not safe to repeat needs more than this
 * (the client sends it again only on `x-should-retry: true`): a 429 or a 503 may come from a gateway
 * after the service behind it acted.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The longest wait a server may ask for with `retry-after-ms` or `Retry-After`, in milliseconds. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms`, else `Retry-After` as seconds or
 * an HTTP date (RFC 9110 §10.2.3), when it lies within 0–60 s; `null` when it asks for none, or for
 * more than {@link MAX_RETRY_AFTER_MS} (server text is a request, not an order).
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS) return ms;
  const after = headers.get("retry-after");
  if (after) {
    const seconds = Number(after);
    const fromHeader = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now;
    if (Number.isFinite(fromHeader) && fromHeader >= 0 && fromHeader <= MAX_RETRY_AFTER_MS) return fromHeader;
  }
  return null;
}
