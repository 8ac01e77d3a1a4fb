/**
 * Detects a cursor the server has already sent in this listing, in O(1) memory, with Brent's cycle
 * detection (R. P. Brent, "An improved Monte Carlo factorization algorithm", BIT 20, 1980): a saved
 * cursor is replaced at every power-of-two step, so a cycle of any length is caught within about twice
 * its length, and an immediate repeat (a server echoing the cursor it was sent) before any request.
 * A set of every cursor seen would catch cycles sooner but grow with the number of pages.
 */

/** The detector's state after a page; immutable, so each page carries its own. */
export interface CursorTrail {
  /** The cursor every later one is compared with. */
  readonly saved: string | null;
  /** Steps between two replacements of `saved`. */
  readonly power: number;
  /** Steps since `saved` was last replaced. */
  readonly steps: number;
}

/** The trail of a listing that starts at `cursor` (`null`: the first page). */
export function startTrail(cursor: string | null): CursorTrail {
  return { saved: cursor, power: 1, steps: 0 };
}

/**
 * The trail after following `next` from the page fetched with `current`, or `null` when `next` repeats
 * a cursor of this listing.
 */
export function followCursor(trail: CursorTrail, current: string | null, next: string): CursorTrail | null {
  if (next === current || next === trail.saved) return null;
  const steps = trail.steps + 1;
  return steps === trail.power
    ? { saved: next, power: trail.power * 2, steps: 0 }
    : { saved: trail.saved, power: trail.power, steps };
}
