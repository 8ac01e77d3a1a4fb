/**
 * Requests the API refuses must be refused by the mock too: paths that only look like a list, bodies
 * that are not UTF-8, a fault header with empty parts; and a status the spec documents without a body
 * is answered without one.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FAULT_HEADER, parseFaultHeader, startMockServer, type RunningMockServer } from "../../src/index.js";
import { get, setup } from "../helpers.js";

const auth = { authorization: "Bearer test" };

describe("paths are routed as sent", () => {
  test.each(["/v1/workflows/runs/", "/v1/workflows/deployments/", "/v1/workflows/schedules/"])(
    "%s (trailing slash) is a 404, not the list",
    async (path) => {
      const { api } = setup();
      const response = await get(api, path);
      expect(response.status).toBe(404);
      expect(api.requests.at(-1)?.operation).toBeNull();
    },
  );

  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ heartbeatMs: 0 });
  });
  afterAll(() => server.close());

  /** Sends `path` byte for byte (fetch would resolve its dot segments before sending). */
  function rawGet(path: string): Promise<number> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, headers: auth }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      });
      req.on("error", reject);
      req.end();
    });
  }

  test.each([
    "/v1/workflows/registrations/../",
    "/v1/workflows/registrations/..",
    "/v1/workflows/registrations/%2E%2E/",
    "/v1/workflows/schedules/./",
  ])("%s (a dot segment) is a 404 over HTTP", async (path) => {
    expect(await rawGet(path)).toBe(404);
    expect(await rawGet("/v1/workflows/registrations")).toBe(200); // the list itself still answers
  });
});

test("a JSON body that is not valid UTF-8 is a 422, as invalid JSON is", async () => {
  const { api } = setup();
  const before = api.state.executions.size;
  const body = new Uint8Array([...Buffer.from('{"input":{"name":"'), 0xff, 0xfe, ...Buffer.from('"}}')]);
  const response = await api.fetch(`${api.url}/v1/workflows/support-workflow/execute`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body,
  });
  expect(response.status).toBe(422);
  expect((await response.json()).detail[0]).toMatchObject({ type: "json_invalid", loc: ["body", 0] });
  expect(api.state.executions.size).toBe(before);
});

describe("the x-mock-fault header's empty parts", () => {
  test.each(["status=503;;;", "status=503;", ";status=503", "status=503;,times=1", ""])(
    "%j is refused by the parser",
    (text) => {
      expect(() => parseFaultHeader(text)).toThrow(/empty/);
    },
  );

  test("the server answers 400 and says why, and applies no fault", async () => {
    const { api } = setup();
    const response = await get(api, "/v1/workflows/schedules", { [FAULT_HEADER]: "status=503;;;" });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(/^Invalid x-mock-fault header: empty part 2 of 4/);
  });
});

describe("statuses documented without content have no body", () => {
  test.each(["/v1/workflows/executions/nope/logs/stream", "/v1/workflows/deployments/nope/logs/stream"])(
    "%s: 404 with an empty body",
    async (path) => {
      const { api } = setup();
      const response = await get(api, path);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBeNull();
      expect(await response.text()).toBe("");
    },
  );

  test("a 404 that the spec documents with a body keeps it", async () => {
    const { api } = setup();
    const response = await get(api, "/v1/workflows/executions/nope");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: expect.any(String), code: "WF_1100" });
  });
});
