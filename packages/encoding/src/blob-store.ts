import { BlobNotFoundError } from "./errors.js";

/** Options every {@link BlobStore} method takes. */
export interface BlobStoreCallOptions {
  /** Aborts the call; a store rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Where offloaded payloads live: the codec `put`s a payload's bytes under a content-addressed key
 * (`temporal-payload/<namespace>/<execution_id>/sha256:<hex>`) and `get`s them back when decoding. The same
 * bucket (or container) and prefix as the Python workers' `BlobStorageConfig` make both sides see the same blobs.
 *
 * Adapters: {@link createMemoryBlobStore} (tests), `createFileBlobStore(dir)` from
 * `@mistral-workflows/encoding/node`, and the cloud stores on their official SDKs.
 */
export interface BlobStore {
  /**
   * The blob's bytes. Rejects with {@link BlobNotFoundError} when there is none; any other rejection is an
   * I/O failure that the codec passes on as it is.
   */
  get(key: string, options?: BlobStoreCallOptions): Promise<Uint8Array>;
  /** Stores `data` under `key`, replacing any blob there (keys are content hashes, so a replacement is equal). */
  put(key: string, data: Uint8Array, options?: BlobStoreCallOptions): Promise<void>;
  /** Whether a blob exists under `key`; the codec skips the upload when it does. */
  exists(key: string, options?: BlobStoreCallOptions): Promise<boolean>;
}

/** A {@link BlobStore} kept in memory, with what it holds exposed for tests. */
export interface MemoryBlobStore extends BlobStore {
  /** The stored blobs by key (copies are stored, so later changes to a caller's buffer do not leak in). */
  readonly blobs: ReadonlyMap<string, Uint8Array>;
}

/**
 * A {@link BlobStore} in a `Map`: for tests and for a process that encodes and decodes its own payloads. It
 * grows without bound, since nothing is ever deleted (as with the Python SDK's stores, blobs are never removed
 * by the codec).
 */
export function createMemoryBlobStore(): MemoryBlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    blobs,
    async get(key, options) {
      options?.signal?.throwIfAborted();
      const blob = blobs.get(key);
      if (!blob) throw new BlobNotFoundError(key);
      return blob.slice();
    },
    async put(key, data, options) {
      options?.signal?.throwIfAborted();
      blobs.set(key, data.slice());
    },
    async exists(key, options) {
      options?.signal?.throwIfAborted();
      return blobs.has(key);
    },
  };
}
