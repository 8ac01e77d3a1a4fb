import { describe, expect, test } from "vitest";
import {
  createMockServer,
  defaultSeed,
  executionFixture,
  registrationFixture,
  scheduleFixture,
  workflowFixture,
} from "../src/index.js";
import { _validateResponse } from "../src/testing.js";
import { setup } from "./helpers.js";

describe("fixtures", () => {
  test("build complete objects that match the spec, with stable ids", () => {
    expect(_validateResponse("schedules.getSchedule", 200, scheduleFixture())).toEqual([]);
    expect(
      _validateResponse("workflows.getWorkflow", 200, { workflow: workflowFixture({ name: "x" }) }),
    ).toEqual([]);
    const reg = registrationFixture();
    expect(
      _validateResponse("workflows.getWorkflowRegistration", 200, {
        workflow_registration: reg,
        workflow_version: reg,
      }),
    ).toEqual([]);
    expect(workflowFixture({ name: "x" }).id).toBe(workflowFixture({ name: "x" }).id);
    expect(workflowFixture({ name: "x" }).id).not.toBe(workflowFixture({ name: "y" }).id);
    expect(scheduleFixture({ schedule_id: "s" })).toMatchObject({
      schedule_id: "s",
      workflow_name: "support-workflow",
      paused: false,
    });
  });

  test("the default seed: four workflows, five registrations", () => {
    const { workflows, registrations } = defaultSeed();
    expect(workflows.map((w) => w.name)).toEqual([
      "support-workflow",
      "report-generator",
      "document-summarizer",
      "legacy-importer",
    ]);
    expect(registrations).toHaveLength(5);
  });

  test("seeding replaces by id and adds to the default seed; defaultSeed: false starts empty", () => {
    const api = createMockServer({
      workflows: [
        workflowFixture({ name: "support-workflow", display_name: "Renamed" }),
        workflowFixture({ name: "extra" }),
      ],
    });
    expect([...api.state.workflows.values()].map((w) => w.display_name)).toEqual([
      "Renamed",
      "Report generator",
      "Document summarizer",
      "Legacy importer",
      "Extra",
    ]);
    expect(createMockServer({ defaultSeed: false }).state.workflows.size).toBe(0);
  });

  test("fixtures that refer to something missing are refused", () => {
    expect(() => createMockServer({ schedules: [scheduleFixture({ workflow_name: "ghost" })] })).toThrow(
      /no workflow named "ghost"/,
    );
    expect(() =>
      createMockServer({
        registrations: [registrationFixture({ workflow_id: "00000000-0000-4000-8000-00000000dead" })],
      }),
    ).toThrow(/no workflow with id "00000000-0000-4000-8000-00000000dead"/);
    expect(() => createMockServer({ schedules: [scheduleFixture({ cron_expressions: ["bad"] })] })).toThrow(
      /cron/,
    );
  });
});

describe("seeded executions", () => {
  test("have run their whole story before the clock's start: events, logs, history", async () => {
    const { api, client } = setup({
      executions: [
        executionFixture({ execution_id: "done", result: { answer: 1 } }),
        executionFixture({ execution_id: "broken", status: "FAILED", behaviour: { error: "nope" } }),
      ],
    });
    expect(await client.executions.getWorkflowExecution({ execution_id: "done" })).toMatchObject({
      status: "COMPLETED",
      result: { answer: 1 },
      start_time: "2025-01-06T08:50:00.000Z",
      end_time: "2025-01-06T08:50:04.000Z",
    });
    expect((await client.executions.getWorkflowExecution({ execution_id: "broken" })).status).toBe("FAILED");
    expect(api.state.executions.get("broken")!.logs.at(-1)!.body).toContain("nope");
    expect((await client.executions.getWorkflowExecutionLogs({ execution_id: "done" })).results).toHaveLength(
      11,
    );
  });

  test("a running seed goes on from where the clock is", async () => {
    const { api } = setup({
      executions: [
        executionFixture({ execution_id: "r", status: "COMPLETED", start_time: "2025-01-06T08:59:59Z" }),
      ],
    });
    expect(api.state.executions.get("r")!.execution.status).toBe("RUNNING");
    api.clock.advance(5_000);
    expect(api.state.executions.get("r")!.execution.status).toBe("COMPLETED");
  });

  test("seeded schedules fire and keep their past runs", async () => {
    const { api, client } = setup({
      schedules: [
        scheduleFixture({
          schedule_id: "s",
          cron_expressions: ["30 9 * * *"],
          recent_executions: [
            { scheduled_at: "2025-01-05T09:30:00Z", started_at: "2025-01-05T09:30:01Z", execution_id: "old" },
          ],
        }),
      ],
    });
    api.clock.advance(3_600_000);
    const s = await client.schedules.getSchedule({ schedule_id: "s" });
    expect(s.recent_executions!.map((r) => r.execution_id)).toEqual(["old", "s-2025-01-06T09:30:00Z"]);
  });
});
