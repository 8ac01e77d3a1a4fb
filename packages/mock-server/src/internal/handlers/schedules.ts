/**
 * Schedules: create (with or without a custom id), get, list (paged by `page_size`/`next_page_token`),
 * partial update, pause and resume (with a note), trigger and delete.
 */
import type { Schedule } from "../../types.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { HttpError, invalid } from "../http-error.js";
import { checkTiming } from "../schedule-times.js";
import type { Handler } from "./context.js";

const scheduleWorkflow: Handler = ({ world, schedules, body, userId, now }) => {
  const def = body.schedule as Record<string, unknown>;
  const registrationId = body.workflow_registration_id ?? body.workflow_version_id ?? null;
  let registration = null;
  let workflow;
  if (registrationId) {
    registration = world.registrations.get(registrationId) ?? null;
    if (!registration) throw new HttpError(404, `Workflow registration '${registrationId}' not found`);
    workflow = world.workflows.get(registration.workflow_id);
    if (!workflow) throw new HttpError(404, `Workflow '${registration.workflow_id}' not found`);
  } else if (body.workflow_identifier) {
    workflow = world.workflowOr404(body.workflow_identifier);
  } else {
    throw invalid(
      ["body"],
      "Value error, one of workflow_identifier or workflow_registration_id is required",
      body,
    );
  }
  const issues = checkTiming(def, ["body", "schedule"]);
  if (issues.length) throw new HttpError(422, issues);
  const scheduleId = body.schedule_id || (def.schedule_id as string | null) || world.ids.uuid7(now);
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
};

const getSchedule: Handler = ({ schedules, path, now }) => ({
  body: schedules.output(schedules.get(path.schedule_id), now),
});

const getSchedules: Handler = ({ schedules, query, userId, now }) => {
  let list = schedules.list();
  if (query.workflow_name) list = list.filter((s) => s.rec.schedule.workflow_name === query.workflow_name);
  if (query.user_id) {
    const user = query.user_id === "current" ? userId : query.user_id;
    list = list.filter((s) => s.rec.user_id === user);
  }
  if (query.status) list = list.filter((s) => s.rec.schedule.paused === (query.status === "paused"));
  if (query.search) list = list.filter((s) => s.rec.schedule.workflow_name.startsWith(query.search));
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
};

const updateSchedule: Handler = ({ schedules, path, body, now }) => {
  const rt = schedules.get(path.schedule_id);
  const patch = body.schedule as Record<string, unknown>;
  const merged = { ...rt.rec.schedule, ...patch };
  const issues = checkTiming(merged, ["body", "schedule"]);
  if (issues.length) throw new HttpError(422, issues);
  schedules.update(rt, patch, now);
  return { body: { schedule_id: rt.rec.schedule.schedule_id } };
};

const pause =
  (paused: boolean): Handler =>
  ({ schedules, path, body, now }) => {
    schedules.setPaused(schedules.get(path.schedule_id), paused, body?.note ?? null, now);
    return {};
  };

const triggerSchedule: Handler = ({ schedules, path, body, now }) => {
  schedules.trigger(schedules.get(path.schedule_id), now, body?.overlap);
  return {};
};

const unscheduleWorkflow: Handler = ({ schedules, path }) => {
  schedules.remove(schedules.get(path.schedule_id));
  return {};
};

/** Handlers of the schedules group, by operationId. */
export const scheduleHandlers: Record<string, Handler> = {
  get_schedules_v1_workflows_schedules_get: getSchedules,
  schedule_workflow_v1_workflows_schedules_post: scheduleWorkflow,
  get_schedule_v1_workflows_schedules__schedule_id__get: getSchedule,
  unschedule_workflow_v1_workflows_schedules__schedule_id__delete: unscheduleWorkflow,
  update_schedule_v1_workflows_schedules__schedule_id__patch: updateSchedule,
  pause_schedule_v1_workflows_schedules__schedule_id__pause_post: pause(true),
  resume_schedule_v1_workflows_schedules__schedule_id__resume_post: pause(false),
  trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post: triggerSchedule,
};
