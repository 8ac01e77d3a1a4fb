import { createClient, InternalServerError, RateLimitError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { createMockServer, FAULT_HEADER, formatFaultHeader, parseFaultHeader } from "../src/index.js";
import { dataOf, get, parseSse, readSse, setup } from "./helpers.js";

describe("the x-mock-fault header", () => {
  test.each([
    ["status=503; retry-after=2; times=3", { status: 503, retryAfterSeconds: 2, times: 3 }],
    ["drop-after-events=4", { dropAfterEvents: 4 }],
    ["latency-ms=25, drop-after-bytes=100", { latencyMs: 25, dropAfterBytes: 100 }],
    ["malformed-event=2;error-after-events=5", { malformedEvent: 2, errorAfterEvents: 5 }],
  ])("%s", (text, rule) => {
    expect(parseFaultHeader(text)).toEqual(rule);
    expect(parseFaultHeader(formatFaultHeader(rule))).toEqual(rule);
  });

  test("a header that does not parse is a 400 naming the bad part", async () => {
    const { api } = setup();
    const response = await get(api, "/v1/workflows/support-workflow", {
      [FAULT_HEADER]: "status=503; explode=1",
    });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain("explode=1");
  });
});

describe("status faults", () => {
  test("429 and 503 carry Retry-After and change nothing", async () => {
    const { api } = setup();
    const limited = await get(api, "/v1/workflows/schedules", {
      [FAULT_HEADER]: "status=429; retry-after=7",
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(await limited.json()).toEqual({ detail: expect.any(String) });
    const before = api.state.executions.size;
    const unavailable = await api.fetch(`${api.url}/v1/workflows/support-workflow/execute`, {
      method: "POST",
      headers: { authorization: "Bearer test", [FAULT_HEADER]: "status=503" },
      body: "{}",
    });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("1");
    expect(api.state.executions.size).toBe(before);
  });

  test("with times, a client's retries see the fault that many times, then succeed", async () => {
    const api = createMockServer();
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, maxRetries: 2 });
    const headers = { [FAULT_HEADER]: formatFaultHeader({ status: 503, retryAfterSeconds: 0, times: 2 }) };
    const result = await client.workflows.getWorkflow(
      { workflow_identifier: "support-workflow" },
      { headers },
    );
    expect(result.workflow.name).toBe("support-workflow");
    expect(api.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  test("server-wide rules apply to the operations named, until spent", async () => {
    const { api, client } = setup({
      faults: [{ operations: ["schedules.getSchedules"], status: 429, times: 1 }],
    });
    await expect(client.schedules.getSchedules({})).rejects.toBeInstanceOf(RateLimitError);
    await expect(client.schedules.getSchedules({})).resolves.toHaveProperty("schedules");
    const remove = api.faults.add({
      operations: ["get_workflow_v1_workflows__workflow_identifier__get"],
      status: 500,
    });
    await expect(
      client.workflows.getWorkflow({ workflow_identifier: "support-workflow" }),
    ).rejects.toBeInstanceOf(InternalServerError);
    await expect(client.workflows.getWorkflowRegistrations({})).resolves.toHaveProperty(
      "workflow_registrations",
    );
    remove();
    await expect(
      client.workflows.getWorkflow({ workflow_identifier: "support-workflow" }),
    ).resolves.toHaveProperty("workflow");
    expect(api.faults.rules).toEqual([]);
  });

  test("latency delays the answer (real milliseconds, whatever the clock)", async () => {
    const { api } = setup();
    const started = performance.now();
    await get(api, "/v1/workflows/support-workflow", { [FAULT_HEADER]: "latency-ms=60" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe("stream faults", () => {
  async function finished() {
    const ctx = setup({ heartbeatMs: 0 });
    const { execution_id } = await ctx.client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await ctx.api.settle(execution_id);
    return { ...ctx, execution_id, all: ctx.api.state.executions.get(execution_id)!.events };
  }

  test("drop after N events, then resume with Last-Event-ID: nothing lost, nothing twice", async () => {
    const { api, execution_id, all } = await finished();
    const path = `/v1/workflows/executions/${execution_id}/stream`;
    const first = await readSse(await get(api, path, { [FAULT_HEADER]: "drop-after-events=4" }));
    expect(first.events).toHaveLength(4);
    expect((first.error as Error).message).toBe("terminated");
    const rest = await readSse(await get(api, path, { "Last-Event-ID": first.events.at(-1)!.id! }));
    expect(dataOf([...first.events, ...rest.events])).toEqual(all);
  });

  test("drop after N bytes cuts the body mid-event", async () => {
    const { api, execution_id } = await finished();
    const { events, error, text } = await readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/stream`, {
        [FAULT_HEADER]: "drop-after-bytes=1500",
      }),
    );
    expect(text).toHaveLength(1500);
    expect(error).toBeInstanceOf(TypeError);
    expect(events.length).toBeGreaterThan(0);
    // JSON bodies too.
    const json = await get(api, "/v1/workflows/support-workflow", { [FAULT_HEADER]: "drop-after-bytes=10" });
    expect(json.status).toBe(200);
    await expect(json.text()).rejects.toThrow("terminated");
  });

  test("a malformed event comes before the N-th event, without an id", async () => {
    const { api, execution_id, all } = await finished();
    const { text } = await readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/stream`, {
        [FAULT_HEADER]: "malformed-event=2",
      }),
    );
    const events = parseSse(text);
    expect(events).toHaveLength(all.length + 1);
    expect(events[1]!.id).toBeUndefined();
    expect(() => JSON.parse(events[1]!.data)).toThrow(SyntaxError);
    expect(dataOf(events.filter((_, i) => i !== 1))).toEqual(all);
  });

  test("an error event ends the stream after N events", async () => {
    const { api, execution_id } = await finished();
    const { events, error } = await readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/stream`, {
        [FAULT_HEADER]: "error-after-events=2",
      }),
    );
    expect(error).toBeNull();
    expect(events.map((e) => e.event)).toEqual([undefined, undefined, "error"]);
    expect(JSON.parse(events[2]!.data)).toEqual({ error: expect.any(String), reason: "stream_error" });
  });

  test("the log stream drops and resumes the same way", async () => {
    const { api, execution_id } = await finished();
    const path = `/v1/workflows/executions/${execution_id}/logs/stream`;
    const first = await readSse(await get(api, path, { [FAULT_HEADER]: "drop-after-events=3" }));
    const rest = await readSse(await get(api, `${path}?last_event_id=${first.events.at(-1)!.id!}`));
    expect(dataOf([...first.events, ...rest.events]).map((r) => r.body)).toEqual(
      api.state.executions.get(execution_id)!.logs.map((r) => r.body),
    );
  });
});
