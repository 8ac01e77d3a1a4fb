import { ConflictError, NotFoundError, ValidationError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { scheduleFixture } from "../src/index.js";
import { setup } from "./helpers.js";

const times = (s: { future_executions?: { scheduled_at: string }[] }) =>
  s.future_executions!.map((f) => f.scheduled_at);

describe("create, get, list, delete", () => {
  test("iterates every schedule across pages", async () => {
    const { api, client } = setup({
      schedules: ["a", "b", "c"].map((id) => scheduleFixture({ schedule_id: id })),
    });
    const ids: string[] = [];
    let token: string | null | undefined;
    do {
      const page = await client.schedules.getSchedules({ page_size: 2, next_page_token: token });
      ids.push(...page.schedules.map((s) => s.schedule_id));
      token = page.next_page_token;
    } while (token);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(api.requests).toHaveLength(2); // two pages, no extra empty fetch
  });

  test("without page_size, every schedule comes at once", async () => {
    const { client } = setup({
      schedules: ["a", "b", "c"].map((id) => scheduleFixture({ schedule_id: id })),
    });
    const page = await client.schedules.getSchedules({});
    expect(page.schedules.map((s) => s.schedule_id)).toEqual(["a", "b", "c"]);
    expect(page.next_page_token).toBeNull();
  });

  test("creates with a custom id (top level or in the definition) or a generated one; a taken id is a 409", async () => {
    const { client } = setup();
    const custom = await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "nightly",
      schedule: { input: {} },
    });
    expect(custom).toEqual({ schedule_id: "nightly" });
    const inner = await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule: { input: {}, schedule_id: "inner" },
    });
    expect(inner).toEqual({ schedule_id: "inner" });
    // The path client sends no id (the named method would make one), so the mock makes its own.
    const { data: generated } = await client.POST("/v1/workflows/schedules", {
      body: { workflow_identifier: "support-workflow", schedule: { input: {} } },
    });
    expect(generated!.schedule_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    await expect(
      client.schedules.scheduleWorkflow({
        workflow_identifier: "support-workflow",
        schedule_id: "nightly",
        schedule: { input: {} },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await client.schedules.getSchedule({ schedule_id: "nightly" })).workflow_name).toBe(
      "support-workflow",
    );
  });

  test("creates for a registration; a body naming no workflow is a 422; an unknown workflow a 404", async () => {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_registration_id: "3d8b7e2f-9c1a-4f5b-8e3d-6a7b8c9d0e1f",
      schedule_id: "by-reg",
      schedule: { input: {} },
    });
    expect((await client.schedules.getSchedule({ schedule_id: "by-reg" })).workflow_name).toBe(
      "report-generator",
    );
    const error = await client.schedules.scheduleWorkflow({ schedule: { input: {} } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.detail[0]).toMatchObject({ loc: ["body"], type: "value_error" });
    await expect(
      client.schedules.scheduleWorkflow({ workflow_identifier: "ghost", schedule: { input: {} } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  test.each([
    [{ cron_expressions: ["0 9 * *"] }, ["body", "schedule", "cron_expressions", 0]],
    [{ time_zone_name: "Mars/Olympus" }, ["body", "schedule", "time_zone_name"]],
    [{ intervals: [{ every: "P1M" }] }, ["body", "schedule", "intervals", 0, "every"]],
    [{ calendars: [{ hour: [{ start: 25 }] }] }, ["body", "schedule", "calendars", 0, "hour", 0, "start"]],
  ])("refuses %j with a 422 at %j", async (timing, loc) => {
    const { client } = setup();
    const error = await client.schedules
      .scheduleWorkflow({ workflow_identifier: "support-workflow", schedule: { input: {}, ...timing } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.detail.map((d: { loc: unknown }) => d.loc)).toContainEqual(loc);
  });

  test("filters: workflow name, status, name prefix, the caller's own", async () => {
    const { client } = setup({
      schedules: [
        scheduleFixture({ schedule_id: "s1" }),
        scheduleFixture({ schedule_id: "s2", workflow_name: "report-generator", paused: true }),
      ],
    });
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "report-generator",
      schedule_id: "mine",
      schedule: { input: {} },
    });
    const ids = async (q: Parameters<typeof client.schedules.getSchedules>[0]) =>
      (await client.schedules.getSchedules(q)).schedules.map((s) => s.schedule_id);
    expect(await ids({ workflow_name: "report-generator" })).toEqual(["s2", "mine"]);
    expect(await ids({ status: "paused" })).toEqual(["s2"]);
    expect(await ids({ status: "active" })).toEqual(["s1", "mine"]);
    expect(await ids({ search: "rep" })).toEqual(["s2", "mine"]);
    // Seeded schedules belong to the user of the API key "test", the client's key here.
    const other = client.withOptions({ apiKey: "someone-else" });
    expect((await other.schedules.getSchedules({ user_id: "current" })).schedules).toEqual([]);
  });

  test("delete removes the schedule (404 after), not the executions it started", async () => {
    const { api, client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: {} },
    });
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    await client.schedules.unscheduleWorkflow({ schedule_id: "s" });
    await expect(client.schedules.getSchedule({ schedule_id: "s" })).rejects.toBeInstanceOf(NotFoundError);
    expect([...api.state.executions.values()].map((e) => e.schedule_id)).toEqual(["s"]);
  });
});

describe("future_executions", () => {
  // The manual clock starts on Monday 2025-01-06 at 09:00 UTC.
  async function future(schedule: Record<string, unknown>) {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: {}, ...schedule },
    });
    return times(await client.schedules.getSchedule({ schedule_id: "s" }));
  }

  test("cron expressions are read in the schedule's time zone", async () => {
    const t = await future({ cron_expressions: ["0 9 * * 1-5"], time_zone_name: "Europe/Paris" });
    // 09:00 in Paris is 08:00 UTC in winter; today's has passed, Saturday and Sunday are skipped.
    expect(t.slice(0, 6)).toEqual([
      "2025-01-07T08:00:00.000Z",
      "2025-01-08T08:00:00.000Z",
      "2025-01-09T08:00:00.000Z",
      "2025-01-10T08:00:00.000Z",
      "2025-01-13T08:00:00.000Z",
      "2025-01-14T08:00:00.000Z",
    ]);
    expect(t).toHaveLength(10);
  });

  test("intervals count from the epoch, shifted by the offset", async () => {
    expect((await future({ intervals: [{ every: "PT1H", offset: "PT15M" }] })).slice(0, 3)).toEqual([
      "2025-01-06T09:15:00.000Z",
      "2025-01-06T10:15:00.000Z",
      "2025-01-06T11:15:00.000Z",
    ]);
  });

  test("calendars: stepped ranges, weekdays only, missing minute and second mean 0", async () => {
    const t = await future({
      calendars: [{ hour: [{ start: 9, end: 17, step: 4 }], day_of_week: [{ start: 1, end: 5 }] }],
    });
    expect(t.slice(0, 4)).toEqual([
      "2025-01-06T13:00:00.000Z",
      "2025-01-06T17:00:00.000Z",
      "2025-01-07T09:00:00.000Z",
      "2025-01-07T13:00:00.000Z",
    ]);
  });

  test("the union of all specs, minus skip, within start_at and end_at", async () => {
    const t = await future({
      cron_expressions: ["0 10 * * *"],
      intervals: [{ every: "PT4H" }],
      skip: [{ hour: [{ start: 12 }] }],
      start_at: "2025-01-06T11:00:00Z",
      end_at: "2025-01-07T10:00:00Z",
    });
    expect(t).toEqual([
      // 12:00 is skipped; 10:00 today is before start_at
      "2025-01-06T16:00:00.000Z",
      "2025-01-06T20:00:00.000Z",
      "2025-01-07T00:00:00.000Z",
      "2025-01-07T04:00:00.000Z",
      "2025-01-07T08:00:00.000Z",
      "2025-01-07T10:00:00.000Z",
    ]);
  });

  test("no more than remaining_executions, none when paused", async () => {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: {}, cron_expressions: ["* * * * *"], max_executions: 3 },
    });
    const s = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(s.remaining_executions).toBe(3);
    expect(times(s)).toHaveLength(3);
    await client.schedules.pauseSchedule({ schedule_id: "s" });
    expect(times(await client.schedules.getSchedule({ schedule_id: "s" }))).toEqual([]);
  });
});

describe("firing on the clock", () => {
  test("each due time starts an execution, listed in recent_executions; remaining_executions counts down", async () => {
    const { api, client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "every-10m",
      schedule: { input: { ticket_id: "T-5" }, cron_expressions: ["*/10 * * * *"], max_executions: 3 },
    });
    api.clock.advance(25 * 60_000);
    const s = await client.schedules.getSchedule({ schedule_id: "every-10m" });
    expect(s.recent_executions).toEqual([
      {
        scheduled_at: "2025-01-06T09:10:00.000Z",
        started_at: "2025-01-06T09:10:00.000Z",
        execution_id: "every-10m-2025-01-06T09:10:00Z",
      },
      {
        scheduled_at: "2025-01-06T09:20:00.000Z",
        started_at: "2025-01-06T09:20:00.000Z",
        execution_id: "every-10m-2025-01-06T09:20:00Z",
      },
    ]);
    expect(s.remaining_executions).toBe(1);
    expect(times(s)).toEqual(["2025-01-06T09:30:00.000Z"]);
    const run = await client.executions.getWorkflowExecution({
      execution_id: "every-10m-2025-01-06T09:10:00Z",
    });
    expect(run).toMatchObject({ status: "COMPLETED", result: { input: { ticket_id: "T-5" } } });
    expect(api.state.executions.get(run.execution_id)!.events[0]!.data.schedule_id).toBe("every-10m");

    api.clock.advance(60 * 60_000);
    const after = await client.schedules.getSchedule({ schedule_id: "every-10m" });
    expect(after.remaining_executions).toBe(0);
    expect(after.recent_executions).toHaveLength(3);
    expect(times(after)).toEqual([]);
  });

  test("a paused schedule does not fire; resuming does not run the missed times", async () => {
    const { api, client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: {}, cron_expressions: ["0 * * * *"] },
    });
    await client.schedules.pauseSchedule({ schedule_id: "s", note: "maintenance window" });
    const paused = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(paused).toMatchObject({ paused: true, note: "maintenance window" });
    api.clock.advance(3 * 3_600_000);
    await client.schedules.resumeSchedule({ schedule_id: "s", note: "back" });
    const resumed = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(resumed).toMatchObject({ paused: false, note: "back", recent_executions: [] });
    expect(times(resumed)[0]).toBe("2025-01-06T13:00:00.000Z");
    expect(api.state.schedules.get("s")!.pause_history.map((p) => [p.paused, p.note])).toEqual([
      [true, "maintenance window"],
      [false, "back"],
    ]);
  });

  test("pause_on_failure pauses the schedule when a run fails", async () => {
    const { api, client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: {
        input: { _mock: "failed" },
        cron_expressions: ["0 * * * *"],
        policy: { pause_on_failure: true },
      },
    });
    api.clock.advance(3 * 3_600_000);
    const s = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(s.recent_executions).toHaveLength(1);
    expect(s.paused).toBe(true);
    expect(s.note).toContain("FAILED");
  });
});

describe("update", () => {
  test("changes only the fields sent", async () => {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: {
        input: { ticket_id: "T-1" },
        cron_expressions: ["0 9 * * *"],
        time_zone_name: "Europe/Paris",
        policy: { overlap: 6 },
      },
    });
    await client.schedules.updateSchedule({
      schedule_id: "s",
      schedule: { cron_expressions: ["30 18 * * *"] },
    });
    const s = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(s).toMatchObject({
      input: { ticket_id: "T-1" },
      cron_expressions: ["30 18 * * *"],
      time_zone_name: "Europe/Paris",
      policy: { overlap: 6 },
    });
    expect(times(s)[0]).toBe("2025-01-06T17:30:00.000Z");
    await client.schedules.updateSchedule({
      schedule_id: "s",
      schedule: { max_executions: 2, input: { ticket_id: "T-2" } },
    });
    expect(await client.schedules.getSchedule({ schedule_id: "s" })).toMatchObject({
      remaining_executions: 2,
      input: { ticket_id: "T-2" },
      cron_expressions: ["30 18 * * *"],
    });
  });

  test("an update that breaks the timing is a 422 and changes nothing", async () => {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: {}, cron_expressions: ["0 9 * * *"] },
    });
    await expect(
      client.schedules.updateSchedule({ schedule_id: "s", schedule: { cron_expressions: ["nope"] } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await client.schedules.getSchedule({ schedule_id: "s" })).cron_expressions).toEqual([
      "0 9 * * *",
    ]);
  });
});

describe("trigger and overlap", () => {
  async function withRunning(overlap?: number) {
    const ctx = setup();
    await ctx.client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: { _mock: "running" }, ...(overlap ? { policy: { overlap: overlap as 1 } } : {}) },
    });
    await ctx.client.schedules.triggerSchedule({ schedule_id: "s" });
    ctx.api.clock.advance(1_000);
    const runs = () =>
      ctx.api.state.schedules
        .get("s")!
        .runs.map((r) => ctx.api.state.executions.get(r.execution_id)!.execution.status);
    return { ...ctx, runs };
  }

  test("a trigger starts a run now, listed in recent_executions, without using up max_executions", async () => {
    const { client } = setup();
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "s",
      schedule: { input: {}, max_executions: 1 },
    });
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    const s = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(s.recent_executions).toEqual([
      {
        scheduled_at: "2025-01-06T09:00:00.000Z",
        started_at: "2025-01-06T09:00:00.000Z",
        execution_id: "s-2025-01-06T09:00:00Z",
      },
    ]);
    expect(s.remaining_executions).toBe(1);
  });

  test("default policy (skip): a trigger while a run is running does nothing", async () => {
    const { client, runs } = await withRunning();
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    expect(runs()).toEqual(["RUNNING"]);
  });

  test("the request's overlap wins over the schedule's: allow all starts a second run", async () => {
    const { client, runs } = await withRunning();
    await client.schedules.triggerSchedule({ schedule_id: "s", overlap: 6 });
    expect(runs()).toEqual(["RUNNING", "RUNNING"]);
  });

  test.each([
    [4, ["CANCELED", "RUNNING"]],
    [5, ["TERMINATED", "RUNNING"]],
  ])("overlap %i stops the running run and starts a new one", async (overlap, want) => {
    const { client, runs } = await withRunning(overlap);
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    expect(runs()).toEqual(want);
  });

  test("buffer one: the buffered run starts when the running one ends; extra ones are dropped", async () => {
    const { api, client, runs } = await withRunning(2);
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    expect(runs()).toEqual(["RUNNING"]);
    const [first] = api.state.schedules.get("s")!.runs;
    await client.executions.cancelWorkflowExecution({ execution_id: first!.execution_id });
    expect(runs()).toEqual(["CANCELED", "RUNNING"]);
  });

  test("buffer all: every buffered run starts, one after the other", async () => {
    const { api, client, runs } = await withRunning(3);
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    await client.schedules.triggerSchedule({ schedule_id: "s" });
    for (let i = 0; i < 2; i++) {
      const running = api.state.schedules.get("s")!.runs.at(-1)!;
      await client.executions.terminateWorkflowExecution({ execution_id: running.execution_id });
    }
    expect(runs()).toEqual(["TERMINATED", "TERMINATED", "RUNNING"]);
  });
});
