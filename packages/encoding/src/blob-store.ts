/**
 * Where offloaded payloads live: a small key-value interface over bytes. The codec writes a payload
 * under a content-addressed key (`temporal-payload/<namespace>/<execution id>/sha256:<hex>`) and reads
 * it back when decoding. Adapters for S3, GCS and Azure ship as subpath exports
 * (`@mistral-workflows/encoding/s3`, `/gcs`, `/azure`), so this interface loads no cloud SDK.
 */
export interface BlobStore {
  /** The bytes stored under `key`; rejects with {@link BlobNotFoundError} when there are none. */
  get(key: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
  /** Stores `data` under `key`, replacing what was there. */
  put(key: string, data: Uint8Array, options?: { signal?: AbortSignal }): Promise<void>;
  /** Whether something is stored under `key`. */
  exists(key: string, options?: { signal?: AbortSignal }): Promise<boolean>;
}

/** {@link BlobStore.get} found nothing under `key` (the key as the codec asked for it, before any store prefix). */
export class BlobNotFoundError extends Error {
  override readonly name = "BlobNotFoundError";
  constructor(
    /** The key that was asked for. */
    readonly key: string,
  ) {
    super(`Blob not found: ${key}`);
  }
}
