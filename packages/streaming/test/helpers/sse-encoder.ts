/**
 * SSE fixtures for the tests: an encoder that writes events as a server would (with a chosen line
 * ending, optional BOM and comments), and a seeded splitter that cuts the bytes into random chunks, so
 * a test can feed the same stream in many different splits and expect the same events.
 */

/** One block of an SSE stream, written in this field order: comment, event, id, retry, data lines. */
export interface FixtureBlock {
  comment?: string;
  event?: string;
  id?: string;
  retry?: number;
  /** Split on `\n` into one `data:` line each. */
  data?: string;
  /** Leave the block without its blank line (a stream cut mid-event). */
  unterminated?: boolean;
}

export type LineEnding = "\n" | "\r\n" | "\r";

/** Encodes blocks as SSE text. */
export function encodeSSE(blocks: FixtureBlock[], options: { eol?: LineEnding; bom?: boolean } = {}): string {
  const eol = options.eol ?? "\n";
  let out = options.bom ? "\uFEFF" : "";
  for (const block of blocks) {
    if (block.comment !== undefined) out += `:${block.comment}${eol}`;
    if (block.event !== undefined) out += `event: ${block.event}${eol}`;
    if (block.id !== undefined) out += `id: ${block.id}${eol}`;
    if (block.retry !== undefined) out += `retry: ${block.retry}${eol}`;
    if (block.data !== undefined) for (const line of block.data.split("\n")) out += `data: ${line}${eol}`;
    if (!block.unterminated) out += eol;
  }
  return out;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same splits, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cuts `bytes` into chunks of 1..`maxChunk` bytes at random offsets (anywhere: inside a character, a CRLF…). */
export function splitRandom(bytes: Uint8Array, random: () => number, maxChunk = 16): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * maxChunk);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** A `ReadableStream` that yields `chunks` one by one. */
export function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
