/**
 * One pipeline: the onRequest/onResponse hooks, the logger and withResponse() see every request the
 * client sends, named method or path client; openapi-fetch middleware is not offered at all.
 */
import { createMockServer } from "@mistral-workflows/mock-server";
import { expect, test } from "vitest";
import { createClient, WorkflowsError, type LogFields } from "../src/index.js";

function setup() {
  const api = createMockServer();
  const seen: string[] = [];
  const client = createClient({
    apiKey: "sk-secret-key-123",
    baseUrl: api.url,
    fetch: api.fetch,
    onRequest(request, { attempt }) {
      request.headers.set("x-tenant", "t1");
      seen.push(`→ ${request.method} ${new URL(request.url).pathname} #${attempt}`);
    },
    onResponse(response) {
      seen.push(`← ${response.status}`);
    },
  });
  return { api, client, seen };
}

test("named methods go through onRequest/onResponse, which may change the request", async () => {
  const { api, client, seen } = setup();
  await client.workflows.getWorkflow({ workflow_identifier: "support-workflow" });
  expect(seen).toEqual(["→ GET /v1/workflows/support-workflow #0", "← 200"]);
  expect(api.requests[0]!.headers["x-tenant"]).toBe("t1");
});

test("the path client goes through the same hooks", async () => {
  const { api, client, seen } = setup();
  await client.GET("/v1/workflows/{workflow_identifier}", {
    params: { path: { workflow_identifier: "support-workflow" } },
  });
  expect(seen).toEqual(["→ GET /v1/workflows/support-workflow #0", "← 200"]);
  expect(api.requests[0]!.headers["x-tenant"]).toBe("t1");
});

test("each retry is an attempt the hooks see", async () => {
  const { client, seen } = setup();
  await client.workflows.getWorkflow(
    { workflow_identifier: "support-workflow" },
    { headers: { "x-mock-fault": "status=503; retry-after=0; times=1" } },
  );
  expect(seen).toEqual([
    "→ GET /v1/workflows/support-workflow #0",
    "← 503",
    "→ GET /v1/workflows/support-workflow #1",
    "← 200",
  ]);
});

test("a hook that throws ends the call with its error, unretried", async () => {
  const api = createMockServer();
  const client = createClient({
    apiKey: "k",
    baseUrl: api.url,
    fetch: api.fetch,
    onRequest() {
      throw new RangeError("no");
    },
  });
  await expect(
    client.workflows.getWorkflow({ workflow_identifier: "support-workflow" }),
  ).rejects.toBeInstanceOf(RangeError);
  expect(api.requests).toHaveLength(0);
});

test("client.use() is refused, pointing to onRequest/onResponse", () => {
  const { client } = setup();
  expect(() => (client as unknown as { use(m: unknown): void }).use({})).toThrow(WorkflowsError);
  // @ts-expect-error: not part of the client's type
  void client.use;
});

test("withResponse() gives the status, headers and request id with the parsed body", async () => {
  const { client } = setup();
  const { data, status, headers, requestId, response } = await client.workflows
    .getWorkflow({ workflow_identifier: "support-workflow" })
    .withResponse();
  expect(data.workflow?.name).toBe("support-workflow");
  expect(status).toBe(200);
  expect(headers.get("content-type")).toContain("application/json");
  expect(requestId).toMatch(/^req_/);
  expect(response).toBeInstanceOf(Response);
});

test("the logger gets one line per attempt and per retry, with the key redacted", async () => {
  const api = createMockServer();
  const lines: { message: string; fields: LogFields }[] = [];
  const client = createClient({
    apiKey: "sk-secret-key-123",
    baseUrl: api.url,
    fetch: api.fetch,
    logger: { debug: (message, fields) => void lines.push({ message, fields }) },
  });
  await client.workflows.getWorkflow(
    { workflow_identifier: "support-workflow" },
    { headers: { "x-mock-fault": "status=503; retry-after=0; times=1" } },
  );
  expect(lines.map((l) => l.fields)).toEqual([
    { method: "GET", url: `${api.url}/v1/workflows/support-workflow`, status: 503, attempt: 0 },
    { method: "GET", url: `${api.url}/v1/workflows/support-workflow`, status: 503, attempt: 1, delayMs: 0 },
    { method: "GET", url: `${api.url}/v1/workflows/support-workflow`, status: 200, attempt: 1 },
  ]);
  expect(JSON.stringify(lines)).not.toContain("sk-secret-key-123");
});
