/**
 * One small strategy per wire style, built from a list operation's `x-pagination` metadata (the
 * `pagination` field of its row in the client's generated `operationTable`), so a list operation added
 * to the spec pages with no code here.
 *
 * - {@link tokenStrategy}: an opaque string handed back as is, whatever its name: schedules'
 *   `page_size` + `next_page_token`, and the `limit` + `cursor` → `next_cursor` of registrations and events.
 * - {@link windowedCursorStrategy}: a cursor that carries the query it continues (execution and deployment logs: the
 *   time window and the order), so the parameters listed in `first-page-only` go out on the first
 *   request only.
 */
import { PaginationError } from "./errors.js";

/** The `x-pagination` extension of a list operation, as the generated operation table carries it. */
export interface PaginationSpec {
  /** Response property holding the page's items, e.g. `"schedules"`. */
  readonly items: string;
  /** Query parameter that carries the cursor, e.g. `"next_page_token"`. */
  readonly cursorParam: string;
  /** Response property holding the next cursor; `null`, absent or `""` means there is no next page. */
  readonly nextCursor: string;
  /** Query parameter that sets the page size, e.g. `"limit"`. */
  readonly pageSizeParam?: string;
  /** Parameters sent on the first request only; later requests carry just the cursor in their place. */
  readonly firstPageOnly?: readonly string[];
}

/** Query, path and header parameters of one page request, under their wire names. */
export type PageParams = Record<string, unknown>;

/**
 * Page size sent when the caller gives none and the operation has a page-size parameter. Schedules
 * need one: without `page_size` the API returns every schedule at once, a deprecated mode.
 * It is the server's own default for registrations.
 */
export const DEFAULT_PAGE_SIZE = 50;

/** How one wire style builds a page request and reads a page. */
export interface PageStrategy {
  /**
   * The parameters of the request for the page at `cursor` (`null`: the first page of a fresh listing).
   * `params` are the caller's, without any cursor.
   */
  request(params: PageParams, cursor: string | null): PageParams;
  /** The page's items; an absent or `null` field reads as an empty page. Throws `"invalid-page"` otherwise. */
  items(body: unknown, operation: string, cursor: string | null): unknown[];
  /** The next page's cursor, `null` when this page is the last (`null`, absent or `""`). */
  nextCursor(body: unknown, operation: string, cursor: string | null): string | null;
}

function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
}

/**
 * Page-token and plain-cursor style: the next request is the first one plus the cursor. The page size
 * is always sent ({@link DEFAULT_PAGE_SIZE} unless the caller set it).
 */
export function tokenStrategy(spec: PaginationSpec): PageStrategy {
  const { items, cursorParam, nextCursor, pageSizeParam } = spec;
  return {
    request(params, cursor) {
      // Copied key by key: measured, an object spread here cost a quarter of a page's own work.
      const out: PageParams = {};
      for (const key in params) out[key] = params[key];
      if (pageSizeParam !== undefined && out[pageSizeParam] == null) out[pageSizeParam] = DEFAULT_PAGE_SIZE;
      if (cursor !== null) out[cursorParam] = cursor;
      return out;
    },
    items(body, operation, cursor) {
      const value = field(body, items);
      if (value == null) return [];
      if (!Array.isArray(value))
        throw new PaginationError(
          `${operation}: the page's "${items}" is not an array.`,
          "invalid-page",
          operation,
          cursor,
        );
      return value;
    },
    nextCursor(body, operation, cursor) {
      const value = field(body, nextCursor);
      if (value == null || value === "") return null;
      if (typeof value !== "string")
        throw new PaginationError(
          `${operation}: the page's "${nextCursor}" is not a string.`,
          "invalid-page",
          operation,
          cursor,
        );
      return value;
    },
  };
}

/**
 * Windowed-cursor style (execution and deployment logs): the cursor encodes the window and order of the listing it
 * continues, so the `first-page-only` parameters are dropped from every request that carries a cursor,
 * including the first request of a listing resumed from a saved cursor.
 */
export function windowedCursorStrategy(spec: PaginationSpec): PageStrategy {
  const base = tokenStrategy(spec);
  const firstOnly = spec.firstPageOnly ?? [];
  return {
    ...base,
    request(params, cursor) {
      if (cursor === null) return base.request(params, null);
      const rest: PageParams = {};
      for (const key in params) if (!firstOnly.includes(key)) rest[key] = params[key];
      return base.request(rest, cursor);
    },
  };
}

/** The strategy for an operation's `x-pagination` metadata. */
export function strategyFor(spec: PaginationSpec): PageStrategy {
  return spec.firstPageOnly?.length ? windowedCursorStrategy(spec) : tokenStrategy(spec);
}
