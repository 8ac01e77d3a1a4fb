import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { readBounded } from "../../src/stores/read-bounded.js";
import { BlobTooLargeError } from "../../src/stores/store-errors.js";

/** A Node stream of `count` chunks of `size` bytes, made on demand, recording how many were pulled. */
function chunkStream(count: number, size: number) {
  const state = { pulled: 0 };
  const stream = new Readable({
    highWaterMark: 0,
    read() {
      if (state.pulled === count) return this.push(null);
      state.pulled++;
      this.push(new Uint8Array(size).fill(state.pulled));
    },
  });
  return { stream, state };
}

test("collects a Node stream into one plain Uint8Array", async () => {
  const { stream } = chunkStream(3, 4);
  const bytes = await readBounded(stream, "k", 12);
  expect(bytes).toEqual(new Uint8Array([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]));
  expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
});

test("stops pulling once past maxBytes and destroys the stream", async () => {
  const { stream, state } = chunkStream(1000, 1024);
  const error = await readBounded(stream, "big", 4096).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BlobTooLargeError);
  expect(error).toMatchObject({ key: "big", maxBytes: 4096, size: undefined });
  expect(state.pulled).toBeLessThanOrEqual(6); // 5 chunks cross the limit; at most one more is buffered
  expect(stream.destroyed).toBe(true);
});

test("bounds a web ReadableStream and cancels it", async () => {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(100));
    },
    cancel() {
      cancelled = true;
    },
  });
  await expect(readBounded(stream, "web", 250)).rejects.toBeInstanceOf(BlobTooLargeError);
  expect(pulled).toBeLessThanOrEqual(4);
  expect(cancelled).toBe(true);
});

test("a Blob above maxBytes is refused by its size, unread", async () => {
  await expect(readBounded(new Blob([new Uint8Array(11)]), "blob", 10)).rejects.toMatchObject({ size: 11 });
  expect(await readBounded(new Blob([new Uint8Array([7, 8])]), "blob", 10)).toEqual(new Uint8Array([7, 8]));
});

test("an abort mid-read destroys the stream and rejects with the signal's reason", async () => {
  const { stream } = chunkStream(1000, 10);
  const controller = new AbortController();
  stream.once("data", () => controller.abort(new Error("caller gave up")));
  await expect(readBounded(stream, "k", 1_000_000, controller.signal)).rejects.toThrow("caller gave up");
  expect(stream.destroyed).toBe(true);
});

test("with the size announced, the bytes go straight into one buffer of that size", async () => {
  const { stream } = chunkStream(3, 4);
  const bytes = await readBounded(stream, "k", 100, undefined, 12);
  expect(bytes).toEqual(new Uint8Array([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]));
  expect(bytes.buffer.byteLength).toBe(12);
});

test.each([
  ["shorter", 5],
  ["longer", 20],
])("a body %s than announced is still read exactly", async (_name, announced) => {
  const { stream } = chunkStream(3, 4);
  expect(await readBounded(stream, "k", 100, undefined, announced)).toEqual(
    new Uint8Array([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]),
  );
});

test("a body longer than announced is still bounded by maxBytes", async () => {
  const { stream } = chunkStream(100, 4);
  await expect(readBounded(stream, "k", 10, undefined, 8)).rejects.toBeInstanceOf(BlobTooLargeError);
});
