/**
 * Type-level tests, checked by `tsc --noEmit` (this folder is in the package's tsconfig): items are
 * typed from the spec, parameters from the operation, and misuse fails to compile on the exact line.
 * At run time nothing is sent: every listing here is created and never awaited.
 */
import { createClient, type components } from "@mistral-workflows/client";
import { describe, expectTypeOf, test } from "vitest";
import {
  paginate,
  paginateWith,
  type PaginationSpec,
  type ListItem,
  type ListOperation,
  type ListPage,
  type ListPath,
  type Page,
  type PagePromise,
} from "../src/index.js";

type Schemas = components["schemas"];
const client = createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });

describe("items are typed from the spec", () => {
  test("each list operation's item type is its schema", () => {
    expectTypeOf<ListItem<"schedules.getSchedules">>().toEqualTypeOf<Schemas["ScheduleDefinitionOutput"]>();
    expectTypeOf<ListItem<"workflows.getWorkflowRegistrations">>().toEqualTypeOf<
      Schemas["WorkflowRegistration"]
    >();
    expectTypeOf<ListItem<"events.getWorkflowEvents">>().toEqualTypeOf<Schemas["WorkflowEvent"]>();
    expectTypeOf<ListItem<"executions.getWorkflowExecutionLogs">>().toEqualTypeOf<
      Schemas["ExecutionLogRecord"]
    >();
    expectTypeOf<ListItem<"deployments.listDeployments">>().toEqualTypeOf<Schemas["DeploymentResponse"]>();
    expectTypeOf<ListItem<"deployments.listDeploymentWorkers">>().toEqualTypeOf<
      Schemas["DeploymentWorkerResponse"]
    >();
    expectTypeOf<ListItem<"deployments.getDeploymentLogs">>().toEqualTypeOf<Schemas["DeploymentLogRecord"]>();
    expectTypeOf<ListItem<"runs.listRuns">>().toEqualTypeOf<
      Schemas["WorkflowExecutionWithoutResultResponse"]
    >();
    expectTypeOf<ListItem<"workflows.getWorkflows">>().toEqualTypeOf<Schemas["WorkflowBasicDefinition"]>();
  });

  test("a path names the same operation as its SDK name", () => {
    expectTypeOf<ListItem<"/v1/workflows/schedules">>().toEqualTypeOf<ListItem<"schedules.getSchedules">>();
    expectTypeOf<ListPath>().toEqualTypeOf<
      | "/v1/workflows/registrations"
      | "/v1/workflows/schedules"
      | "/v1/workflows/executions/{execution_id}/logs"
      | "/v1/workflows/events/list"
      | "/v1/workflows"
      | "/v1/workflows/deployments"
      | "/v1/workflows/deployments/{name}/workers"
      | "/v1/workflows/deployments/{name}/logs"
      | "/v1/workflows/runs"
    >();
    expectTypeOf<ListOperation>().toEqualTypeOf<
      | "workflows.getWorkflowRegistrations"
      | "schedules.getSchedules"
      | "executions.getWorkflowExecutionLogs"
      | "events.getWorkflowEvents"
      | "workflows.getWorkflows"
      | "deployments.listDeployments"
      | "deployments.listDeploymentWorkers"
      | "deployments.getDeploymentLogs"
      | "runs.listRuns"
    >();
  });

  test("for await, pages, await and toArray all carry the item type", () => {
    const list = paginate(client, "schedules.getSchedules", { page_size: 10 }); // lazy: nothing is sent
    type List = typeof list;
    type Schedule = Schemas["ScheduleDefinitionOutput"];
    expectTypeOf<List>().toEqualTypeOf<PagePromise<Schedule, Schemas["WorkflowScheduleListResponse"]>>();
    expectTypeOf<ReturnType<List[typeof Symbol.asyncIterator]>>().toEqualTypeOf<
      AsyncIterableIterator<Schedule>
    >();
    expectTypeOf<ReturnType<List["pages"]>>().toEqualTypeOf<
      AsyncGenerator<ListPage<"schedules.getSchedules">, void, undefined>
    >();
    expectTypeOf<ReturnType<List["toArray"]>>().toEqualTypeOf<Promise<Schedule[]>>();
    expectTypeOf<Awaited<List>>().toEqualTypeOf<ListPage<"schedules.getSchedules">>();
    expectTypeOf<ListPage<"schedules.getSchedules">["items"]>().toEqualTypeOf<Schedule[]>();
    expectTypeOf<ListPage<"schedules.getSchedules">["nextCursor"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ListPage<"schedules.getSchedules">["body"]["next_page_token"]>().toEqualTypeOf<
      string | null | undefined
    >();
    expectTypeOf<Page<number>["items"]>().toEqualTypeOf<number[]>();

    const events = paginate(client, "/v1/workflows/events/list");
    expectTypeOf<ReturnType<(typeof events)["toArray"]>>().toEqualTypeOf<
      Promise<Schemas["WorkflowEvent"][]>
    >();
  });
});

describe("parameters are typed from the operation", () => {
  test("filters and the page size under their wire names", () => {
    paginate(client, "schedules.getSchedules", { page_size: 5, status: "paused", workflow_name: "w" });
    paginate(client, "workflows.getWorkflowRegistrations", { limit: 5, active_only: true });
    paginate(client, "executions.getWorkflowExecutionLogs", {
      execution_id: "e",
      after: "2026-01-01T00:00:00Z",
      order: "desc",
    });
    paginate(client, "schedules.getSchedules");
  });

  test("misuse does not compile", () => {
    // Type-checked only: some of these calls would throw InvalidArgumentError at run time.
    const misuse = () => {
      // @ts-expect-error: the cursor goes in the `cursor` option, not in params
      paginate(client, "schedules.getSchedules", { next_page_token: "t" });
      // @ts-expect-error: `cursor` is not a parameter of registrations' params either
      paginate(client, "workflows.getWorkflowRegistrations", { cursor: "c" });
      // @ts-expect-error: `status` is active|paused
      paginate(client, "schedules.getSchedules", { status: "running" });
      // @ts-expect-error: the logs need their execution_id
      paginate(client, "executions.getWorkflowExecutionLogs");
      // @ts-expect-error: order is asc|desc
      paginate(client, "executions.getWorkflowExecutionLogs", { execution_id: "e", order: "newest" });
      // @ts-expect-error: getSchedule does not page
      paginate(client, "schedules.getSchedule");
      // @ts-expect-error: a saved cursor is a string; a null nextCursor means there is nothing to resume
      paginate(client, "schedules.getSchedules", {}, { cursor: null });
      // @ts-expect-error: items are schedules, not strings
      expectTypeOf<ListItem<"schedules.getSchedules">>().toEqualTypeOf<string>();
    };
    expectTypeOf(misuse).toBeFunction();
  });
});

describe("paginateWith takes its item type from the fetcher and the items key", () => {
  test("a literal items key picks the field; a plain string gives unknown", () => {
    const fetchPage = async () => ({ things: [{ n: 1 }], next: null as string | null });
    const literal = { items: "things", cursorParam: "after", nextCursor: "next" } as const;
    const loose: PaginationSpec = literal;
    expectTypeOf<
      ReturnType<typeof paginateWith<Awaited<ReturnType<typeof fetchPage>>, "things">>
    >().toEqualTypeOf<PagePromise<{ n: number }, { things: { n: number }[]; next: string | null }>>();
    const typed = paginateWith({ operation: "t", pagination: literal, fetchPage });
    const untyped = paginateWith({ operation: "t", pagination: loose, fetchPage });
    expectTypeOf<ReturnType<(typeof typed)["toArray"]>>().toEqualTypeOf<Promise<{ n: number }[]>>();
    expectTypeOf<ReturnType<(typeof untyped)["toArray"]>>().toEqualTypeOf<Promise<unknown[]>>();
  });
});
