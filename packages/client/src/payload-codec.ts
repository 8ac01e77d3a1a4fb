/**
 * Payload encoding in the named methods. A workflow whose workers encrypt, compress or offload its
 * payloads expects every client to do the same: the platform stores only what the client sent, and
 * refuses cleartext input (`WF_1302`). Given a `payloadCodec` (from `@mistral-workflows/encoding`, or
 * any object of that shape), the client encodes inputs and decodes results and event payloads on the
 * operations the official Python SDK's encoding hook handles, and only those.
 */

/** A workflow input as the codec encodes it for the wire (the API's `NetworkEncodedInput`). */
export interface EncodedInput {
  b64payload: string;
  encoding_options?: string[];
  empty?: boolean;
}

/**
 * What the client needs of a payload codec. `createPayloadCodec()` of `@mistral-workflows/encoding`
 * returns one; the client imports nothing of that package, so an app without encryption never loads it.
 */
export interface PayloadCodec {
  /**
   * Encodes an input for the execution `executionId` (offloaded blobs are keyed by it). Called once per
   * call: every retry of the request sends the same encoded bytes.
   */
  encodeInput(value: unknown, context: { executionId: string; workflowName?: string }): Promise<EncodedInput>;
  /** Whether `value` is an encoded payload (a result, an input) rather than a plain value. */
  isEncoded(value: unknown): boolean;
  /** The plain value of an encoded result. */
  decodeResult(value: unknown): Promise<unknown>;
  /**
   * The plain form of an event payload (`{ type: "json" | "json_patch", value, encoding_options }`):
   * the same object with `value` decoded and `encoding_options` emptied.
   */
  decodeEventPayload(payload: Record<string, unknown>): Promise<unknown>;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A `{ type: "json" | "json_patch", value }` payload carrying encodings to undo. */
function isEncodedEventPayload(value: unknown): value is Obj {
  return (
    isObject(value) &&
    (value.type === "json" || value.type === "json_patch") &&
    "value" in value &&
    Array.isArray(value.encoding_options) &&
    value.encoding_options.length > 0
  );
}

/**
 * Decodes, in place, every encoded payload among an event's `attributes` (the fields the Python SDK
 * decodes: any attribute shaped as a JSON or JSON-patch payload with encoding options). Returns the
 * event, for chaining.
 */
export async function decodeEventAttributes<T>(codec: PayloadCodec, event: T): Promise<T> {
  const attributes = isObject(event) ? event.attributes : undefined;
  if (!isObject(attributes)) return event;
  for (const key of Object.keys(attributes))
    if (isEncodedEventPayload(attributes[key]))
      attributes[key] = await codec.decodeEventPayload(attributes[key] as Obj);
  return event;
}

/** Checks a `payloadCodec` option: an object with the four methods the client calls. */
export function isPayloadCodec(value: unknown): value is PayloadCodec {
  if (typeof value !== "object" || value === null) return false;
  const codec = value as Record<string, unknown>;
  return ["encodeInput", "isEncoded", "decodeResult", "decodeEventPayload"].every(
    (name) => typeof codec[name] === "function",
  );
}
