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

/** A time window over log records: `a` is the inclusive start, `b` the exclusive end (ISO 8601). */
export interface LogWindow {
  a: string | null;
  b: string | null;
}

/** Whether a record's `timestamp` falls inside `window`. */
export function inWindow(window: LogWindow): (record: { timestamp: string }) => boolean {
  const after = window.a ? Date.parse(window.a) : null;
  const before = window.b ? Date.parse(window.b) : null;
  return (record) => {
    const t = Date.parse(record.timestamp);
    return (after === null || t >= after) && (before === null || t < before);
  };
}

/**
 * Where a log stream starts: after the record a resume cursor (`Last-Event-ID` header, else the
 * `last_event_id` query parameter) names, or from the first record at or after `after`. Resuming
 * overrides `after`. A cursor of another listing is refused with 422, naming where it came from.
 */
export function logStreamStart(
  scope: string,
  resume: { header: unknown; query: unknown },
  after: string | null | undefined,
): { from: number; window: LogWindow } {
  const token = resume.header ?? resume.query ?? null;
  if (token === null || token === undefined || token === "")
    return { from: 0, window: { a: after ?? null, b: null } };
  const cursor = decodeCursor<LogCursor>(scope, String(token));
  if (!cursor)
    throw invalid(
      resume.header != null ? ["header", "Last-Event-ID"] : ["query", "last_event_id"],
      "Invalid cursor",
      token,
    );
  return { from: cursor.p + 1, window: { a: null, b: null } };
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
  filter: (window: LogWindow) => (record: R) => boolean,
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
