import createFetchClient from "openapi-fetch";
import { expect, test } from "vitest";
import { APIConnectionError, APIConnectionTimeoutError, createClient, type paths } from "../src/index.js";
import { json, useTestServer, type Handler } from "./helpers/server.js";

const server = useTestServer();

const answers: [string, Handler][] = [
  ["a JSON body", (_req, res) => json(res, 200, { schedule_id: "s", paused: false })],
  ["a JSON error", (_req, res) => json(res, 404, { detail: "Schedule not found" })],
  [
    "a text error",
    (_req, res) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    },
  ],
  ["204", (_req, res) => void res.writeHead(204).end()],
  [
    "an empty 200 with Content-Length: 0",
    (_req, res) => void res.writeHead(200, { "content-length": "0" }).end(),
  ],
  [
    "a chunked JSON body (no Content-Length)",
    (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"schedule_id":');
      res.end('"s"}');
    },
  ],
  [
    "a chunked empty body",
    (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end();
    },
  ],
];

test.each(answers)("answers %s as openapi-fetch does", async (_name, handler) => {
  server.handle(handler);
  const ours = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  const plain = createFetchClient<paths>({ baseUrl: server.url });
  const init = { params: { path: { schedule_id: "s" } } };
  const a = await ours.GET("/v1/workflows/schedules/{schedule_id}", init);
  const b = await plain.GET("/v1/workflows/schedules/{schedule_id}", init);
  expect({ data: a.data, error: a.error, status: a.response.status }).toEqual({
    data: b.data,
    error: b.error,
    status: b.response.status,
  });
  expect("data" in a).toBe("data" in b);
  expect("error" in a).toBe("error" in b);
});

test("a plain call sends the path, query, JSON body and the client's headers", async () => {
  server.handle((_req, res) => json(res, 201, { schedule_id: "s" }));
  const client = createClient({ apiKey: "k", baseUrl: server.url, headers: { "X-Team": "a" } });
  await client.GET("/v1/workflows/schedules", { params: { query: { page_size: 2 } } });
  await client.POST("/v1/workflows/schedules", {
    body: { schedule: { cron_expressions: ["* * * * *"] }, workflow_identifier: "w" } as never,
  });
  const [list, create] = server.requests;
  expect(list!.url).toBe("/v1/workflows/schedules?page_size=2");
  expect(list!.headers["content-type"]).toBeUndefined();
  expect(list!.headers["x-team"]).toBe("a");
  expect(list!.headers.authorization).toBe("Bearer k");
  expect(create!.method).toBe("POST");
  expect(create!.headers["content-type"]).toBe("application/json");
  expect(JSON.parse(create!.body)).toEqual({
    schedule: { cron_expressions: ["* * * * *"] },
    workflow_identifier: "w",
  });
});

test("per-call headers and other openapi-fetch options still apply", async () => {
  server.handle((_req, res) => json(res, 200, { schedule_id: "s" }));
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  const { data } = await client.GET("/v1/workflows/schedules/{schedule_id}", {
    params: { path: { schedule_id: "s" } },
    headers: { "X-Trace": "t1" },
    parseAs: "text",
  });
  expect(data).toBe('{"schedule_id":"s"}');
  expect(server.requests[0]!.headers["x-trace"]).toBe("t1");
});

test("a 2xx body that is not JSON is an APIConnectionError, as from the wrapped fetch", async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "3" });
    res.end("{no");
  });
  const client = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  await expect(
    client.GET("/v1/workflows/schedules/{schedule_id}", { params: { path: { schedule_id: "s" } } }),
  ).rejects.toBeInstanceOf(APIConnectionError);
});

test("the time limit covers a body that stalls after the headers", async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    res.write('{"schedule_id":');
  });
  const client = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0, timeoutMs: 50 });
  await expect(
    client.GET("/v1/workflows/schedules/{schedule_id}", { params: { path: { schedule_id: "s" } } }),
  ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
});

test("a fresh client's first path calls, made at once and by different methods, all get their answers", async () => {
  server.handle((req, res) => json(res, 200, { method: req.method, url: req.url }));
  const client = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  const init = { params: { path: { schedule_id: "s" } } };
  const [get, del, request] = await Promise.all([
    client.GET("/v1/workflows/schedules/{schedule_id}", init),
    client.DELETE("/v1/workflows/schedules/{schedule_id}", init),
    client.request("get", "/v1/workflows/schedules/{schedule_id}", init),
  ]);
  expect(get.data).toEqual({ method: "GET", url: "/v1/workflows/schedules/s" });
  expect(del.data).toEqual({ method: "DELETE", url: "/v1/workflows/schedules/s" });
  expect(request.data).toEqual({ method: "GET", url: "/v1/workflows/schedules/s" });
  // Later calls go straight to the path client made by the first ones.
  const again = await client.GET("/v1/workflows/schedules/{schedule_id}", init);
  expect(again.data).toEqual({ method: "GET", url: "/v1/workflows/schedules/s" });
});
