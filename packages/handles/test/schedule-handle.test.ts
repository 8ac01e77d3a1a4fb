import { ConflictError, InvalidArgumentError, NotFoundError } from "@mistral-workflows/client";
import { scheduleFixture } from "@mistral-workflows/mock-server";
import { afterEach, describe, expect, test } from "vitest";
import {
  createSchedule,
  defineWorkflow,
  getScheduleHandle,
  listExecutions,
  listSchedules,
  startExecution,
} from "../src/index.js";
import { setup, type Setup } from "./helpers/mock.js";

const reports = defineWorkflow<{ week: string }, { status: string }>("report-generator");
const weekly = { cron_expressions: ["0 9 * * 1"], time_zone_name: "UTC" };

let s: Setup;
afterEach(() => s?.api.close());

describe("createSchedule", () => {
  test("sends one request with the typed input, the spec and a client-chosen id", async () => {
    s = setup();
    const schedule = await createSchedule(s.client, reports, { week: "current" }, weekly, {
      deploymentName: "reports",
    });
    expect(s.operations()).toEqual(["schedules.scheduleWorkflow"]);
    expect(s.api.requests[0]!.body).toEqual({
      workflow_identifier: "report-generator",
      schedule_id: schedule.scheduleId,
      deployment_name: "reports",
      schedule: { ...weekly, input: { week: "current" } },
    });
    expect(s.api.state.schedules.get(schedule.scheduleId)?.schedule.input).toEqual({ week: "current" });
  });

  test("a spec without times, or a bad id, is refused before sending", async () => {
    s = setup();
    await expect(createSchedule(s.client, reports, { week: "w" }, {})).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(
      createSchedule(s.client, reports, { week: "w" }, weekly, { scheduleId: "" }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(0);
  });

  test("a taken id of the caller's rejects with ConflictError", async () => {
    s = setup();
    await createSchedule(s.client, reports, { week: "a" }, weekly, { scheduleId: "nightly" });
    await expect(
      createSchedule(s.client, reports, { week: "b" }, weekly, { scheduleId: "nightly" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("ScheduleHandle", () => {
  async function created() {
    s = setup();
    const schedule = await createSchedule(s.client, reports, { week: "current" }, weekly);
    s.reset();
    return schedule;
  }

  test("describe, update, pause, resume, trigger and delete are one request each", async () => {
    const schedule = await created();
    const id = schedule.scheduleId;
    expect((await schedule.describe()).schedule_id).toBe(id);
    await schedule.update({ input: { week: "next" }, cron_expressions: ["0 8 * * 1"] });
    await schedule.pause("holidays");
    expect(s.api.state.schedules.get(id)!.schedule).toMatchObject({ paused: true, note: "holidays" });
    await schedule.resume();
    await schedule.trigger();
    expect(s.api.state.schedules.get(id)!.runs).toHaveLength(1);
    await schedule.delete();
    expect(s.api.state.schedules.has(id)).toBe(false);
    expect(s.operations()).toEqual([
      "schedules.getSchedule",
      "schedules.updateSchedule",
      "schedules.pauseSchedule",
      "schedules.resumeSchedule",
      "schedules.triggerSchedule",
      "schedules.unscheduleWorkflow",
    ]);
    expect(s.api.requests.map((r) => r.body)).toEqual([
      undefined,
      { schedule: { input: { week: "next" }, cron_expressions: ["0 8 * * 1"] } },
      { note: "holidays" },
      undefined,
      undefined,
      undefined,
    ]);
    await expect(schedule.describe()).rejects.toBeInstanceOf(NotFoundError);
  });

  test("nextRuns(n) reads the schedule once and returns its next n times", async () => {
    const schedule = await created();
    const runs = await schedule.nextRuns(3);
    expect(s.operations()).toEqual(["schedules.getSchedule"]);
    const listed = (await schedule.describe()).future_executions!.slice(0, 3);
    expect(runs.map((d) => d.toISOString())).toEqual(
      listed.map((f) => new Date(f.scheduled_at).toISOString()),
    );
    expect(runs.every((d) => d.getUTCDay() === 1 && d.getUTCHours() === 9)).toBe(true);
  });

  test("nextRuns refuses more than the API lists, before sending", async () => {
    const schedule = await created();
    await expect(schedule.nextRuns(11)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(schedule.nextRuns(-1)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(await schedule.nextRuns(0)).toEqual([]);
    expect(s.api.requests).toHaveLength(0);
  });

  test("recentExecutions() gives handles on the executions it started, typed by the workflow", async () => {
    const schedule = await created();
    await schedule.trigger();
    s.api.clock.set("2025-01-13T09:00:01Z"); // the next Monday 09:00 fires too
    const handles = await schedule.recentExecutions();
    const runs = s.api.state.schedules.get(schedule.scheduleId)!.runs;
    expect(handles.map((h) => h.executionId)).toEqual(runs.map((r) => r.execution_id));
    expect(handles).toHaveLength(2);
    expect(handles[0]!.workflowName).toBe("report-generator");
    await s.api.settle(handles[0]!.executionId);
    const result = await handles[0]!.result();
    expect(result.status).toBe("done");
  });

  test("getScheduleHandle sends nothing until a method is called", async () => {
    s = setup({ schedules: [scheduleFixture({ schedule_id: "seeded", workflow_name: "report-generator" })] });
    const schedule = getScheduleHandle(s.client, "seeded", reports);
    expect(s.api.requests).toHaveLength(0);
    expect((await schedule.describe()).workflow_name).toBe("report-generator");
    expect(() => getScheduleHandle(s.client, "")).toThrow(InvalidArgumentError);
  });
});

describe("lists as handles", () => {
  test("listSchedules pages lazily and yields schedule handles", async () => {
    s = setup({
      schedules: ["a", "b", "c"].map((id) => scheduleFixture({ schedule_id: id, paused: id !== "b" })),
    });
    const listing = listSchedules(s.client, { status: "paused", page_size: 1 });
    expect(s.api.requests).toHaveLength(0);
    const ids: string[] = [];
    for await (const schedule of listing) {
      ids.push(schedule.scheduleId);
      await schedule.resume("back");
    }
    expect(ids).toEqual(["a", "c"]);
    expect(s.api.state.schedules.get("c")!.schedule.paused).toBe(false);
    const pages = s.operations().filter((o) => o === "schedules.getSchedules");
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  test("toArray(max) stops at the page that reaches max", async () => {
    s = setup({ schedules: ["a", "b", "c", "d"].map((id) => scheduleFixture({ schedule_id: id })) });
    const two = await listSchedules(s.client, { page_size: 2 }).toArray(2);
    expect(two.map((h) => h.scheduleId)).toEqual(["a", "b"]);
    expect(s.operations()).toEqual(["schedules.getSchedules"]);
    await expect(listSchedules(s.client).toArray(-1)).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  test("listExecutions yields each execution of the stored events once", async () => {
    s = setup();
    const first = await startExecution(s.client, reports, { week: "1" });
    const second = await startExecution(s.client, reports, { week: "2" });
    await s.api.settle(first.executionId);
    await s.api.settle(second.executionId);
    s.reset();
    const ids: string[] = [];
    for await (const handle of listExecutions(s.client, { limit: 5 })) ids.push(handle.executionId);
    expect(ids.sort()).toEqual([first.executionId, second.executionId].sort());
    const only = await listExecutions(s.client, { root_workflow_exec_id: first.executionId }).toArray(10);
    expect(only.map((h) => h.executionId)).toEqual([first.executionId]);
  });
});
