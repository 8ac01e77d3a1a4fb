import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, test } from "vitest";
import { createMockServer, startMockServer, type RunningMockServer } from "../../src/index.js";

const auth = { authorization: "Bearer k", "content-type": "application/json" };

/** JSON text of an object nested `depth` deep (built as text: `JSON.stringify` itself would overflow). */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

async function execute(api: ReturnType<typeof createMockServer>, input: unknown, inputText?: string) {
  return api.fetch(`${api.url}/v1/workflows/support-workflow/execute`, {
    method: "POST",
    headers: auth,
    body: inputText === undefined ? JSON.stringify({ input }) : `{"input":${inputText}}`,
  });
}

describe("in process", () => {
  test("an input nested 5,000 deep is refused with 422, and every list and stream still answers", async () => {
    const api = createMockServer();
    const response = await execute(api, null, nested(5000));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      detail: [{ loc: ["body"], msg: "JSON nested deeper than 64 levels", type: "value_error.json_depth" }],
    });
    expect(api.state.executions.size).toBe(0); // nothing started
    for (const path of ["/v1/workflows/events/list", "/v1/workflows/schedules"])
      expect((await api.fetch(`${api.url}${path}`, { headers: auth })).status).toBe(200);
  });

  test("a body past the limit is refused with 413 and a JSON body, without reading the rest", async () => {
    const api = createMockServer({ limits: { maxBodyBytes: 1000 } });
    const response = await execute(api, { text: "x".repeat(2000) });
    expect(response.status).toBe(413);
    expect((await response.json()).detail).toMatch(/Request body too large/);
  });

  test("a JSON body with too many values is a 422", async () => {
    const api = createMockServer({ limits: { maxJsonValues: 100 } });
    const response = await execute(api, { list: Array.from({ length: 200 }, (_, i) => i) });
    expect(response.status).toBe(422);
    expect((await response.json()).detail[0].type).toBe("value_error.json_size");
  });

  test.each([
    ["a URL past the limit", { url: `/v1/workflows/support-workflow?x=${"a".repeat(9000)}` }, 414],
    ["headers past the limit", { headers: { "x-big": "b".repeat(17_000) } }, 431],
    ["an unknown method", { method: "PROPFIND" }, 405],
  ])(
    "%s answers %i",
    async (_name, given: { url?: string; headers?: Record<string, string>; method?: string }, status) => {
      const api = createMockServer();
      const response = await api.fetch(`${api.url}${given.url ?? "/v1/workflows/support-workflow"}`, {
        method: given.method ?? "GET",
        headers: { ...auth, ...given.headers },
      });
      expect(response.status).toBe(status);
      expect(typeof (await response.json()).detail).toBe("string");
    },
  );

  test.each([
    ["status=999", "status: must be an integer from 400 to 599, got 999"],
    ["status=0", "status: must be an integer from 400 to 599, got 0"],
    ["latency-ms=1e20", 'latency-ms: must be a whole number, got "1e20"'],
    ["latency-ms=100000000000000000000", "latency-ms: must be an integer from 0 to 60000"],
    ["times=0", "times: must be an integer from 1"],
  ])("fault header %s is refused with 400 naming the field", async (header, message) => {
    const api = createMockServer();
    const response = await api.fetch(`${api.url}/v1/workflows/support-workflow`, {
      headers: { ...auth, "x-mock-fault": header },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain(message);
  });

  test("server-wide fault rules are checked too", () => {
    const api = createMockServer();
    expect(() => api.faults.add({ status: 200 })).toThrow(/status: must be an integer from 400 to 599/);
    expect(() => createMockServer({ faults: [{ latencyMs: -1 }] })).toThrow(/latencyMs/);
  });

  test("a clock move past the last representable date is refused and leaves the clock where it was", async () => {
    const api = createMockServer();
    const before = api.clock.now().toISOString();
    const response = await api.fetch(`${api.url}/_mock/clock/advance`, {
      method: "POST",
      body: JSON.stringify({ ms: 1e300 }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(/last representable date/);
    expect(api.clock.now().toISOString()).toBe(before);
    expect(() => api.clock.set("+275760-09-13T00:00:00.001Z")).toThrow(RangeError);
    expect(api.clock.now().toISOString()).toBe(before);
    const later = await api.fetch(`${api.url}/v1/workflows/support-workflow`, { headers: auth });
    expect(later.status).toBe(200);
  });

  test("behaviour numbers out of range are a 422 naming the field, not a broken clock", async () => {
    const api = createMockServer();
    const response = await execute(api, { _mock: { step_ms: 1e300, steps: 0 } });
    expect(response.status).toBe(422);
    const locs = (await response.json()).detail.map((d: { loc: string[] }) => d.loc.join("."));
    expect(locs).toEqual(["body.input._mock.steps", "body.input._mock.step_ms"]);
  });
});

describe("over HTTP", () => {
  let server: RunningMockServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  /** Sends raw bytes, as a misbehaving client would, and returns the status line and body. */
  function raw(text: string): Promise<{ status: number; body: string }> {
    const { port } = server!;
    return new Promise((resolve, reject) => {
      import("node:net").then(({ connect }) => {
        const socket = connect(port, "127.0.0.1", () => socket.end(text));
        let out = "";
        socket.on("data", (d) => (out += d.toString()));
        socket.on("end", () => {
          const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(out)?.[1] ?? 0);
          resolve({ status, body: out.slice(out.indexOf("\r\n\r\n") + 4) });
        });
        socket.on("error", reject);
      }, reject);
    });
  }

  test.each([
    ["TRACE", "TRACE /v1/workflows/support-workflow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405],
    ["a Host with a space", "GET /v1/workflows/support-workflow HTTP/1.1\r\nHost: a b\r\n\r\n", 400],
    [
      "a Host with user info",
      "GET /v1/workflows/support-workflow HTTP/1.1\r\nHost: user@127.0.0.1\r\n\r\n",
      400,
    ],
    ["a Host with a path", "GET /support-workflow HTTP/1.1\r\nHost: 127.0.0.1/v1/workflows\r\n\r\n", 400],
    ["an absolute-form target", "GET http://x/v1/workflows HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400],
  ])("%s is refused with a JSON body", async (_name, text, status) => {
    server = await startMockServer();
    const response = await raw(`${text.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")}`);
    expect(response.status).toBe(status);
    expect(typeof JSON.parse(response.body).detail).toBe("string");
  });

  test("a 50 MB upload is cut off at the limit with 413", async () => {
    server = await startMockServer({ limits: { maxBodyBytes: 64 * 1024 } });
    const { port } = server;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/v1/workflows/support-workflow/execute",
          headers: auth,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      const chunk = Buffer.alloc(1024 * 1024, 97);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && req.write(chunk)) sent++;
        if (sent < 50 && !req.destroyed) req.once("drain", pump);
        else req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect((await fetch(`${server.url}/v1/workflows/support-workflow`, { headers: auth })).status).toBe(200);
  });
});
