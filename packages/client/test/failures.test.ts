/**
 * Failures that say what happened: malformed 422 bodies, connection errors naming their cause and
 * request, unread bodies cancelled at once, redirects that never carry a body or the key elsewhere.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APIConnectionError, createClient, ValidationError } from "../src/index.js";
import { json, startTestServer, type TestServer } from "./helpers/server.js";

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});

describe("a malformed 422 body is still a ValidationError", () => {
  test.each([
    ["detail: null", { detail: null }],
    ["a loc that is not an array", { detail: [{ loc: "body", msg: "bad", type: "x" }] }],
    ["a null issue", { detail: [null] }],
    ["a plain string", "not json at all"],
  ])("%s", async (_name, body) => {
    server.handle((_req, res) => {
      if (typeof body !== "string") return json(res, 422, body);
      res.writeHead(422);
      res.end(body);
    });
    const client = createClient({ apiKey: "k", baseUrl: server.url });
    const error = await client.schedules.getSchedule({ schedule_id: "s" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, body });
    expect((error as ValidationError).detail).toEqual([]);
  });
});

describe("connection errors name their cause and the request", () => {
  test("a closed port: ECONNREFUSED with the address, the method and the path", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = createClient({ apiKey: "sk-key-9", baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = await client.schedules.getSchedules().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      `Connection error: ECONNREFUSED 127.0.0.1:${port} (GET /v1/workflows/schedules)`,
    );
    expect((error as Error).message).not.toContain("sk-key-9");
  });

  test("a host that does not resolve, e.g. the mock's URL without its fetch: the host and a hint", async () => {
    const client = createClient({ apiKey: "k", baseUrl: "http://mock-server.invalid", maxRetries: 0 });
    const error = await client.schedules.getSchedules().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/^Connection error: (ENOTFOUND|EAI_AGAIN) mock-server\.invalid/);
    expect((error as Error).message).toContain("(GET /v1/workflows/schedules)");
  });
});

describe("unread bodies are cancelled at once", () => {
  function trackedBody(text: string) {
    const state = { cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { body, state };
  }

  test("an error status answered as an event stream", async () => {
    const { body, state } = trackedBody("data: {}\n\n");
    const fetch: typeof globalThis.fetch = async () =>
      new Response(body, { status: 404, headers: { "content-type": "text/event-stream" } });
    const client = createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9", fetch });
    await expect(client.executions.stream({ execution_id: "e" })).rejects.toMatchObject({ status: 404 });
    expect(state.cancelled).toBe(true);
  });

  test("an event stream answered to a JSON operation", async () => {
    const { body, state } = trackedBody("data: {}\n\n");
    const fetch: typeof globalThis.fetch = async () =>
      new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
    const client = createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9", fetch });
    await expect(client.schedules.getSchedules()).rejects.toMatchObject({ name: "InvalidResponseError" });
    expect(state.cancelled).toBe(true);
  });

  test("a retried error response", async () => {
    const tracked = trackedBody("{}");
    let n = 0;
    const fetch: typeof globalThis.fetch = async () =>
      n++ === 0
        ? new Response(tracked.body, { status: 503, headers: { "retry-after-ms": "0" } })
        : Response.json({ schedules: [] });
    const client = createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9", fetch });
    await client.schedules.getSchedules();
    expect(tracked.state.cancelled).toBe(true);
  });
});

describe("redirects", () => {
  test("a redirect to another origin carries neither the body nor the key", async () => {
    server.handle((_req, res) => {
      res.writeHead(307, { location: `${other.url}/v1/workflows/executions/e/signals` });
      res.end();
    });
    other.requests.length = 0;
    const client = createClient({ apiKey: "sk-key-9", baseUrl: server.url, maxRetries: 0 });
    const error = await client.executions
      .signalWorkflowExecution({ execution_id: "e", name: "n", input: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain("another origin");
    expect(other.requests).toHaveLength(0);
  });

  test("a GET redirected to another origin is followed without the key", async () => {
    server.handle((_req, res) => {
      res.writeHead(302, { location: `${other.url}/v1/workflows/schedules` });
      res.end();
    });
    other.requests.length = 0;
    other.handle((_req, res) => json(res, 200, { schedules: [] }));
    const client = createClient({ apiKey: "sk-key-9", baseUrl: server.url });
    await expect(client.schedules.getSchedules()).resolves.toEqual({ schedules: [] });
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  test("a redirect within the origin keeps method, body and key for 307", async () => {
    server.requests.length = 0;
    server.handle((req, res) => {
      if (req.path === "/v1/workflows/executions/e/signals") {
        res.writeHead(307, { location: "/v1/workflows/executions/e2/signals" });
        res.end();
        return;
      }
      res.writeHead(202, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "ok" }));
    });
    const client = createClient({ apiKey: "sk-key-9", baseUrl: server.url });
    await client.executions.signalWorkflowExecution({ execution_id: "e", name: "n", input: {} });
    const [, second] = server.requests;
    expect(second).toMatchObject({ method: "POST", path: "/v1/workflows/executions/e2/signals" });
    expect(JSON.parse(second!.body)).toEqual({ name: "n", input: {} });
    expect(second!.headers.authorization).toBe("Bearer sk-key-9");
  });
});
