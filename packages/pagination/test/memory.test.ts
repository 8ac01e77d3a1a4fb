/**
 * Memory stays O(page size): a page keeps no link to the pages before it, so while iterating, the pages
 * already handled can be collected. Checked with WeakRefs and a forced full GC.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { paginateWith, type PaginationSpec } from "../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const pagination = {
  items: "items",
  cursorParam: "cursor",
  nextCursor: "next",
  pageSizeParam: "limit",
} as const satisfies PaginationSpec;
const PAGES = 200;

test(`iterating ${PAGES} pages of 1 000 items keeps only the current ones alive`, async () => {
  const fetchPage = async (params: Record<string, unknown>) => {
    const at = Number(params.cursor ?? 0);
    return {
      items: Array.from({ length: 1_000 }, (_, i) => ({ n: at * 1_000 + i })),
      next: at + 1 < PAGES ? String(at + 1) : null,
    };
  };
  const refs: WeakRef<object>[] = [];
  let alive = Infinity;
  let index = 0;
  for await (const page of paginateWith({ operation: "mem", pagination, fetchPage }).pages()) {
    refs.push(new WeakRef(page.items));
    if (++index === PAGES - 1) {
      await new Promise((resolve) => setImmediate(resolve)); // let WeakRef targets of earlier jobs go
      gc();
      // The first page stays cached on the listing (it is what `await` gives), and the current one is in use.
      alive = refs.slice(1, -1).filter((r) => r.deref() !== undefined).length;
    }
  }
  expect(index).toBe(PAGES);
  expect(alive).toBeLessThanOrEqual(1);
});
