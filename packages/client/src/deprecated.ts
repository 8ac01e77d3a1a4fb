/**
 * Retry rules that used to be public. The client and `createRetryFetch()` apply them on every
 * request; what a caller may still want of them has a smaller public helper (see each note). They stay
 * exported, unchanged, until the next major release.
 */
import * as policy from "./internal/retry-policy.js";

/**
 * Whether `response` calls for another attempt: never after a 2xx; else the server's
 * `x-should-retry: true|false` wins; then a safe request is retried on 408, 429 and ≥ 500.
 * @deprecated Use {@link isRetryableStatus} for the status rule; the client and `createRetryFetch()`
 * apply the whole rule (`x-should-retry`, retry safety) themselves. To be removed in the next major.
 */
export function shouldRetry(response: Response, retrySafe = true): boolean {
  return policy.shouldRetry(response, retrySafe);
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based): the server's `retry-after-ms` or
 * `Retry-After` within 0–60 s, else exponential backoff from 0.5 s capped at 8 s with ≤ 25% jitter.
 * @deprecated Use {@link retryAfterMs} for the wait a response asks for, and your own backoff
 * otherwise. To be removed in the next major.
 */
export function retryDelayMs(attempt: number, headers?: Headers, now?: number, random?: number): number {
  return policy.retryDelayMs(attempt, headers, now, random);
}

/**
 * Whether a failed `fetch` provably never delivered the request (connection refused, DNS failure,
 * unreachable network, connect timeout).
 * @deprecated The client and `createRetryFetch()` apply this when deciding to resend a request that
 * is not retry-safe; nothing replaces it in the public API. To be removed in the next major.
 */
export function neverReachedServer(error: unknown): boolean {
  return policy.neverReachedServer(error);
}
