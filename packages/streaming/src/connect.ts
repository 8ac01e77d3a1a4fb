/**
 * Connect layer: keeps one logical stream alive over as many HTTP connections as it takes. It sends
 * the request (through a caller-supplied `open`, normally a client named method), feeds the body to the
 * parse layer and each message to the decoder, and when a connection drops (network error, idle
 * timeout, or a body that ends before the terminal event) it reconnects from the last event id, with
 * backoff that honours the server's `retry:`. Ids delivered recently are remembered so an event a
 * resumed connection sends again is delivered once.
 *
 * The model is the browser's EventSource (WHATWG HTML §9.2: "last event ID", "reconnection time"),
 * with what EventSource lacks: a cap on attempts, backoff, typed errors, and an end.
 *
 * This file is the loop; one connection is read by `internal/connection-reader.ts`, and when to
 * reconnect is `internal/reconnect-policy.ts`.
 */
import { sleep as defaultSleep, WorkflowsAPIError } from "@mistral-workflows/client";
import {
  readConnection,
  Skipped,
  type Batch,
  type ConnectionEnd,
  type Cursor,
} from "./internal/connection-reader.js";
import { StreamDisconnectedError, StreamParseError, type DisconnectReason } from "./errors.js";
import { createIdWindow } from "./internal/id-window.js";
import { prepareBatch } from "./internal/prepare-batch.js";
import { createReplayTrail } from "./internal/replay-trail.js";
import {
  RECONNECT_DEFAULTS,
  _reconnectDelayMs,
  checkOption,
  isRetryable,
} from "./internal/reconnect-policy.js";
import type { Decoder } from "./sse-decode.js";
import type { SSEMessage } from "./sse-parse.js";

const noop = () => {};

/** What a `Stream` knows about the wire, shared by the streams that `Stream.tee` makes. */
export interface StreamState {
  /** Id of the last event handed out (`null` until an event with an `id:` arrives). */
  lastEventId: string | null;
}

/** `Stream`'s constructor arguments, made by {@link createSSESource}: `source` starts the loop. */
export type SSESource<T> = [source: () => AsyncIterator<T>, controller: AbortController, state: StreamState];

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

/**
 * Options of every resumable stream (`streamExecution`, `streamEvents`, `streamExecutionLogs`,
 * `streamDeploymentLogs`, `connectSSE`).
 */
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
   * is still honoured, up to 60 s: a server's `retry:` above 60 000 counts as 60 000 (as the client
   * ignores a `Retry-After` beyond 60 s), so a server cannot park a stream for days.
   * @default 30000
   */
  maxReconnectDelayMs?: number;
  /**
   * Reconnect when no byte (event or comment) arrives for this many milliseconds while the stream waits
   * for data; time the loop body spends on an item does not count. `0` disables it.
   * @default 300000 (5 minutes)
   */
  idleTimeoutMs?: number;
  /**
   * While a connection stays open but delivers no event for this many milliseconds (the server sends
   * only heartbeats, or nothing), the stream asks whether it is over, as it does when a connection
   * ends: `streamExecution` and `streamExecutionLogs` read the execution's status,
   * `streamDeploymentLogs` the deployment. If it is, the stream ends quietly; if not, it keeps reading
   * and asks again after each further such period. A status read that fails with a 5xx, 408, 429 or
   * a network error counts as "not yet"; another HTTP error ends the stream with it. Streams with no
   * end (`streamEvents`) never ask. `0` never asks (heartbeats then keep a finished stream open).
   * Time the loop body spends on an item does not count.
   * @default 30000
   */
  completionCheckMs?: number;
  /**
   * How many of the last events' ids are remembered: an event whose id is among them is a repeat (one a
   * resumed connection sends again, or one a server sends twice) and is dropped; `0` disables it. Items
   * with a sequence number (`sequenceOf`) are also checked against the highest delivered. Events that
   * came without an `id:` after the last one that had one (up to this many, and 1 Mi characters of
   * data) are remembered by their data: a resumed connection that starts by sending them again, in
   * the same order, has those repeats dropped, so a record without an id is not delivered twice.
   * @default 1024
   */
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
  /**
   * Receives each event whose SSE event name the stream does not know (e.g. a `heartbeat` event a
   * newer server sends), as parsed. Such an event is never an error: the stream skips it, with or
   * without this callback, and goes on; an `id:` it carries still moves the resume point.
   */
  onUnknownEvent?: (message: SSEMessage) => void;
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
  /**
   * Finishes each decoded item before it is handed out, asynchronously (the event streams decode
   * encrypted payloads with the client's `payloadCodec` here). A throw ends the stream with that error;
   * the item is not delivered, so `lastEventId` still points before it.
   */
  prepare?: (item: T) => Promise<unknown>;
  /** Whether `item` is the last one: the stream ends right after yielding it and never reconnects. */
  isTerminal?: (item: T) => boolean;
  /**
   * The item's position in an increasing sequence, if it has one: an item at or below the highest
   * position delivered is a repeat and is dropped, and `ResumePoint.lastSequence` follows it.
   */
  sequenceOf?: (item: T) => number | undefined;
  /**
   * Asked when a connection ended cleanly or went idle before the terminal event, and while one stays
   * open without an item for `completionCheckMs`: `true` ends the stream quietly instead of
   * reconnecting or reading on (e.g. the execution is over and will send nothing more).
   * `connection.received` is how many items that connection delivered (0: the server had nothing
   * after the resume point). `signal` aborts when the answer is no longer needed.
   */
  isComplete?: (signal: AbortSignal, connection: { received: number }) => Promise<boolean>;
  /**
   * The item's own unique id (a workflow event's `event_id`), if it has one: an item whose id was
   * delivered recently is a repeat and is dropped, even when it came without an SSE `id:`.
   */
  idOf?: (item: T) => string | undefined;
  /**
   * The stream is one response and ends quietly with its body: no reconnect, no "ended before its
   * last event" error (`Stream.fromSSEResponse`).
   */
  endsWithBody?: boolean;
}

/**
 * The loop behind `connectSSE()` and `Stream.fromSSEResponse()`: checks the options (throwing at the
 * call), and returns what a `Stream` is made of. Nothing is sent until the source is iterated.
 */
export function createSSESource<T>(spec: ConnectSpec<T>, options: StreamOptions = {}): SSESource<T> {
  const maxReconnects = checkOption(
    "maxReconnects",
    options.maxReconnects ?? RECONNECT_DEFAULTS.maxReconnects,
    true,
  );
  const delays = {
    reconnectDelayMs: checkOption(
      "reconnectDelayMs",
      options.reconnectDelayMs ?? RECONNECT_DEFAULTS.reconnectDelayMs,
      false,
    ),
    maxReconnectDelayMs: checkOption(
      "maxReconnectDelayMs",
      options.maxReconnectDelayMs ?? RECONNECT_DEFAULTS.maxReconnectDelayMs,
      false,
    ),
  };
  const idleTimeoutMs = checkOption(
    "idleTimeoutMs",
    options.idleTimeoutMs ?? RECONNECT_DEFAULTS.idleTimeoutMs,
    false,
  );
  const completionCheckMs = checkOption(
    "completionCheckMs",
    options.completionCheckMs ?? RECONNECT_DEFAULTS.completionCheckMs,
    false,
  );
  const dedupeWindow = checkOption(
    "dedupeWindow",
    options.dedupeWindow ?? RECONNECT_DEFAULTS.dedupeWindow,
    true,
  );
  if (options.maxEventSize !== undefined) checkOption("maxEventSize", options.maxEventSize, true);
  const sleep = options.sleep ?? defaultSleep;
  const { onReconnect, onParseError, onUnknownEvent, signal: userSignal } = options;
  const { isComplete } = spec;

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
   * The reconnect loop: one {@link readConnection} per connection, then the policy decides whether
   * and when to open the next one.
   */
  async function* batches(): AsyncGenerator<Batch<T>, void, undefined> {
    const signal = controller.signal;
    const forwardUserAbort = () => controller.abort(userSignal?.reason);
    if (userSignal?.aborted) return;
    userSignal?.addEventListener("abort", forwardUserAbort, { once: true });

    // The last id parsed off the wire; `state.lastEventId` follows the items as they are handed out.
    const cursor: Cursor = { lastEventId: state.lastEventId, lastSequence: null };
    const seenIds = createIdWindow(dedupeWindow);
    // The server resumes *after* this id, so the event itself coming again is a repeat.
    if (cursor.lastEventId) seenIds.add(cursor.lastEventId);
    let serverRetryMs: number | null = null;
    let failures = 0;
    const context = {
      decode: spec.decode,
      isTerminal: spec.isTerminal,
      sequenceOf: spec.sequenceOf,
      idOf: spec.idOf,
      seenIds,
      seenItemIds: createIdWindow(dedupeWindow),
      trail: createReplayTrail(dedupeWindow),
      cursor,
      skipParseErrors: onParseError !== undefined,
      onRetry: (ms: number) => (serverRetryMs = ms),
      maxEventSize: options.maxEventSize,
      idleTimeoutMs,
      onProgress: () => (failures = 0),
      isComplete,
      completionCheckMs,
    };
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
        let received = 0;
        try {
          let response: Response | undefined;
          try {
            response = await spec.open(
              { lastEventId: cursor.lastEventId, lastSequence: cursor.lastSequence },
              attempt.signal,
              connection > 0,
            );
          } catch (error) {
            if (signal.aborted) return;
            if (connection === 0 || !isRetryable(error)) throw error;
            reason = error instanceof WorkflowsAPIError ? "http" : "network";
            failure = error as Error;
          }
          if (response) {
            const reading = readConnection(response, context, signal, attempt);
            let end: ConnectionEnd;
            try {
              for (;;) {
                const step = await reading.next();
                if (step.done) {
                  end = step.value;
                  break;
                }
                received += step.value.items.length - step.value.skipped;
                if (spec.prepare) {
                  const failed = await prepareBatch(step.value, spec.prepare);
                  if (failed) {
                    if (failed.before.items.length) yield failed.before;
                    throw failed.error;
                  }
                }
                yield step.value;
              }
            } finally {
              // A consumer that stops after the terminal item leaves the reader suspended at its
              // last yield: finish it, so its timer and listeners go with the connection.
              await reading.return(undefined as never);
            }
            if (end.kind === "aborted") return;
            if (
              end.kind === "terminal" ||
              end.kind === "complete" ||
              (end.kind === "ended" && spec.endsWithBody)
            ) {
              finished = true;
              return;
            }
            reason = end.kind;
            failure = disconnected(
              reason,
              cursor.lastEventId,
              end.kind === "network" ? end.error : undefined,
            );
            if (spec.endsWithBody && end.kind === "network") throw failure;
          }
        } finally {
          signal.removeEventListener("abort", forwardAbort);
          // Whatever happened, this connection is done with: abort it so the socket is released.
          attempt.abort();
        }

        if ((reason === "ended" || reason === "idle") && isComplete) {
          try {
            if (await isComplete(signal, { received })) {
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
          const go = await onReconnect({
            attempt: failures,
            delayMs,
            reason,
            error: failure!,
            lastEventId: cursor.lastEventId,
          });
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
    // Calls still waiting for a batch: until they have their items, later calls queue behind them.
    let waiting = 0;
    // Read once per item, so a flag rather than the signal's getter.
    let aborted = controller.signal.aborted;
    controller.signal.addEventListener("abort", () => (aborted = true), { once: true });
    return {
      // The common case, an item of the current batch, answers without an async function's extra turns.
      next() {
        if (waiting > 0 || aborted || batch === null || batch.skipped > 0 || index >= batch.items.length)
          return pull();
        state.lastEventId = batch.ids[index]!;
        return Promise.resolve({ done: false, value: batch.items[index++] as T });
      },
      return: close,
    };

    async function pull(): Promise<IteratorResult<T>> {
      waiting++;
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
              if (entry.error) onParseError!(entry.error);
              else onUnknownEvent?.(entry.unknown!);
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
      } finally {
        waiting--;
      }
    }
  }

  return [iterate, controller, state];
}
