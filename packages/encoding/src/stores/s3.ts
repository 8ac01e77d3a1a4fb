/**
 * `@mistral-workflows/encoding/s3`: a {@link BlobStore} on Amazon S3 (or any S3-compatible service)
 * through `@aws-sdk/client-s3`, an optional peer dependency loaded on first use. It reads and writes
 * the same objects as the Python SDK's S3 store given the same bucket and prefix.
 */
import type { S3Client, S3ClientConfig } from "@aws-sdk/client-s3";
import type { BlobStore } from "../blob-store.js";
import { BlobNotFoundError } from "../errors.js";
import { prefixedKey } from "./key-prefix.js";
import { lazySdk } from "./load-sdk.js";
import { readBounded, releaseBody, type DownloadBody } from "./read-bounded.js";
import {
  checkCall,
  commonSettings,
  requireName,
  requireOptions,
  type CommonBlobStoreOptions,
} from "./store-arguments.js";
import { BlobStoreArgumentError, BlobTooLargeError } from "./store-errors.js";

/** Options of {@link createS3BlobStore}. */
export interface S3BlobStoreOptions extends CommonBlobStoreOptions {
  /** The bucket, as the Python worker's `BlobStorageConfig.bucket_name`. */
  bucket: string;
  /**
   * An `S3Client` to use, or the configuration of one to create on first use (`region`, `endpoint`,
   * `credentials`, `forcePathStyle`, …: the Python settings `region_name`, `endpoint_url`,
   * `aws_access_key_id` and `aws_secret_access_key`). Omitted: a client with the SDK's defaults
   * (credentials and region from the environment). A client you pass is never destroyed by the store.
   */
  client?: S3Client | S3ClientConfig;
}

/** What `JSON.stringify` shows of an S3 store: where it writes, never a credential. */
export interface S3BlobStoreDescription {
  store: "s3";
  bucket: string;
  prefix: string;
  maxBytes: number;
}

/** A {@link BlobStore} on S3, with a credential-free `toJSON()`. */
export interface S3BlobStore extends BlobStore {
  /** The bucket, prefix and limit; never the client's configuration or credentials. */
  toJSON(): S3BlobStoreDescription;
}

const loadS3 = lazySdk("@aws-sdk/client-s3", () => import("@aws-sdk/client-s3"));

function isClient(value: unknown): value is S3Client {
  return typeof (value as S3Client | undefined)?.send === "function";
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

/**
 * A {@link BlobStore} over one S3 bucket. Keys become object keys by the Python SDK's prefix rule
 * (`<prefix>/<key>` unless the key already starts with the prefix).
 *
 * - `get` downloads with `GetObject`; `NoSuchKey` rejects with `BlobNotFoundError` (a missing bucket
 *   or a denied read stays the SDK's error, as in Python). Bodies above `maxBytes` (default 256 MiB)
 *   reject with `BlobTooLargeError`, before reading when the service announces the size.
 * - `exists` sends `HeadObject`: a 404 is `false` (S3 answers a HEAD without a body, so a missing
 *   bucket is also `false`, as in Python).
 * - `put` sends one `PutObject`. The SDK retries it on throttling and 5xx; since keys name their
 *   content (a SHA-256), a repeated write stores the same bytes.
 *
 * Options are checked at the call (`BlobStoreArgumentError`); the SDK is loaded on the first
 * operation, which rejects with `BlobStoreSdkMissingError` when `@aws-sdk/client-s3` is not installed.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): S3BlobStore {
  const { bucket, client: clientOrConfig } = requireOptions(options, "createS3BlobStore");
  requireName(bucket, "bucket");
  const { prefix, maxBytes } = commonSettings(options);
  if (clientOrConfig !== undefined && (clientOrConfig === null || typeof clientOrConfig !== "object"))
    throw new BlobStoreArgumentError("client must be an S3Client or its configuration", "client");
  let client: S3Client | undefined = isClient(clientOrConfig) ? clientOrConfig : undefined;

  async function sdk() {
    const s3 = await loadS3();
    client ??= new s3.S3Client({ ...(clientOrConfig as S3ClientConfig | undefined) });
    return { s3, client };
  }

  return {
    async get(key, { signal } = {}) {
      checkCall(key, signal);
      const { s3, client } = await sdk();
      let out;
      try {
        out = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: prefixedKey(prefix, key) }), {
          abortSignal: signal,
        });
      } catch (error) {
        if (error instanceof s3.NoSuchKey || (error as Error | null)?.name === "NoSuchKey")
          throw new BlobNotFoundError(key);
        throw error;
      }
      const body = out.Body as DownloadBody | undefined;
      if (out.ContentLength !== undefined && out.ContentLength > maxBytes) {
        if (body) releaseBody(body);
        throw new BlobTooLargeError(key, maxBytes, out.ContentLength);
      }
      return body ? readBounded(body, key, maxBytes, signal, out.ContentLength) : new Uint8Array(0);
    },

    async put(key, data, { signal } = {}) {
      checkCall(key, signal, data);
      const { s3, client } = await sdk();
      await client.send(
        new s3.PutObjectCommand({
          Bucket: bucket,
          Key: prefixedKey(prefix, key),
          Body: data,
          ContentLength: data.byteLength,
        }),
        { abortSignal: signal },
      );
    },

    async exists(key, { signal } = {}) {
      checkCall(key, signal);
      const { s3, client } = await sdk();
      try {
        await client.send(new s3.HeadObjectCommand({ Bucket: bucket, Key: prefixedKey(prefix, key) }), {
          abortSignal: signal,
        });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    },

    toJSON: () => ({ store: "s3", bucket, prefix, maxBytes }),
  };
}
