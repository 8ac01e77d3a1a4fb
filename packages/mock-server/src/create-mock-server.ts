/**
 * `createMockServer()`: the whole Workflows API as a fetch-shaped function, in memory. Tests hand
 * `api.fetch` to the client, so no port is opened:
 *
 * ```ts
 * const api = createMockServer();
 * const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
 * ```
 *
 * This file only assembles the parts: the domain (`domain/`), the handlers (`handlers/`) and the
 * request pipeline (`http/`).
 */
import { TaskClock, type ClockMode, type ClockOptions, type MockClock } from "./clock.js";
import { createDomain, DOMAIN } from "./domain/domain.js";
import { createIdSource } from "./domain/ids.js";
import { seedDomain } from "./domain/seed.js";
import { createStateView } from "./domain/state-view.js";
import { FaultRegistry, type FaultController, type FaultRule } from "./faults.js";
import { defaultSeed, stableUuid, type SeedData } from "./fixtures.js";
import { createControlEndpoints } from "./http/control.js";
import { createCorsPolicy, type CorsOptions } from "./http/cors.js";
import { createFetch } from "./http/fetch-adapter.js";
import { DEFAULT_LIMITS, type RequestLimits } from "./http/limits.js";
import { createWorkerEncoding, type WorkerEncodingOptions } from "./http/worker-encoding.js";
import { createPipeline } from "./http/pipeline.js";
import { createRequestLog, type RecordedRequest } from "./http/request-log.js";
import { createResponder } from "./http/responses.js";
import { compiledSpec } from "./http/compiled-spec.js";
import { bundledSpec, type OpenAPIDocument } from "./http/spec.js";
import type { ExecutionBehaviour, MockExecution, MockState } from "./types.js";

export type { RecordedRequest };

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
  /**
   * Cross-origin access from browser pages: `false` turns it off, `true` allows any origin, or
   * {@link CorsOptions}. Preflights are answered 204 without authentication.
   * @default loopback origins only (`http://localhost:5173`, `http://127.0.0.1:8080`, …)
   */
  cors?: boolean | CorsOptions;
  /**
   * Finished executions kept at most; past it, the oldest finished are evicted with their events
   * (their ids then answer 404). @default 1000
   */
  maxFinishedExecutions?: number;
  /** Clock milliseconds a finished execution is kept after it ended. @default no limit */
  maxFinishedAgeMs?: number;
  /**
   * Bytes of live events an SSE reader may fall behind by; past it, its connection is dropped (it can
   * resume with `Last-Event-ID`). A backlog (a replay) is read as the reader drains and never counts.
   * @default 8388608 (8 MiB)
   */
  maxStreamBufferBytes?: number;
  /** Request limits: body, JSON nesting and size, URL and header size (see {@link RequestLimits}). */
  limits?: RequestLimits;
  /**
   * Play a deployment whose workers encrypt, compress or offload payloads: the codec settings the
   * workers use (`@mistral-workflows/encoding`'s `PayloadCodecConfig`) and, optionally, the workflows
   * they cover (all by default). Cleartext input to a covered workflow is refused as the platform refuses
   * it (`500`, `WF_1302`); encoded input is decoded to run the story; results and event payloads are
   * served encoded. See {@link WorkerEncodingOptions}.
   */
  workerEncoding?: WorkerEncodingOptions;
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
  /** The state: workflows, registrations, executions, schedules and events; a live, read-only view. */
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
   * Supplies the credentials a `connector_auth` task waits for (the user finished signing in): every
   * execution waiting for connector `connectorName` goes on one step later, and later executions do not
   * ask for it again. `credentialsName` limits it to that named credential set. Throws a `TypeError`
   * for an empty name.
   */
  authorizeConnector(connectorName: string, credentialsName?: string | null): void;
  /**
   * Ends every open stream and stops the clock (its timers and pending tasks). The handler still
   * answers requests, but nothing moves on the clock any more.
   */
  close(): void;
}

/**
 * Creates a mock server: the Workflows API in memory, seeded, with a controllable clock. See
 * {@link MockServerOptions} for the defaults.
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const doc = options.spec ?? bundledSpec;
  const { router, validator } = compiledSpec(doc);
  const clockOptions = typeof options.clock === "string" ? { mode: options.clock } : (options.clock ?? {});
  const clock = new TaskClock(clockOptions, "manual");
  const domain = createDomain(clock, createIdSource(options.seed ?? 1), {
    stepMs: options.stepMs ?? 400,
    behaviours: options.behaviours ?? {},
    ...(options.deploymentStepMs !== undefined ? { deploymentStepMs: options.deploymentStepMs } : {}),
    ...(options.maxFinishedExecutions !== undefined
      ? { maxFinishedExecutions: options.maxFinishedExecutions }
      : {}),
    ...(options.maxFinishedAgeMs !== undefined ? { maxFinishedAgeMs: options.maxFinishedAgeMs } : {}),
  });
  const faults = new FaultRegistry(options.faults ?? []);
  const requests = createRequestLog(options.maxRecordedRequests ?? 10_000, options.onRequest);
  const responder = createResponder();
  const seedUser = stableUuid(`user:${options.apiKey ?? "test"}`);
  const seed = (data: SeedData) =>
    seedDomain(domain, data, (schema, value) => validator.validateComponent(schema, value), seedUser);

  if (options.defaultSeed !== false) seed(defaultSeed());
  seed({
    workflows: options.workflows,
    registrations: options.registrations,
    schedules: options.schedules,
    executions: options.executions,
  });

  const authorizeConnector = (connectorName: string, credentialsName: string | null = null) => {
    if (typeof connectorName !== "string" || connectorName === "")
      throw new TypeError("authorizeConnector(): connectorName must be a non-empty string");
    if (credentialsName !== null && typeof credentialsName !== "string")
      throw new TypeError("authorizeConnector(): credentialsName must be a string or null");
    domain.engine.authorizeConnector(connectorName, credentialsName, clock.nowMs());
  };

  const pipeline = createPipeline({
    domain,
    router,
    validator,
    faults,
    cors: createCorsPolicy(options.cors),
    control:
      options.controlEndpoints === false
        ? null
        : createControlEndpoints({ clock, faults, requests, responder, authorizeConnector }),
    requests,
    responder,
    apiKey: options.apiKey,
    validateResponses: options.validateResponses ?? true,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    sseRetryMs: options.sseRetryMs,
    defaultWaitSeconds: options.waitForResultSeconds ?? 60,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    maxStreamBufferBytes: options.maxStreamBufferBytes ?? 8 * 1024 * 1024,
    workerEncoding: options.workerEncoding ? createWorkerEncoding(options.workerEncoding, domain) : null,
  });

  const api: MockServer = {
    url: (options.url ?? "http://mock-server.invalid").replace(/\/+$/, ""),
    requests: requests.list,
    clock,
    state: createStateView(domain),
    faults,
    seed,
    authorizeConnector,
    handle: pipeline.handle,
    fetch: createFetch(pipeline.handle, () => api.url),
    async settle(executionId, settleOptions = {}) {
      const rt = domain.store.executions.get(executionId);
      if (!rt) throw new Error(`No execution "${executionId}"`);
      const { engine } = domain;
      if (clock.mode === "manual")
        clock.runUntil(() => engine.isDone(rt), clock.nowMs() + (settleOptions.maxMs ?? 600_000));
      else if (!engine.isDone(rt))
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, settleOptions.maxMs ?? 60_000);
          function done() {
            clearTimeout(timer);
            rt!.listeners.terminal.delete(done);
            resolve();
          }
          rt.listeners.terminal.add(done);
        });
      return rt.rec;
    },
    close() {
      pipeline.closeStreams();
      domain.engine.recorder.listeners.clear();
      domain.deployments.dispose();
      clock.dispose();
    },
  };
  Object.defineProperty(api, DOMAIN, { value: domain });
  return api;
}
