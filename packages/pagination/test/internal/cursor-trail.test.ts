import { expect, test } from "vitest";
import { followCursor, startTrail, type CursorTrail } from "../../src/internal/cursor-trail.js";

/** Follows `cursors` from a fresh trail; returns the index of the first cursor flagged as repeated, or -1. */
function firstFlagged(cursors: string[], start: string | null = null): number {
  let trail: CursorTrail | null = startTrail(start);
  let current = start;
  for (let i = 0; i < cursors.length; i++) {
    trail = followCursor(trail!, current, cursors[i]!);
    if (trail === null) return i;
    current = cursors[i]!;
  }
  return -1;
}

test("10 000 distinct cursors are never flagged", () => {
  expect(firstFlagged(Array.from({ length: 10_000 }, (_, i) => `c${i}`))).toBe(-1);
});

test("an immediate repeat is flagged at once, including of the starting cursor", () => {
  expect(firstFlagged(["a", "b", "b"])).toBe(2);
  expect(firstFlagged(["s"], "s")).toBe(0);
});

test.each(
  [1, 2, 3, 5, 8, 13, 64, 100].flatMap((cycle) => [0, 1, 7, 50].map((tail) => [cycle, tail] as const)),
)("a cycle of %i after a tail of %i is flagged at its first repeat", (cycle, tail) => {
  // tail t0..t(tail-1), then c0..c(cycle-1) repeating: c0 comes again at index tail + cycle.
  const seq = Array.from({ length: tail + 3 * cycle + 10 }, (_, i) =>
    i < tail ? `t${i}` : `c${(i - tail) % cycle}`,
  );
  expect(firstFlagged(seq)).toBe(tail + cycle);
});

test("a branch (the next page asked for twice from one page) keeps its own cursors", () => {
  const a = followCursor(startTrail(null), null, "a")!;
  const b = followCursor(a, "a", "b")!;
  expect(followCursor(b, "b", "c")).not.toBeNull();
  // From `b` again: "c" belongs to the other branch, not to this one.
  const again = followCursor(b, "b", "c");
  expect(again).not.toBeNull();
  expect(followCursor(again!, "c", "a")).toBeNull();
});
