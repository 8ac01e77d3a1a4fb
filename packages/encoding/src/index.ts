/**
 * Payload encoding for Mistral Workflows: AES-GCM encryption (full or per field), zstd compression and
 * offloading to a blob store, byte-compatible with the official Python SDK and its workers. Web Crypto only; the
 * file-backed store is in `@mistral-workflows/encoding/node`, the cloud stores in `/s3`, `/gcs` and `/azure` (each
 * on its official SDK, an optional peer dependency).
 * @module
 */
export { createPayloadCodec } from "./codec.js";
export { generateExecutionId } from "./execution-id.js";
export type {
  DecodeOptions,
  EncodeContext,
  NetworkEncodedInput,
  NetworkEncodedResult,
  PayloadCodec,
} from "./codec.js";
export type {
  PayloadCodecConfig,
  PayloadCompressionOptions,
  PayloadEncryptionOptions,
  PayloadOffloadingOptions,
} from "./config.js";
export { encryptedString, ENCRYPTED_STRING_FIELD_TYPE } from "./encrypted-string.js";
export type { EncryptedStringField } from "./encrypted-string.js";
export { ENCRYPTED_PATCH_TYPE } from "./event-payload.js";
export type { EventPayload } from "./event-payload.js";
export type { EncodingOption } from "./pipeline.js";
export { createMemoryBlobStore } from "./blob-store.js";
export type { BlobStore, BlobStoreCallOptions, MemoryBlobStore } from "./blob-store.js";
export { BlobNotFoundError, PayloadEncodingError } from "./errors.js";
export type { PayloadEncodingErrorType } from "./errors.js";
export {
  BlobStoreArgumentError,
  BlobStoreError,
  BlobStoreSdkMissingError,
  BlobTooLargeError,
  type BlobStoreErrorCode,
  type LegacyBlobStoreErrorCode,
} from "./stores/store-errors.js";
export { DEFAULT_MAX_BLOB_BYTES, type CommonBlobStoreOptions } from "./stores/store-arguments.js";
