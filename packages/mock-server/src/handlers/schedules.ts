/**
 * Schedules: create (with or without a custom id), get, list (paged by `page_size`/`next_page_token`),
 * partial update, pause and resume (with a note), trigger and delete.
 */
import { invalidInput } from "../domain/errors.js";
import { checkTiming } from "../domain/schedule-times.js";
import type { Schedule, Workflow, WorkflowRegistration } from "../types.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { invalid } from "./errors.js";
import type { Handler, HandlerGroup } from "./types.js";

const pause =
  (paused: boolean): Handler<"schedules.pauseSchedule" | "schedules.resumeSchedule"> =>
  ({ domain, path, body, now }) => {
    const { schedules } = domain;
    schedules.setPaused(schedules.get(path.schedule_id), paused, body?.note ?? null, now);
    return {};
  };

/** Handlers of the schedules resource, by SDK name. */
export const scheduleHandlers = {
  "schedules.scheduleWorkflow": ({ domain, body, userId, now }) => {
    const { store, schedules } = domain;
    const def = body.schedule as unknown as Record<string, unknown>;
    const registrationId = body.workflow_registration_id ?? body.workflow_version_id ?? null;
    let registration: WorkflowRegistration | null = null;
    let workflow: Workflow;
    if (registrationId) {
      registration = store.registration(registrationId);
      workflow = store.workflow(registration.workflow_id);
    } else if (body.workflow_identifier) {
      workflow = store.workflow(body.workflow_identifier);
    } else {
      throw invalid(
        ["body"],
        "Value error, one of workflow_identifier or workflow_registration_id is required",
        body,
      );
    }
    const issues = checkTiming(def, ["body", "schedule"]);
    if (issues.length) throw invalidInput(issues);
    const scheduleId = body.schedule_id || (def.schedule_id as string | null) || domain.ids.uuid7(now);
    const maxExecutions = (def.max_executions as number | null | undefined) ?? null;
    const { max_executions: _max, ...rest } = def;
    const schedule = {
      calendars: [],
      intervals: [],
      cron_expressions: [],
      skip: [],
      start_at: null,
      end_at: null,
      jitter: null,
      time_zone_name: null,
      ...rest,
      schedule_id: scheduleId,
      remaining_executions: maxExecutions,
      workflow_name: workflow.name,
      deployment_name: body.deployment_name ?? body.workflow_task_queue ?? null,
      paused: false,
      note: null,
    } as unknown as Schedule;
    schedules.add({ schedule, workflow, registration, userId, maxExecutions, at: now });
    return { body: { schedule_id: scheduleId } };
  },
  "schedules.getSchedule": ({ domain, path, now }) => ({
    body: domain.schedules.output(domain.schedules.get(path.schedule_id), now),
  }),
  "schedules.getSchedules": ({ domain, query, userId, now }) => {
    const { schedules } = domain;
    let list = schedules.list();
    if (query.workflow_name) list = list.filter((s) => s.rec.schedule.workflow_name === query.workflow_name);
    if (query.user_id) {
      const user = query.user_id === "current" ? userId : query.user_id;
      list = list.filter((s) => s.rec.user_id === user);
    }
    if (query.status) list = list.filter((s) => s.rec.schedule.paused === (query.status === "paused"));
    const search = query.search;
    if (search) list = list.filter((s) => s.rec.schedule.workflow_name.startsWith(search));
    if (query.next_page_token) {
      const c = decodeCursor<{ after: number }>("schedules", query.next_page_token);
      if (!c) throw invalid(["query", "next_page_token"], "Invalid page token", query.next_page_token);
      list = list.filter((s) => s.order > c.after);
    }
    // Without page_size every schedule comes at once (the deprecated behaviour the spec documents).
    const size =
      query.page_size === undefined || query.page_size === null ? list.length : Math.max(1, query.page_size);
    const page = list.slice(0, size);
    const more = list.length > size;
    return {
      body: {
        schedules: page.map((s) => schedules.output(s, now)),
        next_page_token: more ? encodeCursor("schedules", { after: page[page.length - 1]!.order }) : null,
      },
    };
  },
  "schedules.updateSchedule": ({ domain, path, body, now }) => {
    const { schedules } = domain;
    const rt = schedules.get(path.schedule_id);
    const patch = body.schedule as unknown as Record<string, unknown>;
    const merged = { ...rt.rec.schedule, ...patch };
    const issues = checkTiming(merged, ["body", "schedule"]);
    if (issues.length) throw invalidInput(issues);
    schedules.update(rt, patch, now);
    return { body: { schedule_id: rt.rec.schedule.schedule_id } };
  },
  "schedules.pauseSchedule": pause(true),
  "schedules.resumeSchedule": pause(false),
  "schedules.triggerSchedule": ({ domain, path, body, now }) => {
    domain.schedules.trigger(domain.schedules.get(path.schedule_id), now, body?.overlap);
    return {};
  },
  "schedules.unscheduleWorkflow": ({ domain, path }) => {
    domain.schedules.remove(domain.schedules.get(path.schedule_id));
    return {};
  },
} satisfies HandlerGroup;
