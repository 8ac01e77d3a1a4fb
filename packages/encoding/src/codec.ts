import { resolveConfig, type PayloadCodecConfig } from "./config.js";
import { PayloadEncodingError } from "./errors.js";
import { createAesGcm } from "./internal/aes-gcm.js";
import { fromBase64, toBase64 } from "./internal/base64.js";
import {
  decodeEventPayload,
  encodeEventPayload,
  ENCRYPTED_PATCH_TYPE,
  type EventPayload,
} from "./event-payload.js";
import {
  decodeContent,
  encodeContent,
  ENCODING_OPTIONS,
  type EncodingOption,
  type Pipeline,
} from "./pipeline.js";

/**
 * An encoded input as the API takes it (the Python SDK's `NetworkEncodedInput`): on execute, the body's
 * `encoded_input` (with `input: null`); on signal, query and update, the body's `input` itself.
 */
export interface NetworkEncodedInput {
  /** The encoded bytes, standard base64 with padding. */
  b64payload: string;
  /** The transforms applied, in the order applied. */
  encoding_options: EncodingOption[];
  /** Whether the payload is empty. The Python encoder always sends `false`, and so does this one. */
  empty?: boolean;
}

/** An encoded result as the API returns it (the Python SDK's `NetworkEncodedResult`). */
export interface NetworkEncodedResult {
  /** The encoded bytes, standard base64. */
  b64payload: string;
  /** The transforms applied, in the order applied; decoding walks them backwards. */
  encoding_options: EncodingOption[];
}

/** What an encoded payload belongs to. */
export interface EncodeContext {
  /**
   * The execution the payload is sent to or comes from: part of the blob key when the payload is offloaded.
   * An execute call that encodes its input needs the id before the request, so the caller generates it.
   */
  executionId: string;
  /** The workflow's name. Not part of any encoding (the Python SDK uses none); accepted for callers' logs. */
  workflowName?: string;
  /** Aborts blob store calls. */
  signal?: AbortSignal;
}

/** Options of the decoding methods. */
export interface DecodeOptions {
  /** Aborts blob store calls. */
  signal?: AbortSignal;
}

/**
 * Encodes and decodes workflow payloads exactly as the official Python SDK's `PayloadEncoder` (and so the
 * workers configured with the same settings). Made by {@link createPayloadCodec}; a client accepts any object of
 * this shape. It holds no key where code can read it: `toJSON()` and `util.inspect` show the settings only.
 */
export interface PayloadCodec {
  /**
   * Serialises `value` as JSON and encodes it for the API (Python's `encode_network_input`). `undefined`, a
   * `BigInt` or a cycle is an `"invalid-input"` error; `null` encodes as `null`.
   */
  encodeInput(value: unknown, context: EncodeContext): Promise<NetworkEncodedInput>;
  /**
   * Encodes a result as a worker would, for fakes and tests (the same transforms as {@link encodeInput}).
   */
  encodeResult(value: unknown, context: EncodeContext): Promise<NetworkEncodedResult>;
  /**
   * The plain value of a result (Python's `decode_network_result`). A value that is not an encoded result
   * (see {@link isEncoded}) is returned as it is; decoded bytes that are not JSON come back as a `Uint8Array`.
   */
  decodeResult(value: unknown, options?: DecodeOptions): Promise<unknown>;
  /**
   * Decodes an event payload `{ type, value, encoding_options }` (Python's `decode_event_payload`): with no
   * `encoding_options` it is returned as it is; otherwise the result is `{ type, value, encoding_options: [] }`.
   * A partially encrypted `json_patch` keeps its patches and decrypts each `{ type: "__encrypted__", value }`.
   */
  decodeEventPayload<P extends EventPayload>(payload: P, options?: DecodeOptions): Promise<P | EventPayload>;
  /**
   * Encodes an event payload as a worker would (never offloaded, as in the Python SDK): `value` becomes the
   * base64 of the encoded JSON, or stays as it is when no transform applies.
   */
  encodeEventPayload(payload: EventPayload): Promise<EventPayload>;
  /**
   * Wraps a JSON Patch value as a worker does in partial mode: `{ type: "__encrypted__", value: <base64 of
   * nonce || AES-GCM(JSON)> }`, what {@link decodeEventPayload} decrypts in a `json_patch`. For fakes and tests;
   * `"missing-key"` without encryption configured.
   */
  encryptPatchValue(value: unknown): Promise<{ type: typeof ENCRYPTED_PATCH_TYPE; value: string }>;
  /**
   * Whether `value` has the shape of an encoded result: an object whose `b64payload` is a string and whose
   * `encoding_options`, if present, lists only known options (as Python's `check_is_payload_encoded`; a value
   * with an unknown option is not encoded, and {@link decodeResult} returns it as it is).
   */
  isEncoded(value: unknown): value is NetworkEncodedResult;
  /** The settings without secrets, e.g. `{ encryption: { mode: "full", secondaryKey: true }, … }`. */
  toJSON(): Record<string, unknown>;
}

/** Wire shape check of an encoded result, as pydantic's validation of `NetworkEncodedResult`. */
function isEncodedResult(value: unknown): value is NetworkEncodedResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const candidate = value as { b64payload?: unknown; encoding_options?: unknown };
  if (typeof candidate.b64payload !== "string") return false;
  const options = candidate.encoding_options;
  if (options === undefined) return true;
  return Array.isArray(options) && options.every((o) => (ENCODING_OPTIONS as readonly unknown[]).includes(o));
}

function serialise(value: unknown): Uint8Array {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    throw new PayloadEncodingError("invalid-input", "The payload is not JSON-serialisable", { cause });
  }
  if (text === undefined)
    throw new PayloadEncodingError("invalid-input", "The payload is not JSON-serialisable");
  return new TextEncoder().encode(text);
}

function checkContext(context: EncodeContext): void {
  if (
    typeof context !== "object" ||
    context === null ||
    typeof context.executionId !== "string" ||
    context.executionId === ""
  ) {
    throw new PayloadEncodingError("invalid-input", "context.executionId must be a non-empty string");
  }
}

/**
 * Makes a {@link PayloadCodec}. The config is checked now (a bad key, level or store is a
 * `PayloadEncodingError` of type `"invalid-config"` here, never at the first request); keys are imported into
 * Web Crypto on first use as non-extractable keys.
 *
 * ```ts
 * const codec = createPayloadCodec({
 *   encryption: { mode: "full", mainKey: process.env.WORKFLOW_ENCRYPTION_KEY! },
 *   compression: {},
 * });
 * const input = await codec.encodeInput({ prompt: "hi" }, { executionId });
 * ```
 */
export function createPayloadCodec(config: PayloadCodecConfig = {}): PayloadCodec {
  const resolved = resolveConfig(config);
  const encryption = resolved.encryption;
  const pipeline: Pipeline = {
    config: resolved,
    aes: encryption ? createAesGcm(encryption.mainKey, encryption.secondaryKey, resolved.random) : undefined,
  };
  // The resolved config keeps no key bytes beyond the AES helper's closure.
  if (encryption) resolved.encryption = { mode: encryption.mode, mainKey: new Uint8Array(0) };
  const summary = {
    ...(encryption && {
      encryption: { mode: encryption.mode, secondaryKey: encryption.secondaryKey !== undefined },
    }),
    ...(resolved.compression && { compression: { ...resolved.compression } }),
    ...(resolved.offloading && {
      offloading: {
        namespace: resolved.offloading.namespace,
        minSizeBytes: resolved.offloading.minSizeBytes,
      },
    }),
    maxDecodedSizeBytes: resolved.maxDecodedSizeBytes,
  };

  async function encode(value: unknown, context: EncodeContext) {
    checkContext(context);
    const { data, encodingOptions } = await encodeContent(pipeline, serialise(value), {
      executionId: context.executionId,
      allowOffloading: true,
      signal: context.signal,
    });
    return { b64payload: toBase64(data), encoding_options: encodingOptions };
  }

  const codec: PayloadCodec = {
    async encodeInput(value, context) {
      return { ...(await encode(value, context)), empty: false };
    },
    encodeResult: encode,
    async decodeResult(value, options) {
      if (!isEncodedResult(value)) return value;
      const bytes = await decodeContent(
        pipeline,
        fromBase64(value.b64payload),
        value.encoding_options ?? [],
        options?.signal,
      );
      try {
        return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      } catch {
        return bytes; // as Python: bytes that are not JSON are returned as they are
      }
    },
    decodeEventPayload(payload, options) {
      return decodeEventPayload(pipeline, payload, options?.signal);
    },
    encodeEventPayload(payload) {
      return encodeEventPayload(pipeline, payload, serialise);
    },
    async encryptPatchValue(value) {
      if (!pipeline.aes) {
        throw new PayloadEncodingError("missing-key", "Encrypting a patch value needs an encryption key");
      }
      return { type: ENCRYPTED_PATCH_TYPE, value: toBase64(await pipeline.aes.encrypt(serialise(value))) };
    },
    isEncoded: isEncodedResult,
    toJSON: () => structuredClone(summary),
  };
  Object.defineProperty(codec, Symbol.for("nodejs.util.inspect.custom"), {
    value: () => ({ PayloadCodec: structuredClone(summary) }),
    enumerable: false,
  });
  return codec;
}
