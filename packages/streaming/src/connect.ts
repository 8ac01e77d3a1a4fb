/**
 * Connect layer: keeps one logical stream alive over as many HTTP connections as it takes. It sends
 * the request (through a caller-supplied `open`, normally a client named method), feeds the body to the
 * parse layer and each message to the decoder, and when a connection drops (network error, idle
 * timeout, or a body that ends before the terminal event) it reconnects from the last event id, with
 * backoff that honours the server's `retry:`. Ids seen recently are remembered so a resent event is
 * delivered once.
 *
 * The model is the browser's EventSource (WHATWG HTML §9.2: "last event ID", "reconnection time"),
 * with what EventSource lacks: a cap on attempts, backoff, typed errors, and an end.
 */
import {
  APIConnectionError,
  InvalidArgumentError,
  WorkflowsAPIError,
  retryDelayMs,
} from "@mistral-workflows/client";
import {
  StreamDisconnectedError,
  StreamEventError,
  StreamParseError,
  type DisconnectReason,
} from "./errors.js";
import { createIdWindow } from "./internal/id-window.js";
import { sleep as defaultSleep } from "./internal/sleep.js";
import type { Decoder } from "./sse-decode.js";
import { createSSEParser, type SSEMessage } from "./sse-parse.js";
import { Stream, type StreamState } from "./stream.js";

/** Where a stream stands, handed to `open` so a reconnect resumes after the last event. */
export interface ResumePoint {
  /**
   * Id of the last event received, or the `lastEventId` option; `null` before any, `""` after the
   * server sent an empty `id:` (which resets it: nothing is sent to resume then).
   */
  lastEventId: string | null;
  /** Highest sequence number delivered (when the spec gives items one, see `sequenceOf`), else `null`. */
  lastSequence: number | null;
}

/** What {@link StreamOptions.onReconnect} is told before each reconnect. */
export interface ReconnectInfo {
  /** 1 for the first reconnect after a connection that delivered something, then 2, 3… */
  attempt: number;
  /** How long the stream will wait before reconnecting, in milliseconds. */
  delayMs: number;
  /**
   * What ended the previous connection: `network` (the body or the request failed), `idle` (no byte for
   * `idleTimeoutMs`), `ended` (the body ended before the terminal event), `http` (the reconnect request
   * got a 408, 429 or 5xx).
   */
  reason: DisconnectReason | "http";
  /** The error behind `reason`: a `StreamDisconnectedError`, `APIConnectionError` or `WorkflowsAPIError`. */
  error: Error;
  /** The id the stream will resume after (`null`: from the start). */
  lastEventId: string | null;
}

/** Options of every resumable stream (`streamExecution`, `streamEvents`, `streamExecutionLogs`, `connectSSE`). */
export interface StreamOptions {
  /** Ends the stream quietly when aborted (the loop stops, nothing is thrown) and closes the connection. */
  signal?: AbortSignal;
  /**
   * Resume after this event id, e.g. a `stream.lastEventId` saved by an earlier process. Sent through the
   * endpoint's resume mechanism, as reconnects are.
   */
  lastEventId?: string | null;
  /**
   * Reconnect attempts in a row that may fail or deliver no new event before the stream gives up and
   * throws; the count restarts at each new event. `0` never reconnects.
   * @default 5
   */
  maxReconnects?: number;
  /** First reconnect delay in milliseconds, when the server has not sent `retry:`; doubles per failed attempt. @default 1000 */
  reconnectDelayMs?: number;
  /**
   * Cap of the doubling delay, in milliseconds. A server's `retry:` or `Retry-After` larger than this
   * is still honoured.
   * @default 30000
   */
  maxReconnectDelayMs?: number;
  /**
   * Reconnect when no byte (event or comment) arrives for this many milliseconds while the stream waits
   * for data; time the loop body spends on an item does not count. `0` disables it.
   * @default 300000 (5 minutes)
   */
  idleTimeoutMs?: number;
  /** How many recent event ids are remembered to drop repeats after a resume; `0` disables it. @default 1024 */
  dedupeWindow?: number;
  /**
   * Called before each reconnect, after the delay is chosen and before waiting it out. Return `false`
   * (or a promise of it) to end the stream quietly instead. An exception thrown here ends the stream
   * with that exception.
   */
  onReconnect?: (info: ReconnectInfo) => void | boolean | Promise<void | boolean>;
  /**
   * Receives each event whose `data` cannot be decoded, and the stream goes on. Without it, such an
   * event ends the stream with the {@link StreamParseError}. (An `event-too-large` error always ends it.)
   */
  onParseError?: (error: StreamParseError) => void;
  /** Most characters one event may hold before its end. @default 16_777_216 */
  maxEventSize?: number;
  /** Extra headers for every request of this stream (on top of the client's). */
  headers?: Record<string, string>;
  /**
   * Time limit in milliseconds for each connection's response headers (not the body, which is watched by
   * `idleTimeoutMs`). @default the client's `timeoutMs`
   */
  timeoutMs?: number;
  /**
   * How to wait between reconnects: resolves after `ms`, rejects once `signal` aborts. Tests pass one
   * that returns at once and records the delays.
   * @default a `setTimeout`-based wait
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** What {@link connectSSE} needs to know about one endpoint. */
export interface ConnectSpec<T> {
  /**
   * Sends the request and resolves to the 2xx `Response` with its body unread, or throws the client's
   * typed errors. `resume` says where to resume from; `reconnect` is `false` for the first connection
   * only. Must abort the request when `signal` aborts.
   */
  open(resume: ResumePoint, signal: AbortSignal, reconnect: boolean): Promise<Response>;
  /** Turns each message into an item, or throws (see {@link Decoder}). */
  decode: Decoder<T>;
  /** Whether `item` is the last one: the stream ends right after yielding it and never reconnects. */
  isTerminal?: (item: T) => boolean;
  /**
   * The item's position in an increasing sequence, if it has one: an item at or below the highest
   * position delivered is a repeat and is dropped, and `ResumePoint.lastSequence` follows it.
   */
  sequenceOf?: (item: T) => number | undefined;
  /**
   * Asked when a connection ended cleanly or went idle before the terminal event: `true` ends the stream
   * quietly instead of reconnecting (e.g. the execution is over and will send nothing more).
   */
  isComplete?: (signal: AbortSignal) => Promise<boolean>;
}

const DEFAULTS = {
  maxReconnects: 5,
  reconnectDelayMs: 1_000,
  maxReconnectDelayMs: 30_000,
  idleTimeoutMs: 300_000,
  dedupeWindow: 1_024,
};

function check(name: string, value: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)))
    throw new InvalidArgumentError(
      `${name} must be a${integer ? " whole" : ""} number ≥ 0, got ${value}.`,
      name,
    );
  return value;
}

/** 408, 429, 5xx and connection failures are worth another attempt; any other HTTP error is final. */
function isRetryable(error: unknown): boolean {
  if (error instanceof WorkflowsAPIError)
    return error.status === 408 || error.status === 429 || error.status >= 500;
  return error instanceof APIConnectionError;
}

/**
 * Milliseconds before reconnect number `attempt` (1-based). A `Retry-After`/`retry-after-ms` on a 429 or
 * 503 wins (as the client reads it, within 0–60 s). Otherwise the base is the server's `retry:` if it
 * sent one (the standard's "reconnection time"), else `reconnectDelayMs`, doubled per attempt up to
 * `maxReconnectDelayMs`. Our own base gets up to 25% jitter off, so clients dropped together do not
 * come back together; the server's `retry:` is a floor and gets none.
 */
export function _reconnectDelayMs(
  attempt: number,
  error: Error,
  serverRetryMs: number | null,
  options: { reconnectDelayMs: number; maxReconnectDelayMs: number },
  random = Math.random(),
): number {
  if (
    error instanceof WorkflowsAPIError &&
    (error.headers.has("retry-after-ms") || error.headers.has("retry-after"))
  )
    return retryDelayMs(attempt - 1, error.headers);
  const base = serverRetryMs ?? options.reconnectDelayMs;
  const backoff = Math.min(options.maxReconnectDelayMs, base * 2 ** (attempt - 1));
  return serverRetryMs === null ? backoff * (1 - random * 0.25) : Math.max(serverRetryMs, backoff);
}

const noop = () => {};

/** Items decoded from one chunk, with the last event id as of each (see `Stream.lastEventId`). */
interface Batch<T> {
  items: (T | Skipped)[];
  ids: (string | null)[];
}

/** An undecodable event, kept in its place among the items so `onParseError` sees it in order. */
class Skipped {
  constructor(readonly error: StreamParseError) {}
}

/**
 * Opens a resumable SSE stream: the building block of `streamExecution()`, `streamEvents()` and
 * `streamExecutionLogs()`, for an endpoint they do not cover. Nothing is sent until the stream is
 * iterated.
 *
 * How it ends:
 * - after yielding the item `isTerminal` accepts, or when `isComplete` says so: quietly;
 * - on `abort()`, the `signal` option, `break`, or `onReconnect` returning `false`: quietly;
 * - an `error` event: throws {@link StreamEventError} (never reconnects);
 * - undecodable `data`: throws {@link StreamParseError}, unless `onParseError` is given;
 * - the first request's error: throws it as the client does (after the client's own retries);
 * - a reconnect answered with an HTTP error other than 408/429/5xx: throws that `WorkflowsAPIError`;
 * - `maxReconnects` attempts in a row without a new event: throws the last attempt's error
 *   ({@link StreamDisconnectedError}, `APIConnectionError` or `WorkflowsAPIError`).
 */
export function connectSSE<T>(spec: ConnectSpec<T>, options: StreamOptions = {}): Stream<T> {
  const maxReconnects = check("maxReconnects", options.maxReconnects ?? DEFAULTS.maxReconnects, true);
  const delays = {
    reconnectDelayMs: check("reconnectDelayMs", options.reconnectDelayMs ?? DEFAULTS.reconnectDelayMs, false),
    maxReconnectDelayMs: check(
      "maxReconnectDelayMs",
      options.maxReconnectDelayMs ?? DEFAULTS.maxReconnectDelayMs,
      false,
    ),
  };
  const idleTimeoutMs = check("idleTimeoutMs", options.idleTimeoutMs ?? DEFAULTS.idleTimeoutMs, false);
  const dedupeWindow = check("dedupeWindow", options.dedupeWindow ?? DEFAULTS.dedupeWindow, true);
  const sleep = options.sleep ?? defaultSleep;
  const { onReconnect, onParseError, signal: userSignal } = options;
  const { decode, isTerminal, sequenceOf, isComplete } = spec;

  const controller = new AbortController();
  const state: StreamState = { lastEventId: options.lastEventId ?? null };

  function disconnected(reason: DisconnectReason, lastEventId: string | null, cause?: unknown) {
    const message =
      reason === "idle"
        ? `No data arrived for ${idleTimeoutMs} ms.`
        : reason === "ended"
          ? "The stream ended before its last event."
          : `The connection dropped while reading the stream: ${(cause as Error)?.message ?? String(cause)}`;
    return new StreamDisconnectedError(
      message,
      reason,
      lastEventId,
      cause === undefined ? undefined : { cause },
    );
  }

  /**
   * The connection loop. It yields one batch per chunk read (the items decoded from it, each with the
   * last id as of that item) rather than one item at a time: an async generator's `yield` costs several
   * microtask turns, and {@link iterate} hands the items of a batch out for one each.
   */
  async function* batches(): AsyncGenerator<Batch<T>, void, undefined> {
    const signal = controller.signal;
    const forwardUserAbort = () => controller.abort(userSignal?.reason);
    if (userSignal?.aborted) return;
    userSignal?.addEventListener("abort", forwardUserAbort, { once: true });

    // The last id parsed off the wire; `state.lastEventId` follows the items as they are handed out.
    let lastEventId = state.lastEventId;
    const seen = createIdWindow(dedupeWindow);
    // The server resumes *after* this id, so the event itself coming again is a repeat.
    if (lastEventId) seen.add(lastEventId);
    let lastSequence: number | null = null;
    let serverRetryMs: number | null = null;
    let failures = 0;
    let messages: SSEMessage[] = [];
    const parser = createSSEParser(
      { onEvent: (message) => messages.push(message), onRetry: (ms) => (serverRetryMs = ms) },
      { maxEventSize: options.maxEventSize },
    );
    let finished = false;

    try {
      for (let connection = 0; ; connection++) {
        if (signal.aborted) return;
        // One controller per connection: the idle watchdog aborts it alone, the stream's abort reaches it.
        const attempt = new AbortController();
        const forwardAbort = () => attempt.abort(signal.reason);
        signal.addEventListener("abort", forwardAbort, { once: true });
        let reason: DisconnectReason | "http" = "ended";
        let failure: Error | undefined;
        try {
          let response: Response | undefined;
          try {
            response = await spec.open({ lastEventId, lastSequence }, attempt.signal, connection > 0);
          } catch (error) {
            if (signal.aborted) return;
            if (connection === 0 || !isRetryable(error)) throw error;
            reason = error instanceof WorkflowsAPIError ? "http" : "network";
            failure = error as Error;
          }

          if (response) {
            const body = response.body;
            if (!body) throw new APIConnectionError("The stream's response has no body.");
            const reader = body.getReader();
            // Cancelling the reader settles a pending read() even when the body does not watch the
            // fetch signal (a body made in memory, or by a custom fetch).
            const cancel = () => void reader.cancel().catch(noop);
            attempt.signal.addEventListener("abort", cancel, { once: true });
            let idle = false;
            // When the pending read() began, or -1 while the consumer holds the stream between reads:
            // only time spent waiting for bytes counts as idle, never a slow loop body.
            let waitingSince = -1;
            let timer: ReturnType<typeof setTimeout> | undefined;
            if (idleTimeoutMs > 0) {
              // One timer per quiet period, re-armed for what is left, rather than one per chunk.
              const watch = () => {
                const quiet = waitingSince < 0 ? 0 : performance.now() - waitingSince;
                if (quiet < idleTimeoutMs) timer = setTimeout(watch, idleTimeoutMs - quiet);
                else {
                  idle = true;
                  attempt.abort();
                }
              };
              timer = setTimeout(watch, idleTimeoutMs);
            }
            parser.reset();
            messages = [];
            try {
              for (;;) {
                waitingSince = performance.now();
                const chunk = await reader.read();
                waitingSince = -1;
                if (signal.aborted) return;
                if (idle) break;
                if (chunk.done) parser.end();
                else parser.feed(chunk.value);
                if (messages.length > 0) {
                  const ready = messages;
                  messages = [];
                  const batch: Batch<T> = { items: [], ids: [] };
                  for (let i = 0; i < ready.length; i++) {
                    const message = ready[i]!;
                    const previousId = lastEventId;
                    if (message.id !== undefined) {
                      // An empty `id:` resets the last id (WHATWG); it identifies no event, so no dedupe.
                      if (message.id !== "") {
                        if (seen.has(message.id)) continue;
                        seen.add(message.id);
                      }
                      lastEventId = message.id;
                    }
                    let item: T;
                    try {
                      item = decode(message, previousId);
                    } catch (error) {
                      if (error instanceof StreamParseError && onParseError) {
                        batch.items.push(new Skipped(error));
                        batch.ids.push(lastEventId);
                        continue;
                      }
                      // Hand out what came before the bad event, then fail.
                      if (batch.items.length > 0) yield batch;
                      throw error;
                    }
                    if (sequenceOf) {
                      const sequence = sequenceOf(item);
                      if (sequence !== undefined) {
                        if (lastSequence !== null && sequence <= lastSequence) continue;
                        lastSequence = sequence;
                      }
                    }
                    failures = 0;
                    batch.items.push(item);
                    batch.ids.push(lastEventId);
                    if (isTerminal?.(item)) {
                      yield batch;
                      finished = true;
                      return;
                    }
                  }
                  if (batch.items.length > 0) yield batch;
                }
                if (chunk.done) break;
              }
              reason = idle ? "idle" : "ended";
              failure = disconnected(reason, lastEventId);
            } catch (error) {
              if (signal.aborted) return;
              if (error instanceof StreamParseError || error instanceof StreamEventError) throw error;
              reason = idle ? "idle" : "network";
              failure = disconnected(reason, lastEventId, error);
            } finally {
              clearTimeout(timer);
              attempt.signal.removeEventListener("abort", cancel);
            }
          }
        } finally {
          signal.removeEventListener("abort", forwardAbort);
          // Whatever happened, this connection is done with: abort it so the socket is released.
          attempt.abort();
        }

        if ((reason === "ended" || reason === "idle") && isComplete) {
          try {
            if (await isComplete(signal)) {
              finished = true;
              return;
            }
          } catch (error) {
            if (signal.aborted) return;
            if (!isRetryable(error)) throw error;
          }
        }
        failures++;
        if (failures > maxReconnects) throw failure!;
        const delayMs = _reconnectDelayMs(failures, failure!, serverRetryMs, delays);
        if (onReconnect) {
          const go = await onReconnect({ attempt: failures, delayMs, reason, error: failure!, lastEventId });
          if (go === false) {
            finished = true;
            return;
          }
        }
        try {
          await sleep(delayMs, signal);
        } catch (error) {
          if (signal.aborted) return;
          throw error;
        }
      }
    } finally {
      userSignal?.removeEventListener("abort", forwardUserAbort);
      // Stopped early (break, abort, error): make sure no request of this stream stays open.
      if (!finished) controller.abort();
    }
  }

  /** Hands out the items of each batch in order, keeping `lastEventId` in step with what was handed out. */
  function iterate(): AsyncIterator<T> {
    const source = batches();
    let batch: Batch<T> | null = null;
    let index = 0;
    let closed = false;
    let pulling: Promise<void> | null = null;
    const close = async (): Promise<IteratorResult<T>> => {
      if (!closed) {
        closed = true;
        batch = null;
        await source.return(undefined);
      }
      return { done: true, value: undefined };
    };
    return {
      async next() {
        try {
          for (;;) {
            if (closed) return { done: true, value: undefined };
            // An abort ends the iteration at once, even with items of the last chunk left over.
            if (controller.signal.aborted) return await close();
            if (batch !== null && index < batch.items.length) {
              const i = index++;
              const entry = batch.items[i];
              state.lastEventId = batch.ids[i]!;
              if (entry instanceof Skipped) {
                onParseError!(entry.error);
                continue;
              }
              return { done: false, value: entry as T };
            }
            // One pull at a time, even if next() is called again before the last call settled.
            pulling ??= source.next().then(
              (result) => {
                pulling = null;
                if (result.done) closed = true;
                else {
                  batch = result.value;
                  index = 0;
                }
              },
              (error: unknown) => {
                pulling = null;
                throw error;
              },
            );
            await pulling;
          }
        } catch (error) {
          // The loop stops here (for-await does not call return() after a throw): release the connection.
          await close().catch(noop);
          throw error;
        }
      },
      return: close,
    };
  }

  return new Stream(iterate, controller, state);
}
