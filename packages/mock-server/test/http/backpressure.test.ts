import { afterEach, expect, test } from "vitest";
import { startMockServer, type RunningMockServer } from "../../src/index.js";
import { _listenerCounts } from "../../src/testing.js";
import { setup } from "../helpers.js";

let server: RunningMockServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

test("over HTTP, a replay from the first event of the whole history delivers every event in order", async () => {
  server = await startMockServer({ clock: "manual", heartbeatMs: 0 });
  const { api } = server;
  for (let i = 0; i < 150; i++) {
    const r = await fetch(`${server.url}/v1/workflows/support-workflow/execute`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify({ input: { i } }),
    });
    await api.settle(((await r.json()) as { execution_id: string }).execution_id);
  }
  const total = api.state.events.length;
  expect(total).toBeGreaterThan(1500);
  const ac = new AbortController();
  const response = await fetch(`${server.url}/v1/workflows/events/stream?start_seq=1`, {
    headers: { authorization: "Bearer k" },
    signal: ac.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while ((text.match(/^id: /gm) ?? []).length < total) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  ac.abort();
  const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
  expect(ids).toEqual(api.state.events.map((e) => e.broker_sequence));
});

test("a global-stream reader that stops reading is disconnected once it falls a bounded buffer behind", async () => {
  const { api, client } = setup({ maxStreamBufferBytes: 20_000, heartbeatMs: 0 });
  const response = await api.fetch(`${api.url}/v1/workflows/events/stream`, {
    headers: { authorization: "Bearer k" },
  });
  const reader = response.body!.getReader();
  const first = reader.read(); // caught up at once (nothing stored): the stream now follows live events
  for (let i = 0; i < 40; i++) {
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
    });
    await api.settle(execution_id);
  }
  await first;
  await expect(
    (async () => {
      for (;;) if ((await reader.read()).done) return "ended";
    })(),
  ).rejects.toThrow("terminated");
  expect(_listenerCounts(api).global).toBe(0);
});
