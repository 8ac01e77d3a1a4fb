import { describe, expect, test } from "vitest";
import { DEFAULT_PAGE_SIZE, type PaginationSpec } from "../src/index.js";
import { strategyFor } from "../src/strategy.js";

const token: PaginationSpec = {
  items: "schedules",
  cursorParam: "next_page_token",
  nextCursor: "next_page_token",
  pageSizeParam: "page_size",
};
const windowed: PaginationSpec = {
  items: "results",
  cursorParam: "cursor",
  nextCursor: "next_cursor",
  pageSizeParam: "limit",
  firstPageOnly: ["after", "before", "order"],
};
const noSize: PaginationSpec = { items: "data", cursorParam: "after", nextCursor: "last_id" };

describe("request", () => {
  test.each<
    [
      string,
      {
        spec: PaginationSpec;
        params: Record<string, unknown>;
        cursor: string | null;
        want: Record<string, unknown>;
      },
    ]
  >([
    [
      "first page, default page size",
      {
        spec: token,
        params: { status: "paused" },
        cursor: null,
        want: { status: "paused", page_size: DEFAULT_PAGE_SIZE },
      },
    ],
    [
      "first page, caller's page size",
      { spec: token, params: { page_size: 7 }, cursor: null, want: { page_size: 7 } },
    ],
    [
      "a null page size is replaced",
      { spec: token, params: { page_size: null }, cursor: null, want: { page_size: DEFAULT_PAGE_SIZE } },
    ],
    [
      "next page adds the cursor",
      { spec: token, params: { page_size: 7 }, cursor: "t1", want: { page_size: 7, next_page_token: "t1" } },
    ],
    [
      "windowed, first page keeps the window",
      {
        spec: windowed,
        params: { execution_id: "e", after: "a", order: "desc" },
        cursor: null,
        want: { execution_id: "e", after: "a", order: "desc", limit: DEFAULT_PAGE_SIZE },
      },
    ],
    [
      "windowed, next page drops it",
      {
        spec: windowed,
        params: { execution_id: "e", after: "a", before: "b", order: "desc", limit: 3 },
        cursor: "c1",
        want: { execution_id: "e", limit: 3, cursor: "c1" },
      },
    ],
    ["no page-size parameter: none is sent", { spec: noSize, params: {}, cursor: "x", want: { after: "x" } }],
  ])("%s", (_name, { spec, params, cursor, want }) => {
    const before = structuredClone(params);
    expect(strategyFor(spec).request(params, cursor)).toEqual(want);
    expect(params).toEqual(before); // the caller's object is never changed
  });
});

describe("reading a page", () => {
  const s = strategyFor(token);
  test.each<[string, unknown, unknown[], string | null]>([
    ["items and a token", { schedules: [1, 2], next_page_token: "t" }, [1, 2], "t"],
    ["a null token", { schedules: [1], next_page_token: null }, [1], null],
    ["an absent token", { schedules: [1] }, [1], null],
    ["an empty token", { schedules: [1], next_page_token: "" }, [1], null],
    ["absent items", { next_page_token: null }, [], null],
    ["null items", { schedules: null }, [], null],
    ["a body that is not an object", "oops", [], null],
  ])("%s", (_name, body, items, next) => {
    expect(s.items(body, "op", null)).toEqual(items);
    expect(s.nextCursor(body, "op", null)).toBe(next);
  });

  test.each([
    ["items", () => s.items({ schedules: {} }, "op", "c")],
    ["next cursor", () => s.nextCursor({ next_page_token: 1 }, "op", "c")],
  ])("a malformed %s throws invalid-page", (_name, read) => {
    expect(read).toThrow(
      expect.objectContaining({
        name: "PaginationError",
        type: "invalid-page",
        operation: "op",
        cursor: "c",
      }),
    );
  });
});
