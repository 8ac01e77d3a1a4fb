/**
 * The client with a `payloadCodec`: inputs go out encoded on exactly the operations the Python SDK's
 * hook encodes, once per call whatever the retries, and results and event payloads come back decoded.
 * The codec here is a stand-in of the real one's shape that counts its calls (base64 of the JSON, one
 * `encrypted` option); `@mistral-workflows/encoding`'s own tests prove the real bytes.
 */
import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createClient, InvalidArgumentError, type EncodedInput, type PayloadCodec } from "../src/index.js";
import { settle } from "./helpers/faults.js";

const b64 = (value: unknown) => btoa(JSON.stringify(value));
const unb64 = (text: string) => JSON.parse(atob(text)) as unknown;
const sealed = (value: unknown): EncodedInput => ({
  b64payload: b64(value),
  encoding_options: ["encrypted"],
});

function fakeCodec() {
  const contexts: { executionId: string; workflowName?: string }[] = [];
  const codec: PayloadCodec = {
    async encodeInput(value, context) {
      contexts.push(context);
      return sealed(value);
    },
    isEncoded: (value) =>
      typeof value === "object" && value !== null && typeof (value as EncodedInput).b64payload === "string",
    async decodeResult(value) {
      return unb64((value as EncodedInput).b64payload);
    },
    async decodeEventPayload(payload) {
      return { ...payload, value: unb64(payload.value as string), encoding_options: [] };
    },
  };
  return { codec, contexts };
}

let api: MockServer;
beforeEach(() => {
  api = createMockServer();
});
const bodyOf = (operation: string) =>
  api.requests.filter((r) => r.operation === operation).map((r) => r.body as Record<string, unknown>);

describe("inputs", () => {
  test("executeWorkflow sends encoded_input with input null, keyed by its client-made execution id", async () => {
    const { codec, contexts } = fakeCodec();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, payloadCodec: codec });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-1" },
    });
    const [sent] = bodyOf("workflows.executeWorkflow");
    expect(sent).toMatchObject({ input: null, encoded_input: sealed({ ticket_id: "T-1" }), execution_id });
    expect(contexts).toEqual([{ executionId: execution_id, workflowName: "support-workflow" }]);
  });

  test("executeWorkflowRegistration encodes the same way", async () => {
    const { codec } = fakeCodec();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, payloadCodec: codec });
    const [registration] = [...api.state.registrations.values()].filter((r) => r.active);
    await client.workflows.executeWorkflowRegistration({
      workflow_registration_id: registration!.id,
      input: { n: 1 },
    });
    expect(bodyOf("workflows.executeWorkflowRegistration")[0]).toMatchObject({
      input: null,
      encoded_input: sealed({ n: 1 }),
    });
  });

  test("a signal's input is replaced by its encoding, keyed by the execution in the path", async () => {
    const { codec, contexts } = fakeCodec();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, payloadCodec: codec });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await client.executions.signalWorkflowExecution({ execution_id, name: "approve", input: { ok: true } });
    expect(bodyOf("executions.signalWorkflowExecution")[0]).toEqual({
      name: "approve",
      input: sealed({ ok: true }),
    });
    expect(contexts.at(-1)).toEqual({ executionId: execution_id });
  });

  test("a null or absent input is sent as is", async () => {
    const { codec, contexts } = fakeCodec();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, payloadCodec: codec });
    await client.workflows.executeWorkflow({ workflow_identifier: "support-workflow" });
    expect(bodyOf("workflows.executeWorkflow")[0]).not.toHaveProperty("encoded_input");
    expect(contexts).toEqual([]);
  });

  test("a schedule's nested input is not encoded (as the Python hook leaves it)", async () => {
    const { codec, contexts } = fakeCodec();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, payloadCodec: codec });
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "report-generator",
      schedule: { cron_expressions: ["0 9 * * *"], input: { region: "eu" } },
    } as never);
    expect(contexts).toEqual([]);
  });

  test("encoded once per call: a retried execute sends the same encoded bytes", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const { codec, contexts } = fakeCodec();
      const encode = vi.spyOn(codec, "encodeInput");
      // The first attempt is answered 503 before the server acts on it; the retry starts the execution.
      api.faults.add({
        operations: ["workflows.executeWorkflow"],
        status: 503,
        retryAfterSeconds: 0,
        times: 1,
      });
      const client = createClient({
        apiKey: "test",
        baseUrl: api.url,
        fetch: api.fetch,
        payloadCodec: codec,
      });
      await settle(
        client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", input: { n: 1 } }),
        (ms) => vi.advanceTimersByTimeAsync(ms),
      );
      const sent = bodyOf("workflows.executeWorkflow");
      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual(sent[0]);
      expect(encode).toHaveBeenCalledTimes(1);
      expect(contexts).toHaveLength(1);
      expect(api.state.executions.size).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test("the raw path client sends bodies as given", async () => {
    const { codec, contexts } = fakeCodec();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, payloadCodec: codec });
    await client.POST("/v1/workflows/{workflow_identifier}/execute", {
      params: { path: { workflow_identifier: "support-workflow" } },
      body: { input: { raw: true } },
    });
    expect(bodyOf("workflows.executeWorkflow")[0]).toMatchObject({ input: { raw: true } });
    expect(contexts).toEqual([]);
  });
});

describe("results and events", () => {
  /** A fetch that answers `body` as JSON to every request, after recording it. */
  const answer =
    (body: unknown): typeof fetch =>
    async () =>
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

  test("an encoded result is decoded; a plain one is left alone", async () => {
    const { codec } = fakeCodec();
    const execution = {
      workflow_name: "support-workflow",
      execution_id: "e-1",
      parent_execution_id: null,
      root_execution_id: "e-1",
      status: "COMPLETED",
      start_time: "2026-01-01T00:00:00Z",
      end_time: "2026-01-01T00:00:01Z",
      total_duration_ms: 1000,
    };
    const encoded = createClient({
      apiKey: "t",
      fetch: answer({ ...execution, result: sealed({ answer: 42 }) }),
      payloadCodec: codec,
    });
    await expect(encoded.executions.getWorkflowExecution({ execution_id: "e-1" })).resolves.toMatchObject({
      result: { answer: 42 },
    });
    const plain = createClient({
      apiKey: "t",
      fetch: answer({ ...execution, result: { answer: 7 } }),
      payloadCodec: codec,
    });
    await expect(plain.executions.getWorkflowExecution({ execution_id: "e-1" })).resolves.toMatchObject({
      result: { answer: 7 },
    });
  });

  test("the events list decodes each encoded payload attribute, and only those", async () => {
    const { codec } = fakeCodec();
    const events = [
      {
        event_type: "CUSTOM_TASK_STARTED",
        attributes: {
          custom_task_id: "t",
          payload: { type: "json", value: b64({ step: 1 }), encoding_options: ["encrypted"] },
          other: { type: "json", value: { plain: true }, encoding_options: [] },
        },
      },
    ];
    const client = createClient({
      apiKey: "t",
      fetch: answer({ events, next_cursor: null }),
      payloadCodec: codec,
    });
    const page = await client.events.getWorkflowEvents({});
    const attributes = (page as unknown as { events: { attributes: Record<string, unknown> }[] }).events[0]!
      .attributes;
    expect(attributes.payload).toEqual({ type: "json", value: { step: 1 }, encoding_options: [] });
    expect(attributes.other).toEqual({ type: "json", value: { plain: true }, encoding_options: [] });
  });
});

test("a payloadCodec without the codec's methods is refused at createClient()", () => {
  expect(() => createClient({ apiKey: "t", payloadCodec: {} as PayloadCodec })).toThrow(InvalidArgumentError);
  expect(() => createClient({ apiKey: "t", payloadCodec: { encodeInput() {} } as never })).toThrow(
    /decodeResult/,
  );
});
