/**
 * Type-level tests, checked by `tsc --noEmit` (this folder is in the package's tsconfig): payload types
 * declared once flow to every call without type arguments, and misuse fails to compile on the exact
 * line (`@ts-expect-error` fails the check if the line compiles). At run time nothing is sent: every
 * call lives in a function that is never called.
 */
import { createClient, type components } from "@mistral-workflows/client";
import type { Stream, WorkflowStreamEvent } from "@mistral-workflows/streaming";
import { describe, expectTypeOf, test } from "vitest";
import {
  defineQuery,
  defineSignal,
  defineUpdate,
  defineWorkflow,
  executeAndWait,
  getExecutionHandle,
  startExecution,
  createSchedule,
  getScheduleHandle,
  type ExecutionHandle,
  type ScheduleHandle,
  type InputOf,
  type OutputOf,
  type TraceOtel,
  type TraceSummary,
} from "../src/index.js";

interface Ticket {
  ticket_id: string;
  priority?: "low" | "normal" | "high";
}
interface Outcome {
  status: "resolved" | "escalated";
  answer: string;
}
const client = createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
const support = defineWorkflow<Ticket, Outcome>("support-workflow");
const approve = defineSignal<{ approved: boolean; comment?: string }>("approve");
const getStatus = defineQuery<{ verbose?: boolean }, { stage: string; progress: number }>("get_status");
const setPriority = defineUpdate<{ priority: "low" | "normal" | "high" }, { previous: string }>(
  "set_priority",
);

describe("inference needs no type arguments at the call site", () => {
  test("startExecution and getExecutionHandle type the handle from the definition", () => {
    // Never called: the calls would send requests.
    function check() {
      expectTypeOf(startExecution(client, support, { ticket_id: "T-1" })).toEqualTypeOf<
        Promise<ExecutionHandle<Outcome>>
      >();
      expectTypeOf(getExecutionHandle(client, "e-1", support)).toEqualTypeOf<ExecutionHandle<Outcome>>();
      expectTypeOf(executeAndWait(client, support, { ticket_id: "T-1" })).toEqualTypeOf<Promise<Outcome>>();
    }
    expectTypeOf(check).toBeFunction();
  });

  test("result(), query() and update() resolve to the declared types", () => {
    // Never called: the calls would send requests.
    function check() {
      const handle = getExecutionHandle(client, "e-1", support);
      expectTypeOf(handle.result()).toEqualTypeOf<Promise<Outcome>>();
      expectTypeOf(handle.query(getStatus, {})).toEqualTypeOf<Promise<{ stage: string; progress: number }>>();
      expectTypeOf(handle.update(setPriority, { priority: "high" })).toEqualTypeOf<
        Promise<{ previous: string }>
      >();
      expectTypeOf(handle.signal(approve, { approved: true })).toEqualTypeOf<Promise<void>>();
      expectTypeOf(handle.events()).toEqualTypeOf<Stream<WorkflowStreamEvent>>();
    }
    expectTypeOf(check).toBeFunction();
  });

  test("trace() picks its result type from the format", () => {
    // Never called: the calls would send requests.
    function check() {
      const handle = getExecutionHandle(client, "e-1");
      expectTypeOf(handle.trace()).toEqualTypeOf<Promise<TraceSummary>>();
      expectTypeOf(handle.trace({ format: "otel" })).toEqualTypeOf<Promise<TraceOtel>>();
      expectTypeOf<TraceSummary>().toEqualTypeOf<
        components["schemas"]["WorkflowExecutionTraceSummaryResponse"]
      >();
    }
    expectTypeOf(check).toBeFunction();
  });

  test("definitions carry their payload types", () => {
    expectTypeOf<InputOf<typeof support>>().toEqualTypeOf<Ticket>();
    expectTypeOf<OutputOf<typeof support>>().toEqualTypeOf<Outcome>();
    expectTypeOf<InputOf<typeof approve>>().toEqualTypeOf<{ approved: boolean; comment?: string }>();
  });

  test("a plain string leaves the payloads unknown, and the input optional", () => {
    // Never called: the calls would send requests.
    function check() {
      expectTypeOf(getExecutionHandle(client, "e-1")).toEqualTypeOf<ExecutionHandle<unknown>>();
      expectTypeOf(startExecution(client, "support-workflow")).toEqualTypeOf<
        Promise<ExecutionHandle<unknown>>
      >();
      const handle = getExecutionHandle(client, "e-1");
      expectTypeOf(handle.query("get_status")).toEqualTypeOf<Promise<unknown>>();
    }
    expectTypeOf(check).toBeFunction();
  });
});

describe("schedules carry the workflow's types", () => {
  test("createSchedule and getScheduleHandle type the input and the executions' results", () => {
    // Never called: the calls would send requests.
    function check() {
      const weekly = { cron_expressions: ["0 9 * * 1"] };
      expectTypeOf(createSchedule(client, support, { ticket_id: "T-1" }, weekly)).toEqualTypeOf<
        Promise<ScheduleHandle<Ticket, Outcome>>
      >();
      const schedule = getScheduleHandle(client, "s-1", support);
      expectTypeOf(schedule.recentExecutions()).toEqualTypeOf<Promise<ExecutionHandle<Outcome>[]>>();
      expectTypeOf(schedule.nextRuns(3)).toEqualTypeOf<Promise<Date[]>>();
      async function misuse() {
        // @ts-expect-error: ticket_id must be a string
        await createSchedule(client, support, { ticket_id: 1 }, weekly);
        // @ts-expect-error: the new input must be a Ticket
        await schedule.update({ input: { ticket: "T-2" } });
        // @ts-expect-error: cron_expressions is a list of strings
        await schedule.update({ cron_expressions: "0 9 * * 1" });
      }
      expectTypeOf(misuse).toBeFunction();
    }
    expectTypeOf(check).toBeFunction();
  });
});

describe("misuse fails to compile", () => {
  test("a wrong or missing workflow input", () => {
    async function misuse() {
      // @ts-expect-error: ticket_id must be a string
      await startExecution(client, support, { ticket_id: 42 });
      // @ts-expect-error: the input lacks ticket_id
      await startExecution(client, support, { priority: "high" });
      // @ts-expect-error: the input is required
      await startExecution(client, support);
      // @ts-expect-error: not a priority of the input type
      await executeAndWait(client, support, { ticket_id: "T-1", priority: "urgent" });
    }
    expectTypeOf(misuse).toBeFunction();
  });

  test("a wrong signal, query or update payload", () => {
    async function misuse(handle: ExecutionHandle<Outcome>) {
      // @ts-expect-error: approved must be a boolean
      await handle.signal(approve, { approved: "yes" });
      // @ts-expect-error: the payload is required
      await handle.signal(approve);
      // @ts-expect-error: verbose must be a boolean
      await handle.query(getStatus, { verbose: 1 });
      // @ts-expect-error: not a priority
      await handle.update(setPriority, { priority: "urgent" });
    }
    expectTypeOf(misuse).toBeFunction();
  });

  test("a definition of the wrong kind", () => {
    async function misuse(handle: ExecutionHandle<Outcome>) {
      // @ts-expect-error: a query is not a signal
      await handle.signal(getStatus, {});
      // @ts-expect-error: a signal is not a workflow
      await startExecution(client, approve, { approved: true });
    }
    expectTypeOf(misuse).toBeFunction();
  });

  test("reading a field the output type lacks", () => {
    async function misuse(handle: ExecutionHandle<Outcome>) {
      const outcome = await handle.result();
      // @ts-expect-error: Outcome has no `score`
      outcome.score;
      const status = await handle.query(getStatus, {});
      // @ts-expect-error: the query's result has no `eta`
      status.eta;
      const done = await executeAndWait(client, support, { ticket_id: "T-1" });
      // @ts-expect-error: not a status of Outcome
      if (done.status === "closed") return;
    }
    expectTypeOf(misuse).toBeFunction();
  });
});
