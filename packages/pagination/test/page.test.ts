/**
 * The item iterator and page chain, with an in-memory page fetcher injected (no server): what a caller
 * driving the iterator by hand can observe.
 */
import { APIUserAbortError, InternalServerError } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { paginateWith, type PaginationSpec } from "../src/index.js";

const pagination = {
  items: "items",
  cursorParam: "cursor",
  nextCursor: "next",
  pageSizeParam: "limit",
} as const satisfies PaginationSpec;

/** A listing of `total` numbers in pages of `limit`; records each request's cursor; fails on page `failOn`. */
function numbers(total: number, failOn = -1) {
  const requested: (string | null)[] = [];
  const fetchPage = async (params: Record<string, unknown>) => {
    const at = params.cursor === undefined ? 0 : Number(params.cursor);
    const page = at / Number(params.limit);
    requested.push((params.cursor as string | undefined) ?? null);
    if (page === failOn) throw new InternalServerError(500, { detail: "boom" }, new Headers());
    const end = Math.min(at + Number(params.limit), total);
    return {
      items: Array.from({ length: end - at }, (_, i) => at + i),
      next: end < total ? String(end) : null,
    };
  };
  return { fetchPage, requested };
}

test("next() called many times without awaiting yields every item once, in order", async () => {
  const { fetchPage } = numbers(25);
  const it = paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 })[Symbol.asyncIterator]();
  const results = await Promise.all(Array.from({ length: 27 }, () => it.next()));
  expect(results.filter((r) => !r.done).map((r) => r.value)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  expect(results.slice(25).every((r) => r.done)).toBe(true);
});

test("after an error the iterator is done, like a generator", async () => {
  const { fetchPage } = numbers(100, 1);
  const it = paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 })[Symbol.asyncIterator]();
  for (let i = 0; i < 10; i++) expect((await it.next()).value).toBe(i);
  await expect(it.next()).rejects.toBeInstanceOf(InternalServerError);
  expect(await it.next()).toEqual({ value: undefined, done: true });
});

test("a limit on a page boundary requests no page after it", async () => {
  const { fetchPage, requested } = numbers(100);
  const seen: number[] = [];
  for await (const n of paginateWith(
    { operation: "n", pagination, fetchPage },
    { limit: 10 },
    { maxItems: 20 },
  ))
    seen.push(n);
  expect(seen).toHaveLength(20);
  expect(requested).toEqual([null, "10"]);
});

test("return() ends iteration and requests nothing more", async () => {
  const { fetchPage, requested } = numbers(100);
  const it = paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 })[Symbol.asyncIterator]();
  await it.next();
  expect(await it.return!()).toEqual({ value: undefined, done: true });
  expect(await it.next()).toEqual({ value: undefined, done: true });
  expect(requested).toEqual([null]);
});

test("an abort while items of the current page remain rejects the next call and ends the iterator", async () => {
  const { fetchPage } = numbers(100);
  const controller = new AbortController();
  const it = paginateWith(
    { operation: "n", pagination, fetchPage },
    { limit: 10 },
    { signal: controller.signal },
  )[Symbol.asyncIterator]();
  await it.next();
  controller.abort();
  await expect(it.next()).rejects.toBeInstanceOf(APIUserAbortError);
  expect(await it.next()).toEqual({ value: undefined, done: true });
});

test("a page's own iterators start from that page", async () => {
  const { fetchPage, requested } = numbers(30);
  const first = await paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 });
  const third = await (await first.getNextPage()).getNextPage();
  expect(third.items[0]).toBe(20);
  expect(third.hasNextPage()).toBe(false);
  const fromThird: number[] = [];
  for await (const n of third) fromThird.push(n);
  expect(fromThird).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  expect(requested).toEqual([null, "10", "20"]);
});

test("the listing is promise-like: catch and finally act on the first page", async () => {
  const { fetchPage } = numbers(100, 0);
  const list = paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 });
  let settled = false;
  expect(await list.catch((e: unknown) => (e as InternalServerError).status)).toBe(500);
  await expect(list.finally(() => (settled = true))).rejects.toBeInstanceOf(InternalServerError);
  expect(settled).toBe(true);
});

test("the item iterator is its own async iterable", async () => {
  const { fetchPage } = numbers(3);
  const it = paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 })[Symbol.asyncIterator]();
  expect(it[Symbol.asyncIterator]()).toBe(it);
  const all: number[] = [];
  for await (const n of it) all.push(n);
  expect(all).toEqual([0, 1, 2]);
});

test("calls queued behind a failing page see the end, as with a generator", async () => {
  const { fetchPage } = numbers(100, 0);
  const it = paginateWith({ operation: "n", pagination, fetchPage }, { limit: 10 })[Symbol.asyncIterator]();
  const [first, second] = await Promise.allSettled([it.next(), it.next()]);
  expect(first).toMatchObject({ status: "rejected", reason: expect.any(InternalServerError) });
  expect(second).toEqual({ status: "fulfilled", value: { value: undefined, done: true } });
});
