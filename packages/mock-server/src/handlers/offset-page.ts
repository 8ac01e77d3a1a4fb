/** One page of a list paged by offset: the cursor holds where the next page starts. */
import { decodeCursor, encodeCursor } from "./cursor.js";
import { invalid } from "./errors.js";

/** How the list's page token is named on the wire, and how a bad one is reported. */
export interface TokenParam {
  /** The query parameter carrying the token (`cursor`, `next_page_token`). */
  name: string;
  /** The 422 message for a token that is not one of this list's. */
  message: string;
}

const CURSOR: TokenParam = { name: "cursor", message: "Invalid cursor" };

/**
 * The page of `items` starting where `token` (a cursor of kind `kind`) says, or at the start; `limit`
 * is clamped to 1–1000. `next` is the next page's cursor, `null` on the last page. A token that is not
 * a cursor of this kind is a 422 on `param`.
 */
export function offsetPage<T>(
  kind: string,
  items: T[],
  token: string | null | undefined,
  limit: number,
  param: TokenParam = CURSOR,
): { items: T[]; next: string | null } {
  let start = 0;
  if (token) {
    const c = decodeCursor<{ o: number }>(kind, token);
    if (!c || typeof c.o !== "number") throw invalid(["query", param.name], param.message, token);
    start = c.o;
  }
  const end = start + Math.min(Math.max(1, limit), 1000);
  return { items: items.slice(start, end), next: end < items.length ? encodeCursor(kind, { o: end }) : null };
}
