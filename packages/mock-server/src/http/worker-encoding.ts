/**
 * `workerEncoding`: the mock behaves as a deployment whose workers encrypt, compress or offload their
 * payloads, as the real platform does then. On the wire, for the workflows it covers:
 *
 * - an execute, signal, query or update whose input is cleartext is refused, `500` with
 *   `{ detail: "An error occurred", code: "WF_1302" }` (Mistral's "Payload Encoding Required"); an
 *   encoded input is decoded with the workers' key and the story runs on the plain value;
 * - results (an execution's, a query's, an update's) go out encoded, and so do the payloads among the
 *   attributes of every event (the events list and both event streams): `json` payloads as the workers
 *   encode them, `json_patch` task updates with each patch value wrapped (`__encrypted__`) in partial
 *   mode.
 *
 * The domain keeps the plain values the workers work with (`api.state` shows them); each served form is
 * encoded once and kept beside what it encodes, so every read of the same result or event gives the same
 * bytes. This layer is HTTP-side: the engine never sees ciphertext.
 */
import { createPayloadCodec, type PayloadCodec, type PayloadCodecConfig } from "@mistral-workflows/encoding";
import type { Domain } from "../domain/domain.js";

/** Options of `createMockServer({ workerEncoding })`: the workers' codec settings, and whom they cover. */
export interface WorkerEncodingOptions extends PayloadCodecConfig {
  /** The workflow names whose workers encode; every workflow when left out. */
  workflows?: string[];
}

/** The answer to a cleartext input for an encoded workflow: Mistral's `WF_1302`, a 500. */
export const PAYLOAD_ENCODING_REQUIRED = {
  status: 500,
  body: { detail: "An error occurred", code: "WF_1302" },
};

/** Thrown by {@link WorkerEncoding.decodeRequest} for a cleartext input. */
export class PayloadEncodingRequired extends Error {
  override readonly name = "PayloadEncodingRequired";
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Operations whose request carries a workflow input. */
const INPUT_OPERATIONS = new Set([
  "workflows.executeWorkflow",
  "workflows.executeWorkflowRegistration",
  "executions.signalWorkflowExecution",
  "executions.queryWorkflowExecution",
  "executions.updateWorkflowExecution",
]);
/** Operations whose response carries a result. */
const RESULT_OPERATIONS = new Set([
  "workflows.executeWorkflow",
  "workflows.executeWorkflowRegistration",
  "executions.getWorkflowExecution",
  "executions.queryWorkflowExecution",
  "executions.updateWorkflowExecution",
]);

/** Operations whose result is computed per request (not kept with the execution). */
const FRESH_RESULTS = new Set(["executions.queryWorkflowExecution", "executions.updateWorkflowExecution"]);

/** The mock's worker side of payload encoding (see the module's description). */
export interface WorkerEncoding {
  /**
   * Decodes, in place, the input of a request to operation `sdkName`, for a covered workflow. Throws
   * {@link PayloadEncodingRequired} for a cleartext one.
   */
  decodeRequest(sdkName: string, path: Obj, body: unknown): Promise<void>;
  /** The body of a response to `sdkName` (with path parameters `path`), its result or event payloads encoded. */
  encodeResponse(sdkName: string, path: Obj, body: unknown): Promise<unknown>;
  /** The data of an SSE event (a stream payload `{ data: event }`), with its payloads encoded. */
  encodeStreamEvent(data: unknown): Promise<unknown>;
  /** The codec, for tests that encode or decode what the mock serves. */
  readonly codec: PayloadCodec;
}

/** Makes the worker side of `options` over `domain`. */
export function createWorkerEncoding(options: WorkerEncodingOptions, domain: Domain): WorkerEncoding {
  const { workflows, ...config } = options;
  const codec = createPayloadCodec(config);
  const covered = workflows ? new Set(workflows) : null;
  const covers = (name: string | undefined) => name !== undefined && (covered === null || covered.has(name));
  const partial = options.encryption?.mode === "partial";

  /** Encoded forms, kept beside the object they encode: the same read gives the same bytes. */
  const encodedResults = new WeakMap<object, { value: unknown; encoded: Promise<unknown> }>();
  const encodedEvents = new WeakMap<object, Promise<Obj>>();

  function workflowOf(sdkName: string, path: Obj): string | undefined {
    try {
      if (sdkName === "workflows.executeWorkflow") {
        const id = String(path.workflow_identifier);
        return domain.store.findWorkflow(id)?.name ?? id;
      }
      if (sdkName === "workflows.executeWorkflowRegistration") {
        const registration = domain.store.registration(String(path.workflow_registration_id));
        return [...domain.store.workflows.values()].find((w) => w.id === registration.workflow_id)?.name;
      }
      return domain.store.execution(String(path.execution_id)).rec.execution.workflow_name;
    } catch {
      return undefined; // unknown: the handler answers 404 as it would without encoding
    }
  }

  async function encodePayload(payload: Obj): Promise<Obj> {
    if (payload.type === "json_patch" && partial && Array.isArray(payload.value)) {
      const value = await Promise.all(
        payload.value.map(async (patch: unknown) =>
          isObject(patch) && "value" in patch
            ? { ...patch, value: await codec.encryptPatchValue(patch.value) }
            : patch,
        ),
      );
      return { ...payload, value, encoding_options: ["encrypted-partial"] };
    }
    return (await codec.encodeEventPayload(payload as never)) as unknown as Obj;
  }

  /** A workflow event with each payload among its attributes encoded (the event itself untouched). */
  function encodeEvent(event: unknown): Promise<unknown> | unknown {
    if (!isObject(event) || !isObject(event.attributes) || !covers(event.workflow_name as string))
      return event;
    let done = encodedEvents.get(event);
    if (!done) {
      const attributes = event.attributes;
      done = (async () => {
        const out: Obj = { ...attributes };
        for (const [key, value] of Object.entries(attributes))
          if (isObject(value) && (value.type === "json" || value.type === "json_patch") && "value" in value)
            out[key] = await encodePayload(value);
        return { ...event, attributes: out };
      })();
      encodedEvents.set(event, done);
    }
    return done;
  }

  /** The encoded form of `owner`'s result `value`, made again only when the value changes (a reset). */
  function encodeResultOf(owner: object, value: unknown, executionId: string): Promise<unknown> {
    const kept = encodedResults.get(owner);
    if (kept && Object.is(kept.value, value)) return kept.encoded;
    const encoded = codec.encodeResult(value, { executionId });
    encodedResults.set(owner, { value, encoded });
    return encoded;
  }

  return {
    codec,
    async decodeRequest(sdkName, path, body) {
      if (!INPUT_OPERATIONS.has(sdkName) || !isObject(body) || !covers(workflowOf(sdkName, path))) return;
      const execute = sdkName.startsWith("workflows.");
      const encoded = execute ? body.encoded_input : body.input;
      if (execute && body.input !== undefined && body.input !== null) throw new PayloadEncodingRequired();
      if (encoded === undefined || encoded === null) return; // no input at all: nothing to decode
      if (!codec.isEncoded(encoded)) throw new PayloadEncodingRequired();
      body.input = await codec.decodeResult(encoded);
      if (execute) delete body.encoded_input;
    },
    async encodeResponse(sdkName, path, body) {
      if (!isObject(body)) return body;
      if (RESULT_OPERATIONS.has(sdkName) && body.result !== undefined && body.result !== null) {
        const executionId = String(body.execution_id ?? path.execution_id);
        const runtime = domain.store.executions.get(executionId);
        if (!covers(runtime?.rec.execution.workflow_name)) return body;
        // An execution's result is kept beside its record; a query's or update's answer is new each time.
        const result =
          runtime && !FRESH_RESULTS.has(sdkName)
            ? await encodeResultOf(runtime.rec, body.result, executionId)
            : await codec.encodeResult(body.result, { executionId });
        return { ...body, result };
      }
      if (sdkName === "events.getWorkflowEvents" && Array.isArray(body.events))
        return { ...body, events: await Promise.all(body.events.map((e) => encodeEvent(e))) };
      return body;
    },
    async encodeStreamEvent(data) {
      if (!isObject(data) || !isObject(data.data)) return data;
      const event = await encodeEvent(data.data);
      return event === data.data ? data : { ...data, data: event };
    },
  };
}
