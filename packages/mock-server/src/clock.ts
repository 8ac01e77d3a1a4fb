/**
 * The mock server's clock. Everything that happens "later" (an execution's next event, a schedule's
 * next run) is a task on this clock, so tests decide when time passes instead of sleeping.
 */

/**
 * `"manual"`: time stands still until {@link MockClock.advance} or {@link MockClock.set} moves it (the
 * default of `createMockServer`, for tests). `"real"`: time flows with the wall clock from the start time
 * and tasks fire on real timers (the default of `startMockServer` and the CLI); `advance()` still jumps
 * ahead.
 */
export type ClockMode = "manual" | "real";

/** Options of the clock, as `createMockServer({ clock })` takes them. */
export interface ClockOptions {
  /** @default "manual" for `createMockServer`, `"real"` for `startMockServer` and the CLI */
  mode?: ClockMode;
  /**
   * The clock's start time (a `Date`, an ISO 8601 string or milliseconds since the Unix epoch).
   * @default "2025-01-06T09:00:00.000Z" (a Monday) in manual mode, the current time in real mode
   */
  now?: Date | string | number;
}

/** The controllable clock of a mock server (`api.clock`). */
export interface MockClock {
  /** Whether time moves only when told (`"manual"`) or with the wall clock (`"real"`). */
  readonly mode: ClockMode;
  /** The mock's current time. */
  now(): Date;
  /** The mock's current time, in milliseconds since the Unix epoch. */
  nowMs(): number;
  /**
   * Moves time forward by `ms` milliseconds, running every task that falls due on the way, in order
   * and each at its own time: executions emit their events and end, schedules fire. Synchronous: when
   * it returns, the state and any open streams already reflect the new time.
   *
   * Every due time in between is honoured, so advancing a schedule that fires every minute by a day
   * starts 1,440 executions.
   * @returns the new current time
   */
  advance(ms: number): Date;
  /** Moves time forward to `time` (never back: an earlier time throws a `RangeError`), like {@link advance}. */
  set(time: Date | string | number): Date;
  /** The time of the next pending task (execution step or schedule run), or `null` if none is pending. */
  nextTaskAt(): Date | null;
}

/**
 * Waits `ms` milliseconds of wall-clock time, or rejects with `signal`'s reason when it aborts first.
 * Real time, not the mock's clock, on purpose: a latency fault (`latencyMs`) delays the answer as a
 * slow network would, so a client's real timeout can fire; on a manual clock, a wait on the clock
 * would hang every such request until the test advanced it.
 */
export function wallClockSleep(ms: number, signal: AbortSignal | null = null): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The default start of a manual clock: Monday 6 January 2025, 09:00 UTC. */
export const DEFAULT_MANUAL_START = "2025-01-06T09:00:00.000Z";

/** The latest time a `Date` can hold (ECMAScript §21.4.1.1: ±8.64e15 ms around the epoch). */
export const MAX_TIME_MS = 8.64e15;

/**
 * Parses a time given as a `Date`, an ISO string or epoch milliseconds; throws a `RangeError` if it
 * is invalid or outside what a `Date` can represent.
 */
export function toMs(time: Date | string | number): number {
  const ms = time instanceof Date ? time.getTime() : typeof time === "number" ? time : Date.parse(time);
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_MS)
    throw new RangeError(`Not a valid time: ${String(time)}`);
  return ms;
}

interface Task {
  at: number;
  seq: number;
  run: (at: number) => void;
  cancelled: boolean;
}

/** A pending task; `cancel()` removes it. */
export interface ClockTask {
  readonly at: number;
  cancel(): void;
}

/** The clock with its task queue (internal: the server schedules tasks, users see {@link MockClock}). */
export class TaskClock implements MockClock {
  readonly mode: ClockMode;
  private current: number;
  private readonly realBase: number;
  private readonly startMs: number;
  private offset = 0;
  private heap: Task[] = [];
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private disposed = false;
  /** Called when a task throws (the clock goes on with the next task). */
  onTaskError: (error: unknown) => void = (error) => console.error("mock-server: a clock task failed", error);

  constructor(options: ClockOptions = {}, defaultMode: ClockMode = "manual") {
    this.mode = options.mode ?? defaultMode;
    if (this.mode !== "manual" && this.mode !== "real")
      throw new RangeError(`Unknown clock mode: ${String(this.mode)}`);
    this.current = toMs(options.now ?? (this.mode === "manual" ? DEFAULT_MANUAL_START : Date.now()));
    this.realBase = Date.now();
    this.startMs = this.current;
  }

  nowMs(): number {
    if (this.mode === "manual") return this.current;
    // Never backwards, even if the wall clock is adjusted.
    this.current = Math.max(this.current, this.startMs + (Date.now() - this.realBase) + this.offset);
    return this.current;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`advance() takes a number of milliseconds ≥ 0, got ${ms}`);
    // Checked before anything moves: a clock past the last representable date breaks every timestamp.
    if (this.nowMs() + ms > MAX_TIME_MS)
      throw new RangeError(
        `advance(${ms}) would move the clock past ${new Date(MAX_TIME_MS).toISOString()}, the last representable date`,
      );
    if (this.mode === "real") {
      this.offset += ms;
      this.runDue(this.nowMs());
      this.arm();
      return this.now();
    }
    const target = this.current + ms;
    this.runDue(target);
    this.current = target;
    return this.now();
  }

  set(time: Date | string | number): Date {
    const target = toMs(time);
    const now = this.nowMs();
    if (target < now)
      throw new RangeError(`The clock only moves forward: ${new Date(target).toISOString()} is before now`);
    return this.advance(target - now);
  }

  nextTaskAt(): Date | null {
    this.dropCancelled();
    return this.heap[0] ? new Date(this.heap[0].at) : null;
  }

  /** Runs `run(at)` at time `at` (at once, on the next {@link runDue}, if `at` is not in the future). */
  schedule(at: number, run: (at: number) => void): ClockTask {
    if (this.disposed) return { at, cancel() {} };
    const task: Task = { at, seq: this.seq++, run, cancelled: false };
    this.push(task);
    if (this.mode === "real") this.arm();
    return {
      at,
      cancel: () => {
        task.cancelled = true;
      },
    };
  }

  /**
   * Runs every task due at or before `until`, in time order. In manual mode the current time is each
   * task's own time while it runs, so what it records carries that time.
   */
  runDue(until: number): void {
    if (this.running) return; // a task that advances the clock must not re-enter the loop
    this.running = true;
    let budget = 5_000_000;
    try {
      for (;;) {
        this.dropCancelled();
        const top = this.heap[0];
        if (!top || top.at > until) break;
        this.pop();
        if (--budget === 0) throw new Error("mock-server: clock task loop did not settle");
        if (this.mode === "manual" && top.at > this.current) this.current = top.at;
        try {
          top.run(top.at);
        } catch (error) {
          this.onTaskError(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Runs tasks in order until `done()` is true or the next task is after `deadline` (manual mode
   * only). The current time ends at the last task run (or `deadline` if `done()` never held).
   */
  runUntil(done: () => boolean, deadline: number): boolean {
    if (this.mode !== "manual") throw new Error("runUntil() is for manual clocks");
    while (!done()) {
      this.dropCancelled();
      const top = this.heap[0];
      if (!top || top.at > deadline) {
        this.current = Math.max(this.current, deadline);
        return done();
      }
      this.runDue(top.at);
      this.current = Math.max(this.current, top.at);
    }
    return true;
  }

  /** Stops the real-time timer and forgets every task. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.heap = [];
  }

  private arm(): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dropCancelled();
    const top = this.heap[0];
    if (!top) return;
    const delay = Math.min(Math.max(0, top.at - this.nowMs()), 2 ** 31 - 1);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.runDue(this.nowMs());
      this.arm();
    }, delay);
    // A pending execution step must not keep a test process (or a closed server) alive.
    (this.timer as { unref?: () => void }).unref?.();
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.pop();
  }

  private less(a: Task, b: Task): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(task: Task): void {
    const h = this.heap;
    h.push(task);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): Task | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
