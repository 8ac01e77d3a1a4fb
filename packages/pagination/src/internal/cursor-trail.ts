/**
 * Detects a cursor the server has already sent in this listing, at its first repeat: every cursor of
 * the listing is remembered (one string per page fetched), so no page, and no item, is ever yielded
 * twice. The set is shared along a listing and copied only when a listing branches (the next page is
 * asked for twice from the same page), so walking a listing costs O(1) per page.
 */

/** The detector's state after a page. */
export interface CursorTrail {
  /** The cursors of this listing, in order (possibly followed by those of a later branch). */
  readonly seen: Set<string>;
  /** How many of `seen`'s first entries belong to this page's listing. */
  readonly size: number;
}

/** The trail of a listing that starts at `cursor` (`null`: the first page). */
export function startTrail(cursor: string | null): CursorTrail {
  const seen = new Set<string>(cursor === null ? [] : [cursor]);
  return { seen, size: seen.size };
}

/**
 * The trail after following `next` from the page fetched with `current`, or `null` when `next` repeats
 * a cursor of this listing.
 */
export function followCursor(trail: CursorTrail, current: string | null, next: string): CursorTrail | null {
  let seen = trail.seen;
  if (seen.size !== trail.size) {
    // Another page was already fetched from this one: start a branch with this listing's cursors only.
    seen = new Set<string>();
    for (const cursor of trail.seen) {
      if (seen.size === trail.size) break;
      seen.add(cursor);
    }
  }
  if (next === current || seen.has(next)) return null;
  seen.add(next);
  return { seen, size: seen.size };
}
