/**
 * `createRetryFetch()`: the client's retry loop as a plain `fetch`, for code that brings its own
 * fetch or its own openapi-fetch client. `createClient()` needs none of it: its requests go through
 * the same loop directly.
 */
import { sendWithRetries } from "./internal/attempts.js";
import { coverBodyReads } from "./internal/covered-response.js";
import type { RetryPolicy } from "./policy.js";

export type { HookInfo, OnRequest, OnResponse, RetryPolicy } from "./policy.js";

/**
 * Wraps `baseFetch` with `policy` (see {@link sendWithRetries}), as a `fetch` that openapi-fetch (or
 * anything else) can use. The caller's abort signal is `init.signal`, or else the signal of the
 * `Request` it is given. The timeout keeps running until the body has been read; for
 * `text/event-stream` responses it stops at the headers. `retrySafeFor` decides, per request, whether
 * it may be sent again after an unknown outcome (default: the policy's `retrySafe`).
 */
export function createRetryFetch(
  baseFetch: typeof fetch,
  policy: RetryPolicy,
  retrySafeFor?: (method: string, url: string) => boolean,
): typeof fetch {
  // The two policies a request can get, made once rather than per request.
  const safe: RetryPolicy = { ...policy, retrySafe: true };
  const unsafe: RetryPolicy = { ...policy, retrySafe: false };
  return async function retryFetch(input, init) {
    let effective = policy;
    if (retrySafeFor) {
      const method = init?.method ?? (input instanceof Request ? input.method : "GET");
      const url = input instanceof Request ? input.url : String(input);
      effective = retrySafeFor(method, url) ? safe : unsafe;
    }
    const { response, cover } = await sendWithRetries(baseFetch, effective, input, init, {
      readText: false,
      expectStream: true,
    });
    if (cover) coverBodyReads(response, cover);
    return response;
  };
}
