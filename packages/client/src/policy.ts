/**
 * The options of the client's retry loop and its hooks: what `createClient()` and `createRetryFetch()`
 * take to time out, retry and observe each request.
 */
import type { Logger } from "./logger.js";

/** What the `onRequest` and `onResponse` hooks are told besides the request or response. */
export interface HookInfo {
  /** 0 for the first attempt, then 1, 2… for retries. */
  attempt: number;
}

/**
 * Called before every attempt of every request, whichever layer sends it. It may change the request
 * (headers, say) and return it, or return a new `Request` to send instead; an exception ends the call
 * with that exception, unretried.
 */
export type OnRequest = (request: Request, info: HookInfo) => void | Request | Promise<void | Request>;

/**
 * Called with every response, before the client looks at its status (retries included). It may return
 * another `Response` to use instead; an exception ends the call with that exception, unretried.
 */
export type OnResponse = (
  response: Response,
  info: HookInfo & { request: Request | null },
) => void | Response | Promise<void | Response>;

/** How one logical request is retried, timed out and observed. */
export interface RetryPolicy {
  /**
   * Retries after the first attempt. Which failures are retried depends on {@link retrySafe}.
   * A server's `x-should-retry: true|false` on a non-2xx response overrides the status rule.
   * @default 2
   */
  maxRetries: number;
  /**
   * Per-attempt time limit in milliseconds, covering the response headers and, for JSON bodies, the
   * whole body. For `text/event-stream` responses it covers the headers only. `Infinity` sets no limit.
   * @default 60000
   */
  timeoutMs: number;
  /**
   * Whether sending the request again after an unknown outcome is harmless. `false` limits retries to
   * failures where the request provably never reached the server (connection refused, DNS) and to
   * responses that say `x-should-retry: true`: never after a timeout, a reset, a 429 or a 5xx (a
   * gateway may send any of them after the service behind it acted).
   * @default true
   */
  retrySafe?: boolean;
  /** Called before each retry's wait; `response` is set for a retried status, `error` for a transport failure. */
  onRetry?: (info: { attempt: number; delayMs: number; response?: Response; error?: Error }) => void;
  /** See {@link OnRequest}. */
  onRequest?: OnRequest;
  /** See {@link OnResponse}. */
  onResponse?: OnResponse;
  /** Receives a debug line for each attempt and each retry. */
  logger?: Logger;
  /** Removes secrets from text that goes into errors and logs. @default identity */
  redact?: (text: string) => string;
}
