/**
 * A retry's 409 is claimed only when the resource is provably the caller's. Each test lets someone
 * else take an id (or lets the caller's own first attempt create it), loses the first attempt's
 * answer, and checks that the call resolves only to its own resource and otherwise throws a
 * ConflictError that says the id is taken.
 */
import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { ConflictError, createClient } from "../src/index.js";
import { CLOCK_SKEW_ALLOWANCE_MS } from "../src/internal/write-once.js";
import { loseAnswers, settle, type AfterAccept } from "./helpers/faults.js";

const LOST: AfterAccept[] = ["reset", "503"];
const isPost = (path: string) => (method: string, url: string) => method === "POST" && url.endsWith(path);
const TEN_MINUTES = 10 * 60_000;

let api: MockServer;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  // The mock's clock starts at this machine's time, as a real server's would (within the allowance).
  api = createMockServer({ clock: { now: Date.now() } });
});
afterEach(() => {
  vi.useRealTimers();
});

const direct = () => createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
const over = (fetch: typeof globalThis.fetch) =>
  createClient({ apiKey: "test", baseUrl: api.url, fetch, timeoutMs: 5_000 });
const run = <T>(p: Promise<T>) => settle(p, (ms) => vi.advanceTimersByTimeAsync(ms));

/** Moves both clocks (the mock's and this machine's) forward. */
function later(ms: number): void {
  api.clock.advance(ms);
  vi.setSystemTime(Date.now() + ms);
}

function conflictMessage(error: unknown): string {
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as ConflictError).status).toBe(409);
  return (error as ConflictError).message;
}

describe.each(LOST)("first attempt lost (%s)", (fault) => {
  test("executeWorkflow: an execution someone else started earlier is not claimed", async () => {
    await direct().workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      execution_id: "taken",
      input: { theirs: true },
      wait_for_result: true,
    });
    later(TEN_MINUTES);
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const call = run(
      over(fetch).workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "taken",
        input: { mine: true },
        wait_for_result: true,
      }),
    );
    const error = await call.catch((e: unknown) => e);
    expect(conflictMessage(error)).toMatch(/execution_id "taken" is already taken/);
    expect(api.state.executions.size).toBe(1);
  });

  test("executeWorkflow: same workflow and input, but started before the call: not claimed", async () => {
    await direct().workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      execution_id: "taken",
      input: { n: 1 },
    });
    later(CLOCK_SKEW_ALLOWANCE_MS + 1_000);
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const error = await run(
      over(fetch).workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "taken",
        input: { n: 1 },
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(error)).toMatch(/created before this call/);
  });

  test("executeWorkflow: started within the window with another input: not claimed", async () => {
    await direct().workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      execution_id: "taken",
      input: { n: 1 },
    });
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const error = await run(
      over(fetch).workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "taken",
        input: { n: 2 },
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(error)).toMatch(/another input/);
  });

  test("executeWorkflow: another workflow's execution under the id: not claimed", async () => {
    await direct().workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      execution_id: "taken",
      input: {},
    });
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const error = await run(
      over(fetch).workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "taken",
        input: {},
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(error)).toMatch(/another workflow/);
  });

  test("executeWorkflow: the call's own execution is still claimed, with its result", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const result = await run(
      over(fetch).workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "mine",
        input: { n: 1 },
        wait_for_result: true,
        timeout_seconds: 30,
      }),
    );
    const record = api.state.executions.get("mine")!.execution;
    expect(result).toEqual({
      workflow_name: "support-workflow",
      execution_id: "mine",
      result: record.result,
    });
  });

  test("executeWorkflowRegistration: an earlier execution under the id is not claimed", async () => {
    const [registration] = [...api.state.registrations.values()].filter((r) => r.active);
    await direct().workflows.executeWorkflowRegistration({
      workflow_registration_id: registration!.id,
      execution_id: "taken",
      input: {},
    });
    later(TEN_MINUTES);
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const error = await run(
      over(fetch).workflows.executeWorkflowRegistration({
        workflow_registration_id: registration!.id,
        execution_id: "taken",
        input: {},
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(error)).toMatch(/already taken/);
  });

  test("executeWorkflowRegistration: the call's own execution is claimed", async () => {
    const [registration] = [...api.state.registrations.values()].filter((r) => r.active);
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const result = await run(
      over(fetch).workflows.executeWorkflowRegistration({
        workflow_registration_id: registration!.id,
        execution_id: "mine",
        input: { n: 1 },
      }),
    );
    expect(result).toMatchObject({ execution_id: "mine" });
  });

  test("scheduleWorkflow: someone else's schedule with another input is not claimed", async () => {
    await direct().schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "nightly",
      schedule: { input: { theirs: true }, cron_expressions: ["0 2 * * *"] },
    });
    const fetch = loseAnswers(api.fetch, fault, isPost("/schedules"));
    const error = await run(
      over(fetch).schedules.scheduleWorkflow({
        workflow_identifier: "support-workflow",
        schedule_id: "nightly",
        schedule: { input: { mine: true }, cron_expressions: ["0 2 * * *"] },
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(error)).toMatch(/schedule_id "nightly" is already taken.*another input/);
    expect(api.state.schedules.get("nightly")!.schedule.input).toEqual({ theirs: true });
  });

  test("scheduleWorkflow: someone else's schedule with another timetable or workflow is not claimed", async () => {
    await direct().schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule_id: "nightly",
      schedule: { input: {}, cron_expressions: ["0 2 * * *"] },
    });
    const attempt = (workflow_identifier: string, cron: string) =>
      run(
        over(loseAnswers(api.fetch, fault, isPost("/schedules"))).schedules.scheduleWorkflow({
          workflow_identifier,
          schedule_id: "nightly",
          schedule: { input: {}, cron_expressions: [cron] },
        }),
      ).catch((e: unknown) => e);
    expect(conflictMessage(await attempt("support-workflow", "0 3 * * *"))).toMatch(/definition differs/);
    expect(conflictMessage(await attempt("report-generator", "0 2 * * *"))).toMatch(/another workflow/);
  });

  test("scheduleWorkflow: the call's own schedule is claimed", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/schedules"));
    const result = await run(
      over(fetch).schedules.scheduleWorkflow({
        workflow_identifier: "support-workflow",
        schedule_id: "mine",
        schedule: {
          input: { n: 1 },
          cron_expressions: ["0 9 * * *"],
          intervals: [{ every: "PT1H" }],
          calendars: [{ hour: [{ start: 9 }], day_of_week: [{ start: 1, end: 5 }] }],
          start_at: "2030-01-01T00:00:00Z",
          max_executions: 5,
          time_zone_name: "UTC",
        },
      }),
    );
    expect(result).toEqual({ schedule_id: "mine" });
    expect(api.state.schedules.size).toBe(1);
  });

  test("createDeployment: the call's own deployment is returned, not a ConflictError", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/deployments"));
    const result = await run(
      over(fetch).deployments.createDeployment({
        name: "support-workers",
        spec: { github_url: "https://github.com/acme/support-workflows", revision: "main" },
        resources: { replicas: 2 },
      }),
    );
    expect(result).toMatchObject({
      name: "support-workers",
      spec: { github_url: "https://github.com/acme/support-workflows", revision: "main" },
      resources: { replicas: 2 },
    });
    expect(fetch.sent).toBe(3); // the lost create, the retry answered 409, the read-back
  });

  test("createDeployment: someone else's deployment of that name is not claimed", async () => {
    const spec = { github_url: "https://github.com/acme/support-workflows" };
    await direct().deployments.createDeployment({ name: "workers", spec });
    const fetch = loseAnswers(api.fetch, fault, isPost("/deployments"));
    const other = await run(
      over(fetch).deployments.createDeployment({
        name: "workers",
        spec: { github_url: "https://github.com/someone/else" },
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(other)).toMatch(/name "workers" is already taken.*code \(spec\) differs/);
    later(TEN_MINUTES);
    const earlier = await run(
      over(loseAnswers(api.fetch, fault, isPost("/deployments"))).deployments.createDeployment({
        name: "workers",
        spec,
      }),
    ).catch((e: unknown) => e);
    expect(conflictMessage(earlier)).toMatch(/created before this call/);
    const held = await direct().deployments.getDeployment({ name: "workers" });
    expect(held.managed?.spec.github_url).toBe(spec.github_url);
  });
});

test("createDeployment without a name is sent once as it is: the client never makes a name up", async () => {
  const fetch = loseAnswers(api.fetch, "503", isPost("/deployments"));
  await expect(
    run(
      over(fetch).deployments.createDeployment({
        spec: { github_url: "https://github.com/acme/x" },
      } as never),
    ),
  ).rejects.toMatchObject({ status: 503 });
  expect(fetch.sent).toBe(1);
});

test("a 503 the server sent without acting, then a 409 for someone else's id: ConflictError, not their result", async () => {
  // The case where the first attempt provably did nothing: the retry's 409 is all someone else's.
  await direct().workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    execution_id: "taken",
    input: { theirs: true },
    wait_for_result: true,
  });
  const call = direct().workflows.executeWorkflow(
    {
      workflow_identifier: "support-workflow",
      execution_id: "taken",
      input: { mine: true },
      wait_for_result: true,
    },
    { headers: { "x-mock-fault": "status=503; retry-after=0; times=1" } },
  );
  const error = await run(call).catch((e: unknown) => e);
  expect(conflictMessage(error)).toMatch(/execution_id "taken" is already taken.*another input/);
  const executes = api.requests.filter((r) => r.operation === "workflows.executeWorkflow");
  expect(executes.map((r) => r.status)).toEqual([200, 503, 409]);
});

test("when the execution's input cannot be read back (events gone), it is not claimed", async () => {
  const lost = loseAnswers(api.fetch, "reset", isPost("/execute"));
  const fetch: typeof globalThis.fetch = async (input, init) =>
    String(input).includes("/events/list")
      ? new Response(JSON.stringify({ detail: "gone" }), {
          status: 404,
          headers: { "content-type": "application/json" },
        })
      : lost(input, init);
  const error = await run(
    over(fetch).workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      execution_id: "mine",
      input: {},
    }),
  ).catch((e: unknown) => e);
  expect(conflictMessage(error)).toMatch(/input could not be read back/);
});
