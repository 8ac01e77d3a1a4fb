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

/**
 * Where each operation's input goes once encoded: the execute operations carry it in `encoded_input`
 * with `input` null; signals, queries and updates in `input` itself. A schedule's input is nested
 * (`schedule.input`), which the Python hook never encodes: neither do we (see docs/encryption.md).
 */
const ENCODE_INPUT: Record<string, "encoded_input" | "input"> = {
  "workflows.executeWorkflow": "encoded_input",
  "workflows.executeWorkflowRegistration": "encoded_input",
  "executions.signalWorkflowExecution": "input",
  "executions.queryWorkflowExecution": "input",
  "executions.updateWorkflowExecution": "input",
};

/** The operations whose response's `result` may be encoded. */
const DECODE_RESULT = new Set([
  "workflows.executeWorkflow",
  "workflows.executeWorkflowRegistration",
  "executions.getWorkflowExecution",
  "executions.queryWorkflowExecution",
  "executions.updateWorkflowExecution",
]);

/** The operations whose response is a page of events (`events[].attributes`). */
const DECODE_EVENTS = new Set(["events.getWorkflowEvents"]);

/** Whether `sdkName`'s request input is encoded. */
export function encodesInput(sdkName: string): boolean {
  return sdkName in ENCODE_INPUT;
}

/**
 * Encodes `body.input` in place for operation `sdkName`, if it has one. `executionId` is the request's
 * (its path parameter, or the client-made id of an execute). A `null` or absent input is sent as is,
 * as the Python hook does.
 */
export async function encodeRequestInput(
  codec: PayloadCodec,
  sdkName: string,
  body: Record<string, unknown>,
  executionId: string,
  workflowName: string | undefined,
): Promise<void> {
  const target = ENCODE_INPUT[sdkName];
  if (!target || body.input === undefined || body.input === null) return;
  const encoded = await codec.encodeInput(body.input, {
    executionId,
    ...(workflowName !== undefined ? { workflowName } : {}),
  });
  if (target === "encoded_input") {
    body.encoded_input = encoded;
    body.input = null;
  } else body.input = encoded;
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

/** Decodes, in place, what operation `sdkName`'s parsed response carries encoded. */
export async function decodeResponseData(codec: PayloadCodec, sdkName: string, data: unknown): Promise<void> {
  if (!isObject(data)) return;
  if (DECODE_RESULT.has(sdkName)) {
    if (data.result !== undefined && data.result !== null && codec.isEncoded(data.result))
      data.result = await codec.decodeResult(data.result);
  } else if (DECODE_EVENTS.has(sdkName) && Array.isArray(data.events)) {
    for (const event of data.events) await decodeEventAttributes(codec, event);
  }
}

/** Checks a `payloadCodec` option: an object with the four methods the client calls. */
export function isPayloadCodec(value: unknown): value is PayloadCodec {
  if (typeof value !== "object" || value === null) return false;
  const codec = value as Record<string, unknown>;
  return ["encodeInput", "isEncoded", "decodeResult", "decodeEventPayload"].every(
    (name) => typeof codec[name] === "function",
  );
}
