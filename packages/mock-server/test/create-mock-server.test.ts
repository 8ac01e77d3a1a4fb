import { AuthenticationError, createClient, ValidationError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { createMockServer, scheduleFixture } from "../src/index.js";
import { get, send, setup } from "./helpers.js";

describe("authentication", () => {
  test.each([
    ["missing", {}],
    ["not bearer", { authorization: "Basic dXNlcjpwYXNz" }],
    ["empty token", { authorization: "Bearer " }],
  ])("%s Authorization header: 401 with WWW-Authenticate", async (_name, headers) => {
    const api = createMockServer();
    const response = await api.fetch(`${api.url}/v1/workflows/support-workflow`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(await response.json()).toEqual({ detail: expect.stringContaining("Authorization") });
  });

  test("with apiKey set, only that key passes", async () => {
    const api = createMockServer({ apiKey: "sk-right" });
    const wrong = createClient({ apiKey: "sk-wrong", baseUrl: api.url, fetch: api.fetch });
    const right = createClient({ apiKey: "sk-right", baseUrl: api.url, fetch: api.fetch });
    await expect(
      wrong.workflows.getWorkflow({ workflow_identifier: "support-workflow" }),
    ).rejects.toBeInstanceOf(AuthenticationError);
    await expect(
      right.workflows.getWorkflow({ workflow_identifier: "support-workflow" }),
    ).resolves.toHaveProperty("workflow");
  });
});

describe("routing", () => {
  test("an unknown path is a 404, a known path with another method a 405", async () => {
    const { api } = setup();
    const unknown = await get(api, "/v1/nothing/here");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ detail: "Not Found" });
    const wrongMethod = await send(api, "DELETE", "/v1/workflows/executions/x/signals");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
  });

  test("literal segments win over templates: /v1/workflows/schedules is the schedule list", async () => {
    const { api } = setup({ schedules: [scheduleFixture({ schedule_id: "a" })] });
    const response = await get(api, "/v1/workflows/schedules");
    expect(response.status).toBe(200);
    expect(api.requests[0]!.operation).toBe("schedules.getSchedules");
    await send(api, "POST", "/v1/workflows/executions/cancel", { execution_ids: ["x"] });
    expect(api.requests[1]!.operation).toBe("executions.batchCancelWorkflowExecutions");
  });

  test("path parameters are percent-decoded", async () => {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "a/b c",
      schedule: { input: {} },
    });
    expect((await client.schedules.getSchedule({ schedule_id: "a/b c" })).schedule_id).toBe("a/b c");
  });
});

describe("validation (422 in FastAPI's shape)", () => {
  test.each([
    [
      "a query integer that does not parse",
      "GET",
      "/v1/workflows/schedules?page_size=ten",
      undefined,
      {
        loc: ["query", "page_size"],
        type: "int_parsing",
        msg: "Input should be a valid integer, unable to parse string as an integer",
      },
    ],
    [
      "a query enum",
      "GET",
      "/v1/workflows/schedules?status=sleeping",
      undefined,
      { loc: ["query", "status"], type: "enum", msg: "Input should be 'active' or 'paused'" },
    ],
    [
      "a query boolean",
      "GET",
      "/v1/workflows/registrations?active_only=maybe",
      undefined,
      { loc: ["query", "active_only"], type: "bool_parsing" },
    ],
    [
      "a missing body",
      "POST",
      "/v1/workflows/schedules",
      undefined,
      { loc: ["body"], type: "missing", msg: "Field required" },
    ],
    [
      "body JSON that does not parse",
      "POST",
      "/v1/workflows/schedules",
      "{nope",
      { loc: ["body", 0], type: "json_invalid" },
    ],
    [
      "a missing body field",
      "POST",
      "/v1/workflows/schedules",
      {},
      { loc: ["body", "schedule"], type: "missing" },
    ],
    [
      "a nested body field of the wrong type",
      "POST",
      "/v1/workflows/schedules",
      { workflow_identifier: "x", schedule: { input: 1, cron_expressions: "0 * * * *" } },
      { loc: ["body", "schedule", "cron_expressions"], type: "list_type" },
    ],
    [
      "a date-time that is not one",
      "GET",
      "/v1/workflows/executions/x/logs?after=yesterday",
      undefined,
      { loc: ["query", "after"], type: "datetime_parsing" },
    ],
    [
      "too many batch ids",
      "POST",
      "/v1/workflows/executions/cancel",
      { execution_ids: Array.from({ length: 101 }, (_, i) => `e${i}`) },
      { loc: ["body", "execution_ids"], type: "too_long" },
    ],
    [
      "an empty batch",
      "POST",
      "/v1/workflows/executions/terminate",
      { execution_ids: [] },
      { loc: ["body", "execution_ids"], type: "too_short" },
    ],
    [
      "an overlap policy out of range",
      "POST",
      "/v1/workflows/schedules/x/trigger",
      { overlap: 9 },
      { loc: ["body", "overlap"] },
    ],
  ])("%s", async (_name, method, path, body, issue) => {
    const { api } = setup();
    const response = method === "GET" ? await get(api, path) : await send(api, method, path, body);
    expect(response.status).toBe(422);
    const json = await response.json();
    expect(json.detail).toContainEqual(expect.objectContaining(issue));
    for (const d of json.detail)
      expect(d).toEqual(
        expect.objectContaining({
          loc: expect.any(Array),
          msg: expect.any(String),
          type: expect.any(String),
        }),
      );
  });

  test("the client surfaces them as ValidationError with the detail", async () => {
    const { client } = setup();
    // Well-typed, so the client sends it; the mock refuses it (no workflow and no registration).
    const error = await client.schedules.scheduleWorkflow({ schedule: { input: {} } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.detail[0].loc).toEqual(["body"]);
  });

  test("validation comes after authentication, and changes nothing", async () => {
    const api = createMockServer();
    const response = await api.fetch(`${api.url}/v1/workflows/schedules`, { method: "POST", body: "{}" });
    expect(response.status).toBe(401);
    expect(api.state.schedules.size).toBe(0);
  });
});

describe("recorded requests", () => {
  test("each request is recorded with its operation, parsed body and status", async () => {
    const { api, client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: { a: 1 } },
    });
    await client.schedules.getSchedules({ page_size: 5, status: "active" }).catch(() => {});
    expect(api.requests.map((r) => [r.method, r.path, r.operation, r.status])).toEqual([
      ["POST", "/v1/workflows/schedules", "schedules.scheduleWorkflow", 201],
      ["GET", "/v1/workflows/schedules", "schedules.getSchedules", 200],
    ]);
    expect(api.requests[0]!.body).toEqual({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: { a: 1 } },
    });
    expect(api.requests[1]!.query).toEqual({ page_size: "5", status: "active" });
    expect(api.requests[0]!.headers.authorization).toBe("Bearer test");
  });

  test("only the latest maxRecordedRequests are kept", async () => {
    const { api, client } = setup({ maxRecordedRequests: 2 });
    for (let i = 0; i < 5; i++)
      await client.workflows.getWorkflow({ workflow_identifier: "support-workflow" });
    expect(api.requests).toHaveLength(2);
  });

  test("onRequest sees each request once its status is known", async () => {
    const seen: string[] = [];
    const { client } = setup({ onRequest: (r) => seen.push(`${r.operation} ${r.status}`) });
    await client.workflows.getWorkflow({ workflow_identifier: "nope" }).catch(() => {});
    expect(seen).toEqual(["workflows.getWorkflow 404"]);
  });
});

describe("responses are checked against the spec", () => {
  test("a fixture that does not match the spec is refused when seeding", () => {
    expect(() =>
      createMockServer({ schedules: [scheduleFixture({ paused: "yes" as unknown as boolean })] }),
    ).toThrow(TypeError);
  });

  test("a response the spec does not allow becomes a 500 naming the problem", async () => {
    const { api, client } = setup();
    api.state.workflows.get("7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69")!.display_name = 42 as unknown as string;
    const error = await client.workflows
      .getWorkflow({ workflow_identifier: "support-workflow" })
      .catch((e) => e);
    expect(error.status).toBe(500);
    expect(error.body.detail).toContain("does not match the spec");
  });
});

describe("control endpoints", () => {
  test("move the clock, add faults and read requests over HTTP", async () => {
    const api = createMockServer();
    const post = (path: string, body: unknown) =>
      api.fetch(`${api.url}${path}`, { method: "POST", body: JSON.stringify(body) });
    expect(await (await post("/_mock/clock/advance", { ms: 60_000 })).json()).toMatchObject({
      now: "2025-01-06T09:01:00.000Z",
      mode: "manual",
    });
    expect(await (await post("/_mock/clock/set", { time: "2025-01-06T10:00:00Z" })).json()).toMatchObject({
      now: "2025-01-06T10:00:00.000Z",
    });
    await post("/_mock/faults", { status: 503, times: 1 });
    expect((await get(api, "/v1/workflows/support-workflow")).status).toBe(503);
    expect((await get(api, "/v1/workflows/support-workflow")).status).toBe(200);
    const { requests } = await (await api.fetch(`${api.url}/_mock/requests`)).json();
    expect(requests.map((r: { status: number }) => r.status)).toEqual([503, 200]);
    expect((await post("/_mock/clock/set", { time: "2020-01-01T00:00:00Z" })).status).toBe(400);
  });
});
