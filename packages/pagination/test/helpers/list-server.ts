/**
 * A list server on 127.0.0.1 for the paginator's tests, driven by the same `x-pagination` metadata as
 * the paginator (the client's `operationTable`, plus any hand-made row a test adds): every list
 * operation is served under its own wire names with no code per operation.
 *
 * Cursors are opaque base64url JSON holding the offset and, for operations with `first-page-only`
 * parameters, those parameters' first-request values (the logs cursor "carries its window and order").
 * Like the API, a request without a page size gets every item at once (schedules' deprecated mode).
 * The server refuses a request that carries both a cursor and a first-page-only parameter (422), so a
 * paginator that sends them again fails loudly.
 *
 * Bounded and self-stopping: after `maxRequests` requests it answers 400 (not retried), so a runaway
 * paginator fails fast instead of hanging, and it closes itself after `lifetimeMs` even if a test forgets.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { operationTable } from "@mistral-workflows/client";
import type { PaginationSpec } from "../../src/index.js";

/** A list route: method GET, a path template and its pagination metadata. */
export interface ListRoute {
  operation: string;
  path: string;
  pagination: PaginationSpec;
}

/** One request the server received. */
export interface Received {
  operation: string;
  path: string;
  query: URLSearchParams;
}

/** What a fixture's `intercept` sees for one page request. */
export interface PageContext {
  /** 0-based number of this request among the requests to this operation. */
  request: number;
  query: URLSearchParams;
  /** The body the server would send. */
  body: Record<string, unknown>;
}

/** What `intercept` may send instead of the page. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to trip a timeout or leave room for an abort). */
  delayMs?: number;
}

/** The items an operation holds and how its pages may misbehave. */
export interface ListFixture {
  /** Number of items. */
  total: number;
  /** Item `i` (0-based); defaults to a spec-shaped builder for known operations, else `{ n: i }`. */
  item?: (i: number) => unknown;
  /** Selects and orders item indices from the first request's first-page-only parameters. */
  view?: (indices: number[], window: Record<string, string>) => number[];
  /** Replaces a page's answer: return a `Reply`, or `undefined` to send the page. */
  intercept?: (page: PageContext) => Reply | undefined;
}

/** A running list server: its URL, what it received, and the fixtures it serves. */
export interface ListServer {
  url: string;
  /** Every request received, in order. */
  requests: Received[];
  /** Requests to one operation. */
  requestsTo(operation: string): Received[];
  /** Sets the items of an operation (and clears its request counter). */
  serve(operation: string, fixture: ListFixture): void;
  close(): Promise<void>;
}

/** Every list operation of the generated table, as routes. */
export const tableRoutes: ListRoute[] = Object.entries(operationTable).flatMap(([operation, row]) =>
  "pagination" in row ? [{ operation, path: row.path, pagination: row.pagination as PaginationSpec }] : [],
);

const LOG_EPOCH = Date.parse("2026-01-01T00:00:00Z");

/** Spec-shaped items of the known list operations; ids carry the index so tests can compare. */
export const itemBuilders: Record<string, (i: number) => unknown> = {
  "schedules.getSchedules": (i) => ({
    schedule_id: `schedule-${i}`,
    workflow_name: "support-workflow",
    input: { ticket: i },
    paused: false,
  }),
  "workflows.getWorkflowRegistrations": (i) => ({
    id: `registration-${i}`,
    workflow_id: "workflow-1",
    definition: {},
  }),
  "events.getWorkflowEvents": (i) => ({
    event_id: `event-${i}`,
    event_timestamp: 1_759_870_561_974_000_000 + i,
    root_workflow_exec_id: "exec-1",
    parent_workflow_exec_id: null,
    workflow_exec_id: "exec-1",
    workflow_run_id: "run-1",
    workflow_name: "support-workflow",
    event_type: "WORKFLOW_EXECUTION_STARTED",
    attributes: {
      task_id: `task-${i}`,
      workflow_name: "support-workflow",
      input: { type: "json", value: i },
    },
  }),
  "executions.getWorkflowExecutionLogs": (i) => ({
    timestamp: logTime(i),
    trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
    span_id: `span-${i}`,
    severity_text: "INFO",
    body: `log ${i}`,
    log_attributes: {},
  }),
  "deployments.getDeploymentLogs": (i) => ({
    timestamp: logTime(i),
    trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
    span_id: `span-${i}`,
    severity_text: "INFO",
    body: `log ${i}`,
    log_attributes: { worker_name: "worker-0" },
  }),
  "deployments.listDeployments": (i) => ({
    id: `deployment-${i}`,
    name: `deployment-${i}`,
    is_active: true,
    created_at: logTime(i),
    updated_at: logTime(i),
  }),
  "deployments.listDeploymentWorkers": (i) => ({
    name: `worker-${i}`,
    created_at: logTime(i),
    updated_at: logTime(i),
    is_active: i % 2 === 0,
  }),
  "runs.listRuns": (i) => ({
    workflow_name: "support-workflow",
    execution_id: `exec-${i}`,
    root_execution_id: `exec-${i}`,
    run_id: `run-${i}`,
    status: "COMPLETED",
    start_time: logTime(i),
    end_time: logTime(i + 1),
  }),
  "workflows.getWorkflows": (i) => ({
    id: `workflow-${i}`,
    name: `workflow-${i}`,
    display_name: `Workflow ${i}`,
    archived: false,
  }),
};

/** Timestamp of log `i`: one second apart from 2026-01-01T00:00:00Z. */
export function logTime(i: number): string {
  return new Date(LOG_EPOCH + i * 1000).toISOString();
}

/** The logs' window and order: `after` (inclusive), `before` (exclusive), `order` asc|desc. */
const logsView: ListFixture["view"] = (indices, window) => {
  const after = window.after ? Date.parse(window.after) : -Infinity;
  const before = window.before ? Date.parse(window.before) : Infinity;
  const kept = indices.filter((i) => LOG_EPOCH + i * 1000 >= after && LOG_EPOCH + i * 1000 < before);
  return window.order === "desc" ? kept.reverse() : kept;
};

const views: Record<string, ListFixture["view"]> = {
  "executions.getWorkflowExecutionLogs": logsView,
  "deployments.getDeploymentLogs": logsView,
};

interface CursorState {
  o: number;
  w: Record<string, string>;
}
const encode = (c: CursorState) => Buffer.from(JSON.stringify(c)).toString("base64url");
const decode = (s: string): CursorState | undefined => {
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    return typeof c?.o === "number" ? c : undefined;
  } catch {
    return undefined;
  }
};

function pattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
  return new RegExp(`^${escaped}$`);
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Starts the server; `routes` defaults to every list operation of the generated table. */
export async function startListServer(
  options: { routes?: ListRoute[]; maxRequests?: number; lifetimeMs?: number } = {},
): Promise<ListServer> {
  const routes = (options.routes ?? tableRoutes).map((r) => ({ ...r, re: pattern(r.path) }));
  const maxRequests = options.maxRequests ?? 5_000;
  const fixtures = new Map<string, ListFixture>();
  const counters = new Map<string, number>();
  const requests: Received[] = [];

  const server = createServer(async (req, res) => {
    req.resume();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = req.method === "GET" ? routes.find((r) => r.re.test(url.pathname)) : undefined;
    if (!route) return send(res, 404, { detail: "Not Found" });
    requests.push({ operation: route.operation, path: url.pathname, query: url.searchParams });
    if (requests.length > maxRequests)
      return send(res, 400, { detail: "test server: request budget spent" }, { "x-should-retry": "false" });

    const fixture = fixtures.get(route.operation) ?? { total: 0 };
    const n = counters.get(route.operation) ?? 0;
    counters.set(route.operation, n + 1);
    const { items, cursorParam, nextCursor, pageSizeParam, firstPageOnly = [] } = route.pagination;

    const rawCursor = url.searchParams.get(cursorParam);
    let state: CursorState;
    if (rawCursor) {
      const sentAgain = firstPageOnly.filter((p) => url.searchParams.has(p));
      if (sentAgain.length)
        return send(res, 422, {
          detail: sentAgain.map((p) => ({
            loc: ["query", p],
            msg: "only allowed without a cursor",
            type: "value_error",
          })),
        });
      const decoded = decode(rawCursor);
      if (!decoded) return send(res, 400, { detail: "bad cursor" });
      state = decoded;
    } else {
      const w: Record<string, string> = {};
      for (const p of firstPageOnly) if (url.searchParams.has(p)) w[p] = url.searchParams.get(p)!;
      state = { o: 0, w };
    }

    const all = Array.from({ length: fixture.total }, (_, i) => i);
    const view = fixture.view ?? views[route.operation];
    const indices = view ? view(all, state.w) : all;
    const sizeText = pageSizeParam ? url.searchParams.get(pageSizeParam) : null;
    const size = sizeText === null ? indices.length : Number(sizeText);
    const build = fixture.item ?? itemBuilders[route.operation] ?? ((i: number) => ({ n: i }));
    const slice = indices.slice(state.o, state.o + size);
    const end = state.o + slice.length;
    const body: Record<string, unknown> = {
      [items]: slice.map(build),
      [nextCursor]: end < indices.length && slice.length > 0 ? encode({ o: end, w: state.w }) : null,
    };

    const reply = fixture.intercept?.({ request: n, query: url.searchParams, body });
    if (reply?.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    if (reply) return send(res, reply.status, reply.body, reply.headers);
    send(res, 200, body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 60_000);
  lifetime.unref();

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    requestsTo: (operation) => requests.filter((r) => r.operation === operation),
    serve(operation, fixture) {
      fixtures.set(operation, fixture);
      counters.set(operation, 0);
    },
    close,
  };
}
