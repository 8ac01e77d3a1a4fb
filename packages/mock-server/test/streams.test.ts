import { describe, expect, test } from "vitest";
import { _listenerCounts } from "../src/testing.js";
import { dataOf, get, readSse, setup, takeSse } from "./helpers.js";

async function started(input: Record<string, unknown> = {}, workflow = "support-workflow") {
  const ctx = setup({ heartbeatMs: 0 });
  const { execution_id } = await ctx.client.workflows.executeWorkflow({
    workflow_identifier: workflow,
    input,
  });
  return { ...ctx, execution_id };
}

describe("the execution stream", () => {
  test("every event has an id (its broker_sequence); the stream ends after the terminal event", async () => {
    const { api, execution_id } = await started();
    const reading = readSse(await get(api, `/v1/workflows/executions/${execution_id}/stream`));
    api.clock.advance(60_000);
    const { events, error } = await reading;
    expect(error).toBeNull();
    const data = dataOf(events);
    expect(events.map((e) => e.id)).toEqual(data.map((d) => String(d.broker_sequence)));
    expect(data.map((d) => d.data.event_type).at(-1)).toBe("WORKFLOW_EXECUTION_COMPLETED");
    expect(data).toEqual(api.state.executions.get(execution_id)!.events);
  });

  test.each([
    ["Last-Event-ID header", (id: string) => ({ path: "", headers: { "Last-Event-ID": id } })],
    ["last_event_id query", (id: string) => ({ path: `?last_event_id=${id}`, headers: {} })],
  ])("resuming with the %s replays exactly the missed events", async (_how, resume) => {
    const { api, execution_id } = await started();
    api.clock.advance(1_200);
    const first = await takeSse(await get(api, `/v1/workflows/executions/${execution_id}/stream`), 3);
    api.clock.advance(1_000); // events happen while disconnected
    const { path, headers } = resume(first.at(-1)!.id!);
    const reading = readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/stream${path}`, headers),
    );
    api.clock.advance(60_000);
    const rest = (await reading).events;
    expect([...first, ...rest].map((e) => JSON.parse(e.data))).toEqual(
      api.state.executions.get(execution_id)!.events,
    );
  });

  test("event_source: DATABASE replays what is stored and ends; LIVE sends only new events", async () => {
    const { api, execution_id } = await started();
    api.clock.advance(800);
    const stored = await readSse(
      await get(api, `/v1/workflows/executions/${execution_id}/stream?event_source=DATABASE`),
    );
    expect(stored.events).toHaveLength(3);
    const live = readSse(await get(api, `/v1/workflows/executions/${execution_id}/stream?event_source=LIVE`));
    api.clock.advance(60_000);
    const liveEvents = dataOf((await live).events);
    expect(liveEvents[0].broker_sequence).toBe(dataOf(stored.events)[2].broker_sequence + 1);
    expect(liveEvents.at(-1).data.event_type).toBe("WORKFLOW_EXECUTION_COMPLETED");
  });

  test("a terminated execution's stream ends without a terminal event", async () => {
    const { api, client, execution_id } = await started();
    const reading = readSse(await get(api, `/v1/workflows/executions/${execution_id}/stream`));
    api.clock.advance(1_000);
    await client.executions.terminateWorkflowExecution({ execution_id });
    const { events, error } = await reading;
    expect(error).toBeNull();
    expect(dataOf(events).at(-1).data.event_type).toBe("CUSTOM_TASK_IN_PROGRESS");
  });

  test("a resume id that is not an event id is a 422; an unknown execution a 404", async () => {
    const { api, execution_id } = await started();
    const bad = await get(api, `/v1/workflows/executions/${execution_id}/stream?last_event_id=abc`);
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0].loc).toEqual(["query", "last_event_id"]);
    expect((await get(api, "/v1/workflows/executions/nope/stream")).status).toBe(404);
  });

  test("aborting the request ends the stream and stops listening", async () => {
    const { api, execution_id } = await started({ _mock: "running" });
    const ac = new AbortController();
    const response = await get(api, `/v1/workflows/executions/${execution_id}/stream`, {}, ac.signal);
    const reader = response.body!.getReader();
    await reader.read(); // the stored events: the stream listens for live ones once they are read
    expect(_listenerCounts(api, execution_id).events).toBe(1);
    ac.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: "AbortError" });
    expect(_listenerCounts(api, execution_id).events).toBe(0);
  });
});

describe("the global event stream", () => {
  async function twoExecutions() {
    const ctx = setup({ heartbeatMs: 0 });
    const a = await ctx.client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { steps: 1 } },
      custom_tracing_attributes: { team: "support" },
    });
    const b = await ctx.client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: { _mock: { steps: 1 } },
    });
    ctx.api.clock.advance(60_000);
    return { ...ctx, a: a.execution_id, b: b.execution_id };
  }

  async function stream(
    api: Awaited<ReturnType<typeof twoExecutions>>["api"],
    query: string,
    headers: Record<string, string> = {},
  ) {
    const ac = new AbortController();
    const response = await get(api, `/v1/workflows/events/stream${query}`, headers, ac.signal);
    const reading = readSse(response);
    setTimeout(() => ac.abort(), 20);
    return dataOf((await reading).events);
  }

  test.each([
    ["?workflow_name=report-generator", (e: any, x: any) => e.data.workflow_exec_id === x.b],
    ["?scope=activity", (e: any) => e.data.event_type.startsWith("ACTIVITY_")],
    ["?scope=workflow", (e: any) => !e.data.event_type.startsWith("ACTIVITY_")],
    ["?activity_name=process_result", (e: any) => e.data.event_type.startsWith("ACTIVITY_")],
    ["?stream=progress", (e: any) => e.data.event_type.startsWith("CUSTOM_TASK_")],
    [
      "?workflow_event_types=WORKFLOW_EXECUTION_STARTED&workflow_event_types=WORKFLOW_EXECUTION_COMPLETED",
      (e: any) => e.data.event_type.startsWith("WORKFLOW_EXECUTION_"),
    ],
    ["?metadata_filters[team]=support", (e: any, x: any) => e.data.workflow_exec_id === x.a],
    // OpenAPI's default encoding of an object parameter (form, explode), as the client sends it.
    ["?team=support", (e: any, x: any) => e.data.workflow_exec_id === x.a],
    ["?start_seq=5", (e: any) => e.broker_sequence >= 5],
  ])("%s", async (query, keep) => {
    const x = await twoExecutions();
    const want = x.api.state.events.filter((e) => keep(e, x));
    expect(want.length).toBeGreaterThan(0);
    expect(await stream(x.api, query.replace("[team]", "%5Bteam%5D"))).toEqual(want);
  });

  test("metadata_filters sent by the client's named method filters the stream", async () => {
    const x = await twoExecutions();
    const ac = new AbortController();
    const response = await x.client.events.getStreamEvents(
      { metadata_filters: { team: "support" } },
      { signal: ac.signal },
    );
    const reading = readSse(response);
    setTimeout(() => ac.abort(), 20);
    const got = dataOf((await reading).events);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e: any) => e.data.workflow_exec_id === x.a)).toBe(true);
    expect(x.api.requests.at(-1)!.url).toContain("?team=support");
  });

  test("follows live events, and resumes after Last-Event-ID with exactly the missed ones", async () => {
    const { api, client } = setup({ heartbeatMs: 0 });
    const first = await takeSse(await get(api, "/v1/workflows/events/stream"), 0);
    expect(first).toEqual([]);
    const ac = new AbortController();
    const live = await get(api, "/v1/workflows/events/stream", {}, ac.signal);
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    api.clock.advance(1_000);
    const seen = await takeSse(live, 3);
    api.clock.advance(60_000);
    const resumed = get(api, "/v1/workflows/events/stream", { "last-event-id": seen.at(-1)!.id! }, ac.signal);
    const reading = readSse(await resumed);
    setTimeout(() => ac.abort(), 20);
    const rest = (await reading).events;
    expect([...seen, ...rest].map((e) => JSON.parse(e.data))).toEqual(
      api.state.executions.get(execution_id)!.events,
    );
  });
});
