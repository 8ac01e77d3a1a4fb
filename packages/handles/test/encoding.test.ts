/**
 * Handles over a client with a `payloadCodec`, against a mock that plays an encrypted deployment: the
 * encoding is invisible to the caller (typed inputs in, typed results out), and `validate: true` checks
 * the plain input before anything is encoded or sent.
 */
import { createClient } from "@mistral-workflows/client";
import { createPayloadCodec, type PayloadCodecConfig } from "@mistral-workflows/encoding";
import { createMockServer } from "@mistral-workflows/mock-server";
import { expect, expectTypeOf, test, vi } from "vitest";
import {
  defineQuery,
  defineSignal,
  defineWorkflow,
  executeAndWait,
  InputSchemaError,
  startExecution,
} from "../src/index.js";

const config: PayloadCodecConfig = {
  encryption: { mode: "full", mainKey: "2b7e151628aed2a6abf7158809cf4f3c2b7e151628aed2a6abf7158809cf4f3c" },
};
const support = defineWorkflow<{ ticket_id: string }, { status: string; input: { ticket_id: string } }>(
  "support-workflow",
);
const approve = defineSignal<{ approved: boolean }>("approve");
const getStatus = defineQuery<Record<string, never>, unknown>("get_status");

function setup() {
  const api = createMockServer({ stepMs: 100, heartbeatMs: 0, workerEncoding: config });
  const client = createClient({
    apiKey: "test",
    baseUrl: api.url,
    fetch: api.fetch,
    maxRetries: 0,
    payloadCodec: createPayloadCodec(config),
  });
  return { api, client };
}

test("start, signal, query and result through an encrypted deployment, typed as declared", async () => {
  const { api, client } = setup();
  const handle = await startExecution(client, support, { ticket_id: "T-7" });
  await handle.signal(approve, { approved: true });
  await handle.query(getStatus, {});
  const rt = api.state.executions.get(handle.executionId)!;
  expect(rt.input).toEqual({ ticket_id: "T-7" });
  expect(rt.signals.map((s) => s.input)).toEqual([{ approved: true }]);
  const sent = api.requests.filter((r) => r.operation?.startsWith("executions.") && r.method === "POST");
  expect(sent.every((r) => JSON.stringify(r.body).includes("b64payload"))).toBe(true);

  void api.settle(handle.executionId);
  const result = await handle.result();
  expectTypeOf(result).toEqualTypeOf<{ status: string; input: { ticket_id: string } }>();
  expect(result).toMatchObject({ input: { ticket_id: "T-7" } });
});

test("executeAndWait resolves to the plain result", async () => {
  const { api, client } = setup();
  const waiting = executeAndWait(client, support, { ticket_id: "T-8" });
  await vi.waitFor(() => expect(api.state.executions.size).toBe(1));
  const [id] = [...api.state.executions.keys()];
  await api.settle(id!);
  await expect(waiting).resolves.toMatchObject({ input: { ticket_id: "T-8" } });
});

test("validate: true checks the plain input against the schema before encoding or sending", async () => {
  const { api, client } = setup();
  const bad = { ticket_id: 42 } as unknown as { ticket_id: string };
  await expect(startExecution(client, support, bad, { validate: true })).rejects.toBeInstanceOf(
    InputSchemaError,
  );
  expect(api.requests.some((r) => r.operation === "workflows.executeWorkflow")).toBe(false);
  const handle = await startExecution(client, support, { ticket_id: "T-9" }, { validate: true });
  expect(api.state.executions.get(handle.executionId)!.input).toEqual({ ticket_id: "T-9" });
});

test("a start whose answer was lost is claimed after the retry's 409: the read-back compares plain inputs", async () => {
  const api = createMockServer({
    stepMs: 100,
    heartbeatMs: 0,
    workerEncoding: config,
    clock: { now: Date.now() },
  });
  let lost = false;
  // The first execute reaches the server, which starts the execution; its answer is lost (a reset).
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await api.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!lost && url.endsWith("/execute")) {
      lost = true;
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
      });
    }
    return response;
  };
  const client = createClient({
    apiKey: "test",
    baseUrl: api.url,
    fetch,
    payloadCodec: createPayloadCodec(config),
  });
  const handle = await startExecution(client, support, { ticket_id: "T-10" });
  expect(api.state.executions.size).toBe(1);
  expect(api.state.executions.get(handle.executionId)!.input).toEqual({ ticket_id: "T-10" });
  const executes = api.requests.filter((r) => r.operation === "workflows.executeWorkflow");
  expect(executes).toHaveLength(2);
  expect(executes[1]!.status).toBe(409);
});

test("tasks() of an encrypted execution: task states built from decoded JSON-patch updates", async () => {
  const partial: PayloadCodecConfig = {
    encryption: { mode: "partial", mainKey: config.encryption!.mainKey },
  };
  const api = createMockServer({ stepMs: 100, heartbeatMs: 0, workerEncoding: partial, clock: "real" });
  const client = createClient({
    apiKey: "test",
    baseUrl: api.url,
    fetch: api.fetch,
    maxRetries: 0,
    payloadCodec: createPayloadCodec(partial),
  });
  const handle = await startExecution(client, support, {
    ticket_id: "T-11",
    _mock: { step_ms: 10 },
  } as never);
  const states: unknown[] = [];
  for await (const task of handle.tasks()) states.push(task.state);
  expect(states.length).toBeGreaterThan(0);
  expect(JSON.stringify(states)).not.toContain("__encrypted__");
  api.close();
});
