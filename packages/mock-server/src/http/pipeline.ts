/**
 * The request pipeline: HTTP in, domain calls out. Each request goes through, in order: CORS
 * preflight, control endpoints, fault injection, authentication (401), routing from the spec
 * (404/405, 501 for an operation without a handler), validation against the spec (422), the
 * handler, and (by default) validation of the response against the spec. CORS headers are added to
 * every answer.
 */
import type { OperationName } from "@mistral-workflows/client";
import { wallClockSleep } from "../clock.js";
import type { Domain } from "../domain/domain.js";
import { stableUuid } from "../fixtures.js";
import {
  FAULT_HEADER,
  parseFaultHeader,
  type FaultRegistry,
  type FaultRule,
  type ResolvedFault,
} from "../faults.js";
import { hasHandler, runHandler, type HandlerOutcome } from "../handlers/index.js";
import type { HandlerContext } from "../handlers/types.js";
import { authenticate } from "./auth.js";
import type { ControlEndpoints } from "./control.js";
import type { CorsPolicy } from "./cors.js";
import { HttpError } from "../handlers/http-error.js";
import { checkHead, checkJsonShape, readBody, type RequestLimits } from "./limits.js";
import type { RecordedRequest, RequestLog } from "./request-log.js";
import type { Responder } from "./responses.js";
import type { Router } from "./router.js";
import type { OperationDef } from "./spec.js";
import { SseWriter } from "./sse.js";
import type { SpecValidator } from "./validation.js";
import {
  PAYLOAD_ENCODING_REQUIRED,
  PayloadEncodingRequired,
  type WorkerEncoding,
} from "./worker-encoding.js";

/** What the pipeline works with. */
export interface PipelineDeps {
  domain: Domain;
  router: Router;
  validator: SpecValidator;
  faults: FaultRegistry;
  cors: CorsPolicy | null;
  control: ControlEndpoints | null;
  requests: RequestLog;
  responder: Responder;
  /** Accept only this API key. */
  apiKey: string | undefined;
  validateResponses: boolean;
  heartbeatMs: number;
  sseRetryMs: number | undefined;
  defaultWaitSeconds: number;
  limits: Required<RequestLimits>;
  /** Bytes of live events an SSE reader may fall behind by before it is disconnected. */
  maxStreamBufferBytes: number;
  /** The workers' payload encoding, when the mock plays an encrypted deployment. */
  workerEncoding: WorkerEncoding | null;
}

/** A server's request pipeline. */
export interface Pipeline {
  /**
   * Answers one request. `signal` is the caller's own abort signal when it has one: a `Request`'s
   * signal only follows the caller's while the `Request` object is alive (undici holds it weakly),
   * so a stream that outlives its `Request` would miss a later abort.
   */
  handle(request: Request, signal?: AbortSignal | null): Promise<Response>;
  /** Ends every open stream. */
  closeStreams(): void;
}

function headersOf(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => (headers[k] = v));
  return headers;
}

/** The streams of workflow events, whose payloads an encrypted deployment serves encoded. */
const EVENT_STREAMS = new Set(["executions.stream", "events.getStreamEvents"]);

/** Creates the pipeline of one server. */
export function createPipeline(deps: PipelineDeps): Pipeline {
  const { domain, router, validator, faults, cors, control, requests, responder } = deps;
  const { clock } = domain;
  const json = responder.json;
  const openStreams = new Set<SseWriter>();

  function recordOf(
    request: Request,
    url: URL,
    method: string,
    body: unknown,
    op: OperationDef | null,
  ): RecordedRequest {
    const query: Record<string, string | string[]> = {};
    for (const k of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(k);
      query[k] = all.length > 1 ? all : all[0]!;
    }
    return {
      method,
      url: request.url,
      path: url.pathname,
      query,
      headers: headersOf(request),
      body,
      operation: op?.sdkName ?? null,
      status: 0,
      at: clock.now().toISOString(),
      received_at: new Date().toISOString(),
    };
  }

  async function handle(request: Request, signal: AbortSignal | null = request.signal): Promise<Response> {
    let response: Response;
    try {
      response = await answer(request, signal);
    } catch (error) {
      // An aborted request rejects, as fetch does; anything else is a bug, answered rather than thrown.
      if (signal?.aborted) throw error;
      response = json(500, {
        detail: `mock-server internal error: ${(error as Error)?.stack ?? String(error)}`,
      });
    }
    if (cors)
      for (const [k, v] of Object.entries(cors.headersFor(request.headers.get("origin"))))
        response.headers.set(k, v);
    return response;
  }

  async function answer(request: Request, signal: AbortSignal | null): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const refuse = (refusal: { status: number; detail: unknown; headers?: Record<string, string> }) => {
      const rec = recordOf(request, url, method, undefined, null);
      requests.add(rec);
      const response = json(refusal.status, { detail: refusal.detail }, refusal.headers ?? {});
      requests.done(rec, response.status);
      return response;
    };
    const head = checkHead(method, url, request.headers, deps.limits);
    if (head) return refuse(head);

    const preflight = cors?.preflight(request);
    if (preflight) {
      const rec = recordOf(request, url, method, undefined, null);
      requests.add(rec);
      const response =
        preflight.body === undefined
          ? responder.raw(preflight.status, null, preflight.headers)
          : json(preflight.status, preflight.body, preflight.headers);
      requests.done(rec, response.status);
      return response;
    }

    const read = method === "GET" || method === "HEAD" ? { text: "" } : await readBody(request, deps.limits);
    if ("refusal" in read) return refuse(read.refusal);
    const bodyText = read.text;
    const shapeIssue = bodyText ? checkJsonShape(bodyText, deps.limits) : null;
    if (control) {
      if (shapeIssue && url.pathname.startsWith("/_mock/"))
        return refuse({ status: 400, detail: shapeIssue.msg });
      const response = control(method, url.pathname, bodyText);
      if (response) {
        // Logged (`onRequest`) but not recorded: `api.requests` holds API calls only.
        const rec = recordOf(request, url, method, bodyText || undefined, null);
        requests.done(rec, response.status);
        return response;
      }
    }

    // The root describes the server, so a browser or `curl` pointed at it learns what it is.
    if (method === "GET" && url.pathname === "/") {
      const response = json(200, describe(url));
      requests.done(recordOf(request, url, method, undefined, null), response.status);
      return response;
    }

    let parsedBody: unknown = undefined;
    if (bodyText && shapeIssue) parsedBody = bodyText;
    else if (bodyText) {
      try {
        parsedBody = JSON.parse(bodyText);
      } catch {
        parsedBody = bodyText;
      }
    }
    const route = router.match(method, url.pathname);
    const op = route.kind === "found" ? route.op : null;
    const rec = recordOf(request, url, method, parsedBody, op);
    requests.add(rec);
    const done = (response: Response) => {
      requests.done(rec, response.status);
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
    if (fault?.latencyMs) await wallClockSleep(fault.latencyMs, signal);
    if (fault?.status) {
      const retryAfter = String(fault.retryAfterSeconds ?? 1);
      const detail =
        fault.status === 429
          ? "Rate limit exceeded (mock fault)"
          : `Service unavailable (mock fault ${fault.status})`;
      return done(json(fault.status, { detail }, { "retry-after": retryAfter }));
    }

    // 2. Authentication.
    const auth = authenticate(request.headers.get("authorization"), deps.apiKey);
    if (auth.refusal !== null)
      return done(json(401, { detail: auth.refusal }, { "www-authenticate": "Bearer" }));

    // 3. Routing.
    if (route.kind === "not-found") return done(json(404, { detail: "Not Found" }));
    if (route.kind === "method-not-allowed")
      return done(json(405, { detail: "Method Not Allowed" }, { allow: route.allow.join(", ") }));
    if (!hasHandler(route.op.sdkName))
      return done(
        json(501, {
          detail: `Not implemented by the mock server: ${route.op.sdkName} (${route.op.operationId})`,
        }),
      );

    // 4. Validation (a body too deep or too large to check is refused first).
    if (shapeIssue) return done(json(422, { detail: [shapeIssue] }));
    const valid = validator.validateRequest(route.op, {
      url,
      headers: request.headers,
      pathParams: route.pathParams,
      bodyText,
    });
    if (!valid.ok) return done(json(422, { detail: valid.detail }));

    // 4b. An encrypted deployment's workers take encoded inputs only.
    const workerEncoding = deps.workerEncoding;
    if (workerEncoding)
      try {
        await workerEncoding.decodeRequest(route.op.sdkName, valid.value.path, valid.value.body);
      } catch (error) {
        if (error instanceof PayloadEncodingRequired)
          return done(json(PAYLOAD_ENCODING_REQUIRED.status, PAYLOAD_ENCODING_REQUIRED.body));
        return done(
          json(422, {
            detail: [
              {
                type: "value_error",
                loc: ["body", "input"],
                msg: `The workers cannot decode this input: ${(error as Error).message}`,
                input: null,
              },
            ],
          }),
        );
      }

    // 5. The handler (after retention has dropped what aged out on the clock).
    domain.store.evict(clock.nowMs());
    let result: HandlerOutcome;
    try {
      const ctx = {
        domain,
        op: route.op,
        path: valid.value.path,
        query: valid.value.query,
        header: valid.value.header,
        body: valid.value.body,
        request,
        userId: stableUuid(`user:${auth.token}`),
        now: clock.nowMs(),
        defaultWaitSeconds: deps.defaultWaitSeconds,
      } as unknown as HandlerContext<OperationName>;
      result = await runHandler(route.op.sdkName, ctx);
    } catch (error) {
      if (error instanceof HttpError) {
        // A status the spec documents without content (the log streams' 404) has no body, as in the API.
        if (route.op.responses.get(error.status)?.kind === "empty")
          return done(responder.raw(error.status, null, error.headers ?? {}));
        return done(json(error.status, { detail: error.detail, ...error.fields }, error.headers));
      }
      return done(
        json(500, {
          detail: `mock-server internal error: ${(error as Error)?.stack ?? String(error)}`,
          code: "WF_1000",
        }),
      );
    }
    if (signal?.aborted) throw signal.reason;

    if ("sse" in result) return done(openStream(route.op, result.sse, fault, signal));
    const status = result.status ?? route.op.successStatus;
    if (workerEncoding && status < 300)
      result = {
        ...result,
        body: await workerEncoding.encodeResponse(route.op.sdkName, valid.value.path, result.body),
      };
    if (deps.validateResponses) {
      const problems = validator.validateResponse(route.op, status, result.body);
      if (problems.length)
        return done(
          json(500, {
            detail: `mock-server bug: the ${route.op.sdkName} response does not match the spec: ${problems.join("; ")}`,
          }),
        );
    }
    if (result.body === undefined) return done(responder.raw(status, null, {}, fault));
    return done(json(status, result.body, {}, fault));
  }

  function describe(url: URL) {
    const base = `${url.protocol}//${url.host}`;
    return {
      name: "Mistral Workflows API mock server",
      description:
        "A stateful, spec-validated, in-memory stand-in for the Mistral Workflows API. Send requests with any bearer token (Authorization: Bearer <key>).",
      base_url: base,
      operations: router.size,
      clock: { mode: clock.mode, now: clock.now().toISOString() },
      control_endpoints: control
        ? [
            "GET /_mock/clock",
            "POST /_mock/clock/advance",
            "POST /_mock/clock/set",
            "GET|POST|DELETE /_mock/faults",
            "GET|DELETE /_mock/requests",
          ]
        : [],
      example: `curl -H "Authorization: Bearer test" ${base}/v1/workflows/schedules`,
    };
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
    start: (writer: SseWriter) => (() => void) | void,
    fault: ResolvedFault | null,
    signal: AbortSignal | null,
  ): Response {
    let cleanup: (() => void) | void;
    let ended = false;
    const writer = new SseWriter({
      fault,
      heartbeatMs: deps.heartbeatMs,
      maxBufferBytes: deps.maxStreamBufferBytes,
      ...(deps.sseRetryMs !== undefined ? { retryMs: deps.sseRetryMs } : {}),
      ...(deps.validateResponses ? { validate: (data: unknown) => validateEvent(op, data) } : {}),
      ...(deps.workerEncoding && EVENT_STREAMS.has(op.sdkName)
        ? { prepare: deps.workerEncoding.encodeStreamEvent }
        : {}),
      ...(signal ? { signal } : {}),
      onClose: () => {
        ended = true;
        openStreams.delete(writer);
        cleanup?.();
      },
    });
    openStreams.add(writer);
    cleanup = start(writer);
    if (ended) cleanup?.();
    return responder.raw(
      op.successStatus,
      writer.body,
      { "content-type": "text/event-stream", "cache-control": "no-cache", "x-accel-buffering": "no" },
      fault,
    );
  }

  return {
    handle,
    closeStreams() {
      for (const w of [...openStreams]) w.close();
    },
  };
}
