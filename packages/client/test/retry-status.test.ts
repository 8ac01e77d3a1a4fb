import { afterEach, expect, test, vi } from "vitest";
import { isRetryableStatus, retryAfterMs, sleep } from "../src/index.js";

afterEach(() => vi.useRealTimers());

test.each([
  [408, true],
  [429, true],
  [500, true],
  [503, true],
  [400, false],
  [404, false],
  [409, false],
  [422, false],
])("isRetryableStatus(%i) is %s", (status, want) => {
  expect(isRetryableStatus(status)).toBe(want);
});

test("retryAfterMs reads retry-after-ms, then Retry-After as seconds or a date, within 0–60 s", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  expect(retryAfterMs(new Headers({ "retry-after-ms": "150", "retry-after": "9" }), now)).toBe(150);
  expect(retryAfterMs(new Headers({ "retry-after": "2" }), now)).toBe(2000);
  expect(retryAfterMs(new Headers({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
  expect(retryAfterMs(new Headers({ "retry-after": "3600" }), now)).toBeNull();
  expect(retryAfterMs(new Headers({ "retry-after": "soon" }), now)).toBeNull();
  expect(retryAfterMs(new Headers(), now)).toBeNull();
});

test("sleep resolves after its time, and rejects with the signal's reason on abort, leaving no timer", async () => {
  vi.useFakeTimers();
  const done = vi.fn();
  const waiting = sleep(1000).then(done);
  await vi.advanceTimersByTimeAsync(999);
  expect(done).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  await waiting;
  expect(done).toHaveBeenCalledOnce();

  const controller = new AbortController();
  const aborted = sleep(1000, controller.signal);
  controller.abort(new Error("stop"));
  await expect(aborted).rejects.toThrow("stop");
  expect(vi.getTimerCount()).toBe(0);
  await expect(sleep(10, AbortSignal.abort("already"))).rejects.toBe("already");
});
