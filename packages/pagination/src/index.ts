/**
 * Async iteration over every list endpoint of the Mistral Workflows API.
 *
 * ```ts
 * import { createClient } from "@mistral-workflows/client";
 * import { paginate } from "@mistral-workflows/pagination";
 *
 * const client = createClient();
 * for await (const schedule of paginate(client, "schedules.getSchedules")) console.log(schedule.schedule_id);
 * ```
 */
export { paginate, paginateWith, listOperations } from "./paginate.js";
export type {
  ItemOf,
  ListBody,
  ListItem,
  ListOperation,
  ListOperationOf,
  ListPage,
  ListPagePromise,
  ListParams,
  ListPath,
  ListSource,
  PaginateOptions,
} from "./paginate.js";
export type { Page, PageFetcher } from "./page.js";
export type { PagePromise } from "./page-promise.js";
export { DEFAULT_PAGE_SIZE } from "./strategy.js";
export type { PageParams, PaginationSpec } from "./strategy.js";
export { PaginationError } from "./errors.js";
export type { LegacyPaginationErrorType, PaginationErrorType } from "./errors.js";
