/**
 * A list operation that is not in the generated table, described by a hand-made `x-pagination` row:
 * the same machinery pages it with no code of its own, as it will any list operation added to the spec.
 */
import { WorkflowsError, createClient, toAPIError, type RequestOptions } from "@mistral-workflows/client";
import { afterAll, beforeAll, expect, test } from "vitest";
import { paginateWith, type PaginationSpec } from "../src/index.js";
import { startListServer, type ListServer } from "./helpers/list-server.js";

const pagination = {
  items: "things",
  cursorParam: "after",
  nextCursor: "next",
  pageSizeParam: "per_page",
  firstPageOnly: ["sort"],
} as const satisfies PaginationSpec;

interface Thing {
  n: number;
}
interface ThingPage {
  things: Thing[];
  next?: string | null;
}

let server: ListServer;
beforeAll(async () => {
  server = await startListServer({
    routes: [{ operation: "things.listThings", path: "/v1/things/{bucket}", pagination }],
    maxRequests: 1_000,
  });
});
afterAll(() => server.close());

/** A page fetcher over plain fetch, throwing the client's typed errors. */
async function fetchThings(params: Record<string, unknown>, options: RequestOptions): Promise<ThingPage> {
  const { bucket, ...query } = params;
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${server.url}/v1/things/${bucket}?${qs}`, { signal: options.signal });
  const body = await response.json();
  if (!response.ok) throw toAPIError(response, body);
  return body as ThingPage;
}

test("a hand-made row pages 4 000 items over 80 pages, items typed from the fetcher", async () => {
  server.serve("things.listThings", { total: 4_000 });
  const list = paginateWith(
    { operation: "things.listThings", pagination, fetchPage: fetchThings },
    {
      bucket: "b1",
      per_page: 50,
      sort: "n",
    },
  );
  let sum = 0;
  let count = 0;
  for await (const thing of list) {
    sum += thing.n; // `thing` is a Thing: no cast needed
    count++;
  }
  expect(count).toBe(4_000);
  expect(sum).toBe((3_999 * 4_000) / 2);
  const sent = server.requestsTo("things.listThings");
  expect(sent).toHaveLength(80);
  expect(sent[0]!.query.get("sort")).toBe("n");
  expect(sent.slice(1).some((r) => r.query.has("sort"))).toBe(false);
});

test("page-by-page with getNextPage and iterPages", async () => {
  server.serve("things.listThings", { total: 25 });
  const first = await paginateWith(
    { operation: "things.listThings", pagination, fetchPage: fetchThings },
    {
      bucket: "b1",
      per_page: 10,
    },
  );
  const second = await first.getNextPage();
  expect(second.cursor).toBe(first.nextCursor);
  expect(second.items.map((t) => t.n)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  const rest = [];
  for await (const page of second.iterPages()) rest.push(page.items.length);
  expect(rest).toEqual([10, 5]);
  const fromSecond = [];
  for await (const thing of second) fromSecond.push(thing.n);
  expect(fromSecond).toHaveLength(15);
});

test("the named methods of a real client can be driven the same way", async () => {
  server.serve("things.listThings", { total: 3 });
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  const list = paginateWith(
    {
      operation: "things.listThings",
      pagination,
      fetchPage: async (params) => {
        const { data, error, response } = await client.request(
          "get",
          `/v1/things/${params.bucket}` as never,
          {
            params: { query: { per_page: params.per_page, after: params.after } },
          } as never,
        );
        if (!response.ok) throw toAPIError(response, error);
        return data as unknown as ThingPage;
      },
    },
    { bucket: "b2", per_page: 2 },
  );
  expect((await list.toArray(10)).map((t) => t.n)).toEqual([0, 1, 2]);
});

test("a failing fetcher's error comes through unchanged", async () => {
  const failure = new WorkflowsError("custom");
  const list = paginateWith({ operation: "x", pagination, fetchPage: () => Promise.reject(failure) });
  await expect(list.toArray(1)).rejects.toBe(failure);
});
