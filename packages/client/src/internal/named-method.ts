/**
 * The named methods (`client.schedules.getSchedule({ schedule_id })`): one generic call driven by the
 * generated operation table. It checks the arguments before anything is sent, builds the URL with
 * openapi-fetch's serializers, sends through the client's one pipeline with the operation's retry
 * safety, makes creates write-once, and turns the answer into the body or a typed error.
 */
import { APIPromise, type ParsedResponse } from "../api-promise.js";
import { errorCodeOf, InvalidArgumentError, InvalidResponseError, toAPIError } from "../errors.js";
import type { operationTable } from "../generated/operations.js";
import { compilePath, fillPath, serializePath, type PathTemplate } from "./path-template.js";
import type { RetryPolicy } from "../policy.js";
import { discardBody } from "./body.js";
import type { Core } from "./core.js";
import type { RequestOptions } from "../types.js";
import {
  checkBounds,
  checkHeader,
  checkHeaders,
  checkParam,
  checkRetries,
  checkTimeout,
  kindOf,
  serializeBody,
  type ParamBounds,
} from "./validate.js";
import { assignIdempotencyId, attemptTimeoutMs, type Idempotency } from "./write-once.js";

/** One row of the generated operation table. */
export type OperationRow = (typeof operationTable)[keyof typeof operationTable];
type Location = "path" | "query" | "header";

/** An error response's body: parsed JSON when it is JSON, else the text (`undefined` when empty). */
function parseErrorBody(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Path parameters are percent-encoded by openapi-fetch; on top of that, values that would change the
 * path's meaning after URL normalisation (empty, `.`, `..`; WHATWG URL also folds `%2e%2e`) are refused.
 */
export function safePathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const name in pathParams) checkParam("path", name, "path", pathParams[name], ["string"]);
  return serializePath(pathname, pathParams);
}

/** Checks the per-call options and the policy they make. */
function callPolicy(sdkName: string, base: RetryPolicy, call: unknown): RetryPolicy {
  if (call === undefined) return base;
  if (call === null || typeof call !== "object")
    throw new InvalidArgumentError(`${sdkName}(): options must be an object.`, "options");
  const { timeoutMs, maxRetries, signal, retrySafe } = call as RequestOptions;
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new InvalidArgumentError(
      `${sdkName}(): signal must be an AbortSignal, got ${kindOf(signal)}.`,
      "signal",
    );
  if (retrySafe !== undefined && typeof retrySafe !== "boolean")
    throw new InvalidArgumentError(`${sdkName}(): retrySafe must be true or false.`, "retrySafe");
  checkHeaders(`${sdkName}()`, (call as RequestOptions).headers);
  if (timeoutMs === undefined && maxRetries === undefined && retrySafe === undefined) return base;
  return {
    ...base,
    timeoutMs: timeoutMs === undefined ? base.timeoutMs : checkTimeout(`${sdkName}()`, timeoutMs),
    maxRetries: maxRetries === undefined ? base.maxRetries : checkRetries(`${sdkName}()`, maxRetries),
    ...(retrySafe !== undefined ? { retrySafe } : {}),
  };
}

/**
 * Makes the function behind every named method: `invoke(sdkName, input, options)` resolves to the
 * parsed body and the response. `table` is the generated operation table.
 */
export function createInvoker(core: Core, table: Record<string, OperationRow>) {
  const ctx = core.config;
  /** What a row's calls share, worked out on its first call. */
  interface Plan {
    where: Map<string, Location>;
    url: PathTemplate;
    query: boolean;
    /** The client's policy with the operation's retry safety: what a call without options uses. */
    policy: RetryPolicy;
  }
  const jsonHeaders = { ...ctx.headers, "Content-Type": "application/json" };
  const plans = new Map<string, Plan>();
  function planOf(sdkName: string, row: OperationRow): Plan {
    let plan = plans.get(sdkName);
    if (!plan) {
      const where = new Map<string, Location>();
      for (const p of row.pathParams) where.set(p, "path");
      for (const p of row.queryParams) where.set(p, "query");
      for (const p of row.headerParams) where.set(p, "header");
      // The spec's paths use the simple style only, which the template writes.
      const url = compilePath(ctx.baseUrl + row.path) ?? [ctx.baseUrl + row.path];
      plan = { where, url, query: row.queryParams.length > 0, policy: core.policy(row.retrySafe) };
      plans.set(sdkName, plan);
    }
    return plan;
  }

  async function invoke(
    sdkName: string,
    input: unknown,
    call: RequestOptions | undefined,
  ): Promise<ParsedResponse<unknown>> {
    const row = table[sdkName]!;
    const method = row.name;
    if (input === undefined) input = {};
    if (input === null || typeof input !== "object" || Array.isArray(input))
      throw new InvalidArgumentError(
        `${method}(): input must be an object of parameters, got ${kindOf(input)}.`,
        "input",
      );
    const policy = callPolicy(method, ctx.policy, call);
    const plan = planOf(sdkName, row);
    const where = plan.where;
    const types = row.paramTypes as Record<string, readonly string[]>;
    const bounds = (row as { paramBounds?: Record<string, ParamBounds> }).paramBounds;
    const bodyFields = (row as { bodyFields?: readonly string[] }).bodyFields;
    const params: Record<Location, Record<string, unknown>> = { path: {}, query: {}, header: {} };
    let body: Record<string, unknown> | undefined;
    let headerParams = false;
    for (const key in input as Record<string, unknown>) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const location = where.get(key);
      if (location) {
        checkParam(method, key, location, value, types[key] ?? []);
        if (bounds) checkBounds(method, key, value, bounds[key]);
        if (value !== null) params[location][key] = value;
        if (location === "header") headerParams = true;
      } else if (row.body !== "none" && (!bodyFields || bodyFields.includes(key))) (body ??= {})[key] = value;
      else throw new InvalidArgumentError(`${method}() has no parameter "${key}".`, key);
    }
    for (const p of row.pathParams)
      if (params.path[p] === undefined) throw new InvalidArgumentError(`${method}() needs "${p}".`, p);
    if (row.body === "required") body ??= {};

    const idempotency = (row as { idempotency?: Idempotency }).idempotency;
    const id = idempotency && body ? assignIdempotencyId(body, idempotency) : null;
    // Encoded once per call, after the id is made (offloaded blobs are keyed by it): every attempt
    // sends the same bytes. A read-back compares with the plain input (the read decodes what it reads).
    let plainBody = body;
    // The codec's glue is loaded on first use: a client without a codec never loads it.
    const glue = ctx.codec ? await import("./codec-calls.js") : undefined;
    if (glue && ctx.codec && body && glue.encodesInput(sdkName)) {
      plainBody = { ...body };
      const executionId = id ?? params.path.execution_id;
      if (typeof executionId !== "string")
        throw new InvalidArgumentError(
          `${method}() needs an execution id to encode its input.`,
          "execution_id",
        );
      const workflowName = params.path.workflow_identifier;
      await glue.encodeRequestInput(
        ctx.codec,
        sdkName,
        body,
        executionId,
        typeof workflowName === "string" ? workflowName : undefined,
      );
    }
    const timeoutMs = attemptTimeoutMs(policy.timeoutMs, body);
    // A create made safe by its id is not safe without one (a required id the caller left out).
    const safe = idempotency && id === null ? false : row.retrySafe;
    const effective: RetryPolicy =
      policy === ctx.policy && timeoutMs === policy.timeoutMs && safe === row.retrySafe
        ? plan.policy
        : { ...policy, retrySafe: policy.retrySafe ?? safe, timeoutMs };

    // Same URL rules as the path client (its path template and openapi-fetch's query serializer), but
    // one fetch call with a URL and an init: building openapi-fetch's intermediate Request costs ~30%
    // of a loopback call.
    let url = fillPath(plan.url, params.path);
    if (plan.query) {
      let search = ctx.querySerializer(params.query);
      if (search.startsWith("?")) search = search.slice(1);
      if (search) url += `?${search}`;
    }
    // A fresh record per call: a custom fetch may change the one it is given.
    const headers: Record<string, string> = body === undefined ? { ...ctx.headers } : { ...jsonHeaders };
    if (headerParams)
      for (const name in params.header)
        headers[name] = checkHeader(`${method}()`, name, String(params.header[name]));
    if (call?.headers) Object.assign(headers, call.headers);
    const payload = body === undefined ? undefined : serializeBody(method, body);
    const startedAt = id === null ? 0 : Date.now();
    const { response, text, attempt } = await core.send(
      url,
      { method: row.method, headers, body: payload, signal: call?.signal },
      effective,
      { readText: true, expectStream: row.response === "sse" },
    );

    if (attempt > 0 && id !== null && idempotency && response.status === 409 && alreadyExists(text)) {
      // Either an earlier attempt of this very call reached the server although its answer was lost,
      // or someone else holds the id: the read-back tells which.
      const readRow = table[idempotency.read]!;
      const readOptions: RequestOptions = {
        ...(call?.signal ? { signal: call.signal } : {}),
        ...(call?.headers ? { headers: call.headers } : {}),
      };
      // Loaded on first use: most programs never meet a conflict.
      const { resolveConflict } = await import("./conflict.js");
      return resolveConflict(
        idempotency,
        id,
        plainBody,
        (value) => invoke(idempotency.read, { [readRow.pathParams[0]!]: value }, readOptions),
        startedAt,
        call?.signal,
        {
          response,
          body: parseErrorBody(text),
          path: params.path,
          invoke: (name, args) => invoke(name, args, readOptions),
        },
      );
    }
    // A DELETE retried after the first attempt went through finds nothing left: that is its success.
    if (attempt > 0 && row.method === "DELETE" && response.status === 404 && row.response === "empty")
      return { data: undefined, response };
    if (!response.ok) throw toAPIError(response, parseErrorBody(text));
    if (row.response === "sse") {
      if (text === undefined && response.headers.get("content-type")?.includes("text/event-stream"))
        return { data: response, response };
      discardBody(response);
      throw new InvalidResponseError(
        `${method}(): expected a text/event-stream response.`,
        response.status,
        text ?? "",
      );
    }
    if (row.response === "empty") return { data: undefined, response };
    if (!text) {
      const streamed = response.headers.get("content-type")?.includes("text/event-stream");
      throw new InvalidResponseError(
        `${method}(): ${streamed ? "expected JSON, got an event stream" : "empty response body"}.`,
        response.status,
        "",
      );
    }
    let data: unknown;
    const parser = ctx.jsonParser;
    if (parser.mode !== "number") await parser.ready();
    try {
      data = parser.parse(text);
    } catch {
      throw new InvalidResponseError(`${method}(): response body is not JSON.`, response.status, text);
    }
    if (glue && ctx.codec) await glue.decodeResponseData(ctx.codec, sdkName, data);
    return { data, response };
  }

  /** The named method of `sdkName`, returning an {@link APIPromise}. */
  return function namedMethod(sdkName: string) {
    return (input?: unknown, call?: RequestOptions) => {
      let parsed: Promise<ParsedResponse<unknown>>;
      try {
        parsed = invoke(sdkName, input, call);
      } catch (error) {
        parsed = Promise.reject(error);
      }
      return new APIPromise(parsed);
    };
  };
}

/**
 * Whether a 409 says "this id is taken": `WF_1101` (already started), or no code at all (schedules,
 * older servers). Any other code (e.g. `WF_1102`, not running) is a different conflict, never read back.
 */
function alreadyExists(text: string | undefined): boolean {
  const code = errorCodeOf(parseErrorBody(text));
  return code === null || code === "WF_1101";
}
