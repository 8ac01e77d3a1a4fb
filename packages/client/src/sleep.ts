import { APIUserAbortError } from "./errors.js";

/**
 * Waits `ms` milliseconds, or rejects with {@link APIUserAbortError} as soon as `signal` aborts (at
 * once if it already has). Used between retries and between result polls.
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError("Request was aborted."));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError("Request was aborted."));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
