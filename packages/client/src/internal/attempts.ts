/**
 * The attempt loop under every request (named methods, the path client, paginators, streams and
 * `createRetryFetch`): per-attempt timeouts, the `onRequest`/`onResponse` hooks, the debug log,
 * retries by the rules of `retry-policy.ts`, and typed transport errors. Retries live in a wrapped
 * fetch and not in openapi-fetch middleware because middleware cannot re-send a request; this loop
 * can, as each attempt gets its own copy of the body (it is buffered once).
 */
import { APIConnectionTimeoutError, APIUserAbortError } from "../errors.js";
import type { RetryPolicy } from "../policy.js";
import { sleep } from "../sleep.js";
import { discardBody } from "./body.js";
import { connectionError, requestLabel } from "./connection-error.js";
import type { Cover } from "./covered-response.js";
import { neverReachedServer, retryDelayMs, shouldRetry } from "./retry-policy.js";

class TimeoutSignal extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Whether `response` (to a request sent with `redirect: "manual"`) is a redirect that
 * `followRedirects` (redirects.ts) must look at. Only the status is read: an ordinary answer costs no header
 * lookup.
 */
function isRedirect(response: Response): boolean {
  return REDIRECTS.has(response.status) || response.type === "opaqueredirect";
}

/** What a caller's abort during the wait between attempts ends the call with. */
function userAbort(): never {
  throw new APIUserAbortError("Request was aborted.");
}

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
 * Shared by every way into the client: the request core and {@link createRetryFetch}.
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
      if (isRedirect(response)) {
        // Loaded on first use: most programs never meet a redirect.
        const { followRedirects } = await import("./redirects.js");
        response = await followRedirects(baseFetch, sendTarget, sendInit, () => labelOf(call), response);
      }
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
        await sleep(delayMs, signal).catch(userAbort);
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
    await sleep(delayMs, signal).catch(userAbort);
  }
}
