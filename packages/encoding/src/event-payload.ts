import { PayloadEncodingError } from "./errors.js";
import { quoteText } from "./internal/quote-text.js";
import { fromBase64, toBase64 } from "./internal/base64.js";
import { decodeContent, encodeContent, ENCODING_OPTIONS, type Pipeline } from "./pipeline.js";

/**
 * An event's payload field (`JSONPayload` / `JSONPatchPayload` on the wire). Encoded, `value` is the base64 of
 * the encoded JSON, or for a partially encrypted `json_patch` a list of patches whose encrypted values are
 * `{ type: "__encrypted__", value: "<base64>" }`. Other `type`s pass through untouched.
 */
export interface EventPayload {
  /** `"json"`, `"json_patch"`, or a newer type. */
  type: string;
  /** The payload, or its encoded form. */
  value: unknown;
  /** The transforms applied; absent, `null` or empty when the payload is plain. */
  encoding_options?: string[] | null;
  [field: string]: unknown;
}

/** The wrapper of an encrypted patch value (the Python SDK's `EncryptedPatchValue`). */
export const ENCRYPTED_PATCH_TYPE = "__encrypted__";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function decryptPatches(pipeline: Pipeline, patches: unknown[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const patch of patches) {
    if (isRecord(patch) && isRecord(patch.value) && patch.value.type === ENCRYPTED_PATCH_TYPE) {
      if (!pipeline.aes) {
        throw new PayloadEncodingError(
          "missing-key",
          "The event payload is encrypted and no encryption key is configured",
        );
      }
      const encrypted = patch.value.value ?? "";
      if (typeof encrypted !== "string") {
        throw new PayloadEncodingError(
          "malformed-payload",
          "An encrypted patch value is not a base64 string",
        );
      }
      const plain = await pipeline.aes.decrypt(fromBase64(encrypted));
      out.push({ ...patch, value: parseJson(plain) });
    } else {
      out.push(patch);
    }
  }
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new PayloadEncodingError("malformed-payload", "The decoded event payload is not JSON", { cause });
  }
}

/** The Python SDK's `decode_event_payload`. */
export async function decodeEventPayload<P extends EventPayload>(
  pipeline: Pipeline,
  payload: P,
  signal: AbortSignal | undefined,
): Promise<P | EventPayload> {
  const options = payload?.encoding_options;
  if (!Array.isArray(options) || options.length === 0) return payload;
  for (const option of options) {
    if (!(ENCODING_OPTIONS as readonly unknown[]).includes(option)) {
      throw new PayloadEncodingError(
        "unsupported-encoding",
        `Unknown encoding option ${quoteText(String(option), 64)}: a newer SDK may be needed`,
      );
    }
  }
  if (
    options.includes("encrypted-partial") &&
    payload.type === "json_patch" &&
    Array.isArray(payload.value)
  ) {
    return { type: payload.type, value: await decryptPatches(pipeline, payload.value), encoding_options: [] };
  }
  if (typeof payload.value !== "string") {
    throw new PayloadEncodingError(
      "malformed-payload",
      "An encoded event payload's value must be a base64 string",
    );
  }
  const bytes = await decodeContent(pipeline, fromBase64(payload.value), options, signal);
  return { type: payload.type, value: parseJson(bytes), encoding_options: [] };
}

/** The Python SDK's `encode_event_payload_content` applied to a payload's `value`. */
export async function encodeEventPayload(
  pipeline: Pipeline,
  payload: EventPayload,
  serialise: (value: unknown) => Uint8Array,
): Promise<EventPayload> {
  const { data, encodingOptions } = await encodeContent(pipeline, serialise(payload.value), {
    allowOffloading: false,
  });
  if (encodingOptions.length === 0) return { ...payload, encoding_options: [] };
  return { ...payload, value: toBase64(data), encoding_options: encodingOptions };
}
