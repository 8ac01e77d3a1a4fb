import { describe, expect, test, vi } from "vitest";
import { TaskClock } from "../src/clock.js";
import { setup } from "./helpers.js";

describe("manual clock", () => {
  test("starts on Monday 2025-01-06 09:00 UTC unless told otherwise", () => {
    expect(new TaskClock().now().toISOString()).toBe("2025-01-06T09:00:00.000Z");
    expect(new TaskClock({ now: "2030-05-01T00:00:00Z" }).now().toISOString()).toBe(
      "2030-05-01T00:00:00.000Z",
    );
  });

  test("advance runs due tasks in time order, each at its own time", () => {
    const clock = new TaskClock();
    const seen: string[] = [];
    const start = clock.nowMs();
    clock.schedule(start + 300, () => seen.push(`b@${clock.nowMs() - start}`));
    clock.schedule(start + 100, () => {
      seen.push(`a@${clock.nowMs() - start}`);
      clock.schedule(start + 200, () => seen.push(`a2@${clock.nowMs() - start}`));
    });
    clock.schedule(start + 900, () => seen.push("late"));
    expect(clock.advance(500).getTime() - start).toBe(500);
    expect(seen).toEqual(["a@100", "a2@200", "b@300"]);
    expect(clock.nextTaskAt()!.getTime() - start).toBe(900);
  });

  test("cancelled tasks never run; time never goes back", () => {
    const clock = new TaskClock();
    let ran = false;
    clock.schedule(clock.nowMs() + 10, () => (ran = true)).cancel();
    clock.advance(100);
    expect(ran).toBe(false);
    expect(clock.nextTaskAt()).toBeNull();
    expect(() => clock.set("2020-01-01T00:00:00Z")).toThrow(RangeError);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  test("a task that throws does not stop the others", () => {
    const clock = new TaskClock();
    const errors: unknown[] = [];
    clock.onTaskError = (e) => errors.push(e);
    let ran = false;
    clock.schedule(clock.nowMs() + 1, () => {
      throw new Error("boom");
    });
    clock.schedule(clock.nowMs() + 2, () => (ran = true));
    clock.advance(10);
    expect(ran).toBe(true);
    expect(errors).toHaveLength(1);
  });
});

describe("real clock", () => {
  test("flows with the wall clock and fires tasks on timers", async () => {
    // Fake timers move `Date.now()` and fire timers exactly: the wall clock is injected, not waited on.
    vi.useFakeTimers({ now: Date.parse("2031-01-01T00:00:00Z") });
    try {
      const clock = new TaskClock({ mode: "real", now: "2025-01-01T00:00:00Z" });
      let at: number | null = null;
      clock.schedule(clock.nowMs() + 30, (when) => (at = when));
      await vi.advanceTimersByTimeAsync(29);
      expect(at).toBeNull();
      expect(clock.now().toISOString()).toBe("2025-01-01T00:00:00.029Z");
      await vi.advanceTimersByTimeAsync(1);
      expect(at).toBe(Date.parse("2025-01-01T00:00:00.030Z"));
      clock.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  test("advance jumps ahead and runs what fell due", () => {
    const clock = new TaskClock({ mode: "real" });
    let ran = false;
    clock.schedule(clock.nowMs() + 3_600_000, () => (ran = true));
    clock.advance(3_600_000);
    expect(ran).toBe(true);
    clock.dispose();
  });

  test("executions progress in real time", async () => {
    const { api, client } = setup({ clock: "real", stepMs: 2 });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
    });
    const rec = await api.settle(execution_id);
    expect(rec.execution.status).toBe("COMPLETED");
    api.close();
  });
});
