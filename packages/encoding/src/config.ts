import type { BlobStore } from "./blob-store.js";
import { PayloadEncodingError } from "./errors.js";
import type { RandomSource } from "./internal/aes-gcm.js";

/** One mebibyte: the Python SDK's default threshold for compression and offloading. */
export const MIB = 1024 * 1024;

/**
 * Encryption settings, as the Python SDK's `PayloadEncryptionConfig`. Keys are hex strings (64 hex digits for
 * AES-256, what Mistral documents; 32 for AES-128, which the Python SDK also accepts), ASCII whitespace between
 * byte pairs allowed as in Python's `bytes.fromhex`.
 */
export interface PayloadEncryptionOptions {
  /**
   * `"full"`: the whole payload is encrypted (the last transform). `"partial"`: only the strings marked with
   * {@link encryptedString} are (the first transform), the rest stays readable.
   */
  mode: "full" | "partial";
  /** Encrypts, and decrypts first. Never logged, never in an error, never in `toJSON()`. */
  mainKey: string;
  /** Decrypts what {@link mainKey} cannot, so payloads written under the previous key stay readable (rotation). */
  secondaryKey?: string;
}

/** zstd compression settings, as the Python SDK's `PayloadCompressionConfig`. */
export interface PayloadCompressionOptions {
  /** Payloads smaller than this many bytes are left uncompressed. @default 1048576 (1 MiB) */
  minSizeBytes?: number;
  /** zstd level, 1 (fastest) to 22 (smallest). @default 3 */
  level?: number;
}

/** Offloading settings, as the Python SDK's `PayloadOffloadingConfig` plus the namespace its hook knows. */
export interface PayloadOffloadingOptions {
  /** Where offloaded payloads go; the same bucket and prefix as the workers'. */
  store: BlobStore;
  /** Payloads (after compression) of at least this many bytes are offloaded. @default 1048576 (1 MiB) */
  minSizeBytes?: number;
  /**
   * The workflows namespace, the second segment of every blob key
   * (`temporal-payload/<namespace>/<execution_id>/sha256:<hex>`); the Python SDK reads it from the scheduler.
   */
  namespace: string;
}

/** What {@link createPayloadCodec} takes; every part is optional, and an empty config only decodes plain payloads. */
export interface PayloadCodecConfig {
  /** Encrypt payloads (AES-256-GCM). */
  encryption?: PayloadEncryptionOptions;
  /** Compress payloads (zstd). */
  compression?: PayloadCompressionOptions;
  /** Move large payloads to a blob store. */
  offloading?: PayloadOffloadingOptions;
  /**
   * Decoding refuses to produce more than this many bytes from one payload (a decompressed frame or a
   * downloaded blob), so a hostile payload cannot exhaust memory. The Python SDK has no such limit.
   * @default 268435456 (256 MiB)
   */
  maxDecodedSizeBytes?: number;
  /**
   * Source of the AES-GCM nonces. Tests only: a repeated nonce under one key breaks AES-GCM entirely.
   * @default globalThis.crypto.getRandomValues
   */
  _getRandomValues?: RandomSource;
}

/** A validated config, keys decoded to bytes. */
export interface ResolvedConfig {
  encryption?: { mode: "full" | "partial"; mainKey: Uint8Array; secondaryKey?: Uint8Array };
  compression?: { minSizeBytes: number; level: number };
  offloading?: { store: BlobStore; minSizeBytes: number; namespace: string };
  maxDecodedSizeBytes: number;
  random: RandomSource;
}

function invalid(message: string): PayloadEncodingError {
  return new PayloadEncodingError("invalid-config", message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function byteCount(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(`${name} must be a non-negative integer number of bytes`);
  }
  return value;
}

/**
 * Decodes a hex key as Python's `bytes.fromhex` does (ASCII whitespace allowed between byte pairs). The
 * messages name the option and the expected form, never a character of the value.
 */
function parseKey(value: unknown, name: string): Uint8Array {
  if (typeof value !== "string") throw invalid(`${name} must be a hex string`);
  const bytes: number[] = [];
  let i = 0;
  while (i < value.length) {
    if (/\s/.test(value[i]!) && value.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    const pair = value.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw invalid(`${name} must be a hex string (0-9, a-f)`);
    bytes.push(parseInt(pair, 16));
    i += 2;
  }
  if (bytes.length !== 32 && bytes.length !== 16) {
    throw invalid(
      `${name} must be 64 hex digits (a 256-bit key) or 32 (128-bit); it has ${bytes.length * 2}`,
    );
  }
  return Uint8Array.from(bytes);
}

/** Validates a {@link PayloadCodecConfig}; every failure is a `PayloadEncodingError` of type `"invalid-config"`. */
export function resolveConfig(config: PayloadCodecConfig | undefined): ResolvedConfig {
  if (config === undefined) config = {};
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw invalid("The codec config must be an object");
  }
  const resolved: ResolvedConfig = {
    maxDecodedSizeBytes: byteCount(config.maxDecodedSizeBytes, "maxDecodedSizeBytes", 256 * MIB),
    random: config._getRandomValues ?? ((array: Uint8Array) => globalThis.crypto.getRandomValues(array)),
  };
  if (config._getRandomValues !== undefined && typeof config._getRandomValues !== "function") {
    throw invalid("_getRandomValues must be a function");
  }

  const { encryption, compression, offloading } = config;
  if (encryption !== undefined) {
    if (!isPlainObject(encryption)) throw invalid("encryption must be an object");
    if (encryption.mode !== "full" && encryption.mode !== "partial") {
      throw invalid('encryption.mode must be "full" or "partial"');
    }
    if (encryption.mainKey === undefined || encryption.mainKey === "") {
      throw invalid("encryption.mainKey is required: the payload encryption key, as hex");
    }
    resolved.encryption = {
      mode: encryption.mode,
      mainKey: parseKey(encryption.mainKey, "encryption.mainKey"),
    };
    if (encryption.secondaryKey !== undefined && encryption.secondaryKey !== "") {
      resolved.encryption.secondaryKey = parseKey(encryption.secondaryKey, "encryption.secondaryKey");
    }
    if (typeof globalThis.crypto?.subtle?.importKey !== "function") {
      throw invalid("Encryption needs Web Crypto (globalThis.crypto.subtle); in a browser, a secure context");
    }
  }
  if (compression !== undefined) {
    if (!isPlainObject(compression)) throw invalid("compression must be an object");
    const level = compression.level ?? 3;
    if (typeof level !== "number" || !Number.isInteger(level) || level < 1 || level > 22) {
      throw invalid("compression.level must be an integer from 1 to 22");
    }
    resolved.compression = {
      minSizeBytes: byteCount(compression.minSizeBytes, "compression.minSizeBytes", MIB),
      level,
    };
  }
  if (offloading !== undefined) {
    if (!isPlainObject(offloading)) throw invalid("offloading must be an object");
    const store = offloading.store as Partial<BlobStore> | undefined;
    if (
      !isPlainObject(store) ||
      typeof store.get !== "function" ||
      typeof store.put !== "function" ||
      typeof store.exists !== "function"
    ) {
      throw invalid("offloading.store must be a BlobStore (get, put and exists methods)");
    }
    if (typeof offloading.namespace !== "string" || offloading.namespace === "") {
      throw invalid("offloading.namespace must be a non-empty string: the workflows namespace");
    }
    resolved.offloading = {
      store: store as BlobStore,
      namespace: offloading.namespace,
      minSizeBytes: byteCount(offloading.minSizeBytes, "offloading.minSizeBytes", MIB),
    };
  }
  return resolved;
}
