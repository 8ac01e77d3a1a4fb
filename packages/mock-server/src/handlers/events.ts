/**
 * Workflow events across executions: the stored list (paged by cursor) and the global stream, which
 * replays from `start_seq` (inclusive) or after `Last-Event-ID`, then follows live events, filtered.
 */
import type { StreamEvent } from "../types.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { invalid } from "./errors.js";
import type { HandlerGroup } from "./types.js";

/** The global stream's filters; `*` (the default) matches anything. */
export interface EventFilter {
  scope: "activity" | "workflow" | "*";
  activity_name: string;
  activity_id: string;
  workflow_name: string;
  workflow_exec_id: string;
  root_workflow_exec_id: string;
  parent_workflow_exec_id: string;
  stream: string;
  metadata_filters: Record<string, unknown> | null;
  workflow_event_types: string[] | null;
}

/** Whether `event` passes `filter`. Activity filters match only activity events. */
export function matches(filter: EventFilter, event: StreamEvent): boolean {
  const data = event.data as {
    event_type: string;
    attributes: Record<string, unknown>;
    workflow_name: string;
    workflow_exec_id: string;
    root_workflow_exec_id: string;
    parent_workflow_exec_id?: string | null;
  };
  const isActivity = data.event_type.startsWith("ACTIVITY_");
  const eq = (want: string, got: unknown) => want === "*" || want === got;
  if (filter.scope === "activity" && !isActivity) return false;
  if (filter.scope === "workflow" && isActivity) return false;
  if (filter.activity_name !== "*" && (!isActivity || data.attributes.activity_name !== filter.activity_name))
    return false;
  if (filter.activity_id !== "*" && (!isActivity || data.attributes.task_id !== filter.activity_id))
    return false;
  if (!eq(filter.workflow_name, data.workflow_name)) return false;
  if (!eq(filter.workflow_exec_id, data.workflow_exec_id)) return false;
  if (!eq(filter.root_workflow_exec_id, data.root_workflow_exec_id)) return false;
  if (!eq(filter.parent_workflow_exec_id, data.parent_workflow_exec_id ?? null)) return false;
  if (!eq(filter.stream, event.stream)) return false;
  if (filter.workflow_event_types?.length && !filter.workflow_event_types.includes(data.event_type))
    return false;
  if (filter.metadata_filters)
    for (const [key, value] of Object.entries(filter.metadata_filters))
      if (String(event.metadata?.[key]) !== String(value)) return false;
  return true;
}

/** Handlers of the events resource, by SDK name. */
export const eventHandlers = {
  "events.getStreamEvents": ({ domain, query, header, request }) => {
    const filter = query as unknown as EventFilter;
    const lastId =
      (header as Record<string, unknown>)["last-event-id"] ?? request.headers.get("last-event-id");
    let start = Math.max(1, query.start_seq ?? 0);
    if (lastId !== null && lastId !== undefined && lastId !== "") {
      if (!/^\d+$/.test(String(lastId)))
        throw invalid(
          ["header", "last-event-id"],
          "Invalid event id: expected the SSE id of an earlier event",
          lastId,
        );
      start = Number(lastId) + 1;
    }
    const { store, engine } = domain;
    return {
      sse: (writer) => {
        const out = (e: StreamEvent) => ({ id: String(e.broker_sequence), data: e });
        let next = start;
        let listener: ((e: StreamEvent) => void) | null = null;
        // The log is read as the reader drains, so a replay from the first of a million events holds
        // one chunk at a time; once caught up, live events follow.
        writer.feed(
          () => {
            const sequence = store.events.seek(next);
            if (sequence === null) return undefined;
            next = sequence + 1;
            const e = store.events.get(sequence)!;
            return matches(filter, e) ? out(e) : null;
          },
          () => {
            listener = (e) => void (matches(filter, e) && writer.send(out(e)));
            engine.recorder.listeners.add(listener);
          },
        );
        return () => {
          if (listener) engine.recorder.listeners.delete(listener);
        };
      },
    };
  },
  "events.getWorkflowEvents": ({ domain, query }) => {
    const { store } = domain;
    let after = 0;
    if (query.cursor) {
      const c = decodeCursor<{ s: number }>("events", query.cursor);
      if (!c) throw invalid(["query", "cursor"], "Invalid cursor", query.cursor);
      after = c.s;
    }
    const limit = Math.min(Math.max(1, query.limit ?? 100), 1000);
    const page: StreamEvent[] = [];
    let more = false;
    // With an execution id, only that execution's events need looking at.
    const own = query.workflow_exec_id ? store.executions.get(query.workflow_exec_id)?.rec.events : undefined;
    const source: Iterable<StreamEvent> = own
      ? own.filter((e) => e.broker_sequence > after)
      : store.events.from(after + 1);
    for (const e of source) {
      const d = e.data as {
        root_workflow_exec_id: string;
        workflow_exec_id: string;
        workflow_run_id: string;
      };
      if (query.root_workflow_exec_id && d.root_workflow_exec_id !== query.root_workflow_exec_id) continue;
      if (query.workflow_exec_id && d.workflow_exec_id !== query.workflow_exec_id) continue;
      if (query.workflow_run_id && d.workflow_run_id !== query.workflow_run_id) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(e);
    }
    return {
      body: {
        events: page.map((e) => e.data),
        next_cursor: more ? encodeCursor("events", { s: page[page.length - 1]!.broker_sequence }) : null,
      },
    };
  },
} satisfies HandlerGroup;
