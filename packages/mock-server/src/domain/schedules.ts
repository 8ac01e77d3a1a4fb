/**
 * Schedules: their state, when they next fire (a task on the clock), and what firing does: start an
 * execution of the workflow, subject to the overlap policy, counting `remaining_executions` down.
 *
 * Overlap policies (Temporal's): 1 skip, 2 buffer one, 3 buffer all (buffered runs start when the
 * running one ends), 4 cancel the running one, 5 terminate it, 6 allow all. A manual trigger uses the
 * schedule's policy unless the request overrides it, and does not count against `max_executions`.
 */
import type { ClockTask } from "../clock.js";
import type { MockSchedule, Schedule, Workflow, WorkflowRegistration } from "../types.js";
import { conflict, notFound } from "./errors.js";
import { compileTiming, type TimeSpec } from "./schedule-times.js";
import type { Engine } from "./engine.js";
import type { ExecutionRuntime } from "./execution.js";
import type { Store } from "./store.js";

/** The default policy, filled into every schedule that does not set one. */
export const DEFAULT_POLICY = {
  catchup_window_seconds: 31_536_000,
  overlap: 1 as const,
  pause_on_failure: false,
};

/** A schedule as the domain holds it: the record tests read, its timing and its next run. */
export interface ScheduleRuntime {
  rec: MockSchedule;
  order: number;
  timing: TimeSpec;
  task: ClockTask | null;
  /** Scheduled times waiting for the running execution to end (overlap 2 and 3). */
  buffer: { scheduledAt: number; trigger: "schedule" | "manual" }[];
  /** Upcoming times computed earlier for the current timing (cron in a time zone is not cheap). */
  upcoming: { times: number[]; iso: string[]; exhausted: boolean } | null;
}

const UPCOMING_CACHE = 20;

/** The schedules of a mock server. */
export class Schedules {
  private readonly runtimes = new Map<string, ScheduleRuntime>();
  private order = 0;

  constructor(
    private readonly store: Store,
    private readonly engine: Engine,
  ) {
    engine.endHooks.push((rt, at) => this.onExecutionEnd(rt, at));
  }

  /** The schedule; throws `not_found`. */
  get(id: string): ScheduleRuntime {
    const rt = this.runtimes.get(id);
    if (!rt) throw notFound("Schedule", id);
    return rt;
  }

  /** Whether a schedule with this id exists. */
  has(id: string): boolean {
    return this.runtimes.has(id);
  }

  /** The schedules' records by id (what `api.state.schedules` shows). */
  records(): ReadonlyMap<string, ScheduleRuntime> {
    return this.runtimes;
  }

  /** Schedules in creation order. */
  list(): ScheduleRuntime[] {
    return [...this.runtimes.values()].sort((a, b) => a.order - b.order);
  }

  /** Adds a schedule (created through the API or seeded) and arms its next run. */
  add(args: {
    schedule: Schedule;
    workflow: Workflow;
    registration: WorkflowRegistration | null;
    userId: string;
    maxExecutions: number | null;
    at: number;
  }): ScheduleRuntime {
    const id = args.schedule.schedule_id;
    if (this.runtimes.has(id)) throw conflict(`Schedule '${id}' already exists`);
    const schedule: Schedule = {
      ...args.schedule,
      policy: { ...DEFAULT_POLICY, ...args.schedule.policy },
      workflow_name: args.workflow.name,
      future_executions: [],
      recent_executions: [...(args.schedule.recent_executions ?? [])],
    };
    const rec: MockSchedule = {
      schedule,
      workflow_id: args.workflow.id,
      workflow_registration_id: args.registration?.id ?? null,
      user_id: args.userId,
      max_executions: args.maxExecutions,
      runs: (args.schedule.recent_executions ?? []).map((r) => ({ ...r, trigger: "schedule" as const })),
      pause_history: [],
    };
    const rt: ScheduleRuntime = {
      rec,
      order: this.order++,
      timing: compileTiming(schedule),
      task: null,
      buffer: [],
      upcoming: null,
    };
    this.runtimes.set(id, rt);
    this.arm(rt, args.at);
    return rt;
  }

  /** Applies the fields of a partial definition that were sent; the others keep their values. */
  update(rt: ScheduleRuntime, patch: Record<string, unknown>, at: number): void {
    const s = rt.rec.schedule as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) {
      if (key === "max_executions") {
        // As Temporal's `limited_actions`: setting the limit restarts the count.
        rt.rec.max_executions = (value as number | null) ?? null;
        s.remaining_executions = value ?? null;
      } else if (key === "policy") s.policy = { ...DEFAULT_POLICY, ...(value as object) };
      else s[key] = value;
    }
    rt.timing = compileTiming(rt.rec.schedule);
    rt.upcoming = null;
    this.arm(rt, at);
  }

  /** Pauses or resumes, recording the note. Resuming does not run the times missed while paused. */
  setPaused(rt: ScheduleRuntime, paused: boolean, note: string | null, at: number): void {
    rt.rec.schedule.paused = paused;
    rt.rec.schedule.note = note;
    rt.rec.pause_history.push({ paused, note, at: new Date(at).toISOString() });
    this.arm(rt, at);
  }

  /** Deletes the schedule; executions it started go on. */
  remove(rt: ScheduleRuntime): void {
    rt.task?.cancel();
    this.runtimes.delete(rt.rec.schedule.schedule_id);
  }

  /** Starts a run now, outside the schedule's times. */
  trigger(rt: ScheduleRuntime, at: number, overlap: number | null | undefined): void {
    this.fire(rt, at, "manual", overlap ?? undefined);
  }

  /** The schedule as the API returns it, with `future_executions` computed at `now`. */
  output(rt: ScheduleRuntime, now: number): Schedule {
    const s = rt.rec.schedule;
    const remaining = s.remaining_executions;
    const count = s.paused ? 0 : remaining === null || remaining === undefined ? 10 : Math.min(10, remaining);
    return {
      ...s,
      future_executions: this.upcoming(rt, now, count).map((scheduled_at) => ({ scheduled_at })),
      recent_executions: rt.rec.runs
        .slice(-10)
        .map(({ scheduled_at, started_at, execution_id }) => ({ scheduled_at, started_at, execution_id })),
    };
  }

  /** The next `count` times after `now` (ISO 8601), from the cache while it still holds enough of them. */
  private upcoming(rt: ScheduleRuntime, now: number, count: number): string[] {
    if (count <= 0) return [];
    let cache = rt.upcoming;
    if (cache) {
      let drop = 0;
      while (drop < cache.times.length && cache.times[drop]! <= now) drop++;
      if (drop) {
        cache.times.splice(0, drop);
        cache.iso.splice(0, drop);
      }
      if (cache.times.length < count && !cache.exhausted) cache = null;
    }
    if (!cache) {
      const times = rt.timing.upcoming(now, UPCOMING_CACHE);
      cache = rt.upcoming = {
        times,
        iso: times.map((t) => new Date(t).toISOString()),
        exhausted: times.length < UPCOMING_CACHE,
      };
    }
    return cache.iso.slice(0, count);
  }

  private arm(rt: ScheduleRuntime, now: number): void {
    rt.task?.cancel();
    rt.task = null;
    const s = rt.rec.schedule;
    if (s.paused || s.remaining_executions === 0 || !this.runtimes.has(s.schedule_id)) return;
    const next = rt.timing.next(now);
    if (next === null) return;
    rt.task = this.engine.clock.schedule(next, (at) => {
      rt.task = null;
      this.fire(rt, at, "schedule");
      this.arm(rt, at);
    });
  }

  private running(rt: ScheduleRuntime): ExecutionRuntime[] {
    const out: ExecutionRuntime[] = [];
    for (const run of rt.rec.runs) {
      const ex = this.store.executions.get(run.execution_id);
      if (ex && !this.engine.isDone(ex)) out.push(ex);
    }
    return out;
  }

  private fire(
    rt: ScheduleRuntime,
    at: number,
    trigger: "schedule" | "manual",
    overlapOverride?: number,
  ): void {
    const overlap = overlapOverride ?? rt.rec.schedule.policy?.overlap ?? 1;
    const running = this.running(rt);
    if (running.length) {
      switch (overlap) {
        case 1:
          return; // skip
        case 2:
          // Only one start is buffered; later ones while it waits are dropped.
          if (!rt.buffer.length) rt.buffer.push({ scheduledAt: at, trigger });
          return;
        case 3:
          rt.buffer.push({ scheduledAt: at, trigger });
          return;
        case 4:
          for (const ex of running) this.engine.cancel(ex, at);
          break;
        case 5:
          for (const ex of running)
            this.engine.terminate(ex, at, "Terminated by the schedule's overlap policy");
          break;
        default:
          break; // 6: allow all
      }
    }
    this.start(rt, at, at, trigger);
  }

  private start(rt: ScheduleRuntime, scheduledAt: number, at: number, trigger: "schedule" | "manual"): void {
    const s = rt.rec.schedule;
    const workflow = this.store.workflows.get(rt.rec.workflow_id);
    if (!workflow) return;
    const registration =
      (rt.rec.workflow_registration_id && this.store.registrations.get(rt.rec.workflow_registration_id)) ||
      this.store.pickRegistration(workflow, null, null);
    // Temporal names a scheduled run `<schedule id>-<scheduled time>`.
    const base = `${s.schedule_id}-${new Date(scheduledAt).toISOString().replace(/\.\d{3}Z$/, "Z")}`;
    let executionId = base;
    for (let i = 2; this.store.executions.has(executionId); i++) executionId = `${base}-${i}`;
    this.engine.startExecution({
      executionId,
      workflow,
      registration,
      input: s.input,
      request: { input: s.input, deployment_name: s.deployment_name ?? null },
      userId: rt.rec.user_id,
      scheduleId: s.schedule_id,
      deploymentName: s.deployment_name ?? null,
      at,
    });
    rt.rec.runs.push({
      scheduled_at: new Date(scheduledAt).toISOString(),
      started_at: new Date(at).toISOString(),
      execution_id: executionId,
      trigger,
    });
    if (trigger === "schedule" && typeof s.remaining_executions === "number")
      s.remaining_executions = Math.max(0, s.remaining_executions - 1);
  }

  private onExecutionEnd(ex: ExecutionRuntime, at: number): void {
    const id = ex.rec.schedule_id;
    const rt = id ? this.runtimes.get(id) : undefined;
    if (!rt) return;
    const status = ex.rec.execution.status;
    if (rt.rec.schedule.policy?.pause_on_failure && (status === "FAILED" || status === "TIMED_OUT")) {
      this.setPaused(
        rt,
        true,
        `Paused because execution ${ex.rec.execution.execution_id} ended ${status}`,
        at,
      );
      rt.buffer = [];
      return;
    }
    if (rt.buffer.length && !this.running(rt).length) {
      const next = rt.buffer.shift()!;
      this.start(rt, next.scheduledAt, at, next.trigger);
    }
  }
}
