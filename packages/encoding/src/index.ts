/**
 * `@mistral-workflows/encoding`: the blob store interface and the errors of the cloud stores. The
 * stores themselves are subpath exports (`/s3`, `/gcs`, `/azure`), so this entry loads no cloud SDK.
 */
export { BlobNotFoundError, type BlobStore } from "./blob-store.js";
export {
  BlobStoreArgumentError,
  BlobStoreError,
  BlobStoreSdkMissingError,
  BlobTooLargeError,
  type BlobStoreErrorCode,
} from "./stores/store-errors.js";
export { DEFAULT_MAX_BLOB_BYTES, type CommonBlobStoreOptions } from "./stores/store-arguments.js";
