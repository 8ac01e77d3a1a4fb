/**
 * Type-level tests: `pnpm typecheck` (tsc over src and test) fails if a `@ts-expect-error` below stops
 * being an error, so a misspelt parameter or a wrong body field must keep failing to compile.
 */
import { expectTypeOf, test } from "vitest";
import { createClient, type components } from "../src/index.js";

type Schemas = components["schemas"];
const client = createClient({ apiKey: "k", fetch: async () => new Response("{}") });

test("named methods take the spec's parameters and resolve to its response bodies", () => {
  expectTypeOf(client.schedules.getSchedule).parameter(0).toEqualTypeOf<{ schedule_id: string }>();
  expectTypeOf(client.schedules.getSchedule).returns.resolves.toEqualTypeOf<
    Schemas["ScheduleDefinitionOutput"]
  >();
  expectTypeOf(client.schedules.scheduleWorkflow).returns.resolves.toEqualTypeOf<
    Schemas["WorkflowScheduleResponse"]
  >();
  expectTypeOf(client.executions.getWorkflowExecution).returns.resolves.toEqualTypeOf<
    Schemas["WorkflowExecutionResponse"]
  >();
  // 204 operations resolve to nothing; SSE operations to the raw Response.
  expectTypeOf(client.schedules.unscheduleWorkflow).returns.resolves.toBeVoid();
  expectTypeOf(client.executions.stream).returns.resolves.toEqualTypeOf<Response>();
  // Parameters keep their wire names; optional-only inputs may be left out.
  expectTypeOf(client.schedules.getSchedules)
    .parameter(0)
    .toMatchTypeOf<{ page_size?: number | null; next_page_token?: string | null } | undefined>();
});

// Never called: these lines exist for the compiler.
export function mustNotCompile() {
  // @ts-expect-error: misspelt path parameter
  void client.schedules.getSchedule({ schedul_id: "s" });
  // @ts-expect-error: missing required path parameter
  void client.schedules.getSchedule({});
  // @ts-expect-error: page_size is an integer, not a string
  void client.schedules.getSchedules({ page_size: "10" });
  // @ts-expect-error: misspelt query parameter
  void client.schedules.getSchedules({ page_sise: 10 });
  // @ts-expect-error: misspelt body field
  void client.executions.signalWorkflowExecution({ execution_id: "e", nme: "approve" });
  // @ts-expect-error: misspelt field of a nested body object
  void client.schedules.scheduleWorkflow({ schedule: { input: 1, cron_expresions: ["* * * * *"] } });
  // @ts-expect-error: wrong type of a body field
  void client.executions.batchCancelWorkflowExecutions({ execution_ids: "e1" });
  // @ts-expect-error: unknown path in the raw client
  void client.GET("/v1/workflows/schedulez");
}
