import { expect, test } from "vitest";
import { dataOf, get, readSse, setup } from "./helpers.js";

test("100 concurrent clients executing, streaming and paging: every stream complete, the global stream gapless", async () => {
  const { api, client } = setup({ clock: "real", stepMs: 3, heartbeatMs: 0 });
  const ac = new AbortController();
  const global = readSse(await get(api, "/v1/workflows/events/stream", {}, ac.signal));

  const results = await Promise.all(
    Array.from({ length: 100 }, async (_, i) => {
      const { execution_id } = await client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: { n: i },
      });
      const [stream, logs] = await Promise.all([
        readSse(await get(api, `/v1/workflows/executions/${execution_id}/stream`)),
        (async () => {
          await api.settle(execution_id);
          const bodies: string[] = [];
          let cursor: string | null | undefined;
          do {
            const page = await client.executions.getWorkflowExecutionLogs({ execution_id, limit: 4, cursor });
            bodies.push(...page.results.map((r) => r.body));
            cursor = page.next_cursor;
          } while (cursor);
          return bodies;
        })(),
      ]);
      return { execution_id, stream, logs };
    }),
  );
  ac.abort();
  const all = dataOf((await global).events);

  for (const { execution_id, stream, logs } of results) {
    const rec = api.state.executions.get(execution_id)!;
    expect(stream.error).toBeNull();
    expect(dataOf(stream.events)).toEqual(rec.events);
    expect(logs).toEqual(rec.logs.map((r) => r.body));
  }
  // The global stream saw every event once, in order.
  expect(all.map((e) => e.broker_sequence)).toEqual(api.state.events.map((e) => e.broker_sequence));
  expect(api.requests.filter((r) => r.status >= 400)).toEqual([]);
  api.close();
});
