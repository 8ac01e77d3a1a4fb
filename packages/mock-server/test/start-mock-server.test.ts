import { createClient } from "@mistral-workflows/client";
import { afterEach, describe, expect, test } from "vitest";
import { startMockServer, type RunningMockServer } from "../src/index.js";
import { _listenerCounts } from "../src/testing.js";
import { dataOf, readSse } from "./helpers.js";

const servers: RunningMockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startMockServer>[0] = {}) {
  const server = await startMockServer({ heartbeatMs: 0, ...options });
  servers.push(server);
  const client = createClient({ apiKey: "test", baseUrl: server.url, maxRetries: 0 });
  return { server, client };
}

const auth = { authorization: "Bearer test" };

describe("startMockServer", () => {
  test("listens on 127.0.0.1 (a free port by default) with a real clock", async () => {
    const { server, client } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.api.url).toBe(server.url);
    expect(server.api.clock.mode).toBe("real");
    expect(
      (await client.workflows.getWorkflow({ workflow_identifier: "support-workflow" })).workflow.name,
    ).toBe("support-workflow");
  });

  test("streams an execution's events live over HTTP", async () => {
    const { server, client } = await start({ stepMs: 5 });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const response = await fetch(`${server.url}/v1/workflows/executions/${execution_id}/stream`, {
      headers: auth,
    });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const { events, error } = await readSse(response);
    expect(error).toBeNull();
    expect(
      dataOf(events)
        .map((e) => e.data.event_type)
        .at(-1),
    ).toBe("WORKFLOW_EXECUTION_COMPLETED");
  });

  test("a dropped connection is a network error for the client; resuming loses nothing", async () => {
    const { server, client } = await start({ stepMs: 1 });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    await server.api.settle(execution_id);
    const url = `${server.url}/v1/workflows/executions/${execution_id}/stream`;
    const first = await readSse(
      await fetch(url, { headers: { ...auth, "x-mock-fault": "drop-after-events=5" } }),
    );
    expect(first.error).toBeInstanceOf(TypeError);
    expect(first.events).toHaveLength(5);
    const rest = await readSse(
      await fetch(url, { headers: { ...auth, "last-event-id": first.events[4]!.id! } }),
    );
    expect(dataOf([...first.events, ...rest.events])).toEqual(
      server.api.state.executions.get(execution_id)!.events,
    );
  });

  test("a client that goes away stops the server-side listener", async () => {
    const { server } = await start();
    const ac = new AbortController();
    const response = await fetch(`${server.url}/v1/workflows/events/stream`, {
      headers: auth,
      signal: ac.signal,
    });
    expect(response.status).toBe(200);
    expect(_listenerCounts(server.api).global).toBe(1);
    ac.abort();
    await expect.poll(() => _listenerCounts(server.api).global).toBe(0);
  });

  test("close() ends open streams and stops listening", async () => {
    const { server } = await start();
    const response = await fetch(`${server.url}/v1/workflows/events/stream`, { headers: auth });
    const reading = readSse(response);
    await server.close();
    await reading; // ends rather than hanging
    await expect(fetch(`${server.url}/v1/workflows/support-workflow`, { headers: auth })).rejects.toThrow();
  });

  test("many concurrent clients stream and page without errors or lost events", async () => {
    const { server } = await start({ stepMs: 2 });
    const clients = Array.from({ length: 40 }, () =>
      createClient({ apiKey: "test", baseUrl: server.url, maxRetries: 0 }),
    );
    const results = await Promise.all(
      clients.map(async (client, i) => {
        const { execution_id } = await client.workflows.executeWorkflow({
          workflow_identifier: "support-workflow",
          input: { n: i },
        });
        const { events, error } = await readSse(
          await fetch(`${server.url}/v1/workflows/executions/${execution_id}/stream`, { headers: auth }),
        );
        const pages = await client.workflows.getWorkflowRegistrations({ limit: 2 });
        return {
          error,
          received: events.length,
          stored: server.api.state.executions.get(execution_id)!.events.length,
          pages,
        };
      }),
    );
    for (const r of results) {
      expect(r.error).toBeNull();
      expect(r.received).toBe(r.stored);
      expect(r.pages.next_cursor).not.toBeNull();
    }
  });
});
