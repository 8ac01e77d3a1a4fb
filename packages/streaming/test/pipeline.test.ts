import { createClient } from "@mistral-workflows/client";
import { createMockServer } from "@mistral-workflows/mock-server";
import { expect, test } from "vitest";
import { streamExecution } from "../src/index.js";

test("a stream's requests go through the client's onRequest and onResponse hooks", async () => {
  const api = createMockServer({ heartbeatMs: 0 });
  const seen: string[] = [];
  const client = createClient({
    apiKey: "test",
    baseUrl: api.url,
    fetch: api.fetch,
    onRequest: (request) => void seen.push(`→ ${new URL(request.url).pathname.split("/").pop()}`),
    onResponse: (response) => void seen.push(`← ${response.status}`),
  });
  const { execution_id } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
  });
  await api.settle(execution_id);
  seen.length = 0;
  const types: string[] = [];
  for await (const event of streamExecution(client, { execution_id })) types.push(event.data.event_type);
  expect(types.at(-1)).toBe("WORKFLOW_EXECUTION_COMPLETED");
  expect(seen).toEqual(["→ stream", "← 200"]);
});
