/**
 * Faults that strike after the server has acted on a request, wrapped around a fetch (usually a mock
 * server's): the request is handled in full, then its answer is lost in the way the fault says.
 */

/** How the answer to an accepted request is lost. */
export type AfterAccept =
  /** no answer ever comes: the client's own timeout must fire */
  | "timeout"
  /** the connection is reset before the answer arrives (undici's `fetch failed` / ECONNRESET) */
  | "reset"
  /** a gateway answers 502 in place of the real answer */
  | "5xx"
  /** a gateway answers 503 in place of the real answer (a 503 does not prove the request was not processed) */
  | "503";

/** A `fetch failed` as undici throws it, with a system error `code` two levels down. */
export function fetchFailed(code: string, extra: Record<string, unknown> = {}): TypeError {
  const cause = Object.assign(new Error(`connect ${code}`), { code, ...extra });
  return new TypeError("fetch failed", { cause });
}

/**
 * Wraps `inner` so that the first `times` requests that `matches` accepts are handled by `inner` and
 * then lost as `fault` says. Counts every request it sees in `sent`.
 */
export function loseAnswers(
  inner: typeof fetch,
  fault: AfterAccept,
  matches: (method: string, url: string) => boolean,
  times = 1,
): typeof fetch & { sent: number } {
  let left = times;
  const wrapped = Object.assign(
    async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      wrapped.sent++;
      const method = init?.method ?? (input instanceof Request ? input.method : "GET");
      const url = input instanceof Request ? input.url : String(input);
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      const hit = left > 0 && matches(method, url);
      // Handled in full by the server, whatever the client sees afterwards.
      const response = await inner(input, { ...init, signal: undefined });
      if (!hit) return response;
      left--;
      await response.body?.cancel();
      if (fault === "5xx" || fault === "503")
        return new Response(JSON.stringify({ detail: fault === "503" ? "unavailable" : "bad gateway" }), {
          status: fault === "503" ? 503 : 502,
          headers: { "content-type": "application/json" },
        });
      if (fault === "reset") throw fetchFailed("ECONNRESET");
      return new Promise<Response>((_resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    },
    { sent: 0 },
  );
  return wrapped;
}

/** Runs `promise` to its end under fake timers, advancing time a second at a time. */
export async function settle<T>(
  promise: Promise<T>,
  advance: (ms: number) => Promise<unknown>,
  maxSeconds = 600,
): Promise<T> {
  let done = false;
  const watched = promise.finally(() => {
    done = true;
  });
  watched.catch(() => {});
  for (let i = 0; i < maxSeconds && !done; i++) await advance(1_000);
  return watched;
}
