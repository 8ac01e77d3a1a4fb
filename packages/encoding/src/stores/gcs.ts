/**
 * `@mistral-workflows/encoding/gcs`: a {@link BlobStore} on Google Cloud Storage through
 * `@google-cloud/storage` (Node only), an optional peer dependency loaded on first use. It reads and
 * writes the same objects as the Python SDK's GCS store given the same bucket and prefix.
 */
import type { Bucket, StorageOptions } from "@google-cloud/storage";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { BlobStore } from "../blob-store.js";
import { BlobNotFoundError } from "../errors.js";
import { prefixedKey } from "./key-prefix.js";
import { lazySdk } from "./load-sdk.js";
import { readBounded, releaseBody } from "./read-bounded.js";
import {
  checkCall,
  commonSettings,
  requireName,
  requireOptions,
  type CommonBlobStoreOptions,
} from "./store-arguments.js";
import { BlobStoreArgumentError, BlobTooLargeError } from "./store-errors.js";

/** Options of {@link createGcsBlobStore}. */
export interface GcsBlobStoreOptions extends CommonBlobStoreOptions {
  /**
   * A `Bucket` from `@google-cloud/storage` (`new Storage(…).bucket(name)`), or the bucket's name, as
   * the Python worker's `BlobStorageConfig.bucket_id`; with a name, the store makes a `Storage` from
   * {@link storageOptions} on first use.
   */
  bucket: Bucket | string;
  /**
   * Options of the `Storage` made when {@link bucket} is a name (`projectId`, `keyFilename`,
   * `credentials`, `apiEndpoint`, …). Omitted: Application Default Credentials, as the Python store
   * uses. Not allowed with a `Bucket`.
   */
  storageOptions?: StorageOptions;
}

/** What `JSON.stringify` shows of a GCS store: where it writes, never a credential. */
export interface GcsBlobStoreDescription {
  store: "gcs";
  bucket: string;
  prefix: string;
  maxBytes: number;
}

/** A {@link BlobStore} on GCS, with a credential-free `toJSON()`. */
export interface GcsBlobStore extends BlobStore {
  /** The bucket's name, prefix and limit; never the storage options or credentials. */
  toJSON(): GcsBlobStoreDescription;
}

const loadGcs = lazySdk("@google-cloud/storage", () => import("@google-cloud/storage"));

function isBucket(value: unknown): value is Bucket {
  return typeof (value as Bucket | undefined)?.file === "function";
}

function is404(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 404;
}

/** Rejects with the signal's reason when it aborts first; `promise` still runs to its end. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * A {@link BlobStore} over one GCS bucket. Keys become object names by the Python SDK's prefix rule
 * (`<prefix>/<key>` unless the key already starts with the prefix).
 *
 * - `get` streams the object (`alt=media`), checked against its CRC32C by the SDK; a 404 rejects with
 *   `BlobNotFoundError`. Above `maxBytes` (default 256 MiB) it rejects with `BlobTooLargeError`, before
 *   reading when the response announces the size.
 * - `exists` reads the object's metadata: a 404 is `false`.
 * - `put` sends one multipart upload (not resumable), which the SDK does not retry without a
 *   precondition; the object is replaced if present.
 * - `signal` aborts `get` and `put` (the request is torn down); `exists` rejects at once on abort while
 *   its small metadata request runs to its end, since the SDK's call takes no signal.
 */
export function createGcsBlobStore(options: GcsBlobStoreOptions): GcsBlobStore {
  const { bucket: bucketOrName, storageOptions } = requireOptions(options, "createGcsBlobStore");
  const given = isBucket(bucketOrName) ? bucketOrName : undefined;
  const bucketName = given ? given.name : requireName(bucketOrName, "bucket");
  if (given && storageOptions !== undefined)
    throw new BlobStoreArgumentError("storageOptions applies only when bucket is a name", "storageOptions");
  const { prefix, maxBytes } = commonSettings(options);
  let bucket: Bucket | undefined = given;

  async function file(key: string) {
    if (!bucket) {
      const gcs = await loadGcs();
      // Concurrent first calls share one Storage: whichever resumes first makes it.
      bucket ??= new gcs.Storage(storageOptions).bucket(bucketName);
    }
    return bucket.file(prefixedKey(prefix, key));
  }

  return {
    async get(key, { signal } = {}) {
      checkCall(key, signal);
      const target = await file(key);
      signal?.throwIfAborted(); // the SDK may have been loading meanwhile
      const stream = target.createReadStream();
      stream.on("response", (response: { headers?: Record<string, string | string[] | undefined> }) => {
        const size = Number(response.headers?.["content-length"]);
        const encoding = response.headers?.["content-encoding"];
        // A gzip-transcoded object announces its compressed size: only the read below can judge it.
        if (!encoding && Number.isFinite(size) && size > maxBytes)
          releaseBody(stream, new BlobTooLargeError(key, maxBytes, size));
      });
      try {
        return await readBounded(stream, key, maxBytes, signal);
      } catch (error) {
        if (is404(error)) throw new BlobNotFoundError(key);
        throw error;
      }
    },

    async put(key, data, { signal } = {}) {
      checkCall(key, signal, data);
      const target = await file(key);
      const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      await pipeline(Readable.from([bytes]), target.createWriteStream({ resumable: false }), {
        signal,
      });
    },

    async exists(key, { signal } = {}) {
      checkCall(key, signal);
      const target = await file(key);
      signal?.throwIfAborted();
      const [found] = await raceAbort(target.exists(), signal);
      return found;
    },

    toJSON: () => ({ store: "gcs", bucket: bucketName, prefix, maxBytes }),
  };
}
