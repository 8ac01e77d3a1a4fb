/**
 * The read → parse loop of `iterSSEMessages`: reads a body chunk by chunk, feeds the parser, and yields
 * the messages each chunk completed, as one array per chunk (an async generator's `yield` costs
 * several microtask turns, so items are handed out in batches). The connections of `connectSSE` (and
 * so `Stream.fromSSEResponse`) use the same parser but decode each message as it is dispatched
 * (`connection-reader.ts`).
 */
import {
  createSSEParser,
  type SSEMessage,
  type SSEParser,
  type SSEParserCallbacks,
  type SSEParserOptions,
} from "../sse-parse.js";

/** A parser that collects the messages it dispatches until {@link MessageQueue.take} is called. */
export interface MessageQueue {
  parser: SSEParser;
  /** The messages dispatched since the last call, oldest first. */
  take(): SSEMessage[];
}

/** Creates a {@link MessageQueue}; `callbacks` receive `retry:`, comments and ignored lines. */
export function createMessageQueue(
  callbacks: Omit<SSEParserCallbacks, "onEvent"> = {},
  options?: SSEParserOptions,
): MessageQueue {
  let pending: SSEMessage[] = [];
  const parser = createSSEParser({ ...callbacks, onEvent: (message) => pending.push(message) }, options);
  return {
    parser,
    take() {
      const ready = pending;
      pending = [];
      return ready;
    },
  };
}

/**
 * Reads `reader` to its end through `queue`, yielding the messages of each chunk (never an empty
 * array). `onWaiting(true)` is called before each read and `onWaiting(false)` after, so a watchdog
 * can count only the time spent waiting for bytes. The parser is reset first.
 */
export async function* readSSE(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  queue: MessageQueue,
  onWaiting?: (waiting: boolean) => void,
): AsyncGenerator<SSEMessage[], void, undefined> {
  queue.parser.reset();
  queue.take();
  for (;;) {
    onWaiting?.(true);
    const chunk = await reader.read();
    onWaiting?.(false);
    if (chunk.done) queue.parser.end();
    else queue.parser.feed(chunk.value);
    const ready = queue.take();
    if (ready.length > 0) yield ready;
    if (chunk.done) return;
  }
}
