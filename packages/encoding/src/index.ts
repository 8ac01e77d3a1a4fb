export { BlobNotFoundError, type BlobStore } from "./blob-store.js";
export {
  BlobStoreArgumentError,
  BlobStoreError,
  BlobStoreSdkMissingError,
  BlobTooLargeError,
  DEFAULT_MAX_BLOB_BYTES,
  type BlobStoreErrorCode,
} from "./stores/store-errors.js";
