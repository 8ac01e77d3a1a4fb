/**
 * `paginate()`: one API for every list operation of the spec, driven by the `pagination` metadata
 * that `pnpm generate` copies from each operation's `x-pagination` into the client's `operationTable`.
 * Requests go through the client's named methods, so retries, timeouts and typed errors are the client's.
 */
import {
  InvalidArgumentError,
  operationTable,
  type NamedMethods,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type RequestOptions,
} from "@mistral-workflows/client";
import type { Page, PageFetcher } from "./page.js";
import { checkCount, createPagePromise, type PagePromise } from "./page-promise.js";
import { strategyFor, type PageParams, type PaginationSpec } from "./strategy.js";

type Table = typeof operationTable;
type PagedRow = Extract<Table[OperationName], { readonly pagination: unknown }>;

/** SDK name of every list operation (one with `x-pagination`), e.g. `"schedules.getSchedules"`. */
export type ListOperation = {
  [N in OperationName]: Table[N] extends { readonly pagination: unknown } ? N : never;
}[OperationName];

/** Path of every list operation, e.g. `"/v1/workflows/schedules"`: `paginate()` takes either. */
export type ListPath = Table[ListOperation]["path"];

/** The list operation named by `K`, an SDK name or a path. */
export type ListOperationOf<K extends ListOperation | ListPath> = K extends ListOperation
  ? K
  : { [N in ListOperation]: Table[N]["path"] extends K ? N : never }[ListOperation];

type PaginationOf<N extends ListOperation> = Extract<Table[N], PagedRow>["pagination"];

/**
 * The element type of `Body[K]`, the items field of a page body; `unknown` when `K` is not a literal
 * (metadata typed as plain `PaginationSpec`) or `Body` has no such array field.
 */
export type ItemOf<Body, K extends PropertyKey> = string extends K
  ? unknown
  : Body extends { readonly [P in K]?: infer A }
    ? NonNullable<A> extends readonly (infer I)[]
      ? I
      : unknown
    : unknown;

/** The response body of one page of list operation `K`. */
export type ListBody<K extends ListOperation | ListPath> = OperationOutput<ListOperationOf<K>>;

/** The type of one item of list operation `K`, from the spec (e.g. a `ScheduleDefinitionOutput`). */
export type ListItem<K extends ListOperation | ListPath> = ItemOf<
  ListBody<K>,
  PaginationOf<ListOperationOf<K>>["items"]
>;

/**
 * The parameters of list operation `K`: those of its named method under their wire names, minus the
 * cursor (pass a saved cursor as the `cursor` option).
 */
export type ListParams<K extends ListOperation | ListPath> = Omit<
  OperationInput<ListOperationOf<K>>,
  PaginationOf<ListOperationOf<K>>["cursorParam"]
>;

/** One page of list operation `K`. */
export type ListPage<K extends ListOperation | ListPath> = Page<ListItem<K>, ListBody<K>>;

/** The lazy listing {@link paginate} returns for list operation `K`. */
export type ListPagePromise<K extends ListOperation | ListPath> = PagePromise<ListItem<K>, ListBody<K>>;

/** Options of {@link paginate} and {@link paginateWith}, on top of the client's per-call options. */
export interface PaginateOptions extends RequestOptions {
  /**
   * Resume after a page: pass its `nextCursor`, saved earlier. The listing then starts with the page
   * that cursor points to, and (for execution and deployment logs) without the first-page-only parameters, since the
   * cursor carries its time window and order. A `null` `nextCursor` means the listing was complete:
   * there is nothing to resume, which is why `null` is refused here rather than read as "from the start".
   * @default undefined (from the first page)
   */
  cursor?: string;
  /**
   * Stop after this many items in all (item iteration and `toArray`); page iteration stops after the
   * page that reaches it. No request is made for pages past the limit.
   * @default Infinity
   */
  maxItems?: number;
  /** Aborts the listing: the current request, and iteration between items. Throws `APIUserAbortError`. */
  signal?: AbortSignal;
}

/** A list operation described by hand, for {@link paginateWith}. */
export interface ListSource<Body> {
  /** Name used in error messages, e.g. `"schedules.getSchedules"`. */
  operation: string;
  /** The operation's `x-pagination` metadata (the `pagination` field of an `operationTable` row). */
  pagination: PaginationSpec;
  /** Fetches one page; see {@link PageFetcher}. */
  fetchPage: PageFetcher<Body>;
}

/**
 * Pages through any operation described by `x-pagination`-shaped metadata and a function that fetches
 * one page (a named method of the client, a wrapper around the raw path client, …). {@link paginate}
 * is this, with the metadata and the method taken from the client's generated table.
 *
 * Throws `InvalidArgumentError` at once for bad options or a cursor in `params`; sends nothing until
 * the result is awaited or iterated.
 */
export function paginateWith<Body, K extends string = string>(
  source: ListSource<Body> & { pagination: { items: K } },
  params: PageParams = {},
  options: PaginateOptions = {},
): PagePromise<ItemOf<Body, K>, Body> {
  const { cursor, maxItems = Infinity, ...request } = options;
  if (params === null || typeof params !== "object" || Array.isArray(params))
    throw new InvalidArgumentError(`${source.operation}: params must be an object.`, "params");
  const cursorParam = source.pagination.cursorParam;
  if (params[cursorParam] !== undefined)
    throw new InvalidArgumentError(
      `${source.operation}: pass a saved cursor as the \`cursor\` option, not as "${cursorParam}".`,
      cursorParam,
    );
  if (cursor !== undefined && (typeof cursor !== "string" || cursor === ""))
    throw new InvalidArgumentError(
      `${source.operation}: cursor must be a page's non-null nextCursor, got ${JSON.stringify(cursor)}.`,
      "cursor",
    );
  const ctx = {
    operation: source.operation,
    fetchPage: source.fetchPage,
    strategy: strategyFor(source.pagination),
    params: { ...params },
    request,
  };
  return createPagePromise<ItemOf<Body, K>, Body>(ctx, cursor ?? null, checkCount("maxItems", maxItems));
}

type Row = Table[OperationName];

/**
 * Refuses at the call, before anything is sent, a bounded numeric parameter (a page size) that is not
 * a whole number within the spec's range: the named method would refuse it too, but only when the
 * first page is fetched.
 */
function checkBoundedParams(name: string, row: PagedRow, params: PageParams | undefined): void {
  const bounds = (row as { paramBounds?: Record<string, { minimum?: number; maximum?: number }> })
    .paramBounds;
  if (!bounds || params === null || typeof params !== "object") return;
  for (const [param, { minimum = -Infinity, maximum = Infinity }] of Object.entries(bounds)) {
    const value = (params as Record<string, unknown>)[param];
    if (value === undefined || value === null) continue;
    if (typeof value === "number" && Number.isInteger(value) && value >= minimum && value <= maximum)
      continue;
    throw new InvalidArgumentError(
      `${name}: "${param}" must be a whole number from ${minimum} to ${maximum}, got ${typeof value === "number" ? (Number.isFinite(value) ? String(value) : "a non-finite number") : `a ${typeof value}`}.`,
      param,
    );
  }
}

/** The list operation `key` names, by SDK name or by path (a `GET`, should a path ever serve two). */
function findListOperation(key: string): ListOperation | undefined {
  const table = operationTable as Record<string, Row>;
  return listOperations.find(
    (name) => name === key || (table[name]!.path === key && table[name]!.method === "GET"),
  );
}

/** The SDK name of every list operation, from the generated table. */
export const listOperations = Object.keys(operationTable).filter(
  (name) => "pagination" in (operationTable as Record<string, Row>)[name]!,
) as readonly ListOperation[];

/**
 * Lists every item of a list operation, named by its SDK name or its path, through the client's named
 * method (so with its retries, timeouts and typed errors).
 *
 * ```ts
 * for await (const s of paginate(client, "schedules.getSchedules", { page_size: 100 })) console.log(s.schedule_id);
 * const first = await paginate(client, "/v1/workflows/registrations"); // the first page only
 * ```
 *
 * Lazy: nothing is sent until the result is awaited or iterated. The page size defaults to
 * `DEFAULT_PAGE_SIZE` (50) where the operation has a page-size parameter. Throws `InvalidArgumentError` at once for an
 * operation that does not page, bad options, a page size outside the spec's range (1–100 or 1–1000 by
 * operation), or a cursor in `params` (use the `cursor` option).
 */
export function paginate<K extends ListOperation | ListPath>(
  client: NamedMethods,
  operation: K,
  ...args: {} extends ListParams<K>
    ? [params?: ListParams<K>, options?: PaginateOptions]
    : [params: ListParams<K>, options?: PaginateOptions]
): ListPagePromise<K> {
  const name = findListOperation(operation);
  if (!name)
    throw new InvalidArgumentError(
      `${JSON.stringify(operation)} is not a list operation; list operations: ${listOperations.join(", ")}.`,
      "operation",
    );
  const row = operationTable[name] as PagedRow;
  const method = (client as unknown as Record<string, Record<string, unknown> | undefined>)[row.group]?.[
    row.name
  ];
  if (typeof method !== "function")
    throw new InvalidArgumentError(
      `The client has no method ${name}(): pass a client from createClient().`,
      "client",
    );
  const [params, options] = args as [PageParams | undefined, PaginateOptions | undefined];
  checkBoundedParams(name, row, params);
  return paginateWith(
    {
      operation: name,
      pagination: row.pagination,
      // Called as a plain function: a named method needs no `this`.
      fetchPage: method as (p: PageParams, o: RequestOptions) => Promise<ListBody<K>>,
    },
    params,
    options,
  ) as unknown as ListPagePromise<K>;
}
