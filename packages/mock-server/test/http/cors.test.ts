import { createClient } from "@mistral-workflows/client";
import { afterEach, describe, expect, test } from "vitest";
import { createMockServer, startMockServer, type RunningMockServer } from "../../src/index.js";

const APP = "http://localhost:5173";

function preflight(url: string, origin: string, requestHeaders: string) {
  return fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": requestHeaders,
    },
  });
}

describe("over HTTP", () => {
  let server: RunningMockServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  test("a preflight from a loopback origin is answered 204 without auth, allowing what the SDK sends", async () => {
    server = await startMockServer();
    const response = await preflight(
      `${server.url}/v1/workflows/support-workflow/execute`,
      APP,
      "authorization, content-type, last-event-id, idempotency-key, x-mock-fault",
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = response.headers.get("access-control-allow-headers")!.split(/,\s*/);
    for (const h of ["authorization", "content-type", "last-event-id", "idempotency-key", "x-mock-fault"])
      expect(allowed).toContain(h);
    expect(response.headers.get("vary")).toContain("Origin");
    // The preflight neither needs a key nor counts as an API call.
    expect(server.api.requests.at(-1)).toMatchObject({ method: "OPTIONS", status: 204, operation: null });
  });

  test("responses carry the origin and expose the request id and Retry-After, errors included", async () => {
    server = await startMockServer();
    const ok = await fetch(`${server.url}/v1/workflows/support-workflow`, {
      headers: { origin: APP, authorization: "Bearer k" },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(APP);
    const exposed = ok.headers.get("access-control-expose-headers")!.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["x-request-id", "retry-after"]));

    const limited = await fetch(`${server.url}/v1/workflows/support-workflow`, {
      headers: { origin: APP, authorization: "Bearer k", "x-mock-fault": "status=429" },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("access-control-allow-origin")).toBe(APP);
    expect(limited.headers.get("retry-after")).toBe("1");

    const unauthenticated = await fetch(`${server.url}/v1/workflows/support-workflow`, {
      headers: { origin: APP },
    });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get("access-control-allow-origin")).toBe(APP);
  });

  test("an origin outside the allowed list gets no CORS headers, and its preflight a 403", async () => {
    server = await startMockServer({ cors: { origin: ["https://app.example"] } });
    const denied = await preflight(`${server.url}/v1/workflows/support-workflow`, APP, "authorization");
    expect(denied.status).toBe(403);
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
    expect((await denied.json()).detail).toContain(APP);
    const allowed = await preflight(
      `${server.url}/v1/workflows/support-workflow`,
      "https://app.example",
      "authorization",
    );
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const get = await fetch(`${server.url}/v1/workflows/support-workflow`, {
      headers: { origin: APP, authorization: "Bearer k" },
    });
    expect(get.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("in process", () => {
  test.each([
    ["http://localhost:5173", true],
    ["http://127.0.0.1:8080", true],
    ["http://[::1]:3000", true],
    ["http://app.localhost", true],
    ["https://evil.example", false],
    ["http://localhost.evil.example", false],
    ["null", false],
  ])("by default, origin %s is allowed: %s", async (origin, allowed) => {
    const api = createMockServer();
    const response = await api.fetch(`${api.url}/v1/workflows/support-workflow`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(allowed ? 204 : 403);
    expect(response.headers.get("access-control-allow-origin")).toBe(allowed ? origin : null);
  });

  test("cors: true allows any origin; cors: false answers a preflight like any unauthenticated call", async () => {
    const open = createMockServer({ cors: true });
    const init = {
      method: "OPTIONS",
      headers: { origin: "https://x.example", "access-control-request-method": "GET" },
    };
    expect((await open.fetch(`${open.url}/v1/workflows/support-workflow`, init)).status).toBe(204);
    const closed = createMockServer({ cors: false });
    const response = await closed.fetch(`${closed.url}/v1/workflows/support-workflow`, init);
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("the client works from a page's origin: every call carries the allowed origin back", async () => {
    const api = createMockServer();
    const client = createClient({
      apiKey: "test",
      baseUrl: api.url,
      headers: { origin: APP },
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await api.fetch(input, init);
        expect(response.headers.get("access-control-allow-origin")).toBe(APP);
        return response;
      },
    });
    const { workflow } = await client.workflows.getWorkflow({ workflow_identifier: "support-workflow" });
    expect(workflow.name).toBe("support-workflow");
    expect.assertions(2);
  });
});
