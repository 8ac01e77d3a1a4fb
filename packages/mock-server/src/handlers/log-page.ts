/**
 * One page of a log listing (execution logs, deployment logs): records in `asc` or `desc` order inside
 * an `after`/`before` time window, with a cursor that carries the window and the order of the first
 * page, so later pages ask for nothing else.
 */
import { decodeCursor, encodeCursor } from "./cursor.js";
import { invalid } from "./errors.js";

/** What a log cursor holds. */
export interface LogCursor extends Record<string, unknown> {
  /** Index of the last record delivered. */
  p: number;
  o: "asc" | "desc";
  /** The window's `after` and `before`, as the first page asked for them. */
  a: string | null;
  b: string | null;
}

/** The query parameters a log listing pages by. */
export interface LogPageQuery {
  cursor?: string | null;
  order?: "asc" | "desc" | null;
  after?: string | null;
  before?: string | null;
  limit?: number | null;
}

/**
 * Pages `logs` for `query`: `scope` names the listing in its cursors (a cursor of another listing is
 * refused with 422), `filter` turns the time window into the records' filter.
 */
export function logPage<R>(
  logs: readonly R[],
  scope: string,
  query: LogPageQuery,
  filter: (window: { a: string | null; b: string | null }) => (record: R) => boolean,
): { results: R[]; next_cursor: string | null } {
  let cursor: LogCursor | null = null;
  if (query.cursor) {
    cursor = decodeCursor<LogCursor>(scope, query.cursor);
    if (!cursor) throw invalid(["query", "cursor"], "Invalid cursor", query.cursor);
  }
  const order = cursor?.o ?? query.order ?? "asc";
  const window = cursor ? { a: cursor.a, b: cursor.b } : { a: query.after ?? null, b: query.before ?? null };
  const limit = Math.min(Math.max(1, query.limit ?? 50), 1000);
  const keep = filter(window);
  const picked: number[] = [];
  let more = false;
  const step = order === "asc" ? 1 : -1;
  for (
    let i = cursor ? cursor.p + step : order === "asc" ? 0 : logs.length - 1;
    i >= 0 && i < logs.length;
    i += step
  ) {
    if (!keep(logs[i]!)) continue;
    if (picked.length === limit) {
      more = true;
      break;
    }
    picked.push(i);
  }
  const last = picked[picked.length - 1];
  return {
    results: picked.map((i) => logs[i]!),
    next_cursor:
      more && last !== undefined
        ? encodeCursor(scope, { p: last, o: order, a: window.a, b: window.b } satisfies LogCursor)
        : null,
  };
}
