/**
 * Reads a download body into one `Uint8Array`, stopping at `maxBytes`: the stores' `get` never holds
 * more than the limit, whatever the service sends or announces.
 */
import { BlobTooLargeError } from "./store-errors.js";

/** A download body as the SDKs hand it out: a Node stream, a web `ReadableStream`, or a `Blob`. */
export type DownloadBody = AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array> | Blob;

function isWebStream(body: DownloadBody): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream).getReader === "function";
}

function isBlob(body: DownloadBody): body is Blob {
  return typeof Blob !== "undefined" && body instanceof Blob;
}

async function* webChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Reached when the reader stops early (too large, aborted): cancel so the connection is released.
    await reader.cancel().catch(() => {});
  }
}

/** Lets go of a body that will not be read: destroys a Node stream, cancels a web stream. */
export function releaseBody(body: DownloadBody, reason?: unknown): void {
  if (isBlob(body)) return;
  if (isWebStream(body)) {
    body.cancel(reason).catch(() => {});
    return;
  }
  (body as { destroy?: (e?: unknown) => void }).destroy?.(reason);
}

/** Joins chunks into one plain `Uint8Array`. */
function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Collects `body` while its size stays within `maxBytes`; beyond it, stops reading, releases the body
 * (destroying a Node stream, cancelling a web stream) and rejects with {@link BlobTooLargeError} for `key`.
 * An abort of `signal` releases the body too and rejects with the signal's reason.
 *
 * With `announcedSize` (the response's length), chunks are copied into one buffer of that size as they
 * arrive, so memory peaks at the blob's size plus a chunk, not twice the size; a body that turns out
 * longer than announced is still read correctly, within `maxBytes`.
 */
export async function readBounded(
  body: DownloadBody,
  key: string,
  maxBytes: number,
  signal?: AbortSignal,
  announcedSize?: number,
): Promise<Uint8Array> {
  if (isBlob(body)) {
    if (body.size > maxBytes) throw new BlobTooLargeError(key, maxBytes, body.size);
    return new Uint8Array(await body.arrayBuffer());
  }
  if (signal?.aborted) {
    releaseBody(body, signal.reason);
    throw signal.reason;
  }
  const source: AsyncIterable<Uint8Array | string> = isWebStream(body) ? webChunks(body) : body;
  const release = (reason: unknown) => (body as { destroy?: (e?: unknown) => void }).destroy?.(reason);
  const onAbort = () => release(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let preallocated =
    announcedSize !== undefined &&
    Number.isSafeInteger(announcedSize) &&
    announcedSize >= 0 &&
    announcedSize <= maxBytes
      ? new Uint8Array(announcedSize)
      : undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const part of source) {
      signal?.throwIfAborted();
      const chunk = typeof part === "string" ? new TextEncoder().encode(part) : part;
      const offset = total;
      total += chunk.byteLength;
      // Leaving the loop ends the iteration, which destroys a Node stream and cancels a web stream.
      if (total > maxBytes) throw new BlobTooLargeError(key, maxBytes);
      if (preallocated && total <= preallocated.byteLength) {
        preallocated.set(chunk, offset);
        continue;
      }
      if (preallocated) {
        chunks.push(preallocated.subarray(0, offset));
        preallocated = undefined;
      }
      chunks.push(chunk);
    }
    signal?.throwIfAborted();
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  if (preallocated) return total === preallocated.byteLength ? preallocated : preallocated.slice(0, total);
  return concat(chunks, total);
}
