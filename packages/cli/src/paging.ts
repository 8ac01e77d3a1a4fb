/**
 * `--limit N` / `--all` for every list command: the listing is paged lazily, asking for no page past
 * the one that reaches the limit, and a note on stderr says when there is more.
 */
import type { Command } from "commander";
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
  hasNextPage(): boolean;
}

/**
 * Yields the items of `pages` up to `limit`, then stops asking for pages; `state.more` tells whether
 * the listing had more than was shown.
 */
export async function* takeItems<T>(
  pages: AsyncIterable<PageLike<T>>,
  limit: number,
  state: { more: boolean },
): AsyncGenerator<T> {
  let shown = 0;
  for await (const page of pages) {
    for (const item of page.items) {
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
