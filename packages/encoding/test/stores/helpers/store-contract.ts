/**
 * The behaviour every cloud blob store shares, run by each store's test file against its emulator:
 * round trip, not found, the Python SDK's prefix rule, the codec's key characters, the `maxBytes`
 * bound, abort, and no credential in what a store shows of itself.
 */
import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { expect, test } from "vitest";
import type { BlobStore } from "../../../src/blob-store.js";
import { BlobNotFoundError } from "../../../src/errors.js";
import { BlobTooLargeError } from "../../../src/stores/store-errors.js";

export interface StoreHarness {
  /** A store over the emulator's bucket or container. */
  make(options: { prefix?: string; maxBytes?: number }): BlobStore & { toJSON(): unknown };
  /** The object stored under this exact name, read with the SDK directly (as a Python worker reads it). */
  rawGet(name: string): Promise<Uint8Array | undefined>;
  /** Stores an object under this exact name with the SDK directly (as a Python worker writes it). */
  rawPut(name: string, data: Uint8Array): Promise<void>;
  /** The names of the objects under `prefix`, as the service lists them (what it really stored). */
  rawList(prefix: string): Promise<string[]>;
  /** Credentials the harness configured, which must appear nowhere. */
  secrets: string[];
}

/** `length` bytes from a seed (xorshift), so every run uses the same data. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/**
 * A key as the codec makes it: `temporal-payload/<namespace>/<execution id>/sha256:<hex>`, the parts
 * percent-encoded as Python's `quote(…, safe="")` does. Here the namespace `prod/eu:1` and the id
 * `run 100%!` are written out encoded.
 */
export function codecKey(
  data: Uint8Array,
  namespace = "prod%2Feu%3A1",
  executionId = "run%20100%25%21",
): string {
  return `temporal-payload/${namespace}/${executionId}/sha256:${createHash("sha256").update(data).digest("hex")}`;
}

export function blobStoreContract(harness: () => StoreHarness): void {
  test("put, exists and get round-trip the bytes", async () => {
    const store = harness().make({});
    const data = seededBytes(70_000, 1);
    const key = codecKey(data);
    expect(await store.exists(key)).toBe(false);
    await store.put(key, data);
    expect(await store.exists(key)).toBe(true);
    expect(await store.get(key)).toEqual(data);
  });

  test("get of a missing key rejects with BlobNotFoundError naming the key", async () => {
    const store = harness().make({ prefix: "team-a" });
    const key = codecKey(seededBytes(10, 2));
    await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.get(key)).rejects.toMatchObject({ name: "BlobNotFoundError", key });
  });

  test("the prefix is applied as the Python SDK does: <prefix>/<key>, unless the key starts with it", async () => {
    const h = harness();
    const store = h.make({ prefix: "team-a" });
    const data = seededBytes(100, 3);
    const key = codecKey(data);
    await store.put(key, data);
    expect(await h.rawGet(`team-a/${key}`)).toEqual(data);
    expect(await h.rawGet(key)).toBeUndefined();

    // A key that already starts with the prefix text is used as is (a string test, as in Python).
    const already = `team-a/${codecKey(seededBytes(5, 4))}`;
    await store.put(already, data);
    expect(await h.rawGet(already)).toEqual(data);
    expect(await h.rawGet(`team-a/${already}`)).toBeUndefined();
    const quirk = h.make({ prefix: "temporal" });
    const unprefixed = codecKey(seededBytes(6, 5));
    await quirk.put(unprefixed, data);
    expect(await h.rawGet(unprefixed)).toEqual(data);
  });

  test("a blob a Python worker wrote under <prefix>/<key> is read by its key", async () => {
    const h = harness();
    const data = seededBytes(2048, 6);
    const key = codecKey(data);
    await h.rawPut(`workers/${key}`, data);
    const store = h.make({ prefix: "workers" });
    expect(await store.exists(key)).toBe(true);
    expect(await store.get(key)).toEqual(data);
  });

  test("keys with %, / and : are stored under exactly that name", async () => {
    const h = harness();
    const data = seededBytes(64, 7);
    const keys = [
      codecKey(data, "default", "exec-1"),
      codecKey(data, "a%2Fb%3Ac", "%25%2525%3A%3A"),
      codecKey(data, "ns%20with%20spaces", "id%2B%26%3D%3F%23"),
    ];
    const store = h.make({ prefix: "odd-keys" });
    for (const key of keys) {
      await store.put(key, data);
      expect(await h.rawGet(`odd-keys/${key}`)).toEqual(data);
      expect(await store.get(key)).toEqual(data);
    }
    // The service's own listing: each name is the key as given, no layer encoded or decoded it.
    expect((await h.rawList("odd-keys/")).sort()).toEqual(keys.map((k) => `odd-keys/${k}`).sort());
  });

  test("get reads a blob of exactly maxBytes and rejects a larger one with BlobTooLargeError", async () => {
    const store = harness().make({ maxBytes: 1024 });
    const fits = seededBytes(1024, 8);
    const tooBig = seededBytes(1025, 9);
    await store.put(codecKey(fits), fits);
    await store.put(codecKey(tooBig), tooBig);
    expect(await store.get(codecKey(fits))).toEqual(fits);
    const error = await store.get(codecKey(tooBig)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobTooLargeError);
    expect(error).toMatchObject({ code: "too-large", key: codecKey(tooBig), maxBytes: 1024, size: 1025 });
  });

  test("an aborted signal rejects with its reason before anything is sent", async () => {
    const h = harness();
    const store = h.make({});
    const data = seededBytes(10, 10);
    const key = codecKey(data);
    const signal = AbortSignal.abort();
    await expect(store.put(key, data, { signal })).rejects.toMatchObject({ name: "AbortError" });
    await expect(store.get(key, { signal })).rejects.toMatchObject({ name: "AbortError" });
    await expect(store.exists(key, { signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(await h.rawGet(key)).toBeUndefined();
  });

  test("an abort while a call runs rejects it as an abort", async () => {
    const store = harness().make({});
    const data = seededBytes(50_000, 12);
    const key = codecKey(data);
    await store.put(key, data);
    for (const call of [
      (signal: AbortSignal) => store.get(key, { signal }),
      (signal: AbortSignal) => store.exists(key, { signal }),
      (signal: AbortSignal) => store.put(codecKey(seededBytes(9, 13)), data, { signal }),
    ]) {
      const controller = new AbortController();
      const pending = call(controller.signal);
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    }
  });

  test("bad keys and data are rejected at the call", async () => {
    const store = harness().make({});
    await expect(store.get("")).rejects.toMatchObject({ name: "BlobStoreArgumentError", argument: "key" });
    await expect(store.put("k", "text" as unknown as Uint8Array)).rejects.toMatchObject({
      name: "BlobStoreArgumentError",
      argument: "data",
    });
  });

  test("toJSON() and inspection of the store show no credential", async () => {
    const h = harness();
    const store = h.make({ prefix: "team-a" });
    await store.exists(codecKey(seededBytes(1, 11))); // the SDK client now exists inside the store
    const shown = `${JSON.stringify(store)}\n${inspect(store, { depth: 20, showHidden: true })}\n${String(store)}`;
    for (const secret of h.secrets) expect(shown).not.toContain(secret);
    expect(JSON.parse(JSON.stringify(store))).toMatchObject({
      prefix: "team-a",
      maxBytes: 256 * 1024 * 1024,
    });
  });
}
