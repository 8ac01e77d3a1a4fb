/**
 * The path client (`client.GET(path, { params, body, headers, parseAs, signal, … })`): openapi-fetch's
 * calls and its `{ data, error, response }` result, as a thin adapter over the request core. The URL,
 * headers and body are built with openapi-fetch's own helpers (`createFinalURL`, `mergeHeaders`,
 * `defaultBodySerializer`), the request goes through the core like every other, with the retry
 * safety the generated operation table gives its method and schema path, and the answer is read as
 * openapi-fetch reads it. openapi-fetch's middleware is the one thing left out: `onRequest` and
 * `onResponse`, which every layer honours, take its place.
 */
import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  mergeHeaders,
  type QuerySerializerOptions,
} from "openapi-fetch";
import { InvalidArgumentError } from "../errors.js";
import type { operationTable } from "../generated/operations.js";
import { connectionError } from "./connection-error.js";
import type { Core } from "./core.js";
import { coverBodyReads } from "./covered-response.js";
import type { OperationRow } from "./named-method.js";

import { PATH_METHODS } from "./path-methods.js";

type HeaderValues = Record<
  string,
  string | number | boolean | (string | number | boolean)[] | null | undefined
>;
type Init = Omit<RequestInit, "headers" | "body"> & {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: HeaderValues };
  body?: unknown;
  headers?: HeadersInit | HeaderValues;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  querySerializer?: ((query: Record<string, unknown>) => string) | QuerySerializerOptions;
  bodySerializer?: (body: unknown, headers?: Headers) => BodyInit | null | undefined;
  pathSerializer?: (pathname: string, params: Record<string, unknown>) => string;
  baseUrl?: string;
  fetch?: (request: Request) => Promise<Response>;
  middleware?: unknown;
  Request?: unknown;
};
type Result = { data?: unknown; error?: unknown; response: Response };
type PathMethod = (path: string, init?: Init) => Promise<Result>;

/** The path client's methods: one per HTTP method, and `request(method, path, init)`. */
export type PathClient = Record<(typeof PATH_METHODS)[number], PathMethod> & {
  request(method: string, path: string, init?: Init): Promise<Result>;
};

/** What the path client needs besides the core. */
export interface PathClientOptions {
  /** The spec's query style (form, explode), which per-call `querySerializer` options extend. */
  queryStyle: QuerySerializerOptions;
  /** The path serializer: percent-encoding, and refusal of values that change the path's meaning. */
  pathSerializer: (pathname: string, params: Record<string, unknown>) => string;
  /** The generated operation table: each method and schema path's retry safety. */
  table: typeof operationTable;
}

/**
 * Whether a method and schema path may be sent again after an unknown outcome: the operation's
 * `x-retry-safe`, except that a create made safe by a client-chosen id counts as unsafe (the path
 * client neither makes the id nor resolves the conflict); a path that is no operation's is safe for
 * GET, HEAD and DELETE only.
 */
function retrySafety(table: typeof operationTable): (method: string, path: string) => boolean {
  let routes: Map<string, boolean> | undefined;
  return (method, path) => {
    if (!routes) {
      routes = new Map();
      for (const row of Object.values(table) as OperationRow[])
        routes.set(`${row.method} ${row.path}`, row.retrySafe && !("idempotency" in row));
    }
    return routes.get(`${method} ${path}`) ?? (method === "GET" || method === "HEAD" || method === "DELETE");
  };
}

/** The path client's methods, `request(method, path, init)` among them. */
export function createPathClient(core: Core, options: PathClientOptions): PathClient {
  const { baseUrl, headers } = core.config;
  // A client-wide Content-Type (a form type, say) changes how the body is written.
  const contentTyped = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  const jsonHeaders = { "Content-Type": "application/json", ...headers };
  const safeFor = retrySafety(options.table);
  const redact = core.config.policy.redact ?? ((text: string) => text);

  async function send(method: string, path: string, init: Init = {}): Promise<Result> {
    if (init === null || typeof init !== "object")
      throw new InvalidArgumentError(`${method} ${path}: the options must be an object.`, "init");
    const {
      params = {},
      body,
      headers: callHeaders,
      parseAs = "json",
      querySerializer,
      bodySerializer,
      pathSerializer = options.pathSerializer,
      baseUrl: callBaseUrl,
      fetch: callFetch,
      middleware,
      Request: _request,
      ...rest
    } = init;
    if (middleware !== undefined || _request !== undefined)
      throw new InvalidArgumentError(
        "Per-call middleware and Request are not supported: pass onRequest/onResponse to createClient(), which every request honours.",
        middleware !== undefined ? "middleware" : "Request",
      );
    const url = createFinalURL(path, {
      baseUrl: callBaseUrl ? callBaseUrl.replace(/\/+$/, "") : baseUrl,
      params,
      querySerializer:
        typeof querySerializer === "function"
          ? querySerializer
          : querySerializer
            ? createQuerySerializer({ ...options.queryStyle, ...querySerializer })
            : core.config.querySerializer,
      pathSerializer,
    });
    // The common case (no per-call headers, a JSON body or none) skips building `Headers` objects.
    const plain =
      callHeaders === undefined && params.header === undefined && !bodySerializer && !contentTyped;
    let payload: BodyInit | null | undefined;
    let sendHeaders: HeadersInit;
    if (plain && !(typeof FormData !== "undefined" && body instanceof FormData)) {
      payload = body === undefined ? undefined : JSON.stringify(body);
      // A fresh record per call: a custom fetch may change the one it is given.
      sendHeaders = payload === undefined ? { ...headers } : { ...jsonHeaders };
    } else {
      const given = [headers, callHeaders, params.header] as Parameters<typeof mergeHeaders>;
      payload =
        body === undefined
          ? undefined
          : (bodySerializer ?? defaultBodySerializer)(body as never, mergeHeaders(...given));
      const json = payload !== undefined && !(typeof FormData !== "undefined" && payload instanceof FormData);
      sendHeaders = mergeHeaders(json ? { "Content-Type": "application/json" } : {}, ...given);
    }
    const readText = parseAs === "json" || parseAs === "text";
    const sent = await core.send(
      url,
      { redirect: "follow", ...rest, method, body: payload, headers: sendHeaders },
      core.policy(safeFor(method, path)),
      { readText, expectStream: true },
      // openapi-fetch hands a per-call fetch one `Request`: so does this.
      callFetch && ((input, init) => callFetch(new Request(input, init))),
    );
    const { response, text } = sent;
    if (sent.cover) coverBodyReads(response, sent.cover);
    // From here on, openapi-fetch's reading of a response.
    const contentLength = response.headers.get("Content-Length");
    if (
      response.status === 204 ||
      method === "HEAD" ||
      (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
    )
      return response.ok ? { data: undefined, response } : { error: undefined, response };
    if (!response.ok) {
      let error: unknown = readText ? (text ?? "") : await response.text();
      try {
        error = JSON.parse(error as string);
      } catch {
        // not JSON: the text itself
      }
      return { error, response };
    }
    if (parseAs === "stream") return { data: response.body, response };
    if (!readText) return { data: await response[parseAs](), response };
    // A 2xx event stream comes unread (outside the timeout): read it as openapi-fetch would.
    const raw = text ?? (response.body && !response.bodyUsed ? await response.text() : "");
    if (parseAs === "text") return { data: raw, response };
    if (!contentLength) return { data: raw ? JSON.parse(raw) : undefined, response };
    try {
      return { data: JSON.parse(raw), response };
    } catch (error) {
      // What a failed `response.json()` under the client's fetch turns into.
      throw connectionError(error, method, url, redact);
    }
  }

  const methods = {} as PathClient;
  for (const method of PATH_METHODS) methods[method] = (path, init) => send(method, path, init);
  methods.request = (method, path, init) => send(String(method).toUpperCase(), path, init);
  return methods;
}
