/**
 * Parse layer: bytes in, SSE messages out. Pure (no I/O, no timers) and source-agnostic; the line
 * parsing is eventsource-parser's (WHATWG HTML §9.2.6, "Interpreting an event stream"), and this file adds
 * what it leaves to its caller: UTF-8 decoding of chunks split anywhere, and the end of the byte stream.
 *
 * eventsource-parser 3.x is used on purpose: it ships ESM and CJS and runs on Node ≥ 18, where 4.x is
 * ESM-only and needs Node ≥ 22.12; this package supports Node ≥ 20.12.
 */
import { createParser, type EventSourceMessage, type ParseError } from "eventsource-parser";
import { StreamParseError } from "./errors.js";

/**
 * One event as parsed from the wire, before decoding: `data` is the text of its `data:` lines joined by
 * `\n`; `event` and `id` are `undefined` when the event had no such field. An event without `id:` does
 * not clear the last event id (the standard's "last event ID buffer" persists); the caller keeps that.
 */
export type SSEMessage = EventSourceMessage;

/** Callbacks of {@link createSSEParser}, called synchronously from `feed()` and `end()`. */
export interface SSEParserCallbacks {
  /** An event was dispatched (a blank line ended a block with at least one `data:` line). */
  onEvent: (message: SSEMessage) => void;
  /** The server sent `retry: <ms>`, its reconnection delay in milliseconds. */
  onRetry?: (delayMs: number) => void;
  /** A comment line (`: text`), often a heartbeat; the leading space is removed. */
  onComment?: (comment: string) => void;
  /**
   * A line the standard says to ignore: an unknown field, or a `retry:` that is not all digits. The
   * parser has already skipped it; this is for logging. (An over-long event is thrown instead.)
   */
  onError?: (error: ParseError) => void;
}

/** Options of {@link createSSEParser}. */
export interface SSEParserOptions {
  /**
   * Most characters one event (its unfinished line plus its `data`) may buffer before its blank line;
   * past that, `feed()` throws a {@link StreamParseError} of type `event-too-large`, which guards memory
   * against a server that never ends a line.
   * @default 16_777_216 (16 Mi characters)
   */
  maxEventSize?: number;
}

/** The parser {@link createSSEParser} returns. */
export interface SSEParser {
  /**
   * Parses the next chunk of the byte stream. Chunks may be split anywhere: inside a multi-byte UTF-8
   * character, between the `\r` and `\n` of a CRLF, inside a field name. A leading UTF-8 BOM is dropped.
   */
  feed(chunk: Uint8Array): void;
  /**
   * Marks the end of the byte stream. A block that was not ended by a blank line is discarded, as the
   * standard requires ("If the file ends in the middle of an event, before the final empty line, the
   * incomplete event is not dispatched"); a trailing lone `\r` does count as a line end. The parser is
   * then ready for a new stream.
   */
  end(): void;
  /** Forgets all buffered bytes and fields without dispatching anything (for a new connection). */
  reset(): void;
}

const CR = 13;
const LF = 10;

/**
 * Creates a byte-level SSE parser. Decoding text is this layer's job, so the caller feeds raw chunks
 * straight from `response.body`.
 *
 * The edge case that will bite: eventsource-parser 3.x does not report an `id:` sent in a block without
 * `data:` (an "id-only" block), so such an id never reaches `onEvent`. Resuming then starts from the
 * last id that came with an event, and the events in between come again (the connect layer drops them
 * by id).
 */
export function createSSEParser(callbacks: SSEParserCallbacks, options: SSEParserOptions = {}): SSEParser {
  const maxEventSize = options.maxEventSize ?? 16 * 1024 * 1024;
  const { onError } = callbacks;
  const parser = createParser({
    onEvent: callbacks.onEvent,
    onRetry: callbacks.onRetry,
    onComment: callbacks.onComment,
    onError(error) {
      if (error.type === "max-buffer-size-exceeded")
        throw new StreamParseError(
          `An event exceeded ${maxEventSize} characters before its end.`,
          "event-too-large",
          "",
          undefined,
          undefined,
          { cause: error },
        );
      onError?.(error);
    },
    maxBufferSize: maxEventSize,
  });
  // `fatal: false`: a malformed byte becomes U+FFFD, as the standard's UTF-8 decode says; the default
  // `ignoreBOM: false` drops a leading BOM even when it is split across chunks.
  let decoder = new TextDecoder("utf-8");
  // Whether the last chunk ended in a CR that was handed on as a line end: a LF that starts the next
  // chunk is then the second half of a CRLF, not a line end of its own.
  let pendingCR = false;

  function feedText(text: string): void {
    if (text.length === 0) return;
    if (pendingCR && text.charCodeAt(0) === LF) text = text.slice(1);
    pendingCR = false;
    if (text.length === 0) return;
    // eventsource-parser holds back a final CR in case a LF follows, so with lone-CR line ends the
    // blank line that ends an event would wait for the next byte (maybe forever, on a quiet stream).
    // A CR is a line end whatever follows (WHATWG HTML §9.2.6): hand it on as CRLF now.
    if (text.charCodeAt(text.length - 1) === CR) {
      pendingCR = true;
      text += "\n";
    }
    parser.feed(text);
  }

  function reset(): void {
    parser.reset();
    decoder = new TextDecoder("utf-8");
    pendingCR = false;
  }

  return {
    feed(chunk) {
      feedText(decoder.decode(chunk, { stream: true }));
    },
    end() {
      feedText(decoder.decode());
      reset();
    },
    reset,
  };
}

/**
 * Reads a byte stream to its end and yields its events, in order. The reader is released (and the
 * stream cancelled) when the consumer stops early. For tests and one-off parsing; streams read through
 * the same parser in `connectSSE`, decoding each event as it is dispatched.
 */
export async function* iterSSEMessages(
  body: ReadableStream<Uint8Array>,
  callbacks: Omit<SSEParserCallbacks, "onEvent"> = {},
  options?: SSEParserOptions,
): AsyncGenerator<SSEMessage, void, undefined> {
  // The messages of one chunk are handed out together: an async generator's `yield` costs several
  // microtask turns, so one `yield*` per chunk rather than one pass through the loop per message.
  let batch: SSEMessage[] = [];
  const parser = createSSEParser({ ...callbacks, onEvent: (message) => batch.push(message) }, options);
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) parser.end();
      else parser.feed(value);
      if (batch.length > 0) {
        const ready = batch;
        batch = [];
        yield* ready;
      }
      if (done) break;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
