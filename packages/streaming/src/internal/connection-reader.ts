/**
 * One connection of a resumable stream: reads its body through the parse layer, decodes each message
 * as the parser dispatches it (one pass over a chunk, while its text is still in cache), drops repeats
 * (by SSE id, by the payload's own id and by sequence, on every connection), and watches for
 * a body that goes quiet. It yields the items chunk by chunk and returns how the connection ended;
 * whether and when to reconnect is the loop's business (`connect.ts`).
 */
import { APIConnectionError } from "@mistral-workflows/client";
import { StreamEventError, StreamParseError } from "../errors.js";
import { watchCompletion } from "./completion-watch.js";
import type { IdWindow } from "./id-window.js";
import type { ReplayTrail } from "./replay-trail.js";
import type { Decoder } from "../sse-decode.js";
import { createSSEParser, type SSEMessage } from "../sse-parse.js";

/** Items decoded from one chunk, with the last event id as of each (see `Stream.lastEventId`). */
export interface Batch<T> {
  items: (T | Skipped)[];
  ids: (string | null)[];
  /** How many of `items` are {@link Skipped}: with none, the items can be handed out without a check each. */
  skipped: number;
}

/**
 * An event that yields no item, kept in its place among the items so that its callback sees it in
 * order and `Stream.lastEventId` moves past it: an undecodable one (`error`, for `onParseError`), or
 * one whose SSE event name the decoder does not know (`unknown`, for `onUnknownEvent`).
 */
export class Skipped {
  constructor(
    readonly error: StreamParseError | null,
    readonly unknown: SSEMessage | null,
  ) {}
}

/** Where the stream stands across connections; the reader moves it forward. */
export interface Cursor {
  lastEventId: string | null;
  lastSequence: number | null;
}

/** What the reader needs besides the response. */
export interface ReaderContext<T> {
  decode: Decoder<T>;
  isTerminal?: (item: T) => boolean;
  sequenceOf?: (item: T) => number | undefined;
  /** The payload's own unique id, when it has one: a second item with the same id is a repeat. */
  idOf?: (item: T) => string | undefined;
  /** SSE ids delivered recently. */
  seenIds: IdWindow;
  /** The events received since the last `id:`, whose repeats a resumed connection starts with. */
  trail: ReplayTrail;
  /** Payload ids delivered recently. */
  seenItemIds: IdWindow;
  cursor: Cursor;
  /**
   * Undecodable events are kept as {@link Skipped} (for `onParseError`) instead of ending the stream.
   * (Events of an unknown kind, `unknown-event`, are always kept so.)
   */
  skipParseErrors: boolean;
  /** The server sent `retry:` (milliseconds). */
  onRetry: (delayMs: number) => void;
  /** Most characters one event may hold (see `SSEParserOptions`). */
  maxEventSize: number | undefined;
  /** Milliseconds without a byte before the connection counts as idle; 0: never. */
  idleTimeoutMs: number;
  /** Called when an item is delivered (the loop resets its failure count). */
  onProgress: () => void;
  /** The stream's `isComplete`, asked while a connection stays open without an item (see `completion-watch.ts`). */
  isComplete: ((signal: AbortSignal, connection: { received: number }) => Promise<boolean>) | undefined;
  /** Milliseconds without an item before `isComplete` is asked on an open connection; 0: never. */
  completionCheckMs: number;
}

/** How a connection ended. */
export type ConnectionEnd =
  | { kind: "terminal" }
  /** `isComplete` said yes while the connection was still open. */
  | { kind: "complete" }
  | { kind: "aborted" }
  | { kind: "ended" | "idle" }
  | { kind: "network"; error: unknown };

/**
 * Reads `response` until it ends, goes idle, fails, delivers the terminal item, is found complete
 * while open, or `signal` (the stream's) aborts; `connection` is the controller of this connection
 * alone, aborted on idle and on completion. A {@link StreamParseError} (unless skipped; never one of
 * type `unknown-event`), a {@link StreamEventError}, or the completion question's final error is
 * thrown, after the items before it have been yielded.
 */
export async function* readConnection<T>(
  response: Response,
  ctx: ReaderContext<T>,
  signal: AbortSignal,
  connection: AbortController,
): AsyncGenerator<Batch<T>, ConnectionEnd, undefined> {
  const body = response.body;
  if (!body) throw new APIConnectionError("The stream's response has no body.");
  const reader = body.getReader();
  // Cancelling the reader settles a pending read() even when the body does not watch the fetch
  // signal (a body made in memory, or by a custom fetch).
  const cancel = () => void reader.cancel().catch(() => {});
  connection.signal.addEventListener("abort", cancel, { once: true });
  let idle = false;
  // When the pending read() began, or -1 while the consumer holds the stream between reads: only
  // time spent waiting for bytes counts as idle, never a slow loop body.
  let waitingSince = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const { idleTimeoutMs, cursor, decode, sequenceOf, isTerminal, idOf, seenIds, seenItemIds, trail } = ctx;
  trail.startConnection();
  const completion = ctx.isComplete
    ? watchCompletion(ctx.completionCheckMs, ctx.isComplete, connection)
    : null;
  if (idleTimeoutMs > 0) {
    // One timer per quiet period, re-armed for what is left, rather than one per chunk.
    // The timer never keeps a process alive on its own (the socket does while bytes may come), and
    // stops with the connection even if this generator is left suspended and never finishes.
    const arm = (ms: number) => {
      timer = setTimeout(watch, ms);
      (timer as { unref?: () => void }).unref?.();
    };
    const watch = () => {
      if (connection.signal.aborted) return;
      const quiet = waitingSince < 0 ? 0 : performance.now() - waitingSince;
      if (quiet < idleTimeoutMs) arm(idleTimeoutMs - quiet);
      else {
        idle = true;
        connection.abort();
      }
    };
    arm(idleTimeoutMs);
    connection.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  }
  let batch: Batch<T> = { items: [], ids: [], skipped: 0 };
  let failure: unknown = null;
  let terminal = false;
  const { skipParseErrors, onProgress } = ctx;
  // Runs inside `parser.feed()`, once per event, as the parser dispatches it.
  const onEvent = (message: SSEMessage): void => {
    // The rest of a chunk after the terminal event or a fatal error is not for this stream.
    if (terminal || failure !== null) return;
    const previousId = cursor.lastEventId;
    const id = message.id;
    // A repeat of a delivered event (a resumed connection that starts from a coarser point than the
    // last id, or a server that sends an event twice on one connection) is dropped: by its payload's
    // own id when it has one (which also tells an event sent without an SSE `id:`), else by its SSE
    // id. An empty `id:` resets the last id (WHATWG); it identifies no event.
    if (id !== undefined && id !== "" && seenIds.has(id)) return;
    // A repeat of an event that came without an id after the resume point: the resumed server sends
    // those first (see `replay-trail.ts`). With an id this time, the resume point moves past it.
    if (trail.isRepeat(message.data)) {
      if (id !== undefined) {
        if (id !== "") seenIds.add(id);
        cursor.lastEventId = id;
        trail.anchorRepeat();
      }
      return;
    }
    if (id === undefined) trail.record(message.data);
    else trail.anchor();
    let item: T;
    try {
      item = decode(message, previousId);
    } catch (error) {
      // Its SSE id is all that can tell this event again: a resent one is not reported twice.
      if (id !== undefined && id !== "") seenIds.add(id);
      if (id !== undefined) cursor.lastEventId = id;
      // An event of a kind the decoder does not know is not an error: a newer server may send one
      // (a `heartbeat`, say). It is skipped, and handed to `onUnknownEvent`.
      const unknown = error instanceof StreamParseError && error.type === "unknown-event";
      if (unknown || (skipParseErrors && error instanceof StreamParseError)) {
        batch.items.push(unknown ? new Skipped(null, message) : new Skipped(error, null));
        batch.ids.push(cursor.lastEventId);
        batch.skipped++;
      } else failure = error;
      return;
    }
    const itemId = idOf?.(item);
    if (itemId !== undefined) {
      if (seenItemIds.has(itemId)) return;
      seenItemIds.add(itemId);
    } else if (id !== undefined && id !== "") seenIds.add(id);
    if (id !== undefined) cursor.lastEventId = id;
    if (sequenceOf !== undefined) {
      const sequence = sequenceOf(item);
      if (sequence !== undefined) {
        if (cursor.lastSequence !== null && sequence <= cursor.lastSequence) return;
        cursor.lastSequence = sequence;
      }
    }
    onProgress();
    completion?.delivered();
    batch.items.push(item);
    batch.ids.push(cursor.lastEventId);
    if (isTerminal?.(item)) terminal = true;
  };
  const parser = createSSEParser({ onEvent, onRetry: ctx.onRetry }, { maxEventSize: ctx.maxEventSize });
  try {
    for (;;) {
      waitingSince = performance.now();
      completion?.waitStart();
      const chunk = await reader.read();
      waitingSince = -1;
      completion?.waitEnd();
      if (signal.aborted) return { kind: "aborted" };
      if (completion?.verdict.complete) return { kind: "complete" };
      if (completion?.verdict.error !== undefined) throw completion.verdict.error;
      if (idle) return { kind: "idle" };
      try {
        if (chunk.done) parser.end();
        else parser.feed(chunk.value);
      } catch (error) {
        // An over-long event: hand out what came before it, then fail.
        failure = error;
      }
      if (batch.items.length > 0) {
        const ready = batch;
        batch = { items: [], ids: [], skipped: 0 };
        yield ready;
      }
      if (failure !== null) throw failure;
      if (terminal) return { kind: "terminal" };
      if (chunk.done) return { kind: "ended" };
    }
  } catch (error) {
    if (signal.aborted) return { kind: "aborted" };
    if (completion?.verdict.complete) return { kind: "complete" };
    if (completion?.verdict.error !== undefined) throw completion.verdict.error;
    if (error instanceof StreamParseError || error instanceof StreamEventError) throw error;
    return idle ? { kind: "idle" } : { kind: "network", error };
  } finally {
    clearTimeout(timer);
    completion?.stop();
    connection.signal.removeEventListener("abort", cancel);
  }
}
