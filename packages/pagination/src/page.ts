/**
 * A page of a listing, after openai-node's `AbstractPage` (`src/core/pagination.ts`): it knows its items
 * and how to ask for the next page; page and item iteration are generic over the wire style. A page
 * holds no link to the pages before it, so iterating keeps one page in memory at a time.
 */
import { APIUserAbortError, WorkflowsError, type RequestOptions } from "@mistral-workflows/client";
import { PaginationError } from "./errors.js";
import { followCursor, type CursorTrail } from "./internal/cursor-trail.js";
import type { PageParams, PageStrategy } from "./strategy.js";

/**
 * Fetches one page: given the request's parameters under their wire names, resolves to the parsed
 * response body and rejects with the client's typed errors. A named method of the client
 * (`client.schedules.getSchedules`) is one, and brings its retries and timeouts.
 */
export type PageFetcher<Body> = (params: PageParams, options: RequestOptions) => Promise<Body>;

/** Everything the pages of one listing share. */
export interface ListContext<Body> {
  /** SDK name of the operation, for error messages, e.g. `"schedules.getSchedules"`. */
  readonly operation: string;
  readonly fetchPage: PageFetcher<Body>;
  readonly strategy: PageStrategy;
  /** The caller's parameters, without any cursor. */
  readonly params: PageParams;
  /** Per-request options passed to every page request (signal, timeout, retries, headers). */
  readonly request: RequestOptions;
}

/**
 * One page of a listing. Save `nextCursor` once you have handled `items`, and pass it as the `cursor`
 * option of `paginate()` to resume after this page, in this process or another.
 */
export interface Page<Item, Body = unknown> extends AsyncIterable<Item> {
  /** The page's items, in the server's order. May be empty (the last page of a listing can be). */
  readonly items: Item[];
  /** The cursor this page was requested with; `null` for the first page of a listing. */
  readonly cursor: string | null;
  /**
   * The cursor of the page after this one, `null` when the server says there is none (a `null`, absent
   * or empty next-cursor field). Iteration also stops after an empty page whatever this says.
   */
  readonly nextCursor: string | null;
  /** The whole response body, for fields beyond the items and the cursor. */
  readonly body: Body;
  /** Whether there is a page after this one: this page has items and a next cursor. */
  hasNextPage(): boolean;
  /**
   * Fetches the page after this one. Rejects with `WorkflowsError` when {@link hasNextPage} is false,
   * with `PaginationError` (`"repeated-cursor"`) when the next cursor is one this listing has already
   * followed, and with the client's typed errors when the request fails.
   */
  getNextPage(): Promise<Page<Item, Body>>;
  /** This page, then every page after it, one request per page, fetched as you go. */
  iterPages(): AsyncGenerator<Page<Item, Body>, void, undefined>;
  /** The items of this page and of every page after it. */
  [Symbol.asyncIterator](): AsyncIterableIterator<Item>;
}

/** Throws the client's abort error if `signal` has fired: an abort stops iteration between items too. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new APIUserAbortError("Request was aborted.");
}

/**
 * Requests the page at `cursor` and wraps it. Chains with `then` rather than `await`ing: the client's
 * promise is a `Promise` subclass, which `await` would wrap in one more promise and job per page.
 * Never throws: every failure (an abort, a bad argument, a bad page) is a rejection.
 */
export function fetchPageAt<Item, Body>(
  ctx: ListContext<Body>,
  cursor: string | null,
  trail: CursorTrail,
): Promise<Page<Item, Body>> {
  try {
    throwIfAborted(ctx.request.signal);
    const body = ctx.fetchPage(ctx.strategy.request(ctx.params, cursor), ctx.request);
    return (body instanceof Promise ? body : Promise.resolve(body)).then(
      (b: Body) =>
        new ListPage<Item, Body>(
          ctx,
          trail,
          ctx.strategy.items(b, ctx.operation, cursor) as Item[],
          cursor,
          ctx.strategy.nextCursor(b, ctx.operation, cursor),
          b,
        ),
    );
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The one implementation of {@link Page}. A class rather than an object of closures, as openai-node's
 * `AbstractPage`, so that a listing of many pages does not build its methods again for each page.
 */
class ListPage<Item, Body> implements Page<Item, Body> {
  readonly #ctx: ListContext<Body>;
  readonly #trail: CursorTrail;

  constructor(
    ctx: ListContext<Body>,
    trail: CursorTrail,
    readonly items: Item[],
    readonly cursor: string | null,
    readonly nextCursor: string | null,
    readonly body: Body,
  ) {
    this.#ctx = ctx;
    this.#trail = trail;
  }

  hasNextPage(): boolean {
    // An empty page ends the listing even with a next cursor, as openai-node's `hasNextPage()` does:
    // a server that echoes a cursor on an empty page would otherwise be polled forever.
    return this.items.length > 0 && this.nextCursor !== null;
  }

  getNextPage(): Promise<Page<Item, Body>> {
    const ctx = this.#ctx;
    const nextCursor = this.nextCursor;
    if (!this.hasNextPage() || nextCursor === null)
      return Promise.reject(new WorkflowsError(`${ctx.operation}: no next page; check hasNextPage() first.`));
    const trail = followCursor(this.#trail, this.cursor, nextCursor);
    if (trail === null)
      return Promise.reject(
        new PaginationError(
          `${ctx.operation}: the server sent the cursor ${JSON.stringify(nextCursor)} a second time; ` +
            `following it would repeat pages forever.`,
          "repeated-cursor",
          ctx.operation,
          nextCursor,
        ),
      );
    return fetchPageAt<Item, Body>(ctx, nextCursor, trail);
  }

  iterPages(): AsyncGenerator<Page<Item, Body>, void, undefined> {
    return pagesFrom(() => this, Infinity);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Item> {
    return iterateItems(this.iterPages(), Infinity, this.#ctx.request.signal);
  }
}

/**
 * The page `first()` resolves to (asked for on the first `next()`), then the pages after it, one
 * request each, until the listing ends or the pages yielded hold `limit` items in all: pages are never
 * cut, so a saved `nextCursor` never skips an item. Nothing is asked for when `limit` is 0.
 */
export async function* pagesFrom<Item, Body>(
  first: () => Page<Item, Body> | Promise<Page<Item, Body>>,
  limit: number,
): AsyncGenerator<Page<Item, Body>, void, undefined> {
  if (limit <= 0) return;
  let seen = 0;
  let page = await first();
  for (;;) {
    yield page;
    seen += page.items.length;
    if (seen >= limit || !page.hasNextPage()) return;
    page = await page.getNextPage();
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * The items of `pages`, at most `limit` of them, checking `signal` before each. Hand-written rather than
 * an async generator: a generator's `yield` costs several promise turns per item, this costs one
 * already-resolved promise while the current page lasts. `return()` (a `break` in `for await`) closes
 * `pages`, so no further page is requested.
 */
export function iterateItems<Item>(
  pages: AsyncGenerator<Page<Item, unknown>, void, undefined>,
  limit: number,
  signal: AbortSignal | undefined,
): AsyncIterableIterator<Item> {
  let items: Item[] = [];
  let index = 0;
  // A count up to `limit` rather than a countdown from it: `Infinity - 1` is a heap number, a whole
  // count from 0 stays a small integer, so the common unlimited case allocates nothing per item.
  let taken = 0;
  let finished = limit <= 0;
  let pending: Promise<IteratorResult<Item, undefined>> | undefined;

  const finish = async (): Promise<IteratorReturnResult<undefined>> => {
    finished = true;
    items = [];
    await pages.return();
    return DONE;
  };

  // Fetches pages until one has an item (or the listing ends) and returns that item.
  const fill = async (): Promise<IteratorResult<Item, undefined>> => {
    try {
      for (;;) {
        const next = await pages.next();
        if (next.done) return await finish();
        items = next.value.items;
        index = 0;
        if (items.length > 0) {
          throwIfAborted(signal);
          return take();
        }
      }
    } catch (error) {
      await finish().catch(() => {});
      throw error;
    }
  };

  // The next item of the current page (the caller has checked the signal).
  const take = (): IteratorResult<Item, undefined> => {
    const value = items[index++] as Item;
    if (++taken >= limit) finish().catch(() => {}); // the limit: close the pages now, no request past it
    return { value, done: false };
  };

  const iterator: AsyncIterableIterator<Item> = {
    next(): Promise<IteratorResult<Item, undefined>> {
      // The common case first: the next item of the current page, one resolved promise.
      if (pending === undefined && index < items.length && !signal?.aborted) return Promise.resolve(take());
      // Calls made without awaiting the previous one run in order; after a failure they see the end.
      if (pending) return pending.then(iterator.next, iterator.next);
      if (finished) return Promise.resolve(DONE);
      if (index < items.length) {
        // Items are left, so the signal has fired: an abort stops iteration between items too.
        const error = new APIUserAbortError("Request was aborted.");
        return finish().then(() => Promise.reject(error));
      }
      const p = fill().finally(() => {
        if (pending === p) pending = undefined;
      });
      pending = p;
      return p;
    },
    return(): Promise<IteratorResult<Item, undefined>> {
      return finish();
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
