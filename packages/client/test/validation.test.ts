/**
 * Bad input fails at the call with an InvalidArgumentError naming the parameter: nothing is sent,
 * nothing retried, and a bad API key never appears in the message.
 */
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { createClient, InvalidArgumentError, type WorkflowsClient } from "../src/index.js";

function counting() {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  };
  return { calls, client: createClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9", fetch }) };
}

const circular: Record<string, unknown> = {};
circular.self = circular;
const nullProto = Object.assign(Object.create(null) as object, { a: 1 });

type Case = [string, { call: (c: WorkflowsClient) => Promise<unknown>; argument: string }];
const cases: Case[] = [
  [
    "a path parameter that is an object",
    { call: (c) => c.schedules.getSchedule({ schedule_id: {} as never }), argument: "schedule_id" },
  ],
  [
    "a path parameter that is null",
    { call: (c) => c.schedules.getSchedule({ schedule_id: null as never }), argument: "schedule_id" },
  ],
  [
    "a path parameter that is a Symbol",
    { call: (c) => c.schedules.getSchedule({ schedule_id: Symbol("s") as never }), argument: "schedule_id" },
  ],
  [
    "a path parameter with a null prototype",
    { call: (c) => c.schedules.getSchedule({ schedule_id: nullProto as never }), argument: "schedule_id" },
  ],
  [
    "a path parameter that is empty",
    { call: (c) => c.schedules.getSchedule({ schedule_id: "" }), argument: "schedule_id" },
  ],
  [
    "a query parameter that is an object where an integer is wanted",
    { call: (c) => c.schedules.getSchedules({ page_size: { a: 1 } as never }), argument: "page_size" },
  ],
  [
    "a query parameter that is a string where an integer is wanted",
    { call: (c) => c.schedules.getSchedules({ page_size: "10" as never }), argument: "page_size" },
  ],
  [
    "a BigInt in the body",
    {
      call: (c) => c.workflows.executeWorkflow({ workflow_identifier: "w", input: { n: 1n } as never }),
      argument: "input",
    },
  ],
  [
    "a circular body",
    {
      call: (c) => c.workflows.executeWorkflow({ workflow_identifier: "w", input: circular }),
      argument: "input",
    },
  ],
  [
    "a body field the operation does not have",
    {
      call: (c) => c.workflows.executeWorkflow({ workflow_identifier: "w", inputs: {} } as never),
      argument: "inputs",
    },
  ],
  [
    "CRLF in a header parameter",
    {
      call: (c) =>
        c.executions.streamWorkflowExecutionLogs({ execution_id: "e", "Last-Event-ID": "1\r\nX-Evil: 1" }),
      argument: "Last-Event-ID",
    },
  ],
  [
    "CRLF in a per-call header",
    { call: (c) => c.schedules.getSchedules({}, { headers: { "x-trace": "a\r\nb" } }), argument: "x-trace" },
  ],
  [
    "an invalid per-call header name",
    { call: (c) => c.schedules.getSchedules({}, { headers: { "bad name": "x" } }), argument: "bad name" },
  ],
  [
    "a per-call timeoutMs of -1",
    { call: (c) => c.schedules.getSchedules({}, { timeoutMs: -1 }), argument: "timeoutMs" },
  ],
  [
    "a per-call timeoutMs that is a string",
    { call: (c) => c.schedules.getSchedules({}, { timeoutMs: "abc" as never }), argument: "timeoutMs" },
  ],
  [
    "a per-call maxRetries of 1.5",
    { call: (c) => c.schedules.getSchedules({}, { maxRetries: 1.5 }), argument: "maxRetries" },
  ],
  [
    "a signal that is not an AbortSignal",
    { call: (c) => c.schedules.getSchedules({}, { signal: {} as never }), argument: "signal" },
  ],
  [
    "parameters that are not an object",
    { call: (c) => c.schedules.getSchedules("x" as never), argument: "input" },
  ],
  [
    "a path-client path parameter that is an object",
    {
      call: (c) =>
        c.GET("/v1/workflows/schedules/{schedule_id}", { params: { path: { schedule_id: {} as never } } }),
      argument: "schedule_id",
    },
  ],
];

describe.each(cases)("%s", (_name, { call, argument }) => {
  test("is refused at the call, naming the parameter, with nothing sent", async () => {
    const { calls, client } = counting();
    const error = await call(client).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect((error as Error).message).toContain(argument);
    expect(calls).toEqual([]);
  });
});

test("parameters in a null-prototype object are accepted", async () => {
  const { calls, client } = counting();
  await client.schedules.getSchedule(
    Object.assign(Object.create(null) as object, { schedule_id: "s1" }) as never,
  );
  expect(calls).toEqual(["http://127.0.0.1:9/v1/workflows/schedules/s1"]);
});

describe("createClient", () => {
  const KEY = "sk-secret-4242";
  test.each([
    ["a line break", `${KEY}\n`],
    ["a NUL", `${KEY}\0`],
    ["a CR in the middle", `sk-se\rcret-4242`],
    ["a character above U+00FF", `${KEY}✓`],
  ])("refuses an API key with %s, without echoing the key", (_name, apiKey) => {
    let error: unknown;
    try {
      createClient({ apiKey, baseUrl: "http://127.0.0.1:9" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe("apiKey");
    for (const text of [String(error), (error as Error).stack ?? "", inspect(error, { showHidden: true })]) {
      expect(text).not.toContain("sk-se");
      expect(text).not.toContain("4242");
    }
  });

  test.each([
    ["baseUrl without a scheme", { baseUrl: "api.mistral.ai" }, "baseUrl"],
    ["baseUrl with another scheme", { baseUrl: "ftp://api.mistral.ai" }, "baseUrl"],
    ["timeoutMs of -1", { timeoutMs: -1 }, "timeoutMs"],
    ["timeoutMs that is a string", { timeoutMs: "abc" as never }, "timeoutMs"],
    ["a header with CRLF", { headers: { "x-a": "1\r\n2" } }, "x-a"],
    ["a logger without debug()", { logger: {} as never }, "logger"],
  ])("refuses %s", (_name, options, argument) => {
    expect(() => createClient({ apiKey: "k", ...options })).toThrow(
      expect.objectContaining({ name: "InvalidArgumentError", argument }),
    );
  });
});

describe("page sizes are bounded as the API documents them", () => {
  // The public API's bounds: 1–100 for deployments, their workers and logs and execution logs;
  // 1–1000 for workflows, registrations, events, runs and schedules.
  const out = [1e9, 1e21, 1e308, -1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY];
  test.each(out)("listDeployments({ limit: %s }) is refused before anything is sent", async (limit) => {
    const { calls, client } = counting();
    const error = await client.deployments.listDeployments({ limit }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe("limit");
    if (Number.isInteger(limit)) expect((error as Error).message).toContain("from 1 to 100");
    expect(calls).toEqual([]);
  });

  test.each([
    ["deployments.listDeployments", "limit", 100, {}],
    ["deployments.listDeploymentWorkers", "limit", 100, { name: "d" }],
    ["deployments.getDeploymentLogs", "limit", 100, { name: "d" }],
    ["executions.getWorkflowExecutionLogs", "limit", 100, { execution_id: "e" }],
    ["workflows.getWorkflows", "limit", 1000, {}],
    ["workflows.getWorkflowRegistrations", "limit", 1000, {}],
    ["events.getWorkflowEvents", "limit", 1000, {}],
    ["runs.listRuns", "page_size", 1000, {}],
    ["schedules.getSchedules", "page_size", 1000, {}],
  ] as const)("%s: %s accepts 1 to %i and refuses one more", async (operation, param, max, path) => {
    const { calls, client } = counting();
    const [group, name] = operation.split(".") as [string, string];
    const method = (client as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
      group
    ]![name]!;
    await method({ ...path, [param]: max });
    await method({ ...path, [param]: 1 });
    expect(calls).toHaveLength(2);
    const error = await method({ ...path, [param]: max + 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain(`"${param}" must be from 1 to ${max}, got ${max + 1}`);
    expect(calls).toHaveLength(2);
  });
});

test("createClient({ apiKey: 123 }) says the key must be a string, without echoing it", () => {
  let error: unknown;
  try {
    createClient({ apiKey: 8675309 as never, baseUrl: "http://127.0.0.1:9" });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect((error as InvalidArgumentError).argument).toBe("apiKey");
  expect((error as Error).message).toMatch(/apiKey must be a string/);
  expect((error as Error).message).not.toMatch(/line break|8675309/);
});
