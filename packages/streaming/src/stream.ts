/**
 * `Stream<T>`: the handle every streaming call returns, after openai-node's `src/core/streaming.ts`.
 * It owns an AbortController, is read once, ends quietly when aborted, and releases its connection
 * whichever way the reading stops (end, `break`, `return`, a throw in the loop body, `abort()`).
 * `connectSSE()` makes one over the connect layer's loop (`connect.ts`).
 */
import { WorkflowsError } from "@mistral-workflows/client";
import { StreamParseError } from "./errors.js";
import type { Decoder } from "./sse-decode.js";
import { createSSESource, type ConnectSpec, type StreamOptions, type StreamState } from "./connect.js";
import type { SSEMessage, SSEParserOptions } from "./sse-parse.js";

export type { StreamState } from "./connect.js";

const done = <T>(): IteratorResult<T> => ({ done: true, value: undefined });

/**
 * An async-iterable stream of typed items that can be read once.
 *
 * ```ts
 * const stream = streamExecution(client, { execution_id });
 * for await (const event of stream) {
 *   if (event.data.event_type === "CUSTOM_TASK_IN_PROGRESS") render(event.data.attributes);
 * }
 * ```
 *
 * - Reading it a second time throws: use {@link Stream.tee} to read it twice.
 * - `break` (or an exception in the loop body) aborts the request and closes the connection.
 * - {@link Stream.abort} (or the `signal` given to the call that made it) ends the iteration quietly:
 *   the loop just stops, nothing is thrown.
 */
export class Stream<T> implements AsyncIterable<T> {
  /** Aborting it ends the stream quietly and closes its connection. */
  readonly controller: AbortController;
  readonly #source: () => AsyncIterator<T>;
  readonly #state: StreamState;
  #consumed = false;

  /**
   * Wraps an iterator factory. Most code gets a `Stream` from `streamExecution()` and friends or from
   * {@link Stream.fromSSEResponse}; this constructor is for adapting other sources.
   * @param source Called once, on first iteration. Its iterator must honour `controller`'s signal.
   * @param controller Aborts the underlying request.
   * @param state Shared wire state (`lastEventId`); a fresh one by default.
   */
  constructor(
    source: () => AsyncIterator<T>,
    controller: AbortController,
    state: StreamState = { lastEventId: null },
  ) {
    this.#source = source;
    this.controller = controller;
    this.#state = state;
  }

  /**
   * Id of the last event handed to you (or to `onParseError`, or skipped as an unknown event), so it
   * moves in step with your loop: inside the loop body it is the current item's id (or, for an event
   * without `id:`, the one before). Persist it after handling an item to resume later, from another
   * process too, with the `lastEventId` option: nothing handled is sent again, and nothing unhandled is
   * skipped. (Except items that came without an `id:` after it: the server sends those again, and only
   * the stream that saw them can tell them as repeats.)
   */
  get lastEventId(): string | null {
    return this.#state.lastEventId;
  }

  /** Whether the stream has been iterated, tee'd or converted already. */
  get consumed(): boolean {
    return this.#consumed;
  }

  /** Ends the stream quietly: the current `for await` stops and the connection is closed. */
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /**
   * The stream's iterator. Throws a `WorkflowsError` when called twice: a stream is read once.
   */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#consumed)
      throw new WorkflowsError(
        "This stream has already been read; use `stream.tee()` to read it more than once.",
      );
    this.#consumed = true;
    return this.#source();
  }

  /**
   * Splits the stream in two that can be read independently, at different speeds: each branch buffers
   * what it has not read yet (so a branch that is never read holds every item in memory). The
   * connection closes once both branches have finished or stopped; `abort()` on either ends both.
   * Consumes this stream.
   */
  tee(): [Stream<T>, Stream<T>] {
    const source = this[Symbol.asyncIterator]();
    const queues: (Promise<IteratorResult<T>>[] | null)[] = [[], []];
    let open = 2;
    const branch = (index: 0 | 1): AsyncIterator<T> => ({
      next() {
        const queue = queues[index];
        if (!queue) return Promise.resolve(done<T>());
        if (queue.length === 0) {
          const result = source.next();
          // The other branch may never read this result: keep a rejection from being "unhandled".
          result.catch(() => {});
          for (const q of queues) q?.push(result);
        }
        return queue.shift()!;
      },
      async return() {
        if (queues[index]) {
          queues[index] = null;
          if (--open === 0) await source.return?.();
        }
        return done<T>();
      },
    });
    return [
      new Stream(() => branch(0), this.controller, this.#state),
      new Stream(() => branch(1), this.controller, this.#state),
    ];
  }

  /**
   * Converts the stream to a web `ReadableStream` of NDJSON bytes: one `JSON.stringify(item)` per line,
   * to forward to a browser or another process ({@link Stream.fromReadableStream} reads it back).
   * Cancelling the `ReadableStream` closes the connection. Consumes this stream.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }

  /**
   * Reads an NDJSON byte stream (as made by {@link Stream.toReadableStream}) back into a `Stream`. A line
   * that is not JSON throws a {@link StreamParseError} of type `invalid-json` carrying the line.
   * @param controller Aborting it cancels `readable`. @default a new AbortController
   */
  static fromReadableStream<T>(
    readable: ReadableStream<Uint8Array>,
    controller = new AbortController(),
  ): Stream<T> {
    async function* iterate(): AsyncGenerator<T, void, undefined> {
      const reader = readable.getReader();
      const cancel = () => void reader.cancel().catch(() => {});
      controller.signal.addEventListener("abort", cancel, { once: true });
      const decoder = new TextDecoder();
      let buffer = "";
      let finished = false;
      const parse = (line: string): T => {
        try {
          return JSON.parse(line) as T;
        } catch (cause) {
          throw new StreamParseError("NDJSON line is not JSON.", "invalid-json", line, undefined, undefined, {
            cause,
          });
        }
      };
      try {
        for (;;) {
          if (controller.signal.aborted) return;
          const { done, value } = await reader.read();
          buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
          let newline: number;
          while ((newline = buffer.indexOf("\n")) !== -1) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(newline + 1);
            if (line.trim()) yield parse(line);
          }
          if (done) break;
        }
        if (buffer.trim()) yield parse(buffer);
        finished = true;
      } finally {
        controller.signal.removeEventListener("abort", cancel);
        if (!finished) {
          controller.abort();
          await reader.cancel().catch(() => {});
        }
      }
    }
    return new Stream(iterate, controller);
  }

  /**
   * Reads the body of one SSE `Response` (such as the one `client.executions.stream(...)` resolves to)
   * as typed items, without reconnecting: the stream ends when the body ends, and a dropped connection
   * throws. For resume, use `streamExecution()`, `streamEvents()` or `streamExecutionLogs()`.
   *
   * ```ts
   * const controller = new AbortController();
   * const response = await client.executions.stream({ execution_id }, { signal: controller.signal });
   * for await (const event of Stream.fromSSEResponse(response, decodeWorkflowEvent, controller)) { … }
   * ```
   * @param controller The controller whose signal the request was sent with, so that `break` and
   *   `abort()` close the connection. @default a new AbortController (then only the body is cancelled)
   * @param options `onParseError`: receives undecodable events instead of the stream throwing them;
   *   `onUnknownEvent`: receives the events of a kind the decoder does not know, which are skipped.
   */
  static fromSSEResponse<T>(
    response: Response,
    decode: Decoder<T>,
    controller = new AbortController(),
    options: {
      onParseError?: (error: StreamParseError) => void;
      onUnknownEvent?: (message: SSEMessage) => void;
    } & SSEParserOptions = {},
  ): Stream<T> {
    // The same loop as every resumable stream, with one connection that ends with its body.
    const stream = connectSSE<T>(
      {
        open: () => {
          if (!response.body)
            return Promise.reject(new WorkflowsError("The response has no body to read events from."));
          return Promise.resolve(response);
        },
        decode,
        endsWithBody: true,
      },
      {
        signal: controller.signal,
        maxReconnects: 0,
        idleTimeoutMs: 0,
        dedupeWindow: 0,
        ...(options.onParseError ? { onParseError: options.onParseError } : {}),
        ...(options.onUnknownEvent ? { onUnknownEvent: options.onUnknownEvent } : {}),
        ...(options.maxEventSize !== undefined ? { maxEventSize: options.maxEventSize } : {}),
      },
    );
    stream.controller.signal.addEventListener("abort", () => controller.abort(), { once: true });
    return stream;
  }
}

/**
 * Opens a resumable SSE stream: the building block of `streamExecution()`, `streamEvents()`,
 * `streamExecutionLogs()` and `streamDeploymentLogs()`, for an endpoint they do not cover. Nothing is sent until the stream is
 * iterated.
 *
 * How it ends:
 * - after yielding the item `isTerminal` accepts, or when `isComplete` says so (asked when a
 *   connection ends or goes idle, and every `completionCheckMs` of a connection without an item): quietly;
 * - on `abort()`, the `signal` option, `break`, or `onReconnect` returning `false`: quietly;
 * - an `error` event: throws {@link StreamEventError} (never reconnects);
 * - undecodable `data`: throws {@link StreamParseError}, unless `onParseError` is given (an event
 *   whose name the decoder does not know is skipped, never thrown: see `onUnknownEvent`);
 * - the first request's error: throws it as the client does (after the client's own retries);
 * - a reconnect answered with an HTTP error other than 408/429/5xx: throws that `WorkflowsAPIError`;
 * - `maxReconnects` attempts in a row without a new event: throws the last attempt's error
 *   ({@link StreamDisconnectedError}, `APIConnectionError` or `WorkflowsAPIError`).
 */
export function connectSSE<T>(spec: ConnectSpec<T>, options: StreamOptions = {}): Stream<T> {
  return new Stream(...createSSESource(spec, options));
}
