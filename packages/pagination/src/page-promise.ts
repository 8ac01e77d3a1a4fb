/**
 * What a list call returns: a promise of the first page that is also async-iterable over every item,
 * after openai-node's `PagePromise` (`src/core/pagination.ts`), except that it is lazy: no request goes
 * out until it is awaited or iterated.
 */
import { InvalidArgumentError } from "@mistral-workflows/client";
import { startTrail } from "./internal/cursor-trail.js";
import { fetchPageAt, iterateItems, pagesFrom, type ListContext, type Page } from "./page.js";

/**
 * A lazy listing. `await` it for the first page; `for await` it for every item; `.pages()` for every
 * page (with the cursor to resume from); `.toArray(max)` to collect.
 *
 * It settles once, like a promise: the first page is requested at most once, however many times it is
 * awaited or iterated (the following pages are requested again by each iteration). Call `paginate()`
 * again for a fresh listing.
 */
export interface PagePromise<Item, Body = unknown>
  extends PromiseLike<Page<Item, Body>>, AsyncIterable<Item> {
  /** Requests the first page (once) and settles with it. */
  then<A = Page<Item, Body>, B = never>(
    onfulfilled?: ((page: Page<Item, Body>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B>;
  /** `then(undefined, onrejected)`. */
  catch<B = never>(
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<Page<Item, Body> | B>;
  /** `Promise.prototype.finally` on the first page. */
  finally(onfinally?: (() => void) | null): Promise<Page<Item, Body>>;
  /**
   * Every page, one request each, fetched as you go. With `maxItems`, stops after the page that
   * reaches it; pages are never cut, so a saved `nextCursor` never skips an item.
   */
  pages(): AsyncGenerator<Page<Item, Body>, void, undefined>;
  /**
   * Every item, up to `maxItems`. Breaking out of the loop sends no further request.
   * An error (the client's typed error, or `PaginationError`) is thrown after the items of every page
   * before the failing one.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<Item>;
  /**
   * Collects the items into an array: at most `max` of them (and at most `maxItems`), requesting no
   * page beyond the one that reaches the cap. `max` is required so that memory stays bounded on
   * purpose; pass `Infinity` to collect everything.
   */
  toArray(max: number): Promise<Item[]>;
}

/** Checks a count option: a whole number ≥ 0, or `Infinity`. */
export function checkCount(name: string, value: unknown): number {
  if (value === Infinity || (typeof value === "number" && Number.isInteger(value) && value >= 0))
    return value;
  throw new InvalidArgumentError(
    `${name} must be a whole number ≥ 0 or Infinity, got ${String(value)}.`,
    name,
  );
}

/** Makes the lazy listing that starts at `start` (`null`: the first page) and yields up to `maxItems` items. */
export function createPagePromise<Item, Body>(
  ctx: ListContext<Body>,
  start: string | null,
  maxItems: number,
): PagePromise<Item, Body> {
  let first: Promise<Page<Item, Body>> | undefined;
  const firstPage = () => (first ??= fetchPageAt<Item, Body>(ctx, start, startTrail(start)));

  const pages = (limit: number) => pagesFrom(firstPage, limit);

  const signal = ctx.request.signal;
  return {
    then: (onfulfilled, onrejected) => firstPage().then(onfulfilled, onrejected),
    catch: (onrejected) => firstPage().catch(onrejected),
    finally: (onfinally) => firstPage().finally(onfinally),
    pages: () => pages(maxItems),
    [Symbol.asyncIterator]: () => iterateItems(pages(maxItems), maxItems, signal),
    async toArray(max) {
      const cap = Math.min(checkCount("max", max), maxItems);
      const out: Item[] = [];
      for await (const page of pages(cap)) {
        for (const item of page.items) {
          if (out.length >= cap) break;
          out.push(item);
        }
      }
      return out;
    },
  };
}
