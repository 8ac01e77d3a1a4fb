import { expect, test } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createClient,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  WorkflowsAPIError,
  WorkflowsError,
} from "../src/index.js";
import { json, useTestServer } from "./helpers/server.js";

const server = useTestServer();

test.each([
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [418, WorkflowsAPIError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
])("status %i is thrown as %o with status, headers and parsed body", async (status, Class) => {
  server.handle((_req, res) =>
    json(res, status, { detail: `failed with ${status}` }, { "x-request-id": "req-1" }),
  );
  const client = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  const error = await client.schedules.getSchedule({ schedule_id: "s1" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Class);
  expect(error).toBeInstanceOf(WorkflowsAPIError);
  expect(error).toBeInstanceOf(WorkflowsError);
  const apiError = error as WorkflowsAPIError;
  expect(apiError.status).toBe(status);
  expect(apiError.body).toEqual({ detail: `failed with ${status}` });
  expect(apiError.requestId).toBe("req-1");
  expect(apiError.headers.get("content-type")).toBe("application/json");
  expect(apiError.message).toBe(`${status} failed with ${status}`);
  expect(apiError.name).toBe(Class.name);
});

test("422 is a ValidationError exposing detail[] with loc, msg and type", async () => {
  const detail = [
    { loc: ["body", "schedule", "input"], msg: "Field required", type: "missing" },
    { loc: ["query", "page_size"], msg: "Input should be a valid integer", type: "int_parsing" },
  ];
  server.handle((_req, res) => json(res, 422, { detail }));
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  const error = await client.schedules.scheduleWorkflow({ schedule: {} as never }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).detail).toEqual(detail);
  expect((error as ValidationError).message).toBe(
    "422 body.schedule.input: Field required; query.page_size: Input should be a valid integer",
  );
});

test("a non-JSON error body is kept as text", async () => {
  server.handle((_req, res) => {
    res.writeHead(502, { "content-type": "text/html" });
    res.end("<html>bad gateway</html>");
  });
  const client = createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  await expect(client.schedules.getSchedule({ schedule_id: "s1" })).rejects.toMatchObject({
    status: 502,
    body: "<html>bad gateway</html>",
  });
});

test("a 2xx body that is not JSON is an InvalidResponseError carrying the raw text", async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{not json");
  });
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  const error = await client.schedules.getSchedule({ schedule_id: "s1" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toMatchObject({ status: 200, raw: "{not json" });
});

test("invalid client options are refused with a typed error", () => {
  expect(() => createClient({ apiKey: "k", timeoutMs: 0 })).toThrow(/timeoutMs/);
  expect(() => createClient({ apiKey: "k", maxRetries: -1 })).toThrow(/maxRetries/);
});
