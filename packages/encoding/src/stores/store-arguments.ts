/** Checks shared by the cloud stores, run at the call, before anything is sent. */
import { BlobStoreArgumentError } from "./store-errors.js";

/**
 * The largest blob a store's `get` reads into memory unless told otherwise: 256 MiB. Above it, `get`
 * rejects with `BlobTooLargeError` after reading at most this many bytes.
 */
export const DEFAULT_MAX_BLOB_BYTES = 256 * 1024 * 1024;

/** Options every cloud store takes besides its SDK's settings. */
export interface CommonBlobStoreOptions {
  /**
   * Prepended to every key as the Python SDK does (`<prefix>/<key>`, unless the key already starts with
   * the prefix). Give it exactly as the Python worker's `BlobStorageConfig.prefix`.
   * @default "" (no prefix)
   */
  prefix?: string;
  /**
   * The largest blob `get` reads, in bytes. A larger one rejects with `BlobTooLargeError` after at most
   * this many bytes were read.
   * @default 268435456 (256 MiB)
   */
  maxBytes?: number;
}

/** The validated common options. */
export interface CommonSettings {
  prefix: string;
  maxBytes: number;
}

/** Validates `prefix` and `maxBytes`; throws {@link BlobStoreArgumentError} naming the option. */
export function commonSettings(options: CommonBlobStoreOptions): CommonSettings {
  const { prefix = "", maxBytes = DEFAULT_MAX_BLOB_BYTES } = options;
  if (typeof prefix !== "string") throw new BlobStoreArgumentError("prefix must be a string", "prefix");
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0)
    throw new BlobStoreArgumentError("maxBytes must be a non-negative integer number of bytes", "maxBytes");
  return { prefix, maxBytes };
}

/** Throws unless `value` is a non-empty string; `name` is the option's name for the error. */
export function requireName(value: unknown, name: string): string {
  if (typeof value !== "string" || value === "")
    throw new BlobStoreArgumentError(`${name} must be a non-empty string`, name);
  return value;
}

/** Throws unless `options` is an object (the factories' single argument). */
export function requireOptions<T>(options: T, factory: string): NonNullable<T> {
  if (options === null || typeof options !== "object")
    throw new BlobStoreArgumentError(`${factory} takes an options object`, "options");
  return options as NonNullable<T>;
}

/** The per-call checks of `get`, `put` and `exists`: a non-empty key, bytes for `put`, a live signal. */
export function checkCall(key: unknown, signal: AbortSignal | undefined, data?: unknown): void {
  requireName(key, "key");
  if (data !== undefined && !(data instanceof Uint8Array))
    throw new BlobStoreArgumentError("data must be a Uint8Array", "data");
  signal?.throwIfAborted();
}
