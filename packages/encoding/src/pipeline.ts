import { BlobNotFoundError, PayloadEncodingError } from "./errors.js";
import { quoteText } from "./internal/quote-text.js";
import type { ResolvedConfig } from "./config.js";
import { findEncryptedStrings } from "./encrypted-string.js";
import type { AesGcm } from "./internal/aes-gcm.js";
import { fromBase64, toBase64 } from "./internal/base64.js";
import { packEnvelope, unpackEnvelope } from "./internal/compressed-envelope.js";
import { blobKey, sha256Hex } from "./internal/offload-key.js";
import { pythonJsonDumps } from "./internal/python-json.js";
import { loadZstdCompressor, zstdDecompress } from "./internal/zstd.js";

/**
 * A transform applied to a payload, as listed in `encoding_options` in the order applied (the Python SDK's
 * `EncodedPayloadOptions`).
 */
export type EncodingOption = "offloaded" | "encrypted" | "encrypted-partial" | "compressed";

/** The options this version can decode. */
export const ENCODING_OPTIONS: readonly EncodingOption[] = [
  "offloaded",
  "encrypted",
  "encrypted-partial",
  "compressed",
];

/** The codec's state that the transforms share. */
export interface Pipeline {
  config: ResolvedConfig;
  aes: AesGcm | undefined;
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder("utf-8", { fatal: true });

function requireAes(pipeline: Pipeline): AesGcm {
  if (!pipeline.aes) {
    throw new PayloadEncodingError(
      "missing-key",
      "The payload is encrypted and no encryption key is configured",
    );
  }
  return pipeline.aes;
}

/** JSON that the Python encoder would have parsed (its `json.loads`), or `undefined` when it would not. */
function tryParseJson(data: Uint8Array): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(utf8Strict.decode(data)) };
  } catch {
    return undefined;
  }
}

async function partiallyEncrypt(
  pipeline: Pipeline,
  data: Uint8Array,
): Promise<{ data: Uint8Array; applied: boolean }> {
  const parsed = tryParseJson(data);
  if (!parsed) return { data, applied: false };
  const markers = findEncryptedStrings(parsed.value);
  for (const marker of markers) {
    if (typeof marker.data !== "string") {
      throw new PayloadEncodingError("invalid-input", "A __encrypted_str__ field's data must be a string");
    }
    marker.data = toBase64(await requireAes(pipeline).encrypt(utf8.encode(marker.data)));
  }
  // Python re-serialises with json.dumps even when nothing was marked; the bytes must match.
  return { data: utf8.encode(pythonJsonDumps(parsed.value)), applied: markers.length > 0 };
}

async function partiallyDecrypt(pipeline: Pipeline, data: Uint8Array): Promise<Uint8Array> {
  const parsed = tryParseJson(data);
  if (!parsed) return data;
  for (const marker of findEncryptedStrings(parsed.value)) {
    if (typeof marker.data !== "string") {
      throw new PayloadEncodingError("malformed-payload", "An encrypted field's data is not a base64 string");
    }
    const plain = await requireAes(pipeline).decrypt(fromBase64(marker.data));
    try {
      marker.data = utf8Strict.decode(plain);
    } catch (cause) {
      throw new PayloadEncodingError("malformed-ciphertext", "A decrypted field is not UTF-8 text", {
        cause,
      });
    }
  }
  return utf8.encode(pythonJsonDumps(parsed.value));
}

async function compress(
  pipeline: Pipeline,
  data: Uint8Array,
): Promise<{ data: Uint8Array; applied: boolean }> {
  const options = pipeline.config.compression;
  if (!options || data.length < options.minSizeBytes) return { data, applied: false };
  const { compress: zstd } = await loadZstdCompressor();
  const frame = zstd(data, options.level);
  // Python keeps the original unless the frame itself is smaller (the envelope's few bytes not counted).
  if (frame.length >= data.length) return { data, applied: false };
  return { data: packEnvelope(frame, options.level), applied: true };
}

async function offload(
  pipeline: Pipeline,
  data: Uint8Array,
  executionId: string,
  signal: AbortSignal | undefined,
): Promise<{ data: Uint8Array; applied: boolean }> {
  const options = pipeline.config.offloading!;
  if (data.length < options.minSizeBytes) return { data, applied: false };
  const key = await blobKey(options.namespace, executionId, data);
  // The key is the content's hash: a blob already there holds these bytes, so it is not sent twice.
  if (!(await options.store.exists(key, { signal }))) await options.store.put(key, data, { signal });
  return { data: utf8.encode(JSON.stringify({ key })), applied: true };
}

async function fetchOffloaded(
  pipeline: Pipeline,
  data: Uint8Array,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const options = pipeline.config.offloading;
  if (!options) {
    throw new PayloadEncodingError(
      "offloading-not-configured",
      "The payload is offloaded to a blob store and the codec has no offloading.store",
    );
  }
  const reference = tryParseJson(data)?.value as { key?: unknown } | undefined;
  if (typeof reference !== "object" || reference === null || typeof reference.key !== "string") {
    throw new PayloadEncodingError("malformed-payload", 'An offloaded payload must be {"key": "<blob key>"}');
  }
  const key = reference.key;
  let blob: Uint8Array;
  try {
    blob = await options.store.get(key, { signal });
  } catch (cause) {
    if (cause instanceof BlobNotFoundError) {
      throw new PayloadEncodingError(
        "blob-not-found",
        `No blob under the offloaded payload's key ${quoteText(key)}`,
        {
          cause,
        },
      );
    }
    throw cause;
  }
  if (blob.length > pipeline.config.maxDecodedSizeBytes) {
    throw new PayloadEncodingError(
      "too-large",
      `The offloaded blob exceeds maxDecodedSizeBytes (${pipeline.config.maxDecodedSizeBytes})`,
    );
  }
  // The key names the content's hash; a blob that does not match it was changed in the store.
  const digest = /\/sha256:([0-9a-f]{64})$/.exec(key)?.[1];
  if (digest !== undefined && (await sha256Hex(blob)) !== digest) {
    throw new PayloadEncodingError(
      "blob-mismatch",
      `The blob under ${quoteText(key)} does not match its sha256`,
    );
  }
  return blob;
}

/** Options of {@link encodeContent}. */
export interface EncodeContentOptions {
  /** Required for offloading (it is part of the blob key); without it nothing is offloaded. */
  executionId?: string;
  /** Events are never offloaded (the Python SDK's `encode_event_payload_content`). */
  allowOffloading: boolean;
  signal?: AbortSignal;
}

/**
 * The Python SDK's `encode_payload_content`: partial encryption, compression, offloading, full encryption, in
 * that order, each appending its option when it applied.
 */
export async function encodeContent(
  pipeline: Pipeline,
  input: Uint8Array,
  options: EncodeContentOptions,
): Promise<{ data: Uint8Array; encodingOptions: EncodingOption[] }> {
  const { encryption, offloading } = pipeline.config;
  const encodingOptions: EncodingOption[] = [];
  let data = input;
  if (encryption?.mode === "partial") {
    const step = await partiallyEncrypt(pipeline, data);
    data = step.data;
    if (step.applied) encodingOptions.push("encrypted-partial");
  }
  const compressed = await compress(pipeline, data);
  data = compressed.data;
  if (compressed.applied) encodingOptions.push("compressed");
  if (options.allowOffloading && offloading && options.executionId !== undefined) {
    const step = await offload(pipeline, data, options.executionId, options.signal);
    data = step.data;
    if (step.applied) encodingOptions.push("offloaded");
  }
  if (encryption?.mode === "full") {
    data = await requireAes(pipeline).encrypt(data);
    encodingOptions.push("encrypted");
  }
  return { data, encodingOptions };
}

/** The Python SDK's `decode_payload_content`: undoes `encodingOptions` from last to first. */
export async function decodeContent(
  pipeline: Pipeline,
  input: Uint8Array,
  encodingOptions: readonly string[],
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let data = input;
  for (let i = encodingOptions.length - 1; i >= 0; i--) {
    const option = encodingOptions[i];
    if (option === "encrypted") data = await requireAes(pipeline).decrypt(data);
    else if (option === "encrypted-partial") data = await partiallyDecrypt(pipeline, data);
    else if (option === "compressed") {
      data = zstdDecompress(unpackEnvelope(data).payload, pipeline.config.maxDecodedSizeBytes);
    } else if (option === "offloaded") data = await fetchOffloaded(pipeline, data, signal);
    else {
      throw new PayloadEncodingError(
        "unsupported-encoding",
        `Unknown encoding option ${quoteText(String(option), 64)}: a newer SDK may be needed`,
      );
    }
  }
  return data;
}
