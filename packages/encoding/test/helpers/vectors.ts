import { readFileSync } from "node:fs";
import type { PayloadCodecConfig } from "../../src/index.js";
import { createMemoryBlobStore, type MemoryBlobStore } from "../../src/index.js";
import { fromBase64 } from "../../src/internal/base64.js";

/** A codec config as the vectors write it: keys by name ("main", "secondary", "other"). */
export interface VectorConfig {
  encryption?: { mode: "full" | "partial"; mainKey: string; secondaryKey?: string };
  compression?: { minSizeBytes?: number; level?: number };
  offloading?: { minSizeBytes?: number; namespace: string };
}

/** The document the Python oracle writes (test/vectors/python-vectors.json). */
export interface PythonVectors {
  source: { repository: string; commit: string; path: string };
  keys: Record<string, string>;
  vectors: {
    name: string;
    config: VectorConfig;
    decodeWith: VectorConfig | null;
    executionId: string;
    input: unknown;
    plainJson: string;
    nonces: string[];
    encoded: { b64payload: string; encoding_options: string[]; empty: boolean };
    blobs: Record<string, string>;
    decoded: unknown;
  }[];
  failures: { name: string; encoded: unknown; decodeWith: VectorConfig; pythonError: string | null }[];
  events: {
    name: string;
    config: VectorConfig;
    payload: { type: string; value: unknown; encoding_options: string[] };
    decoded: unknown;
  }[];
}

/** The committed vectors. */
export function loadPythonVectors(): PythonVectors {
  return JSON.parse(
    readFileSync(new URL("../vectors/python-vectors.json", import.meta.url), "utf8"),
  ) as PythonVectors;
}

/** Hex to bytes. */
export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

/** A nonce source that hands out the given nonces in order, then fails (a vector that needs more is wrong). */
export function replayNonces(nonces: string[]): (array: Uint8Array) => Uint8Array {
  let next = 0;
  return (array) => {
    const nonce = nonces[next++];
    if (nonce === undefined) throw new Error("the vector recorded fewer nonces than the encoder used");
    array.set(hexBytes(nonce));
    return array;
  };
}

/** A memory store holding the vector's blobs. */
export function storeWith(blobs: Record<string, string>): MemoryBlobStore {
  const store = createMemoryBlobStore();
  for (const [key, b64] of Object.entries(blobs)) void store.put(key, fromBase64(b64));
  return store;
}

/** The codec config a vector config names, with the vector file's keys and the given store. */
export function codecConfig(
  config: VectorConfig,
  keys: Record<string, string>,
  store: MemoryBlobStore,
  extra: Partial<PayloadCodecConfig> = {},
): PayloadCodecConfig {
  const out: PayloadCodecConfig = { ...extra };
  if (config.encryption) {
    out.encryption = {
      mode: config.encryption.mode,
      mainKey: keys[config.encryption.mainKey]!,
      ...(config.encryption.secondaryKey && { secondaryKey: keys[config.encryption.secondaryKey]! }),
    };
  }
  if (config.compression) out.compression = { ...config.compression };
  out.offloading = { store, namespace: config.offloading?.namespace ?? "default", ...config.offloading };
  if (!config.offloading) out.offloading.minSizeBytes = Number.MAX_SAFE_INTEGER; // store for decoding only
  return out;
}
