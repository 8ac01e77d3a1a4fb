/**
 * A `fetch` wrapper that adds timeouts, retries and typed transport errors. Retries live here and not
 * in openapi-fetch middleware because middleware cannot re-send a request; a wrapped fetch can, as long
 * as each attempt gets its own copy of the body (we buffer it once).
 */
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from "./errors.js";

/** How one logical request is retried and timed out. */
export interface RetryPolicy {
  /**
   * Retries after the first attempt, on connection errors, timeouts, 408, 429 and 5xx.
   * A server's `x-should-retry: true|false` header overrides the status rule.
   * @default 2
   */
  maxRetries: number;
  /**
   * Per-attempt time limit in milliseconds, covering the response headers and, for JSON bodies, the
   * whole body. For `text/event-stream` responses it covers the headers only. `Infinity` sets no limit.
   * @default 60000
   */
  timeoutMs: number;
  /** Called before each retry's wait; `response` is set for a retried status, `error` for a transport failure. */
  onRetry?: (info: { attempt: number; delayMs: number; response?: Response; error?: Error }) => void;
}

const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/** Whether a response should be retried: the server's `x-should-retry` wins, then 408, 429 and ≥ 500. */
export function shouldRetry(response: Response): boolean {
  const explicit = response.headers.get("x-should-retry");
  if (explicit === "true") return true;
  if (explicit === "false") return false;
  return response.status === 408 || response.status === 429 || response.status >= 500;
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based). Honours `retry-after-ms`, then
 * `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3) when it lies within 0–60 s; otherwise
 * exponential backoff from 0.5 s, doubling, capped at 8 s, minus up to 25% jitter.
 */
export function retryDelayMs(
  attempt: number,
  headers?: Headers,
  now = Date.now(),
  random = Math.random(),
): number {
  if (headers) {
    const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
    if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS) return ms;
    const after = headers.get("retry-after");
    if (after) {
      const seconds = Number(after);
      const fromHeader = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now;
      if (Number.isFinite(fromHeader) && fromHeader >= 0 && fromHeader <= MAX_RETRY_AFTER_MS)
        return fromHeader;
    }
  }
  const base = Math.min(INITIAL_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
  return base * (1 - random * 0.25);
}

class TimeoutSignal extends Error {}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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

/** A response, with its body already read as text when {@link sendWithRetries} was asked to. */
export interface SentResponse {
  response: Response;
  /** The body as text: set when `readText` was asked for and the response is neither a stream nor empty. */
  text?: string;
}

/**
 * Sends one logical request with `policy`: each attempt gets its own timeout and its own copy of the
 * body; a caller's abort (`init.signal`) is thrown as {@link APIUserAbortError} and never retried; a
 * timeout as {@link APIConnectionTimeoutError}; any other failure to get a response as
 * {@link APIConnectionError}. With `readText`, the body of a non-stream response is read under the
 * attempt's timeout (a body that stalls after the headers is caught and retried).
 * @internal shared by {@link createRetryFetch} and the client's named methods.
 */
export async function sendWithRetries(
  baseFetch: typeof fetch,
  policy: RetryPolicy,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  readText: boolean,
): Promise<SentResponse & { release?: () => void; toError?: (error: unknown) => Error }> {
  let target: RequestInfo | URL = input;
  let callerSignal: AbortSignal | null | undefined = init?.signal;
  let body: BodyInit | null | undefined = init?.body;
  if (input instanceof Request) {
    callerSignal ??= input.signal;
    // Buffered once, so every attempt sends the same bytes (a stream body can be read only once).
    if (body == null && input.body) body = await input.arrayBuffer();
  }
  if (body instanceof ReadableStream) body = await new Response(body).arrayBuffer();
  if (input instanceof URL) target = input.href;
  const signal = callerSignal ?? undefined;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw new APIUserAbortError("Request was aborted.");
    // Without a time limit the caller's signal (if any) goes straight to fetch: no controller, no timer.
    const timed = Number.isFinite(policy.timeoutMs);
    const controller = timed ? new AbortController() : null;
    const timer = controller
      ? setTimeout(() => controller.abort(new TimeoutSignal()), policy.timeoutMs)
      : undefined;
    const forwardAbort = () => controller?.abort(signal?.reason);
    if (controller) signal?.addEventListener("abort", forwardAbort, { once: true });
    const release = () => {
      clearTimeout(timer);
      if (controller) signal?.removeEventListener("abort", forwardAbort);
    };
    const toError = (error: unknown): Error => {
      if (signal?.aborted) return new APIUserAbortError("Request was aborted.", { cause: error });
      if (controller?.signal.reason instanceof TimeoutSignal)
        return new APIConnectionTimeoutError(`Request timed out after ${policy.timeoutMs} ms.`);
      return new APIConnectionError(`Connection error: ${(error as Error)?.message ?? String(error)}`, {
        cause: error,
      });
    };

    let failure: Error;
    try {
      // A used Request may still be the input when init supplies a fresh body (Fetch §5.4).
      const response = await baseFetch(target, {
        ...init,
        body: body ?? null,
        signal: controller?.signal ?? signal,
      });
      if (attempt < policy.maxRetries && shouldRetry(response)) {
        release();
        await response.body?.cancel().catch(() => {});
        const delayMs = retryDelayMs(attempt, response.headers);
        policy.onRetry?.({ attempt: attempt + 1, delayMs, response });
        await sleep(delayMs, signal);
        continue;
      }
      if (!response.body || response.status === 204 || response.headers.get("content-length") === "0") {
        release();
        return { response };
      }
      if (response.headers.get("content-type")?.includes("text/event-stream")) {
        // Streams outlive the timeout: from here on only the caller's signal ends them.
        clearTimeout(timer);
        return { response };
      }
      if (!readText) return { response, release, toError };
      const text = await response.text();
      release();
      return { response, text };
    } catch (error) {
      release();
      if (error instanceof APIUserAbortError) throw error;
      failure = toError(error);
      if (failure instanceof APIUserAbortError) throw failure;
    }
    if (attempt >= policy.maxRetries) throw failure;
    const delayMs = retryDelayMs(attempt);
    policy.onRetry?.({ attempt: attempt + 1, delayMs, error: failure });
    await sleep(delayMs, signal);
  }
}

/**
 * Wraps `baseFetch` with `policy` (see {@link sendWithRetries}), as a `fetch` that openapi-fetch (or
 * anything else) can use. The caller's abort signal is `init.signal`, or else the signal of the
 * `Request` it is given. The timeout keeps running until the body has been read; for
 * `text/event-stream` responses it stops at the headers.
 */
export function createRetryFetch(baseFetch: typeof fetch, policy: RetryPolicy): typeof fetch {
  return async function retryFetch(input, init) {
    const { response, release, toError } = await sendWithRetries(baseFetch, policy, input, init, false);
    if (release && toError) coverBodyReads(response, release, toError);
    return response;
  };
}

const BODY_READERS = ["text", "json", "arrayBuffer", "blob", "formData", "bytes"] as const;

/**
 * Keeps the attempt's timeout running until the body has been read, so a server that stalls after
 * its headers is caught, and turns a failed read into the SDK's typed error. Patching the instance's
 * readers costs far less than buffering into a second `Response`.
 */
function coverBodyReads(response: Response, release: () => void, toError: (error: unknown) => Error): void {
  for (const name of BODY_READERS) {
    const read = (response as unknown as Record<string, (() => Promise<unknown>) | undefined>)[name];
    if (typeof read !== "function") continue;
    Object.defineProperty(response, name, {
      configurable: true,
      value: () =>
        read.call(response).then(
          (value) => (release(), value),
          (error: unknown) => {
            const typed = toError(error);
            release();
            throw typed;
          },
        ),
    });
  }
}
