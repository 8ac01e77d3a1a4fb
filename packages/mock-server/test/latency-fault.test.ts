import { afterEach, expect, test, vi } from "vitest";
import { createMockServer, FAULT_HEADER } from "../src/index.js";

afterEach(() => void vi.useRealTimers());

const list = (api: ReturnType<typeof createMockServer>, init: RequestInit = {}) =>
  api.fetch(
    new Request(`${api.url}/v1/workflows/schedules`, {
      ...init,
      headers: { authorization: "Bearer test", [FAULT_HEADER]: "latency-ms=500" },
    }),
  );

test("a latency fault answers after its delay in real time, whatever the mock's manual clock says", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const api = createMockServer();
  let status = 0;
  const answered = list(api).then((r) => void (status = r.status));
  await vi.advanceTimersByTimeAsync(499);
  expect(status).toBe(0);
  await vi.advanceTimersByTimeAsync(1);
  await answered;
  expect(status).toBe(200);
  expect(api.clock.nowMs()).toBe(Date.parse("2025-01-06T09:00:00.000Z")); // the clock did not move
});

test("an abort during the delay ends the wait at once", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const api = createMockServer();
  const controller = new AbortController();
  const answered = list(api, { signal: controller.signal });
  await vi.advanceTimersByTimeAsync(100);
  controller.abort();
  await expect(answered).rejects.toMatchObject({ name: "AbortError" });
  expect(vi.getTimerCount()).toBe(0); // the latency timer was cleared
});
