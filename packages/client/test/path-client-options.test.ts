/**
 * The path client is a thin adapter over the request core: openapi-fetch's per-call options still
 * work, retry safety comes from the generated operation table, and middleware is refused.
 */
import { expect, test } from "vitest";
import { createClient, InvalidArgumentError } from "../src/index.js";
import { json, useTestServer } from "./helpers/server.js";

const server = useTestServer();

test("header parameters, per-call headers (null removes one), query and body serializers apply", async () => {
  server.handle((_req, res) => json(res, 200, {}));
  const client = createClient({ apiKey: "k", baseUrl: server.url, headers: { "X-Team": "a" } });
  await client.GET("/v1/workflows/events/stream", {
    params: {
      query: {
        scope: "*",
        workflow_event_types: ["WORKFLOW_EXECUTION_STARTED", "WORKFLOW_EXECUTION_FAILED"],
      },
      header: { "last-event-id": "7" },
    },
    headers: { "X-Team": null as unknown as string, "X-Trace": "t" },
    querySerializer: { array: { style: "pipeDelimited", explode: false } },
    parseAs: "text",
  });
  await client.POST("/v1/workflows/schedules", {
    body: { workflow_identifier: "w" } as never,
    bodySerializer: (body) => `custom:${JSON.stringify(body)}`,
  });
  const [stream, create] = server.requests;
  expect(stream!.headers["last-event-id"]).toBe("7");
  expect(stream!.headers["x-team"]).toBeUndefined();
  expect(stream!.headers["x-trace"]).toBe("t");
  expect(stream!.query.get("workflow_event_types")).toBe(
    "WORKFLOW_EXECUTION_STARTED|WORKFLOW_EXECUTION_FAILED",
  );
  expect(create!.body).toBe('custom:{"workflow_identifier":"w"}');
  expect(create!.headers["content-type"]).toBe("application/json");
});

test("parseAs blob, arrayBuffer and stream read the body as asked; request() takes any method", async () => {
  server.handle((_req, res) => json(res, 200, { schedule_id: "s" }));
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  const init = { params: { path: { schedule_id: "s" } } } as const;
  const blob = await client.GET("/v1/workflows/schedules/{schedule_id}", { ...init, parseAs: "blob" });
  expect(await (blob.data as Blob).text()).toBe('{"schedule_id":"s"}');
  const buffer = await client.GET("/v1/workflows/schedules/{schedule_id}", {
    ...init,
    parseAs: "arrayBuffer",
  });
  expect(new TextDecoder().decode(buffer.data as ArrayBuffer)).toBe('{"schedule_id":"s"}');
  const stream = await client.GET("/v1/workflows/schedules/{schedule_id}", { ...init, parseAs: "stream" });
  expect(await new Response(stream.data as ReadableStream).text()).toBe('{"schedule_id":"s"}');
  const viaRequest = await client.request("get", "/v1/workflows/schedules/{schedule_id}", init);
  expect(viaRequest.data).toEqual({ schedule_id: "s" });
  expect(server.requests.map((r) => r.method)).toEqual(["GET", "GET", "GET", "GET"]);
});

test("per-call baseUrl and fetch replace the client's for that call", async () => {
  server.handle((_req, res) => json(res, 200, {}));
  const seen: string[] = [];
  const client = createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
  const { data } = await client.GET("/v1/workflows/schedules", {
    baseUrl: `${server.url}/`,
    fetch: (request: Request) => (seen.push(request.url), fetch(request)),
  });
  expect(data).toEqual({});
  expect(seen).toEqual([`${server.url}/v1/workflows/schedules`]);
});

test("per-call middleware is refused before anything is sent", async () => {
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  await expect(
    client.GET("/v1/workflows/schedules", { middleware: [{ onRequest: () => undefined }] }),
  ).rejects.toBeInstanceOf(InvalidArgumentError);
  expect(server.requests).toHaveLength(0);
});

test.each([
  ["a read (x-retry-safe: true)", "get", "/v1/workflows/schedules/{schedule_id}", 3],
  ["an update the API does not make idempotent", "patch", "/v1/workflows/schedules/{schedule_id}", 1],
  ["a create made safe only by the id the named method makes", "post", "/v1/workflows/schedules", 1],
  ["a delete", "delete", "/v1/workflows/schedules/{schedule_id}", 3],
] as const)("%s is retried after a 503 as the operation table says", async (_name, method, path, sends) => {
  server.handle((_req, res) => json(res, 503, { detail: "busy" }, { "retry-after-ms": "1" }));
  const client = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 2 });
  const { error, response } = await client.request(
    method,
    path as never,
    {
      params: { path: { schedule_id: "s" } },
      ...(method === "get" || method === "delete" ? {} : { body: {} }),
    } as never,
  );
  expect(response.status).toBe(503);
  expect(error).toEqual({ detail: "busy" });
  expect(server.requests).toHaveLength(sends);
});
