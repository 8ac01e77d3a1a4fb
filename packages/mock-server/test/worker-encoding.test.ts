/**
 * `workerEncoding`: the mock plays an encrypted deployment. Cleartext input is refused as the platform
 * refuses it; a client with the same codec settings runs the whole life of an execution (execute,
 * signal, query, result, events, streams) and reads plain values, while the wire carries ciphertext.
 */
import { createClient, InternalServerError } from "@mistral-workflows/client";
import {
  createPayloadCodec,
  PayloadEncodingError,
  type PayloadCodecConfig,
} from "@mistral-workflows/encoding";
import { describe, expect, test } from "vitest";
import { createMockServer } from "../src/index.js";

const KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const OTHER_KEY = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
const full: PayloadCodecConfig = { encryption: { mode: "full", mainKey: KEY } };

function setup(config: PayloadCodecConfig = full, workflows?: string[]) {
  const api = createMockServer({ workerEncoding: { ...config, ...(workflows ? { workflows } : {}) } });
  const client = createClient({
    apiKey: "test",
    baseUrl: api.url,
    fetch: api.fetch,
    maxRetries: 0,
    payloadCodec: createPayloadCodec(config),
  });
  const plain = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, maxRetries: 0 });
  return { api, client, plain };
}

describe("inputs", () => {
  test("cleartext input to a covered workflow is refused with WF_1302, as the platform does", async () => {
    const { api, plain } = setup();
    const error = await plain.workflows
      .executeWorkflow({ workflow_identifier: "support-workflow", input: { ticket_id: "T-1" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).body).toEqual({ detail: "An error occurred", code: "WF_1302" });
    expect(api.state.executions.size).toBe(0);
  });

  test("a workflow outside `workflows` takes cleartext as usual", async () => {
    const { plain } = setup(full, ["report-generator"]);
    await expect(
      plain.workflows.executeWorkflow({ workflow_identifier: "support-workflow", input: { n: 1 } }),
    ).resolves.toMatchObject({ status: "RUNNING" });
  });

  test("encoded input is decoded with the workers' key: the story runs on the plain value", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-1", note: "héllo ✓" },
    });
    const sent = api.requests.find((r) => r.operation === "workflows.executeWorkflow")!.body as Record<
      string,
      unknown
    >;
    expect(sent.input).toBeNull();
    expect(JSON.stringify(sent.encoded_input)).not.toContain("T-1");
    expect(api.state.executions.get(execution_id)!.input).toEqual({ ticket_id: "T-1", note: "héllo ✓" });
  });

  test("a signal in cleartext is refused; an encoded one is delivered decoded", async () => {
    const { api, client, plain } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await expect(
      plain.executions.signalWorkflowExecution({ execution_id, name: "approve", input: { ok: true } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    await client.executions.signalWorkflowExecution({ execution_id, name: "approve", input: { ok: true } });
    expect(api.state.executions.get(execution_id)!.signals.map((s) => s.input)).toEqual([{ ok: true }]);
  });
});

describe("results and events", () => {
  test("the result is served encoded, the same bytes on every read, and the client reads it plain", async () => {
    const { api, client, plain } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-2" },
    });
    await api.settle(execution_id);
    const first = await plain.executions.getWorkflowExecution({ execution_id });
    const second = await plain.executions.getWorkflowExecution({ execution_id });
    expect(first.result).toMatchObject({ encoding_options: ["encrypted"] });
    expect(JSON.stringify(first.result)).not.toContain("T-2");
    expect(second.result).toEqual(first.result);
    const decoded = await client.executions.getWorkflowExecution({ execution_id });
    expect(decoded.result).toEqual(api.state.executions.get(execution_id)!.execution.result);
    expect(decoded.result).toMatchObject({ input: { ticket_id: "T-2" } });
  });

  test("event payloads are encoded in the events list and the stream; the client decodes both", async () => {
    const { api, client, plain } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await api.settle(execution_id);
    const raw = await plain.events.getWorkflowEvents({ root_workflow_exec_id: execution_id, limit: 100 });
    const payloads = raw.events.flatMap((e) =>
      Object.values((e as { attributes: Record<string, unknown> }).attributes).filter(
        (v) => typeof v === "object" && v !== null && "encoding_options" in v,
      ),
    ) as { value: unknown; encoding_options: string[] }[];
    expect(payloads.length).toBeGreaterThan(0);
    expect(
      payloads.every((p) => p.encoding_options.includes("encrypted") && typeof p.value === "string"),
    ).toBe(true);

    const decoded = await client.events.getWorkflowEvents({
      root_workflow_exec_id: execution_id,
      limit: 100,
    });
    const stored = api.state.executions.get(execution_id)!.events.map((e) => e.data.attributes);
    expect(decoded.events.map((e) => (e as { attributes: unknown }).attributes)).toEqual(
      stored.map((attributes) =>
        Object.fromEntries(
          Object.entries(attributes as Record<string, unknown>).map(([k, v]) =>
            typeof v === "object" && v !== null && "type" in v && "value" in v
              ? [k, { ...v, encoding_options: [] }]
              : [k, v],
          ),
        ),
      ),
    );

    // The execution's stream carries the same encoded payloads; decoded, they are the stored ones.
    const codec = createPayloadCodec(full);
    const response = await api.fetch(`${api.url}/v1/workflows/executions/${execution_id}/stream`, {
      headers: { authorization: "Bearer test" },
    });
    const lines = (await response.text()).split("\n").filter((l) => l.startsWith("data: "));
    const streamed = await Promise.all(
      lines.map(async (line) => {
        const attributes = { ...(JSON.parse(line.slice(6)).data.attributes as Record<string, unknown>) };
        for (const [k, v] of Object.entries(attributes))
          if (typeof v === "object" && v !== null && "encoding_options" in v)
            attributes[k] = await codec.decodeEventPayload(v as never);
        return attributes;
      }),
    );
    expect(lines.some((l) => l.includes('"encoding_options":["encrypted"]'))).toBe(true);
    expect(streamed).toEqual(decoded.events.map((e) => (e as { attributes: unknown }).attributes));
  });

  test("partial mode: task updates keep their patches, each value wrapped as __encrypted__", async () => {
    const partial: PayloadCodecConfig = { encryption: { mode: "partial", mainKey: KEY } };
    const { api, client, plain } = setup(partial);
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await api.settle(execution_id);
    const raw = await plain.events.getWorkflowEvents({ root_workflow_exec_id: execution_id, limit: 100 });
    const patch = raw.events
      .map(
        (e) =>
          (e as { attributes: { payload?: { type: string; value: unknown; encoding_options?: string[] } } })
            .attributes.payload,
      )
      .find((p) => p?.type === "json_patch")!;
    expect(patch.encoding_options).toEqual(["encrypted-partial"]);
    expect(
      (patch.value as { value: { type: string } }[]).every((op) => op.value.type === "__encrypted__"),
    ).toBe(true);
    const decoded = await client.events.getWorkflowEvents({
      root_workflow_exec_id: execution_id,
      limit: 100,
    });
    const plainPatch = decoded.events
      .map((e) => (e as { attributes: { payload?: { type: string; value: unknown } } }).attributes.payload)
      .find((p) => p?.type === "json_patch")!;
    expect(JSON.stringify(plainPatch.value)).not.toContain("__encrypted__");
  });

  test("a client with another key gets a typed error naming no key", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await api.settle(execution_id);
    const wrong = createClient({
      apiKey: "test",
      baseUrl: api.url,
      fetch: api.fetch,
      payloadCodec: createPayloadCodec({ encryption: { mode: "full", mainKey: OTHER_KEY } }),
    });
    const error = await wrong.executions.getWorkflowExecution({ execution_id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadEncodingError);
    expect((error as PayloadEncodingError).type).toBe("decryption-failed");
    expect(String((error as Error).message)).not.toContain(KEY);
    expect(String((error as Error).message)).not.toContain(OTHER_KEY);
  });
});
