/**
 * Where the client's payload codec applies, operation by operation (the operations the official Python
 * SDK's encoding hook handles, and only those), and the calls into it. Loaded on first use (a dynamic
 * import) by a client given a `payloadCodec`: a client without one never loads it.
 */
import { decodeEventAttributes, type PayloadCodec } from "../payload-codec.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
