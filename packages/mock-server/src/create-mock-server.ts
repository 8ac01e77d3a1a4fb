/**
 * `createMockServer()`: the whole Workflows API as a fetch-shaped function, in memory. Tests hand
 * `api.fetch` to the client, so no port is opened:
 *
 * ```ts
 * const api = createMockServer();
 * const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
 * ```
 *
 * Each request goes through, in order: fault injection, authentication (401), routing from the spec
 * (404/405, 501 for an operation without a handler), validation against the spec (422), the handler,
 * and (by default) validation of the response against the spec.
 */
import { TaskClock, type ClockMode, type ClockOptions, type MockClock } from "./clock.js";
import {
  FAULT_HEADER,
  FaultRegistry,
  parseFaultHeader,
  type FaultController,
  type FaultRule,
  type ResolvedFault,
} from "./faults.js";
import {
  defaultSeed,
  registrationFixture,
  stableUuid,
  type ExecutionSeed,
  type SeedData,
} from "./fixtures.js";
import type { Handler, HandlerResult } from "./internal/handlers/context.js";
import { Deployments } from "./internal/deployments.js";
import { deploymentHandlers } from "./internal/handlers/deployments.js";
import { eventHandlers } from "./internal/handlers/events.js";
import { executionHandlers } from "./internal/handlers/executions.js";
import { runHandlers } from "./internal/handlers/runs.js";
import { scheduleHandlers } from "./internal/handlers/schedules.js";
import { workflowListHandlers } from "./internal/handlers/workflow-list.js";
import { workflowHandlers } from "./internal/handlers/workflows.js";
import { HttpError } from "./internal/http-error.js";
import { createIdSource } from "./internal/ids.js";
import { Router } from "./internal/router.js";
import { checkTiming } from "./internal/schedule-times.js";
import { Schedules } from "./internal/schedules.js";
import { bundledSpec, readOperations, type OpenAPIDocument, type OperationDef } from "./internal/spec.js";
import { SseWriter, dropAfterBytes, textStream } from "./internal/sse.js";
import { SpecValidator } from "./internal/validation.js";
import { World } from "./internal/world.js";
import type { ExecutionBehaviour, MockExecution, MockState } from "./types.js";

/** Options of {@link createMockServer}. */
export interface MockServerOptions extends SeedData {
  /**
   * The clock: a mode (`"manual"` or `"real"`) or {@link ClockOptions}.
   * @default "manual", starting at 2025-01-06T09:00:00Z
   */
  clock?: ClockMode | ClockOptions;
  /** Start from the default seed (four workflows, five registrations: see `defaultSeed()`). @default true */
  defaultSeed?: boolean;
  /** Behaviours per workflow name, for executions whose input has no `_mock` (see {@link ExecutionBehaviour}). */
  behaviours?: Record<string, ExecutionBehaviour>;
  /** Clock milliseconds between two events of an execution. @default 400 */
  stepMs?: number;
  /**
   * Clock milliseconds between two phases of a managed deployment (accepted → building → built →
   * workers running; stopping → stopped; restarting → new workers). @default 1000
   */
  deploymentStepMs?: number;
  /** Accept only this API key (any other gets 401). @default any non-empty bearer token */
  apiKey?: string;
  /** Server-wide fault rules, active from the start (see {@link FaultRule}). @default none */
  faults?: FaultRule[];
  /**
   * Check every response (and every SSE event) against the spec before sending it; a mismatch, a bug
   * in the mock or in a seeded fixture, answers 500 with the reason. @default true
   */
  validateResponses?: boolean;
  /** Seed of the id generator: the same seed and requests give the same ids. @default 1 */
  seed?: number;
  /** Real milliseconds between SSE `: ping` comments; 0 disables them. @default 15000 */
  heartbeatMs?: number;
  /** If set, every SSE response starts with `retry: <sseRetryMs>`. @default not sent */
  sseRetryMs?: number;
  /** `wait_for_result` without `timeout_seconds` waits at most this many seconds (clock seconds in manual mode). @default 60 */
  waitForResultSeconds?: number;
  /** How many requests {@link MockServer.requests} keeps (the oldest are dropped first). @default 10000 */
  maxRecordedRequests?: number;
  /** The base URL `api.url` reports (requests may use any origin). @default "http://mock-server.invalid" */
  url?: string;
  /**
   * The OpenAPI document to route and validate with. Every operation in it without a handler answers
   * 501. @default the spec this package was built from
   */
  spec?: OpenAPIDocument;
  /** Called with each request once its response status is known (for logging). */
  onRequest?: (request: RecordedRequest) => void;
  /** Serve the `/_mock/…` control endpoints (clock, faults, recorded requests; see the README). @default true */
  controlEndpoints?: boolean;
}

/** A request the mock received (`api.requests`). */
export interface RecordedRequest {
  method: string;
  /** The full URL as sent. */
  url: string;
  /** The path, without the query. */
  path: string;
  /** Query parameters; a repeated parameter's values joined in an array. */
  query: Record<string, string | string[]>;
  /** Request headers, lowercase names. */
  headers: Record<string, string>;
  /** The body: parsed JSON, the raw text if it is not JSON, `undefined` if empty. */
  body: unknown;
  /** SDK name of the operation (`"schedules.getSchedule"`), `null` if no route matched. */
  operation: string | null;
  /** Status of the response (0 until it is decided). */
  status: number;
  /** Clock time the request arrived, ISO 8601. */
  at: string;
}

/** What {@link createMockServer} returns. */
export interface MockServer {
  /** A base URL to give the client (`createClient({ baseUrl: api.url, fetch: api.fetch })`). */
  readonly url: string;
  /** A `fetch` that answers from the mock, in memory. Honours `signal` as fetch does. */
  readonly fetch: typeof fetch;
  /** Handles one `Request` (what {@link fetch} calls). */
  handle(request: Request): Promise<Response>;
  /** Every request received, oldest first (up to `maxRecordedRequests`). Safe to clear: `api.requests.length = 0`. */
  readonly requests: RecordedRequest[];
  /** The clock: advance it to move executions along and fire schedules. */
  readonly clock: MockClock;
  /** The state: workflows, registrations, executions, schedules and events, live. */
  readonly state: MockState;
  /** Server-wide fault rules. */
  readonly faults: FaultController;
  /** Adds seed data (same shapes as the options); throws a `TypeError` if a fixture does not match the spec. */
  seed(data: SeedData): void;
  /**
   * Lets an execution run until it ends: in manual mode by advancing the clock (at most `maxMs` of clock
   * time, default 10 minutes), in real mode by waiting (at most `maxMs` real milliseconds, default
   * 60000). Resolves with what the mock holds about it; its `execution.status` says whether it ended.
   * Rejects if the execution does not exist.
   */
  settle(executionId: string, options?: { maxMs?: number }): Promise<MockExecution>;
  /**
   * Ends every open stream and stops the clock (its timers and pending tasks). The handler still
   * answers requests, but nothing moves on the clock any more.
   */
  close(): void;
}

const HANDLERS: Record<string, Handler> = {
  ...workflowHandlers,
  ...executionHandlers,
  ...scheduleHandlers,
  ...eventHandlers,
  ...deploymentHandlers,
  ...runHandlers,
  ...workflowListHandlers,
};

const STATUS_OUTCOME: Record<string, ExecutionBehaviour["outcome"]> = {
  COMPLETED: "completed",
  FAILED: "failed",
  CANCELED: "canceled",
  TERMINATED: "terminated",
  TIMED_OUT: "timed_out",
  CONTINUED_AS_NEW: "continued_as_new",
  RUNNING: "running",
  RETRYING_AFTER_ERROR: "running",
};

const shared = new WeakMap<
  OpenAPIDocument,
  { ops: OperationDef[]; router: Router; validator: SpecValidator }
>();

function compiled(doc: OpenAPIDocument) {
  let c = shared.get(doc);
  if (!c) {
    const ops = readOperations(doc);
    c = { ops, router: new Router(ops), validator: new SpecValidator(doc) };
    shared.set(doc, c);
  }
  return c;
}

/** The SDK names of the operations of `spec` that the mock server has no handler for. */
export function _unimplementedOperations(spec: OpenAPIDocument = bundledSpec): string[] {
  return readOperations(spec)
    .filter((op) => !HANDLERS[op.operationId])
    .map((op) => op.sdkName);
}

/**
 * Checks a response body against the spec: returns the problems (none: `[]`). `operation` is an SDK
 * name (`"schedules.getSchedule"`) or an operationId; for a streaming operation, `body` is one event's data.
 */
export function _validateResponse(
  operation: string,
  status: number,
  body: unknown,
  spec: OpenAPIDocument = bundledSpec,
): string[] {
  const { ops, validator } = compiled(spec);
  const op = ops.find((o) => o.sdkName === operation || o.operationId === operation);
  if (!op) throw new Error(`No operation "${operation}" in the spec`);
  return validator.validateResponse(op, status, body);
}

const JSON_HEADERS = { "content-type": "application/json" };

function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Creates a mock server: the Workflows API in memory, seeded, with a controllable clock. See
 * {@link MockServerOptions} for the defaults.
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const doc = options.spec ?? bundledSpec;
  const { router, validator } = compiled(doc);
  const clockOptions = typeof options.clock === "string" ? { mode: options.clock } : (options.clock ?? {});
  const clock = new TaskClock(clockOptions, "manual");
  const world = new World(clock, createIdSource(options.seed ?? 1), {
    stepMs: options.stepMs ?? 400,
    behaviours: options.behaviours ?? {},
  });
  const schedules = new Schedules(world);
  const deployments = new Deployments(world, clock, world.ids, options.deploymentStepMs);
  const faults = new FaultRegistry(options.faults ?? []);
  const requests: RecordedRequest[] = [];
  const maxRecorded = options.maxRecordedRequests ?? 10_000;
  const validateResponses = options.validateResponses ?? true;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const openStreams = new Set<SseWriter>();
  const seedUser = stableUuid(`user:${options.apiKey ?? "test"}`);
  let requestCount = 0;

  function check(kind: string, schema: string, value: unknown, label: string): void {
    const problems = validator.validateComponent(schema, value);
    if (problems.length)
      throw new TypeError(`${kind} ${label} does not match the spec's ${schema}: ${problems.join("; ")}`);
  }

  function seed(data: SeedData): void {
    const now = clock.nowMs();
    for (const w of data.workflows ?? []) {
      check("workflowFixture", "WorkflowWithWorkerStatus", w, `"${w.name}"`);
      world.workflows.set(w.id, structuredClone(w));
    }
    for (const r of data.registrations ?? []) {
      check("registrationFixture", "WorkflowRegistrationWithWorkerStatus", r, `"${r.id}"`);
      if (!world.workflows.has(r.workflow_id))
        throw new TypeError(`registrationFixture "${r.id}": no workflow with id "${r.workflow_id}"`);
      world.registrations.set(r.id, structuredClone(r));
    }
    for (const w of world.workflows.values())
      if (!world.registrationsOf(w.id).length) {
        const r = registrationFixture({ workflow_id: w.id, active: w.active });
        world.registrations.set(r.id, r);
      }
    for (const s of data.schedules ?? []) {
      check("scheduleFixture", "ScheduleDefinitionOutput", s, `"${s.schedule_id}"`);
      const problems = checkTiming(s, ["schedule"]);
      if (problems.length)
        throw new TypeError(
          `scheduleFixture "${s.schedule_id}": ${problems.map((p) => `${p.loc.join(".")}: ${p.msg}`).join("; ")}`,
        );
      const workflow = world.findWorkflow(s.workflow_name);
      if (!workflow)
        throw new TypeError(`scheduleFixture "${s.schedule_id}": no workflow named "${s.workflow_name}"`);
      const existing = world.schedules.has(s.schedule_id) ? schedules.get(s.schedule_id) : null;
      if (existing) schedules.remove(existing);
      schedules.add({
        schedule: structuredClone(s),
        workflow,
        registration: world.pickRegistration(workflow, null, null),
        userId: seedUser,
        maxExecutions: s.remaining_executions ?? null,
        at: now,
      });
    }
    for (const e of data.executions ?? []) seedExecution(e, now);
    clock.runDue(clock.nowMs());
  }

  function seedExecution(e: ExecutionSeed, now: number): void {
    const workflow = world.findWorkflow(e.workflow_name);
    if (!workflow)
      throw new TypeError(`executionFixture "${e.execution_id}": no workflow named "${e.workflow_name}"`);
    const outcome = STATUS_OUTCOME[e.status];
    if (!outcome) throw new TypeError(`executionFixture "${e.execution_id}": unknown status "${e.status}"`);
    if (world.runtimes.has(e.execution_id))
      throw new TypeError(`executionFixture "${e.execution_id}": an execution with this id exists`);
    world.startExecution({
      executionId: e.execution_id,
      workflow,
      registration: world.pickRegistration(workflow, null, null),
      input: e.input,
      request: { input: e.input },
      userId: seedUser,
      scheduleId: null,
      deploymentName: null,
      at: e.start_time ? Date.parse(e.start_time) : now - 600_000,
      behaviour: {
        ...e.behaviour,
        outcome,
        ...(e.result !== undefined && outcome === "completed" ? { result: e.result } : {}),
      },
    });
  }

  const seedData: SeedData = options.defaultSeed === false ? {} : defaultSeed();
  seed(seedData);
  seed({
    workflows: options.workflows,
    registrations: options.registrations,
    schedules: options.schedules,
    executions: options.executions,
  });

  function record(rec: RecordedRequest): void {
    requests.push(rec);
    if (requests.length > maxRecorded) requests.splice(0, requests.length - maxRecorded);
  }

  function finish(
    status: number,
    body: BodyInit | null,
    headers: Record<string, string>,
    fault: ResolvedFault | null,
  ): Response {
    let stream: ReadableStream<Uint8Array> | null = null;
    if (body !== null)
      stream = typeof body === "string" ? textStream(body) : (body as ReadableStream<Uint8Array>);
    if (stream && fault?.dropAfterBytes !== undefined) stream = dropAfterBytes(stream, fault.dropAfterBytes);
    return new Response(status === 204 ? null : stream, {
      status,
      headers: { "x-request-id": `req_${++requestCount}`, ...headers },
    });
  }

  function json(
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    fault: ResolvedFault | null = null,
  ): Response {
    return finish(status, JSON.stringify(body), { ...JSON_HEADERS, ...headers }, fault);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const bodyText = method === "GET" || method === "HEAD" ? "" : await request.text();
    if (options.controlEndpoints !== false && url.pathname.startsWith("/_mock/"))
      return control(method, url.pathname, bodyText);

    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k] = v));
    const query: Record<string, string | string[]> = {};
    for (const k of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(k);
      query[k] = all.length > 1 ? all : all[0]!;
    }
    let parsedBody: unknown = undefined;
    if (bodyText) {
      try {
        parsedBody = JSON.parse(bodyText);
      } catch {
        parsedBody = bodyText;
      }
    }
    const route = router.match(method, url.pathname);
    const op = route.kind === "found" ? route.op : null;
    const rec: RecordedRequest = {
      method,
      url: request.url,
      path: url.pathname,
      query,
      headers,
      body: parsedBody,
      operation: op?.sdkName ?? null,
      status: 0,
      at: clock.now().toISOString(),
    };
    record(rec);
    const done = (response: Response) => {
      rec.status = response.status;
      options.onRequest?.(rec);
      return response;
    };

    // 1. Faults: a busy or flaky service answers before looking at the request.
    const faultText = request.headers.get(FAULT_HEADER);
    let headerRule: FaultRule | null = null;
    if (faultText !== null) {
      try {
        headerRule = parseFaultHeader(faultText);
      } catch (error) {
        return done(json(400, { detail: `Invalid ${FAULT_HEADER} header: ${(error as Error).message}` }));
      }
    }
    const fault = faults.resolve(op, headerRule, faultText ?? "");
    if (fault?.latencyMs) await sleep(fault.latencyMs, request.signal);
    if (fault?.status) {
      const retryAfter = String(fault.retryAfterSeconds ?? 1);
      const detail =
        fault.status === 429
          ? "Rate limit exceeded (mock fault)"
          : `Service unavailable (mock fault ${fault.status})`;
      return done(json(fault.status, { detail }, { "retry-after": retryAfter }));
    }

    // 2. Authentication.
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token || (options.apiKey !== undefined && token !== options.apiKey))
      return done(
        json(
          401,
          {
            detail: token
              ? "Invalid API key"
              : "Missing or malformed Authorization header: expected 'Bearer <api key>'",
          },
          { "www-authenticate": "Bearer" },
        ),
      );

    // 3. Routing.
    if (route.kind === "not-found") return done(json(404, { detail: "Not Found" }));
    if (route.kind === "method-not-allowed")
      return done(json(405, { detail: "Method Not Allowed" }, { allow: route.allow.join(", ") }));
    const handler = HANDLERS[route.op.operationId];
    if (!handler)
      return done(
        json(501, {
          detail: `Not implemented by the mock server: ${route.op.sdkName} (${route.op.operationId})`,
        }),
      );

    // 4. Validation.
    const valid = validator.validateRequest(route.op, {
      url,
      headers: request.headers,
      pathParams: route.pathParams,
      bodyText,
    });
    if (!valid.ok) return done(json(422, { detail: valid.detail }));

    // 5. The handler.
    let result: HandlerResult;
    try {
      result = await handler({
        world,
        schedules,
        deployments,
        op: route.op,
        path: valid.value.path,
        query: valid.value.query,
        header: valid.value.header,
        body: valid.value.body,
        request,
        userId: stableUuid(`user:${token}`),
        now: clock.nowMs(),
        defaultWaitSeconds: options.waitForResultSeconds ?? 60,
      });
    } catch (error) {
      if (error instanceof HttpError)
        return done(json(error.status, { detail: error.detail }, error.headers));
      return done(
        json(500, { detail: `mock-server internal error: ${(error as Error)?.stack ?? String(error)}` }),
      );
    }
    if (request.signal?.aborted) throw request.signal.reason;

    if ("sse" in result) return done(openStream(route.op, result, fault, request.signal));
    const status = result.status ?? route.op.successStatus;
    if (validateResponses) {
      const problems = validator.validateResponse(route.op, status, result.body);
      if (problems.length)
        return done(
          json(500, {
            detail: `mock-server bug: the ${route.op.sdkName} response does not match the spec: ${problems.join("; ")}`,
          }),
        );
    }
    if (result.body === undefined) return done(finish(status, null, {}, fault));
    return done(json(status, result.body, {}, fault));
  }

  // An event goes out to every stream that follows it: checking it once is enough.
  const checkedEvents = new Map<OperationDef, WeakSet<object>>();
  function validateEvent(op: OperationDef, data: unknown): string[] {
    let checked = checkedEvents.get(op);
    if (!checked) checkedEvents.set(op, (checked = new WeakSet()));
    if (data && typeof data === "object" && checked.has(data)) return [];
    const problems = validator.validateResponse(op, op.successStatus, data);
    if (!problems.length && data && typeof data === "object") checked.add(data);
    return problems;
  }

  function openStream(
    op: OperationDef,
    result: Extract<HandlerResult, { sse: unknown }>,
    fault: ResolvedFault | null,
    signal: AbortSignal | null,
  ): Response {
    let cleanup: (() => void) | void;
    let ended = false;
    const writer = new SseWriter({
      fault,
      heartbeatMs,
      retryMs: options.sseRetryMs,
      validate: validateResponses ? (data) => validateEvent(op, data) : undefined,
      signal: signal ?? undefined,
      onClose: () => {
        ended = true;
        openStreams.delete(writer);
        cleanup?.();
      },
    });
    openStreams.add(writer);
    cleanup = result.sse(writer);
    if (ended) cleanup?.();
    return finish(
      op.successStatus,
      writer.body,
      { "content-type": "text/event-stream", "cache-control": "no-cache", "x-accel-buffering": "no" },
      fault,
    );
  }

  function control(method: string, path: string, bodyText: string): Response {
    let body: Record<string, unknown> = {};
    try {
      body = bodyText ? JSON.parse(bodyText) : {};
      const clockState = () => ({
        now: clock.now().toISOString(),
        mode: clock.mode,
        next_task_at: clock.nextTaskAt()?.toISOString() ?? null,
      });
      if (method === "GET" && path === "/_mock/clock") return json(200, clockState());
      if (method === "POST" && path === "/_mock/clock/advance") {
        clock.advance(Number(body.ms));
        return json(200, clockState());
      }
      if (method === "POST" && path === "/_mock/clock/set") {
        clock.set(body.time as string);
        return json(200, clockState());
      }
      if (method === "GET" && path === "/_mock/faults") return json(200, { rules: faults.rules });
      if (method === "POST" && path === "/_mock/faults") {
        faults.add(body as FaultRule);
        return json(200, { rules: faults.rules });
      }
      if (method === "DELETE" && path === "/_mock/faults") {
        faults.clear();
        return json(200, { rules: [] });
      }
      if (method === "GET" && path === "/_mock/requests") return json(200, { requests });
      if (method === "DELETE" && path === "/_mock/requests") {
        requests.length = 0;
        return json(200, { requests: [] });
      }
      return json(404, { detail: "Unknown control endpoint" });
    } catch (error) {
      return json(400, { detail: (error as Error).message });
    }
  }

  const api: MockServer = {
    url: (options.url ?? "http://mock-server.invalid").replace(/\/+$/, ""),
    requests,
    clock,
    state: world,
    faults,
    seed,
    handle,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request =
        typeof input === "string" && input.startsWith("/")
          ? new Request(new URL(input, api.url), init)
          : new Request(input, init);
      const signal = request.signal;
      if (signal?.aborted)
        throw signal.reason ?? new DOMException("This operation was aborted", "AbortError");
      if (!signal) return handle(request);
      // As fetch does: an abort before the response arrives rejects the call.
      return await new Promise<Response>((resolve, reject) => {
        const onAbort = () =>
          reject(signal.reason ?? new DOMException("This operation was aborted", "AbortError"));
        signal.addEventListener("abort", onAbort, { once: true });
        handle(request).then(
          (r) => {
            signal.removeEventListener("abort", onAbort);
            resolve(r);
          },
          (e) => {
            signal.removeEventListener("abort", onAbort);
            reject(e);
          },
        );
      });
    }) as typeof fetch,
    async settle(executionId, settleOptions = {}) {
      const rt = world.runtimes.get(executionId);
      if (!rt) throw new Error(`No execution "${executionId}"`);
      if (clock.mode === "manual")
        clock.runUntil(() => world.isDone(rt), clock.nowMs() + (settleOptions.maxMs ?? 600_000));
      else if (!world.isDone(rt))
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, settleOptions.maxMs ?? 60_000);
          function done() {
            clearTimeout(timer);
            rt!.terminalWaiters.delete(done);
            resolve();
          }
          rt.terminalWaiters.add(done);
        });
      return rt.rec;
    },
    close() {
      for (const w of [...openStreams]) w.close();
      world.eventListeners.clear();
      deployments.dispose();
      clock.dispose();
    },
  };
  return api;
}
