/**
 * Listings that yield handles instead of wire records: the API's list operations, paged lazily by
 * `paginate()`, each item turned into the handle of what it names.
 */
import { InvalidArgumentError, type WorkflowsClient } from "@mistral-workflows/client";
import { paginate, type ListParams, type PaginateOptions } from "@mistral-workflows/pagination";
import { getExecutionHandle, type ExecutionHandle } from "./execution-handle.js";
import { getScheduleHandle, type ScheduleHandle } from "./schedule-handle.js";

/**
 * A lazy listing of handles: `for await` it for every handle, `.pages()` for them a page at a time,
 * `.toArray(max)` to collect. Nothing is sent until it is iterated; each iteration starts from the
 * first page again.
 */
export interface HandleListing<H> extends AsyncIterable<H> {
  /** The handles of each page, one request per page, fetched as you go. */
  pages(): AsyncGenerator<H[], void, undefined>;
  /** Collects at most `max` handles (`Infinity` for all), requesting no page beyond the one that reaches it. */
  toArray(max: number): Promise<H[]>;
}

function listing<Item, H>(
  list: () => { pages(): AsyncGenerator<{ items: Item[] }, void, undefined> },
  toHandles: () => (item: Item) => H | undefined,
): HandleListing<H> {
  async function* pages() {
    const convert = toHandles();
    for await (const page of list().pages()) {
      const handles: H[] = [];
      for (const item of page.items) {
        const handle = convert(item);
        if (handle !== undefined) handles.push(handle);
      }
      yield handles;
    }
  }
  async function* items() {
    for await (const page of pages()) yield* page;
  }
  return {
    pages,
    [Symbol.asyncIterator]: items,
    async toArray(max) {
      if (max !== Infinity && !(Number.isInteger(max) && max >= 0))
        throw new InvalidArgumentError(
          `toArray(): max must be a whole number ≥ 0 or Infinity, got ${String(max)}.`,
          "max",
        );
      const out: H[] = [];
      if (max <= 0) return out;
      for await (const handle of items()) if (out.push(handle) >= max) break;
      return out;
    },
  };
}

/**
 * Every schedule matching `params` (`workflow_name`, `status`, `search`, `user_id`, `page_size`), as
 * {@link ScheduleHandle}s, lazily paged through `GET /v1/workflows/schedules`.
 *
 * ```ts
 * for await (const schedule of listSchedules(client, { status: "paused" })) await schedule.resume("back");
 * ```
 */
export function listSchedules(
  client: WorkflowsClient,
  params: ListParams<"schedules.getSchedules"> = {},
  options: PaginateOptions = {},
): HandleListing<ScheduleHandle> {
  return listing(
    () => paginate(client, "schedules.getSchedules", params, options),
    () => (schedule) => getScheduleHandle(client, schedule.schedule_id),
  );
}

/**
 * The executions that emitted the stored events matching `params`, as {@link ExecutionHandle}s, each
 * once, in the order of their first event, lazily paged through `GET /v1/workflows/events/list`.
 * With `root_workflow_exec_id`, that is an execution and every child workflow it started.
 *
 * ```ts
 * for await (const child of listExecutions(client, { root_workflow_exec_id: handle.executionId })) …
 * ```
 *
 * Remembers the ids already yielded (one string per execution) for the length of one iteration.
 */
export function listExecutions(
  client: WorkflowsClient,
  params: ListParams<"events.getWorkflowEvents"> = {},
  options: PaginateOptions = {},
): HandleListing<ExecutionHandle> {
  return listing(
    () => paginate(client, "events.getWorkflowEvents", params, options),
    () => {
      const seen = new Set<string>();
      return (event) => {
        if (seen.has(event.workflow_exec_id)) return undefined;
        seen.add(event.workflow_exec_id);
        return getExecutionHandle(client, event.workflow_exec_id, event.workflow_name);
      };
    },
  );
}
