import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  InternalServerError,
  InvalidArgumentError,
  ValidationError,
  createClient,
  operationTable,
} from "@mistral-workflows/client";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { DEFAULT_PAGE_SIZE, PaginationError, listOperations, paginate } from "../src/index.js";
import { logTime, startListServer, tableRoutes, type ListServer } from "./helpers/list-server.js";

let server: ListServer;
beforeAll(async () => {
  server = await startListServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const newClient = (options: Parameters<typeof createClient>[0] = {}) =>
  createClient({ apiKey: "sk-test", baseUrl: server.url, maxRetries: 0, ...options });

const SCHEDULES = "schedules.getSchedules";
const LOGS = "executions.getWorkflowExecutionLogs";
const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `schedule-${from + i}`);

/** Path parameters every list operation needs, filled with test values. */
function requiredParams(operation: string): Record<string, string> {
  const row = (operationTable as Record<string, { pathParams: readonly string[] }>)[operation]!;
  return Object.fromEntries(row.pathParams.map((p) => [p, `test-${p}`]));
}

test("every list operation of the spec is pageable", () => {
  expect([...listOperations].sort()).toEqual(
    [
      "deployments.getDeploymentLogs",
      "deployments.listDeploymentWorkers",
      "deployments.listDeployments",
      "events.getWorkflowEvents",
      "executions.getWorkflowExecutionLogs",
      "runs.listRuns",
      "schedules.getSchedules",
      "workflows.getWorkflowRegistrations",
      "workflows.getWorkflows",
    ].sort(),
  );
});

describe.each(tableRoutes)("$operation", ({ operation, path, pagination }) => {
  const TOTAL = 2_503;
  const SIZE = 37;

  test(`yields all ${TOTAL} items once, in order, over ${Math.ceil(TOTAL / SIZE)} pages with its own wire names`, async () => {
    server.serve(operation, { total: TOTAL, item: (i) => ({ n: i }) });
    const params = { ...requiredParams(operation), [pagination.pageSizeParam!]: SIZE };
    const seen: number[] = [];
    for await (const item of paginate(newClient(), operation as never, params as never))
      seen.push((item as { n: number }).n);

    expect(seen).toEqual(Array.from({ length: TOTAL }, (_, i) => i));
    const sent = server.requestsTo(operation);
    expect(sent).toHaveLength(Math.ceil(TOTAL / SIZE)); // no extra request after the last page
    expect(sent.every((r) => r.query.get(pagination.pageSizeParam!) === String(SIZE))).toBe(true);
    expect(sent[0]!.query.has(pagination.cursorParam)).toBe(false);
    expect(sent.slice(1).every((r) => r.query.get(pagination.cursorParam))).toBe(true);
    expect(new Set(sent.map((r) => r.path))).toEqual(new Set([path.replace(/\{([^}]+)\}/g, "test-$1")]));
  });

  test("pages expose their items and cursors, and resuming from any saved cursor continues exactly there", async () => {
    server.serve(operation, { total: 1_000, item: (i) => ({ n: i }) });
    const params = { ...requiredParams(operation), [pagination.pageSizeParam!]: 100 };
    const saved: string[] = [];
    let previous: string | null = null;
    for await (const page of paginate(newClient(), operation as never, params as never).pages()) {
      expect(page.cursor).toBe(previous);
      if (page.nextCursor) saved.push(page.nextCursor);
      previous = page.nextCursor;
    }
    expect(saved).toHaveLength(9);
    expect(previous).toBeNull();

    const rest = await paginate(newClient(), operation as never, params as never, {
      cursor: saved[7],
    }).toArray(Infinity);
    expect(rest.map((x) => (x as { n: number }).n)).toEqual(Array.from({ length: 200 }, (_, i) => 800 + i));
  });
});

describe("schedules (page_size + next_page_token)", () => {
  test(`always sends a page size: ${DEFAULT_PAGE_SIZE} when none is given, never the fetch-all mode`, async () => {
    server.serve(SCHEDULES, { total: 120 });
    const all = await paginate(newClient(), SCHEDULES).toArray(Infinity);
    expect(all.map((s) => s.schedule_id)).toEqual(ids(120));
    expect(server.requests.map((r) => r.query.get("page_size"))).toEqual(["50", "50", "50"]);
    expect(server.requests.map((r) => r.query.get("next_page_token") === null)).toEqual([true, false, false]);
  });

  test("takes the list path instead of the SDK name, and passes filters on every page", async () => {
    server.serve(SCHEDULES, { total: 30 });
    const all = await paginate(newClient(), "/v1/workflows/schedules", {
      page_size: 10,
      status: "paused",
    }).toArray(100);
    expect(all).toHaveLength(30);
    expect(server.requests.map((r) => r.query.get("status"))).toEqual(["paused", "paused", "paused"]);
  });

  test("sends the client's auth header on every page", async () => {
    server.serve(SCHEDULES, { total: 5 });
    const seen: string[] = [];
    const client = newClient({
      fetch: (input, init) => {
        seen.push(new Request(input, init).headers.get("authorization") ?? "");
        return fetch(input, init);
      },
    });
    await paginate(client, SCHEDULES, { page_size: 2 }).toArray(Infinity);
    expect(seen).toEqual(["Bearer sk-test", "Bearer sk-test", "Bearer sk-test"]);
  });
});

describe("execution logs (a cursor that carries its window and order)", () => {
  const execution_id = "exec-1";
  const window = { after: logTime(100), before: logTime(1_600), order: "desc" as const };

  test("the first request carries after/before/order, later ones only the cursor; the window and order hold", async () => {
    server.serve(LOGS, { total: 3_000 });
    const logs = await paginate(newClient(), LOGS, {
      execution_id,
      limit: 100,
      run_id: "run-1",
      ...window,
    }).toArray(Infinity);

    // 1 500 logs in [100, 1600), newest first: the cursor kept the window and the order.
    expect(logs).toHaveLength(1_500);
    expect(logs[0]!.body).toBe("log 1599");
    expect(logs.at(-1)!.body).toBe("log 100");
    const sent = server.requestsTo(LOGS);
    expect(sent).toHaveLength(15);
    expect(Object.fromEntries(sent[0]!.query)).toEqual({ limit: "100", run_id: "run-1", ...window });
    for (const r of sent.slice(1)) {
      expect([...r.query.keys()].sort()).toEqual(["cursor", "limit", "run_id"]);
    }
  });

  test("resuming from a saved cursor sends no first-page-only parameter either", async () => {
    server.serve(LOGS, { total: 3_000 });
    const first = await paginate(newClient(), LOGS, { execution_id, limit: 100, ...window });
    expect(first.items[0]!.body).toBe("log 1599");
    server.requests.length = 0;

    const rest = await paginate(
      newClient(),
      LOGS,
      { execution_id, limit: 100, ...window },
      {
        cursor: first.nextCursor!,
      },
    ).toArray(Infinity);
    expect(rest.map((l) => l.body)).toEqual(Array.from({ length: 1_400 }, (_, i) => `log ${1_499 - i}`));
    expect(
      server.requests.every((r) => !r.query.has("after") && !r.query.has("before") && !r.query.has("order")),
    ).toBe(true);
  });
});

describe("laziness", () => {
  test("nothing is sent until the listing is awaited or iterated", async () => {
    server.serve(SCHEDULES, { total: 10 });
    const list = paginate(newClient(), SCHEDULES, { page_size: 5 });
    const pages = list.pages();
    list[Symbol.asyncIterator]();
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests).toHaveLength(0);
    await pages.next();
    expect(server.requests).toHaveLength(1);
  });

  test("await gives the first page alone; iterating afterwards does not fetch it again", async () => {
    server.serve(SCHEDULES, { total: 10 });
    const list = paginate(newClient(), SCHEDULES, { page_size: 4 });
    const page = await list;
    expect(page.items.map((s) => s.schedule_id)).toEqual(ids(4));
    expect(page.cursor).toBeNull();
    expect(page.hasNextPage()).toBe(true);
    expect(page.body.next_page_token).toBe(page.nextCursor);
    expect(server.requests).toHaveLength(1);

    const all: string[] = [];
    for await (const s of list) all.push(s.schedule_id);
    expect(all).toEqual(ids(10));
    expect(server.requests).toHaveLength(3);
  });

  test("breaking out of the loop sends no further request", async () => {
    server.serve(SCHEDULES, { total: 1_000 });
    for await (const s of paginate(newClient(), SCHEDULES, { page_size: 10 }))
      if (s.schedule_id === "schedule-12") break;
    expect(server.requests).toHaveLength(2);
  });
});

describe("where a listing ends", () => {
  test.each([
    ["null", (b: Record<string, unknown>) => ({ ...b, next_page_token: null })],
    ["absent", ({ next_page_token: _, ...b }: Record<string, unknown>) => b],
    ["empty", (b: Record<string, unknown>) => ({ ...b, next_page_token: "" })],
  ])("a %s next cursor ends it after that page", async (_name, edit) => {
    server.serve(SCHEDULES, {
      total: 100,
      intercept: ({ request, body }) => (request === 1 ? { status: 200, body: edit(body) } : undefined),
    });
    const all = await paginate(newClient(), SCHEDULES, { page_size: 10 }).toArray(Infinity);
    expect(all.map((s) => s.schedule_id)).toEqual(ids(20));
    expect(server.requests).toHaveLength(2);
  });

  test("an empty page ends it even when it carries a next cursor", async () => {
    server.serve(SCHEDULES, {
      total: 100,
      intercept: ({ request, body }) =>
        request === 2 ? { status: 200, body: { ...body, schedules: [] } } : undefined,
    });
    const pages = [];
    for await (const page of paginate(newClient(), SCHEDULES, { page_size: 10 }).pages()) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 0]);
    expect(pages[2]!.nextCursor).not.toBeNull();
    expect(pages[2]!.hasNextPage()).toBe(false);
    expect(server.requests).toHaveLength(3);
  });

  test("an empty listing yields nothing after one request", async () => {
    server.serve(SCHEDULES, { total: 0 });
    const page = await paginate(newClient(), SCHEDULES);
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
    await expect(page.getNextPage()).rejects.toThrow(/no next page/);
    expect(await paginate(newClient(), SCHEDULES).toArray(Infinity)).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });
});

describe("a repeated cursor", () => {
  test("a server echoing the cursor it was sent stops with PaginationError after that page's items", async () => {
    server.serve(SCHEDULES, {
      total: 100,
      // Page 3 answers with the cursor it was requested with.
      intercept: ({ request, query, body }) =>
        request === 2
          ? { status: 200, body: { ...body, next_page_token: query.get("next_page_token") } }
          : undefined,
    });
    const seen: string[] = [];
    const error = await (async () => {
      try {
        for await (const s of paginate(newClient(), SCHEDULES, { page_size: 10 })) seen.push(s.schedule_id);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name: "PaginationError", type: "repeated-cursor", operation: SCHEDULES });
    expect((error as PaginationError).cursor).toBe(server.requests[2]!.query.get("next_page_token"));
    expect(seen).toEqual(ids(30));
    expect(server.requests).toHaveLength(3); // the echoed cursor is never requested again
  });

  test("a longer cycle is caught at its first repeat: no item is yielded twice", async () => {
    // Pages 0..4 then back to the cursor of page 2, forever.
    let cursorOfPage2: string | null = null;
    server.serve(SCHEDULES, {
      total: 1_000,
      intercept: ({ request, query, body }) => {
        if (request === 2) cursorOfPage2 = query.get("next_page_token");
        return request >= 4 ? { status: 200, body: { ...body, next_page_token: cursorOfPage2 } } : undefined;
      },
    });
    const seen: string[] = [];
    const listing = (async () => {
      for await (const s of paginate(newClient(), SCHEDULES, { page_size: 10 })) seen.push(s.schedule_id);
    })();
    await expect(listing).rejects.toMatchObject({ type: "repeated-cursor" });
    expect(server.requests).toHaveLength(5); // pages 0..4; page 4 points back to page 2
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(ids(50));
  });
});

describe("an error on page N", () => {
  test("surfaces as the client's typed error after the items of pages 1..N-1; resuming yields no item twice", async () => {
    let failing = true;
    server.serve(SCHEDULES, {
      total: 1_000,
      intercept: ({ request }) =>
        failing && request === 4 ? { status: 500, body: { detail: "boom" } } : undefined,
    });
    const handled: string[] = [];
    let saved: string | undefined;
    const run = async (cursor?: string) => {
      for await (const page of paginate(newClient(), SCHEDULES, { page_size: 50 }, { cursor }).pages()) {
        handled.push(...page.items.map((s) => s.schedule_id));
        if (page.nextCursor) saved = page.nextCursor; // save after handling the page
      }
    };

    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, body: { detail: "boom" } });
    expect(handled).toEqual(ids(200));

    failing = false;
    await run(saved);
    expect(handled).toEqual(ids(1_000)); // every item once, in order
  });

  test("retries come from the client: a 503 on a page is retried and iteration goes on", async () => {
    server.serve(SCHEDULES, {
      total: 60,
      intercept: ({ request }) =>
        request === 1
          ? { status: 503, body: { detail: "busy" }, headers: { "retry-after-ms": "1" } }
          : undefined,
    });
    const retries: number[] = [];
    const client = newClient({ maxRetries: 2, onRetry: ({ attempt }) => retries.push(attempt) });
    const all = await paginate(client, SCHEDULES, { page_size: 20 }).toArray(Infinity);
    expect(all.map((s) => s.schedule_id)).toEqual(ids(60));
    expect(retries).toEqual([1]);
    expect(server.requests).toHaveLength(4);
  });

  test("timeouts come from the client, and per-listing request options reach every page", async () => {
    server.serve(SCHEDULES, {
      total: 60,
      intercept: ({ request }) => (request === 1 ? { status: 200, body: {}, delayMs: 1_000 } : undefined),
    });
    const list = paginate(
      newClient({ maxRetries: 3 }),
      SCHEDULES,
      { page_size: 20 },
      { timeoutMs: 50, maxRetries: 0 },
    );
    await expect(list.toArray(Infinity)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(2);
  });

  test("a 422 keeps its class and detail", async () => {
    server.serve(SCHEDULES, {
      total: 10,
      intercept: () => ({
        status: 422,
        body: { detail: [{ loc: ["query", "page_size"], msg: "too big", type: "x" }] },
      }),
    });
    const error = await paginate(newClient(), SCHEDULES, { page_size: 10 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).detail[0]!.msg).toBe("too big");
  });

  test.each([
    ["items that are not an array", { schedules: "nope", next_page_token: null }],
    ["a next cursor that is not a string", { schedules: [{ schedule_id: "a" }], next_page_token: 42 }],
  ])("%s stop with PaginationError invalid-page", async (_name, body) => {
    server.serve(SCHEDULES, { total: 1, intercept: () => ({ status: 200, body }) });
    await expect(paginate(newClient(), SCHEDULES).toArray(Infinity)).rejects.toMatchObject({
      name: "PaginationError",
      type: "invalid-page",
      cursor: null,
    });
  });
});

describe("abort", () => {
  test("aborting between items stops at the next item with APIUserAbortError and sends nothing more", async () => {
    server.serve(SCHEDULES, { total: 100 });
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const s of paginate(
        newClient(),
        SCHEDULES,
        { page_size: 10 },
        { signal: controller.signal },
      )) {
        seen.push(s.schedule_id);
        if (seen.length === 15) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual(ids(15));
    expect(server.requests).toHaveLength(2);
  });

  test("aborting during a page request rejects at once", async () => {
    server.serve(SCHEDULES, {
      total: 100,
      intercept: ({ request }) => (request === 1 ? { status: 200, body: {}, delayMs: 5_000 } : undefined),
    });
    const controller = new AbortController();
    const list = paginate(newClient(), SCHEDULES, { page_size: 10 }, { signal: controller.signal });
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    await expect(list.toArray(Infinity)).rejects.toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("an already-aborted signal sends no request", async () => {
    server.serve(SCHEDULES, { total: 10 });
    const list = paginate(newClient(), SCHEDULES, {}, { signal: AbortSignal.abort() });
    await expect(list).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("limits", () => {
  test("maxItems yields exactly that many items and requests no page past them", async () => {
    server.serve(SCHEDULES, { total: 1_000 });
    const seen: string[] = [];
    for await (const s of paginate(newClient(), SCHEDULES, { page_size: 10 }, { maxItems: 25 }))
      seen.push(s.schedule_id);
    expect(seen).toEqual(ids(25));
    expect(server.requests).toHaveLength(3);
  });

  test("with maxItems, page iteration stops after the page that reaches it and never cuts a page", async () => {
    server.serve(SCHEDULES, { total: 1_000 });
    const sizes = [];
    for await (const page of paginate(newClient(), SCHEDULES, { page_size: 10 }, { maxItems: 25 }).pages())
      sizes.push(page.items.length);
    expect(sizes).toEqual([10, 10, 10]);
  });

  test("maxItems 0 sends nothing", async () => {
    server.serve(SCHEDULES, { total: 10 });
    const list = paginate(newClient(), SCHEDULES, {}, { maxItems: 0 });
    expect(await list.toArray(Infinity)).toEqual([]);
    for await (const _ of list.pages()) expect.unreachable();
    expect(server.requests).toHaveLength(0);
  });

  test("toArray(max) collects at most max items, requesting only the pages it needs", async () => {
    server.serve(SCHEDULES, { total: 1_000 });
    const some = await paginate(newClient(), SCHEDULES, { page_size: 100 }).toArray(150);
    expect(some.map((s) => s.schedule_id)).toEqual(ids(150));
    expect(server.requests).toHaveLength(2);
    expect(
      await paginate(newClient(), SCHEDULES, { page_size: 100 }, { maxItems: 7 }).toArray(150),
    ).toHaveLength(7);
  });
});

describe("arguments are checked before anything is sent", () => {
  test.each([
    [
      "a cursor in params",
      () => paginate(newClient(), SCHEDULES, { next_page_token: "x" } as never),
      "next_page_token",
    ],
    ["a null cursor", () => paginate(newClient(), SCHEDULES, {}, { cursor: null as never }), "cursor"],
    ["an empty cursor", () => paginate(newClient(), SCHEDULES, {}, { cursor: "" }), "cursor"],
    ["a negative maxItems", () => paginate(newClient(), SCHEDULES, {}, { maxItems: -1 }), "maxItems"],
    ["a fractional maxItems", () => paginate(newClient(), SCHEDULES, {}, { maxItems: 1.5 }), "maxItems"],
    [
      "an operation that does not page",
      () => paginate(newClient(), "schedules.getSchedule" as never),
      "operation",
    ],
    ["an unknown path", () => paginate(newClient(), "/v1/nope" as never), "operation"],
    ["a client without the method", () => paginate({} as never, SCHEDULES), "client"],
  ])("%s", (_name, call, argument) => {
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(expect.objectContaining({ argument }));
    expect(server.requests).toHaveLength(0);
  });

  test("toArray() without a sound max rejects", async () => {
    await expect(paginate(newClient(), SCHEDULES).toArray(-5)).rejects.toMatchObject({ argument: "max" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("page sizes outside the documented range are refused at the call", () => {
  const table = operationTable as unknown as Record<
    string,
    {
      pagination: { pageSizeParam?: string };
      paramBounds?: Record<string, { minimum?: number; maximum?: number }>;
    }
  >;
  test.each(listOperations.flatMap((op) => [1e9, 1e21, 1e308, -1, 0, 2.5].map((v) => [op, v] as const)))(
    "%s with a page size of %s",
    (operation, size) => {
      const param = table[operation]!.pagination.pageSizeParam!;
      expect(table[operation]!.paramBounds?.[param]).toEqual({
        minimum: 1,
        maximum: operation.startsWith("deployments.") || operation.includes("Logs") ? 100 : 1000,
      });
      let error: unknown;
      try {
        paginate(newClient(), operation as never, { ...requiredParams(operation), [param]: size } as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(param);
      expect(server.requests).toHaveLength(0);
    },
  );
});
