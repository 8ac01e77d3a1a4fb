/** `api.fetch`: the pipeline behind the `fetch` signature, honouring `signal` as fetch does. */

/** Wraps `handle` as a `fetch`; a relative URL (`"/v1/…"`) is resolved against `baseUrl()`. */
export function createFetch(
  handle: (request: Request, signal?: AbortSignal | null) => Promise<Response>,
  baseUrl: () => string,
): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      typeof input === "string" && input.startsWith("/")
        ? new Request(new URL(input, baseUrl()), init)
        : new Request(input, init);
    // The caller's own signal, not the Request's copy: that copy follows the caller's only while the
    // Request object is alive, and a stream outlives it.
    const signal = init?.signal ?? (input instanceof Request ? input.signal : null);
    if (signal?.aborted) throw signal.reason ?? new DOMException("This operation was aborted", "AbortError");
    if (!signal) return handle(request, null);
    // As fetch does: an abort before the response arrives rejects the call.
    return await new Promise<Response>((resolve, reject) => {
      const onAbort = () =>
        reject(signal.reason ?? new DOMException("This operation was aborted", "AbortError"));
      signal.addEventListener("abort", onAbort, { once: true });
      handle(request, signal).then(
        (r) => {
          signal.removeEventListener("abort", onAbort);
          resolve(r);
        },
        (e) => {
          signal.removeEventListener("abort", onAbort);
          reject(e);
        },
      );
    });
  }) as typeof fetch;
}
