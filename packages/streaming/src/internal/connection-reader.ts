/**
 * One connection of a resumable stream: reads its body through the package's one read → parse loop,
 * decodes each message, drops repeats (by SSE id, by the payload's own id, by sequence), and watches
 * for a body that goes quiet. It yields the items chunk by chunk and returns how the connection ended;
 * whether and when to reconnect is the loop's business (`connect.ts`).
 */
import { APIConnectionError } from "@mistral-workflows/client";
import { StreamEventError, StreamParseError } from "../errors.js";
import type { IdWindow } from "./id-window.js";
import { readSSE, type MessageQueue } from "./read-sse.js";
import type { Decoder } from "../sse-decode.js";

/** Items decoded from one chunk, with the last event id as of each (see `Stream.lastEventId`). */
export interface Batch<T> {
  items: (T | Skipped)[];
  ids: (string | null)[];
}

/** An undecodable event, kept in its place among the items so `onParseError` sees it in order. */
export class Skipped {
  constructor(readonly error: StreamParseError) {}
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
  /** SSE ids seen recently. */
  seenIds: IdWindow;
  /** Payload ids seen recently. */
  seenItemIds: IdWindow;
  cursor: Cursor;
  /** Undecodable events are kept as {@link Skipped} (for `onParseError`) instead of ending the stream. */
  skipParseErrors: boolean;
  queue: MessageQueue;
  /** Milliseconds without a byte before the connection counts as idle; 0: never. */
  idleTimeoutMs: number;
  /** Called when an item is delivered (the loop resets its failure count). */
  onProgress: () => void;
}

/** How a connection ended. */
export type ConnectionEnd =
  | { kind: "terminal" }
  | { kind: "aborted" }
  | { kind: "ended" | "idle" }
  | { kind: "network"; error: unknown };

/**
 * Reads `response` until it ends, goes idle, fails, delivers the terminal item, or `signal` (the
 * stream's) aborts; `connection` is the controller of this connection alone, aborted on idle.
 * A {@link StreamParseError} (unless skipped) or {@link StreamEventError} is thrown, after the items
 * before it have been yielded.
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
  const { idleTimeoutMs, cursor, decode, sequenceOf, isTerminal, idOf, seenIds, seenItemIds } = ctx;
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
  const onWaiting = (waiting: boolean) => (waitingSince = waiting ? performance.now() : -1);
  try {
    for await (const messages of readSSE(reader, ctx.queue, onWaiting)) {
      if (signal.aborted) return { kind: "aborted" };
      if (idle) break;
      const batch: Batch<T> = { items: [], ids: [] };
      for (const message of messages) {
        const previousId = cursor.lastEventId;
        if (message.id !== undefined) {
          // An empty `id:` resets the last id (WHATWG); it identifies no event, so no dedupe.
          if (message.id !== "") {
            if (seenIds.has(message.id)) continue;
            seenIds.add(message.id);
          }
          cursor.lastEventId = message.id;
        }
        let item: T;
        try {
          item = decode(message, previousId);
        } catch (error) {
          if (error instanceof StreamParseError && ctx.skipParseErrors) {
            batch.items.push(new Skipped(error));
            batch.ids.push(cursor.lastEventId);
            continue;
          }
          // Hand out what came before the bad event, then fail.
          if (batch.items.length > 0) yield batch;
          throw error;
        }
        // An event sent without an SSE `id:` just before a drop comes again after the resume: its
        // own id tells.
        const itemId = idOf?.(item);
        if (itemId !== undefined) {
          if (seenItemIds.has(itemId)) continue;
          seenItemIds.add(itemId);
        }
        if (sequenceOf) {
          const sequence = sequenceOf(item);
          if (sequence !== undefined) {
            if (cursor.lastSequence !== null && sequence <= cursor.lastSequence) continue;
            cursor.lastSequence = sequence;
          }
        }
        ctx.onProgress();
        batch.items.push(item);
        batch.ids.push(cursor.lastEventId);
        if (isTerminal?.(item)) {
          yield batch;
          return { kind: "terminal" };
        }
      }
      if (batch.items.length > 0) yield batch;
    }
    return { kind: idle ? "idle" : "ended" };
  } catch (error) {
    if (signal.aborted) return { kind: "aborted" };
    if (error instanceof StreamParseError || error instanceof StreamEventError) throw error;
    return idle ? { kind: "idle" } : { kind: "network", error };
  } finally {
    clearTimeout(timer);
    connection.signal.removeEventListener("abort", cancel);
  }
}
