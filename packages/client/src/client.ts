/**
 * `createClient()`: the raw typed path client of openapi-fetch (`client.GET("/v1/…", …)`, which
 * returns `{ data, error, response }` and never throws for a 4xx/5xx), plus one named method per
 * operation grouped by resource (`client.schedules.getSchedule({ schedule_id })`), which resolves to
 * the response body and throws typed errors.
 */
import * as openapiFetch from "openapi-fetch";
import { createFinalURL, createQuerySerializer, defaultPathSerializer, type Client } from "openapi-fetch";
import { InvalidArgumentError, InvalidResponseError, WorkflowsError, toAPIError } from "./errors.js";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { createRetryFetch, sendWithRetries, type RetryPolicy } from "./retry-fetch.js";
import type { NamedMethods, RequestOptions } from "./types.js";
import { VERSION } from "./version.js";

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * Mistral API key, sent as `Authorization: Bearer <key>`. Defaults to the `MISTRAL_API_KEY`
   * environment variable; `null` sends no `Authorization` header (for a proxy that adds it).
   */
  apiKey?: string | null;
  /** @default "https://api.mistral.ai" */
  baseUrl?: string;
  /** The `fetch` to send requests with (a mock server's, a proxy-aware one…). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Per-attempt time limit in milliseconds; `Infinity` sets none. @default 60000 */
  timeoutMs?: number;
  /** Retries after the first attempt on connection errors, timeouts, 408, 429 and 5xx. @default 2 */
  maxRetries?: number;
  /** Called before each retry's wait (for logging or metrics). */
  onRetry?: RetryPolicy["onRetry"];
  /** Prefix of the `User-Agent` header, e.g. `"my-app/1.2"`. */
  userAgent?: string;
}

/** What {@link createClient} returns: openapi-fetch's path client plus the named methods. */
export type WorkflowsClient = Client<paths> &
  NamedMethods & {
    /** A new client with some options replaced (e.g. `client.withOptions({ maxRetries: 0 })`). */
    withOptions(overrides: ClientOptions): WorkflowsClient;
    /** The resolved options, without the API key. */
    readonly options: Readonly<Omit<Required<ClientOptions>, "apiKey" | "onRetry" | "fetch">>;
  };

/** Mistral's production API, the default `baseUrl`. */
export const DEFAULT_BASE_URL = "https://api.mistral.ai";
/** Default per-attempt time limit, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;

function envApiKey(): string | undefined {
  return typeof process !== "undefined" ? process.env?.MISTRAL_API_KEY || undefined : undefined;
}

/**
 * Path parameters are percent-encoded by openapi-fetch; on top of that, values that would change the
 * path's meaning after URL normalisation (empty, `.`, `..`; WHATWG URL also folds `%2e%2e`) are refused.
 */
function safePathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(pathParams)) {
    const text = typeof value === "string" ? value : String(value);
    if (text === "" || /^(\.|%2e){1,2}$/i.test(text))
      throw new InvalidArgumentError(
        `Path parameter "${name}" must be a non-empty id, got ${JSON.stringify(text)}.`,
        name,
      );
  }
  return defaultPathSerializer(pathname, pathParams);
}

type Row = (typeof operationTable)[keyof typeof operationTable];

/**
 * openapi-fetch's `createClient`, its default export. From our CommonJS build, Node's interop hands
 * the default import the whole `module.exports` (whose `.default` is the function), so unwrap it.
 */
const createFetchClient: typeof openapiFetch.default =
  typeof openapiFetch.default === "function"
    ? openapiFetch.default
    : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default;

/** An error response's body: parsed JSON when it is JSON, else the text (`undefined` when empty). */
function parseErrorBody(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
type Location = "path" | "query" | "header";

/** Creates a client for the Workflows API. See {@link ClientOptions} for defaults. */
export function createClient(options: ClientOptions = {}): WorkflowsClient {
  const apiKey = options.apiKey === undefined ? envApiKey() : options.apiKey;
  if (apiKey === undefined)
    throw new WorkflowsError(
      "No API key: pass `apiKey` to createClient() or set MISTRAL_API_KEY (or pass `apiKey: null`).",
    );
  const resolved = {
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    headers: { ...options.headers },
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    userAgent: options.userAgent ?? "",
  };
  if (!(resolved.timeoutMs > 0))
    throw new InvalidArgumentError(
      "timeoutMs must be a positive number of milliseconds (or Infinity).",
      "timeoutMs",
    );
  if (!Number.isInteger(resolved.maxRetries) || resolved.maxRetries < 0)
    throw new InvalidArgumentError("maxRetries must be a whole number ≥ 0.", "maxRetries");

  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const policy: RetryPolicy = {
    timeoutMs: resolved.timeoutMs,
    maxRetries: resolved.maxRetries,
    onRetry: options.onRetry,
  };
  const retryFetch = createRetryFetch(baseFetch, policy);
  const headers: Record<string, string> = {
    "User-Agent": `${resolved.userAgent ? `${resolved.userAgent} ` : ""}mistral-workflows-ts/${VERSION}`,
    ...resolved.headers,
  };
  if (apiKey !== null) headers.Authorization = `Bearer ${apiKey}`;

  // OpenAPI's default for query parameters (style: form, explode: true) for objects too, e.g.
  // `metadata_filters: { team: "a" }` goes out as `team=a`, as the spec (and the official SDK) send it.
  const queryStyle = {
    array: { style: "form", explode: true },
    object: { style: "form", explode: true },
  } as const;
  const querySerializer = createQuerySerializer(queryStyle);
  const raw = createFetchClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: retryFetch,
    headers,
    pathSerializer: safePathSerializer,
    querySerializer: queryStyle,
  });

  function policyFor(call: RequestOptions): RetryPolicy {
    if (call.timeoutMs === undefined && call.maxRetries === undefined) return policy;
    return {
      ...policy,
      timeoutMs: call.timeoutMs ?? policy.timeoutMs,
      maxRetries: call.maxRetries ?? policy.maxRetries,
    };
  }

  function namedMethod(sdkName: string, row: Row) {
    const where = new Map<string, Location>();
    for (const p of row.pathParams) where.set(p, "path");
    for (const p of row.queryParams) where.set(p, "query");
    for (const p of row.headerParams) where.set(p, "header");

    return async (input: Record<string, unknown> = {}, call: RequestOptions = {}) => {
      if (input === null || typeof input !== "object")
        throw new InvalidArgumentError(`${sdkName}() takes an object of parameters.`, "input");
      const params: Record<Location, Record<string, unknown>> = { path: {}, query: {}, header: {} };
      let body: Record<string, unknown> | undefined;
      for (const key in input) {
        const value = input[key];
        if (value === undefined) continue;
        const location = where.get(key);
        if (location) params[location][key] = value;
        else if (row.body !== "none") (body ??= {})[key] = value;
        else throw new InvalidArgumentError(`${sdkName}() has no parameter "${key}".`, key);
      }
      for (const p of row.pathParams)
        if (params.path[p] === undefined) throw new InvalidArgumentError(`${sdkName}() needs "${p}".`, p);
      if (row.body === "required") body ??= {};

      // Same URL rules as the path client (openapi-fetch's serializers), but one fetch call with a URL
      // and an init: building openapi-fetch's intermediate Request costs ~30% of a loopback call.
      const url = createFinalURL(row.path, {
        baseUrl: resolved.baseUrl,
        params,
        querySerializer,
        pathSerializer: safePathSerializer,
      });
      const requestHeaders: Record<string, string> =
        body === undefined ? { ...headers } : { ...headers, "Content-Type": "application/json" };
      for (const name in params.header) requestHeaders[name] = String(params.header[name]);
      if (call.headers) Object.assign(requestHeaders, call.headers);
      const { response, text } = await sendWithRetries(
        baseFetch,
        policyFor(call),
        url,
        {
          method: row.method,
          headers: requestHeaders,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: call.signal,
        },
        true,
      );
      if (!response.ok) throw toAPIError(response, parseErrorBody(text));
      if (row.response === "sse") {
        if (text === undefined) return response;
        throw new InvalidResponseError(
          `${sdkName}(): expected a text/event-stream response.`,
          response.status,
          text,
        );
      }
      if (row.response === "empty") return undefined;
      if (!text) throw new InvalidResponseError(`${sdkName}(): empty response body.`, response.status, "");
      try {
        return JSON.parse(text);
      } catch {
        throw new InvalidResponseError(`${sdkName}(): response body is not JSON.`, response.status, text);
      }
    };
  }

  const groups: Record<string, Record<string, unknown>> = {};
  for (const [sdkName, row] of Object.entries(operationTable)) {
    (groups[row.group] ??= {})[row.name] = namedMethod(sdkName, row);
  }

  const { apiKey: _omit, ...rest } = options;
  return Object.assign(raw, groups, {
    withOptions: (overrides: ClientOptions) => createClient({ ...rest, apiKey, ...overrides }),
    options: Object.freeze({ ...resolved }),
  }) as unknown as WorkflowsClient;
}
