/**
 * `createClient()`: the raw typed path client of openapi-fetch (`client.GET("/v1/…", …)`, which
 * returns `{ data, error, response }` and never throws for a 4xx/5xx), plus one named method per
 * operation grouped by resource (`client.schedules.getSchedule({ schedule_id })`), which resolves to
 * the response body and throws typed errors.
 */
import type { Client } from "openapi-fetch";
import { InvalidArgumentError, WorkflowsError } from "./errors.js";
import type { NamedMethods } from "./generated/named-methods.js";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { createCore, type Core } from "./internal/core.js";
import { createInvoker, safePathSerializer, type OperationRow } from "./internal/named-method.js";
import type { PathClient, PathClientOptions } from "./internal/path-client.js";
import { PATH_METHODS } from "./internal/path-methods.js";
import { createQueryStyle } from "./internal/query.js";
import {
  checkBaseUrl,
  checkHeader,
  checkHeaders,
  checkRetries,
  checkTimeout,
  isHeaderValue,
  kindOf,
} from "./internal/validate.js";
import { createJsonParser, type Int64Mode, type JsonParser } from "./json-parser.js";
import type { Logger } from "./logger.js";
import { isPayloadCodec, type PayloadCodec } from "./payload-codec.js";
import type { OnRequest, OnResponse, RetryPolicy } from "./policy.js";
import { VERSION } from "./version.js";

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * Mistral API key, sent as `Authorization: Bearer <key>`. Defaults to the `MISTRAL_API_KEY`
   * environment variable; `null` sends no `Authorization` header (for a proxy that adds it). A key
   * holding a character that cannot go in a header (line break, NUL…) is refused at once.
   */
  apiKey?: string | null;
  /**
   * An absolute `http://` or `https://` URL. Defaults to the `MISTRAL_WORKFLOWS_BASE_URL` environment
   * variable (the CLI reads the same one), else Mistral's production API.
   * @default "https://api.mistral.ai"
   */
  baseUrl?: string;
  /** The `fetch` to send requests with (a mock server's, a proxy-aware one…). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Per-attempt time limit in milliseconds; `Infinity` sets none. @default 60000 */
  timeoutMs?: number;
  /**
   * Retries after the first attempt. Retry-safe operations (reads, deletes, creates with a client-made
   * id) are retried on connection errors, timeouts, 408, 429 and 5xx; the others are sent once, and
   * again only when the request never reached the server (connection refused, DNS failure) or the
   * server answers `x-should-retry: true`. A call opts in with `{ retrySafe: true }`.
   * @default 2
   */
  maxRetries?: number;
  /** Called before each retry's wait (for logging or metrics). */
  onRetry?: RetryPolicy["onRetry"];
  /**
   * Called before every attempt of every request: named methods, the path client, paginators and
   * streams alike. May change the `Request` or return another one. See {@link OnRequest}.
   */
  onRequest?: OnRequest;
  /** Called with every response of every request, before its status is looked at. See {@link OnResponse}. */
  onResponse?: OnResponse;
  /**
   * Opt-in debug log: one line per attempt (method, URL, status, attempt) and per retry (delay); the
   * API key never appears. `console` works.
   */
  logger?: Logger;
  /** Prefix of the `User-Agent` header, e.g. `"my-app/1.2"`. */
  userAgent?: string;
  /**
   * Encodes workflow inputs and decodes results and event payloads as the workers of an encrypted,
   * compressed or offloaded workflow expect: `createPayloadCodec()` of `@mistral-workflows/encoding`, or
   * any object of that shape. Named methods, paginators and streams apply it; the raw path client
   * (`client.POST(...)`) sends and returns bodies as they are. See docs/encryption.md.
   */
  payloadCodec?: PayloadCodec;
  /**
   * Integers past `Number.MAX_SAFE_INTEGER` in responses (the API's nanosecond `event_timestamp`s):
   * `"number"` reads them as numbers, which loses their last digits (~256 ns); `"string"` keeps their
   * exact digits as a string, `"bigint"` as a `bigint` (every other number stays a number; the types
   * still say `number`, so narrow with `typeof`). Named methods, paginators and the event streams apply
   * it; the raw path client parses with openapi-fetch's `JSON.parse`. The lossless parser (lossless-json)
   * is loaded on the first response only when this is not `"number"`.
   * @default "number"
   */
  int64?: Int64Mode;
}

/** What {@link createClient} returns: openapi-fetch's path client plus the named methods. */
export type WorkflowsClient = Omit<Client<paths>, "use" | "eject"> &
  NamedMethods & {
    /** A new client with some options replaced (e.g. `client.withOptions({ maxRetries: 0 })`). */
    withOptions(overrides: ClientOptions): WorkflowsClient;
    /** The payload codec given to {@link createClient}, if any (streams decode event payloads with it). */
    readonly payloadCodec: PayloadCodec | undefined;
    /** The response-body parser of the `int64` option (streams parse events with it). */
    readonly jsonParser: JsonParser;
    /** The resolved options, without the API key. */
    readonly options: Readonly<
      Omit<
        Required<ClientOptions>,
        "apiKey" | "onRetry" | "fetch" | "onRequest" | "onResponse" | "logger" | "payloadCodec" | "int64"
      >
    >;
  };

/** Mistral's production API, the default `baseUrl`. */
export const DEFAULT_BASE_URL = "https://api.mistral.ai";
/** Default per-attempt time limit, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;

/** An environment variable's value where there is an environment (Node, Bun, Deno's process shim). */
function env(name: string): string | undefined {
  return typeof process !== "undefined" ? process.env?.[name] || undefined : undefined;
}

/**
 * The path client (`client.GET(path, init)`…), made on its first call: a program that only calls named
 * methods never loads it, nor openapi-fetch's URL, header and body helpers. After the first call its
 * methods are called directly.
 */
function lazyPathClient(core: Core, options: PathClientOptions): PathClient {
  let made: PathClient | undefined;
  let loading: Promise<PathClient> | undefined;
  const load = () =>
    (loading ??= import("./internal/path-client.js").then(
      ({ createPathClient }) => (made = createPathClient(core, options)),
      (error: unknown) => {
        // A chunk that failed to load (a network blip in a browser) is tried again on the next call.
        loading = undefined;
        throw error;
      },
    ));
  const methods = {} as PathClient;
  for (const method of PATH_METHODS)
    methods[method] = (path, init) =>
      made ? made[method](path, init) : load().then((c) => c[method](path, init));
  methods.request = (method, path, init) =>
    made ? made.request(method, path, init) : load().then((c) => c.request(method, path, init));
  return methods;
}

/** Creates a client for the Workflows API. See {@link ClientOptions} for defaults. */
export function createClient(options: ClientOptions = {}): WorkflowsClient {
  if (options === null || typeof options !== "object")
    throw new InvalidArgumentError("createClient() takes an object of options.", "options");
  const apiKey = options.apiKey === undefined ? env("MISTRAL_API_KEY") : options.apiKey;
  if (apiKey === undefined)
    throw new WorkflowsError(
      "No API key: pass `apiKey` to createClient() or set MISTRAL_API_KEY (or pass `apiKey: null`).",
    );
  // Checked here, once, with a message that never quotes the key: undici would otherwise quote the
  // whole header in its error, key included, on every request.
  if (apiKey !== null && typeof apiKey !== "string")
    throw new InvalidArgumentError(
      `apiKey must be a string (or null for no Authorization header), got ${kindOf(apiKey)}.`,
      "apiKey",
    );
  if (apiKey === "")
    throw new InvalidArgumentError(
      "apiKey must not be empty: pass the key, or null for no Authorization header.",
      "apiKey",
    );
  if (apiKey !== null && (!isHeaderValue(apiKey) || /^\s|\s$/.test(apiKey)))
    throw new InvalidArgumentError(
      "apiKey holds a line break, NUL, surrounding space or another character that cannot be sent in a header.",
      "apiKey",
    );
  for (const name of ["onRetry", "onRequest", "onResponse", "fetch"] as const)
    if (options[name] !== undefined && typeof options[name] !== "function")
      throw new InvalidArgumentError(`${name} must be a function.`, name);
  if (options.logger !== undefined && typeof options.logger?.debug !== "function")
    throw new InvalidArgumentError("logger must have a debug(message, fields) method.", "logger");
  const int64 = options.int64 ?? "number";
  if (int64 !== "number" && int64 !== "string" && int64 !== "bigint")
    throw new InvalidArgumentError('int64 must be "number", "string" or "bigint".', "int64");
  const jsonParser = createJsonParser(int64);
  const codec = options.payloadCodec;
  if (codec !== undefined && !isPayloadCodec(codec))
    throw new InvalidArgumentError(
      "payloadCodec must have encodeInput, isEncoded, decodeResult and decodeEventPayload methods (createPayloadCodec() of @mistral-workflows/encoding makes one).",
      "payloadCodec",
    );
  const resolved = {
    baseUrl: checkBaseUrl(options.baseUrl ?? env("MISTRAL_WORKFLOWS_BASE_URL") ?? DEFAULT_BASE_URL),
    headers: { ...checkHeaders("createClient()", options.headers) },
    timeoutMs: checkTimeout("createClient()", options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    maxRetries: checkRetries("createClient()", options.maxRetries ?? DEFAULT_MAX_RETRIES),
    userAgent: options.userAgent ?? "",
  };
  if (resolved.userAgent) checkHeader("createClient()", "User-Agent", resolved.userAgent);

  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // Short keys (tests, proxies) would blank out ordinary words; real keys are long.
  const redact = (text: string) =>
    apiKey && apiKey.length >= 8 ? text.split(apiKey).join("[redacted]") : text;
  const policy: RetryPolicy = {
    timeoutMs: resolved.timeoutMs,
    maxRetries: resolved.maxRetries,
    onRetry: options.onRetry,
    onRequest: options.onRequest,
    onResponse: options.onResponse,
    logger: options.logger,
    redact,
  };
  const headers: Record<string, string> = {
    "User-Agent": `${resolved.userAgent ? `${resolved.userAgent} ` : ""}mistral-workflows-ts/${VERSION}`,
    ...resolved.headers,
  };
  if (apiKey !== null) headers.Authorization = `Bearer ${apiKey}`;

  // Every option reaches requests through this one core (see internal/core.ts).
  const { queryStyle, querySerializer } = createQueryStyle();
  const core = createCore({
    baseUrl: resolved.baseUrl,
    headers,
    fetch: baseFetch,
    policy,
    querySerializer,
    codec,
    jsonParser,
  });
  const pathClient = lazyPathClient(core, {
    queryStyle,
    pathSerializer: safePathSerializer,
    table: operationTable,
  });
  const namedMethod = createInvoker(core, operationTable as unknown as Record<string, OperationRow>);
  const groups: Record<string, Record<string, unknown>> = {};
  for (const [sdkName, row] of Object.entries(operationTable)) {
    (groups[row.group] ??= {})[row.name] = namedMethod(sdkName);
  }

  // One pipeline: openapi-fetch middleware would run for the path client only, so it is replaced by
  // the onRequest/onResponse options, which every layer honours.
  const noMiddleware = () => {
    throw new WorkflowsError(
      "client.use()/eject() are not supported: pass onRequest/onResponse to createClient(), which every request honours.",
    );
  };
  const { apiKey: _omit, ...rest } = options;
  return Object.assign(pathClient, groups, {
    use: noMiddleware,
    eject: noMiddleware,
    withOptions: (overrides: ClientOptions) => createClient({ ...rest, apiKey, ...overrides }),
    options: Object.freeze({ ...resolved }),
    payloadCodec: codec,
    jsonParser,
  }) as unknown as WorkflowsClient;
}
