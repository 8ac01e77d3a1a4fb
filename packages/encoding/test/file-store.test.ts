import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { BlobNotFoundError, createPayloadCodec, PayloadEncodingError } from "../src/index.js";
import { createFileBlobStore, fileBlobPath } from "../src/node.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "encoding-file-store-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("createFileBlobStore", () => {
  test("stores, finds and reads a blob; a missing one is BlobNotFoundError", async () => {
    const store = createFileBlobStore(join(tempDir(), "blobs"));
    const key = "temporal-payload/ns/exec/sha256:00ff";
    expect(await store.exists(key)).toBe(false);
    await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    await store.put(key, Uint8Array.from([1, 2, 3]));
    expect(await store.exists(key)).toBe(true);
    expect(await store.get(key)).toEqual(Uint8Array.from([1, 2, 3]));
  });

  test("maps a key to one folder per segment, escaping what file systems dislike", () => {
    expect(fileBlobPath("/root", "temporal-payload/team%20ns/ex%2F1/sha256:ab")).toBe(
      "/root/temporal-payload/team%2520ns/ex%252F1/sha256%3Aab",
    );
  });

  test.each(["../escape", "a/../../b", "/absolute", "a//b", "a/./b", "", "a/.."])(
    "refuses the key %j before touching the disk",
    async (key) => {
      const root = tempDir();
      const store = createFileBlobStore(join(root, "blobs"));
      await expect(store.put(key, Uint8Array.from([1]))).rejects.toMatchObject({ type: "malformed-payload" });
      await expect(store.get(key)).rejects.toBeInstanceOf(PayloadEncodingError);
      expect(readdirSync(root)).toEqual([]);
    },
  );

  test("a codec offloads to the directory and reads back from it", async () => {
    const root = tempDir();
    const config = { offloading: { store: createFileBlobStore(root), namespace: "ns", minSizeBytes: 10 } };
    const encoded = await createPayloadCodec(config).encodeInput(
      { text: "x".repeat(100) },
      { executionId: "e1" },
    );
    expect(encoded.encoding_options).toEqual(["offloaded"]);
    expect(existsSync(join(root, "temporal-payload", "ns", "e1"))).toBe(true);
    // Another codec (another process) with the same directory decodes it.
    const reader = createPayloadCodec({ offloading: { store: createFileBlobStore(root), namespace: "ns" } });
    expect(await reader.decodeResult(encoded)).toEqual({ text: "x".repeat(100) });
  });
});
