import { afterEach, expect, test, vi } from "vitest";
import { sleep } from "../../src/internal/sleep.js";

afterEach(() => {
  vi.useRealTimers();
});

test("resolves after the delay", async () => {
  vi.useFakeTimers();
  let done = false;
  const waiting = sleep(500, new AbortController().signal).then(() => (done = true));
  await vi.advanceTimersByTimeAsync(499);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await waiting;
  expect(done).toBe(true);
});

test("rejects with the abort reason at once, and leaves no timer behind", async () => {
  vi.useFakeTimers();
  const controller = new AbortController();
  const waiting = sleep(60_000, controller.signal);
  controller.abort(new Error("stop"));
  await expect(waiting).rejects.toThrowError("stop");
  expect(vi.getTimerCount()).toBe(0);
});
