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
)("a cycle of %i after a tail of %i is flagged within a bounded number of steps", (cycle, tail) => {
  // tail t0..t(tail-1), then c0..c(cycle-1) repeating.
  const seq = Array.from({ length: tail + 10 * (cycle + tail) + 10 }, (_, i) =>
    i < tail ? `t${i}` : `c${(i - tail) % cycle}`,
  );
  const at = firstFlagged(seq);
  expect(at).toBeGreaterThanOrEqual(tail + cycle); // the first repeated cursor is the earliest possible catch
  expect(at).toBeLessThanOrEqual(2 * (tail + cycle) + cycle); // Brent's bound: O(tail + cycle) steps
});
