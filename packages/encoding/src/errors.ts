import { quoteText } from "./internal/quote-text.js";

/**
 * What went wrong, as a string union to switch on (never parse an error's message):
 *
 * - `"invalid-config"`: `createPayloadCodec()` was given a config it cannot use (a bad key, a level out of range…).
 * - `"invalid-input"`: the value handed to `encodeInput()` cannot be encoded (not JSON-serialisable, a malformed
 *   `__encrypted_str__` marker…).
 * - `"missing-key"`: the payload is encrypted (fully or per field) and the codec has no encryption configured.
 * - `"decryption-failed"`: AES-GCM authentication failed with every configured key. AES-GCM cannot tell a wrong key
 *   from a tampered ciphertext (both fail the same tag check), so this one type covers both.
 * - `"malformed-ciphertext"`: the ciphertext is too short to hold a nonce and a tag, or the decrypted bytes of a
 *   field are not UTF-8.
 * - `"malformed-payload"`: the envelope is not what the encoding options say (bad base64, a compressed payload
 *   that is not a MessagePack envelope or not a zstd frame, an offloaded reference that is not `{"key": …}`).
 * - `"unsupported-encoding"`: an encoding option or a compression algorithm this version does not know.
 * - `"offloading-not-configured"`: the payload is offloaded and the codec has no blob store.
 * - `"blob-not-found"`: the blob store has no blob under the referenced key.
 * - `"blob-mismatch"`: the blob's bytes do not hash to the `sha256:` digest in its key.
 * - `"too-large"`: decoding would produce more than `maxDecodedSizeBytes`.
 * - `"compression-unavailable"`: this runtime has no zstd compressor (decompression always works).
 */
export type PayloadEncodingErrorType =
  | "invalid-config"
  | "invalid-input"
  | "missing-key"
  | "decryption-failed"
  | "malformed-ciphertext"
  | "malformed-payload"
  | "unsupported-encoding"
  | "offloading-not-configured"
  | "blob-not-found"
  | "blob-mismatch"
  | "too-large"
  | "compression-unavailable";
/**
 * Every error the codec throws. `type` says what went wrong; messages never contain key material, and
 * name at most the config field or the encoding option involved.
 *
 * ```ts
 * try { await codec.decodeResult(result); }
 * catch (e) { if (e instanceof PayloadEncodingError && e.type === "decryption-failed") rotateKeys(); }
 * ```
 */
export class PayloadEncodingError extends Error {
  /** What went wrong; see {@link PayloadEncodingErrorType}. */
  readonly type: PayloadEncodingErrorType;

  /**
   * @param type - the discriminant.
   * @param message - a human-readable sentence that contains no secret.
   * @param options - `cause`, when a lower-level error explains it (never one that carries a key).
   */
  constructor(type: PayloadEncodingErrorType, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PayloadEncodingError";
    this.type = type;
  }
}

/**
 * Thrown by a {@link BlobStore}'s `get()` when no blob has that key (the Python SDK's `BlobNotFoundError`).
 * The codec turns it into a {@link PayloadEncodingError} of type `"blob-not-found"` whose `cause` is this error.
 */
export class BlobNotFoundError extends Error {
  /** Discriminant, so callers can switch on it like the codec's errors. */
  readonly type = "blob-not-found" as const;
  /** The key that was asked for (a blob key holds no secret: it is a namespace, an execution id and a hash). */
  readonly key: string;

  /** @param key - the key that has no blob. */
  constructor(key: string) {
    super(`No blob under key ${quoteText(key)}`);
    this.name = "BlobNotFoundError";
    this.key = key;
  }
}
