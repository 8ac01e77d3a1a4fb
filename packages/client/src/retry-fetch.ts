/**
 * The one request pipeline under every layer (named methods, the path client, paginators, streams):
 * per-attempt timeouts, the `onRequest`/`onResponse` hooks, the debug log, retries by the rules of
 * `retry-policy.ts`, and typed transport errors. Retries live in a wrapped fetch and not in
 * openapi-fetch middleware because middleware cannot re-send a request; a wrapped fetch can, as long
 * as each attempt gets its own copy of the body (we buffer it once).
 */
import { connectionError, requestLabel } from "./connection-error.js";
import { APIConnectionTimeoutError, APIUserAbortError } from "./errors.js";
import type { Logger } from "./logger.js";
import { PathRequest } from "./path-request.js";
import { followRedirects, isRedirect } from "./redirects.js";
import { discardBody } from "./retry-fetch-body.js";
import { neverReachedServer, retryDelayMs, shouldRetry } from "./retry-policy.js";
import { sleep } from "./sleep.js";

export { discardBody } from "./retry-fetch-body.js";

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

class TimeoutSignal extends Error {}

/** An exception thrown by a hook: passed on to the caller as it is, never retried. */
class HookFailure {
  constructor(readonly error: unknown) {}
}

/** How {@link sendWithRetries} treats the response body. */
export interface SendOptions {
  /** Read a non-stream body as text under the attempt's timeout. */
  readText: boolean;
  /** A 2xx `text/event-stream` answer is wanted: hand it over unread. Any other event stream is cancelled. */
  expectStream?: boolean;
}

/** A response, with its body already read as text when {@link sendWithRetries} was asked to. */
export interface SentResponse {
  response: Response;
  /** The body as text: set when `readText` was asked for and the response is neither a stream nor empty. */
  text?: string;
  /** The attempt that produced this response: 0 for the first. */
  attempt: number;
}

/** What one logical request's attempts share, for their error messages. */
interface CallInfo {
  method: string;
  url: string;
  timeoutMs: number;
  redact: (text: string) => string;
  /** The method and path for messages, worked out on first use (it parses the URL). */
  label: string | undefined;
}

function labelOf(call: CallInfo): string {
  return (call.label ??= requestLabel(call.method, call.url));
}

function onTimeout(controller: AbortController): void {
  controller.abort(new TimeoutSignal());
}

/**
 * One attempt's time limit: its own controller (following the caller's signal) and timer, or neither
 * when there is no limit. An object with methods rather than fresh closures per attempt: it is the
 * `abort` listener itself (`handleEvent`) and the {@link Cover} of the response's body readers.
 */
class Attempt implements Cover {
  readonly controller: AbortController | null = null;
  readonly timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly call: CallInfo,
    readonly signal: AbortSignal | undefined,
  ) {
    // Without a time limit the caller's signal (if any) goes straight to fetch: no controller, no timer.
    if (!Number.isFinite(call.timeoutMs)) return;
    const controller = (this.controller = new AbortController());
    this.timer = setTimeout(onTimeout, call.timeoutMs, controller);
    signal?.addEventListener("abort", this, { once: true });
  }

  /** The signal this attempt's fetch follows. */
  get fetchSignal(): AbortSignal | undefined {
    return this.controller?.signal ?? this.signal;
  }

  /** The caller aborted: end this attempt with the caller's reason. */
  handleEvent(): void {
    this.controller!.abort(this.signal!.reason);
  }

  /** The attempt is over: stop its timer and stop following the caller's signal. */
  release(): void {
    clearTimeout(this.timer);
    if (this.controller) this.signal?.removeEventListener("abort", this);
  }

  /** Streams outlive the timeout: from here on only the caller's signal ends them. */
  stopTimer(): void {
    clearTimeout(this.timer);
  }

  /** What a failure of this attempt's fetch (or body read) is for the caller. */
  toError(error: unknown): Error {
    const call = this.call;
    if (this.signal?.aborted) return new APIUserAbortError("Request was aborted.", { cause: error });
    if (this.controller?.signal.reason instanceof TimeoutSignal)
      return new APIConnectionTimeoutError(
        `Request timed out after ${call.timeoutMs} ms (${labelOf(call)}); the server may have received it.`,
      );
    return connectionError(error, call.method, call.url, call.redact);
  }
}

/**
 * Sends one logical request with `policy`: each attempt gets its own timeout and its own copy of the
 * body; a caller's abort (`init.signal`) is thrown as {@link APIUserAbortError} and never retried; a
 * timeout as {@link APIConnectionTimeoutError}; any other failure to get a response as
 * `APIConnectionError` naming the cause and the request. With `readText`, the body of a non-stream
 * response is read under the attempt's timeout (a body that stalls after the headers is caught);
 * without it, a response whose body is still to be read comes with its attempt's `cover`.
 * @internal shared by {@link createRetryFetch} and the client's named methods.
 */
export async function sendWithRetries(
  baseFetch: typeof fetch,
  policy: RetryPolicy,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  options: SendOptions,
): Promise<SentResponse & { cover?: Cover }> {
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
  const method = init?.method ?? (input instanceof Request ? input.method : "GET");
  const url = typeof target === "string" ? target : (target as Request).url;
  const redact = policy.redact ?? ((text: string) => text);
  const call: CallInfo = { method, url, timeoutMs: policy.timeoutMs, redact, label: undefined };
  const { logger } = policy;
  const retrySafe = policy.retrySafe !== false;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw new APIUserAbortError("Request was aborted.");
    const current = new Attempt(call, signal);

    let failure: Error;
    try {
      let request: Request | null = null;
      // Redirects are followed by hand (see redirects.ts): the one init this attempt needs says so.
      let sendTarget = target as RequestInfo;
      let sendInit: RequestInit;
      if (policy.onRequest) {
        // A used Request may still be the input when init supplies a fresh body (Fetch §5.4).
        request = new Request(target, { ...init, body: body ?? null, signal: current.fetchSignal });
        try {
          request = (await policy.onRequest(request, { attempt })) ?? request;
        } catch (error) {
          throw new HookFailure(error);
        }
        sendTarget = request;
        sendInit = { redirect: "manual" };
      } else {
        sendInit = { ...init, body: body ?? null, signal: current.fetchSignal, redirect: "manual" };
      }
      let response = await baseFetch(sendTarget, sendInit);
      if (isRedirect(response))
        response = await followRedirects(baseFetch, sendTarget, sendInit, () => labelOf(call), response);
      if (policy.onResponse) {
        try {
          response = (await policy.onResponse(response, { attempt, request })) ?? response;
        } catch (error) {
          discardBody(response);
          throw new HookFailure(error);
        }
      }
      logger?.debug(`${labelOf(call)} → ${response.status}`, {
        method,
        url: redact(url),
        status: response.status,
        attempt,
      });
      if (attempt < policy.maxRetries && shouldRetry(response, retrySafe)) {
        current.release();
        discardBody(response);
        const delayMs = retryDelayMs(attempt, response.headers);
        logger?.debug(`${labelOf(call)}: retrying after ${response.status} in ${Math.round(delayMs)} ms`, {
          method,
          url: redact(url),
          status: response.status,
          attempt: attempt + 1,
          delayMs,
        });
        policy.onRetry?.({ attempt: attempt + 1, delayMs, response });
        await sleep(delayMs, signal);
        continue;
      }
      if (!response.body || response.status === 204) {
        current.release();
        return { response, attempt };
      }
      // Header lookups are not free: a JSON body read here skips the length check, as an empty
      // text reads as no text anyway.
      const streamed = response.headers.get("content-type")?.includes("text/event-stream") === true;
      if ((streamed || !options.readText) && response.headers.get("content-length") === "0") {
        current.release();
        return { response, attempt };
      }
      if (streamed) {
        if (options.expectStream && response.ok) {
          current.stopTimer();
          return { response, attempt };
        }
        if (options.readText) {
          // An event stream nobody asked for (an error status, a JSON operation) may never end: cancel it.
          current.release();
          discardBody(response);
          return { response, attempt };
        }
      }
      if (!options.readText) return { response, cover: current, attempt };
      const text = await response.text();
      current.release();
      return text === "" ? { response, attempt } : { response, text, attempt };
    } catch (error) {
      current.release();
      if (error instanceof HookFailure) throw error.error;
      if (error instanceof APIUserAbortError) throw error;
      failure = current.toError(error);
      if (failure instanceof APIUserAbortError) throw failure;
    }
    // An unsafe request is sent again only when it provably never left: a timeout or a reset may
    // come after the server acted on it.
    const again =
      retrySafe || (!(failure instanceof APIConnectionTimeoutError) && neverReachedServer(failure.cause));
    logger?.debug(`${labelOf(call)} failed: ${failure.message}`, { method, url: redact(url), attempt });
    if (attempt >= policy.maxRetries || !again) throw failure;
    const delayMs = retryDelayMs(attempt);
    logger?.debug(`${labelOf(call)}: retrying in ${Math.round(delayMs)} ms`, {
      method,
      url: redact(url),
      attempt: attempt + 1,
      delayMs,
    });
    policy.onRetry?.({ attempt: attempt + 1, delayMs, error: failure });
    await sleep(delayMs, signal);
  }
}

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
    if (input instanceof PathRequest) {
      init = init ? { ...input.init, ...init } : input.init;
      input = input.url;
    }
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

/** What a covered response's readers do when the body has been read or has failed. */
interface Cover {
  release(): void;
  toError(error: unknown): Error;
}
const COVER = Symbol("cover");

function covered<T>(response: Response, read: Promise<T>): Promise<T> {
  const cover = (response as Response & { [COVER]?: Cover })[COVER];
  if (!cover) return read;
  return read.then(
    (value) => (cover.release(), value),
    (error: unknown) => {
      const typed = cover.toError(error);
      cover.release();
      throw typed;
    },
  );
}

let coveredPrototype: object | undefined;

/**
 * The prototype of a `Response` whose body readers end the attempt's timeout once the body is read
 * and turn a failed read into the SDK's typed error. Responses are moved onto it rather than given six
 * readers of their own each. Made on first use: touching `Response` at import would load Node's fetch
 * implementation (~50 ms) before anyone needs it.
 */
function getCoveredPrototype(): object {
  if (coveredPrototype) return coveredPrototype;
  class CoveredResponse extends Response {
    override text() {
      return covered(this, super.text());
    }
    override json() {
      return covered(this, super.json());
    }
    override arrayBuffer() {
      return covered(this, super.arrayBuffer());
    }
    override blob() {
      return covered(this, super.blob());
    }
    override formData() {
      return covered(this, super.formData());
    }
    override bytes() {
      return covered(this, super.bytes());
    }
  }
  // Older runtimes have no `Response.prototype.bytes`: a covered response must not claim one.
  if (typeof Response.prototype.bytes !== "function")
    delete (CoveredResponse.prototype as Partial<CoveredResponse>).bytes;
  return (coveredPrototype = CoveredResponse.prototype);
}

/**
 * Keeps the attempt's timeout running until the body has been read, so a server that stalls after
 * its headers is caught, and turns a failed read into the SDK's typed error. A response of another
 * `fetch` than the platform's (a polyfill, a test double) gets its readers patched instead.
 */
function coverBodyReads(response: Response, cover: Cover): void {
  (response as Response & { [COVER]?: Cover })[COVER] = cover;
  if (Object.getPrototypeOf(response) === Response.prototype) {
    Object.setPrototypeOf(response, getCoveredPrototype());
    return;
  }
  for (const name of ["text", "json", "arrayBuffer", "blob", "formData", "bytes"] as const) {
    const read = (response as unknown as Record<string, (() => Promise<unknown>) | undefined>)[name];
    if (typeof read !== "function") continue;
    Object.defineProperty(response, name, {
      configurable: true,
      value: () => covered(response, read.call(response)),
    });
  }
}
