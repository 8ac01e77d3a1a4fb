/**
 * Waits `ms` milliseconds, or rejects with `signal.reason` as soon as `signal` aborts (at once if it
 * already has); the timer is then cleared, so an aborted wait leaves nothing pending. The one wait of
 * the SDK: between retries, between result polls, before a stream reconnects. Useful to inject as a
 * test double where an API takes a `sleep` parameter.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
