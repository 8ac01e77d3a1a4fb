import { expect, test } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  createClient,
  createRetryFetch,
  InternalServerError,
  RateLimitError,
  retryDelayMs,
} from "../src/index.js";
import { json, useTestServer } from "./helpers/server.js";

const server = useTestServer();

const client = () => createClient({ apiKey: "k", baseUrl: server.url });

/** Answers with `first` for the first `n` requests, then 200 `{ schedule_id: "s1" }`. */
function failThenSucceed(n: number, first: (res: import("node:http").ServerResponse) => void) {
  let count = 0;
  server.handle((_req, res) => (count++ < n ? first(res) : json(res, 200, { schedule_id: "s1" })));
}

test("429 with Retry-After (seconds) is retried and then succeeds", async () => {
  failThenSucceed(2, (res) => json(res, 429, { detail: "slow down" }, { "retry-after": "0" }));
  await expect(client().schedules.getSchedule({ schedule_id: "s1" })).resolves.toEqual({ schedule_id: "s1" });
  expect(server.requests).toHaveLength(3);
});

test("Retry-After as an HTTP date and retry-after-ms are honoured", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  expect(retryDelayMs(0, new Headers({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
  expect(retryDelayMs(0, new Headers({ "retry-after": "2" }), now)).toBe(2000);
  expect(retryDelayMs(0, new Headers({ "retry-after-ms": "150", "retry-after": "9" }), now)).toBe(150);
  // Out of range (over 60 s) falls back to exponential backoff: 0.5 s · 2^attempt, capped at 8 s, ≤ 25% jitter.
  expect(retryDelayMs(1, new Headers({ "retry-after": "3600" }), now, 0)).toBe(1000);
  expect(retryDelayMs(10, undefined, now, 1)).toBe(6000);
  expect(retryDelayMs(10, undefined, now, 0)).toBe(8000);
});

test("a POST body is sent again, intact, on every attempt", async () => {
  // A signal is not retry-safe: it is sent again only because the server says so.
  failThenSucceed(1, (res) => json(res, 503, {}, { "retry-after-ms": "1", "x-should-retry": "true" }));
  await client().executions.signalWorkflowExecution({
    execution_id: "e1",
    name: "approve",
    input: { ok: true },
  });
  expect(server.requests).toHaveLength(2);
  expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
    { name: "approve", input: { ok: true } },
    { name: "approve", input: { ok: true } },
  ]);
});

test("retries are spent, then the last status is thrown as its typed error", async () => {
  server.handle((_req, res) => json(res, 500, { detail: "boom" }, { "retry-after-ms": "1" }));
  await expect(client().schedules.getSchedule({ schedule_id: "s1" })).rejects.toBeInstanceOf(
    InternalServerError,
  );
  expect(server.requests).toHaveLength(3);
  server.requests.length = 0;
  server.handle((_req, res) => json(res, 429, {}, { "retry-after-ms": "1" }));
  await expect(
    client().schedules.getSchedule({ schedule_id: "s1" }, { maxRetries: 0 }),
  ).rejects.toBeInstanceOf(RateLimitError);
  expect(server.requests).toHaveLength(1);
});

test("x-should-retry: false wins over a retryable status; 4xx other than 408/429 are not retried", async () => {
  server.handle((_req, res) => json(res, 503, {}, { "x-should-retry": "false" }));
  await expect(client().schedules.getSchedule({ schedule_id: "s1" })).rejects.toMatchObject({ status: 503 });
  expect(server.requests).toHaveLength(1);
  server.handle((_req, res) => json(res, 409, {}));
  await expect(client().schedules.getSchedule({ schedule_id: "s1" })).rejects.toMatchObject({ status: 409 });
  expect(server.requests).toHaveLength(2);
});

test("408 is retried", async () => {
  failThenSucceed(1, (res) => json(res, 408, {}, { "retry-after-ms": "1" }));
  await expect(client().schedules.getSchedule({ schedule_id: "s1" })).resolves.toEqual({ schedule_id: "s1" });
  expect(server.requests).toHaveLength(2);
});

test("a dropped connection is retried, then reported as APIConnectionError", async () => {
  failThenSucceed(1, (res) => void res.socket?.destroy());
  await expect(client().schedules.getSchedule({ schedule_id: "s1" })).resolves.toEqual({ schedule_id: "s1" });
  server.handle((_req, res) => void res.socket?.destroy());
  const retries: number[] = [];
  const c = createClient({
    apiKey: "k",
    baseUrl: server.url,
    maxRetries: 1,
    onRetry: (i) => retries.push(i.attempt),
  });
  const error = await c.schedules.getSchedule({ schedule_id: "s1" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
  expect(retries).toEqual([1]);
});

test("timeoutMs limits each attempt; a slow first attempt is retried", async () => {
  let count = 0;
  server.handle((_req, res) => {
    if (count++ === 0) setTimeout(() => json(res, 200, { schedule_id: "late" }), 500);
    else json(res, 200, { schedule_id: "s1" });
  });
  const c = createClient({ apiKey: "k", baseUrl: server.url, timeoutMs: 100 });
  await expect(c.schedules.getSchedule({ schedule_id: "s1" })).resolves.toEqual({ schedule_id: "s1" });
  expect(server.requests).toHaveLength(2);

  server.handle((_req, res) => void setTimeout(() => json(res, 200, {}), 500));
  await expect(c.schedules.getSchedule({ schedule_id: "s1" }, { maxRetries: 0 })).rejects.toBeInstanceOf(
    APIConnectionTimeoutError,
  );
});

test("timeoutMs: Infinity sets no time limit; the caller's signal still aborts", async () => {
  server.handle((_req, res) => void setTimeout(() => json(res, 200, { schedule_id: "late" }), 300));
  const c = createClient({ apiKey: "k", baseUrl: server.url, timeoutMs: Infinity, maxRetries: 0 });
  await expect(c.schedules.getSchedule({ schedule_id: "s1" })).resolves.toEqual({ schedule_id: "late" });
  await expect(
    c.schedules.getSchedule({ schedule_id: "s1" }, { signal: AbortSignal.timeout(50) }),
  ).rejects.toBeInstanceOf(APIUserAbortError);
  expect(() => createClient({ apiKey: "k", timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
});

test("a body that stalls after the headers is caught by the timeout too", async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"schedule_id":');
  });
  const c = createClient({ apiKey: "k", baseUrl: server.url, timeoutMs: 100, maxRetries: 0 });
  await expect(c.schedules.getSchedule({ schedule_id: "s1" })).rejects.toBeInstanceOf(
    APIConnectionTimeoutError,
  );
});

test("a response from another fetch than the platform's is covered too: a stalled body times out", async () => {
  // A subclass stands for a polyfill's or a test double's response: its readers are patched one by one.
  class OtherResponse extends Response {}
  // Like a real fetch, the double ends the body when the attempt's signal aborts.
  const stalled = (signal: AbortSignal) =>
    new OtherResponse(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("{"));
          signal.addEventListener("abort", () => controller.error(signal.reason));
        },
      }),
      { headers: { "content-type": "application/json" } },
    );
  const retryFetch = createRetryFetch(async (_input, init) => stalled(init!.signal!), {
    timeoutMs: 50,
    maxRetries: 0,
  });
  const response = await retryFetch("http://127.0.0.1:1/v1/x");
  expect(response).toBeInstanceOf(OtherResponse);
  await expect(response.json()).rejects.toBeInstanceOf(APIConnectionTimeoutError);

  const whole = createRetryFetch(async () => new OtherResponse('{"ok":true}'), {
    timeoutMs: 50,
    maxRetries: 0,
  });
  await expect((await whole("http://127.0.0.1:1/v1/x")).json()).resolves.toEqual({ ok: true });
});

test("the caller's abort ends the call at once as APIUserAbortError and is never retried", async () => {
  server.handle((_req, res) => void setTimeout(() => json(res, 200, {}), 1000));
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const started = Date.now();
  await expect(
    client().schedules.getSchedule({ schedule_id: "s1" }, { signal: controller.signal }),
  ).rejects.toBeInstanceOf(APIUserAbortError);
  expect(Date.now() - started).toBeLessThan(900);
  expect(server.requests).toHaveLength(1);
});

test("an abort during the wait between retries stops retrying", async () => {
  server.handle((_req, res) => json(res, 503, {}, { "retry-after": "30" }));
  const controller = new AbortController();
  const c = createClient({
    apiKey: "k",
    baseUrl: server.url,
    onRetry: () => setTimeout(() => controller.abort(), 10),
  });
  await expect(
    c.schedules.getSchedule({ schedule_id: "s1" }, { signal: controller.signal }),
  ).rejects.toBeInstanceOf(APIUserAbortError);
  expect(server.requests).toHaveLength(1);
});

test("an already-aborted signal sends nothing", async () => {
  await expect(
    client().schedules.getSchedule({ schedule_id: "s1" }, { signal: AbortSignal.abort() }),
  ).rejects.toBeInstanceOf(APIUserAbortError);
  expect(server.requests).toHaveLength(0);
});
