/**
 * `--limit N` / `--all` for every list command: the listing is paged lazily, asking for no page past
 * the one that reaches the limit, and a note on stderr says when there is more.
 */
import type { Command } from "commander";
import { UnexpectedResponseError } from "./errors.js";
import { parseCount } from "./input.js";

/** Items a list shows without `--limit` or `--all`. */
export const DEFAULT_LIMIT = 20;

/** The paging options as commander parses them. */
export interface PagingOptions {
  limit?: number;
  all?: boolean;
}

/** Adds `--limit <n>` and `--all` to a command. */
export function withPaging(command: Command): Command {
  return command
    .option("--limit <n>", `show at most n items (default ${DEFAULT_LIMIT})`, (v: string) =>
      parseCount(v, "--limit"),
    )
    .option("--all", "show every item, fetching page after page");
}

/** How many items to show: `Infinity` with `--all`. */
export function limitOf(options: PagingOptions): number {
  return options.all ? Infinity : (options.limit ?? DEFAULT_LIMIT);
}

/** A page size for the request: the limit, capped at `max`, so a small `--limit` fetches a small page. */
export function pageSizeFor(limit: number, max = 50): number {
  return Math.min(limit, max);
}

/** A page as the pagination package gives it. */
interface PageLike<T> {
  readonly items: T[];
  /** The whole response body. */
  readonly body: unknown;
  hasNextPage(): boolean;
}

/**
 * Checks that a page is what the spec documents: an object whose items field is an array of objects.
 * The pagination package reads a missing items field as an empty page; here it is an
 * {@link UnexpectedResponseError}, so a wrong base URL is not shown as "(none)". (Present, the items
 * array is one of the body's own values; absent, the pager made a fresh empty one.)
 */
export function checkPage<T>(page: PageLike<T>): PageLike<T> {
  const body = page.body;
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new UnexpectedResponseError("the list page", "", "an object");
  if (!Object.values(body).includes(page.items))
    throw new UnexpectedResponseError("the list page", "", "an object with an array of items");
  if (!page.items.every((item) => item !== null && typeof item === "object" && !Array.isArray(item)))
    throw new UnexpectedResponseError("the list page", "items", "a list of objects");
  return page;
}

/**
 * Yields the items of `pages` up to `limit`, then stops asking for pages; `state.more` tells whether
 * the listing had more than was shown. With `keep`, only the items it accepts count and are yielded
 * (a filter the API cannot apply): pages are read until `limit` items matched, and `state.more` then
 * tells whether another might match (a further match on the page, or a further page).
 */
export async function* takeItems<T>(
  pages: AsyncIterable<PageLike<T>>,
  limit: number,
  state: { more: boolean },
  keep: (item: T) => boolean = () => true,
): AsyncGenerator<T> {
  let shown = 0;
  for await (const page of pages) {
    for (const item of checkPage(page).items) {
      if (!keep(item)) continue;
      if (shown >= limit) {
        state.more = true;
        return;
      }
      shown++;
      yield item;
    }
    if (shown >= limit) {
      state.more = page.hasNextPage();
      return;
    }
  }
}
