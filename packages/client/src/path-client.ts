/**
 * The path client's methods (`client.GET(path, { params, body, signal })`) for the plain case: the
 * same URL, headers, body and `{ data, error, response }` result as openapi-fetch's, sent straight
 * through the client's pipeline with the body read under the attempt's timeout. openapi-fetch builds
 * a `Headers`, a request and a fresh query serializer per call and reads the body through a wrapped
 * response, which costs more than the rest of a loopback call's client side together. Any other
 * option (`headers`, `parseAs`, serializers, middleware, fetch options…), a header parameter, or a
 * body that is not plain JSON goes to openapi-fetch's own method unchanged.
 */
import { createFinalURL } from "openapi-fetch";
import { connectionError } from "./connection-error.js";
import { sendWithRetries, type RetryPolicy } from "./retry-fetch.js";

/** What the fast methods share with the rest of the client. */
export interface PathClientContext {
  baseUrl: string;
  /** The client's headers (User-Agent, Authorization, the `headers` option). */
  headers: Record<string, string>;
  fetch: typeof fetch;
  policy: RetryPolicy;
  querySerializer: (query: Record<string, unknown>) => string;
  pathSerializer: (pathname: string, params: Record<string, unknown>) => string;
  /** Whether a request may be sent again after an unknown outcome. */
  retrySafeFor: (method: string, url: string) => boolean;
  /** The same by method and schema path; `undefined` when the path is not an operation's. */
  retrySafeForRoute: (method: string, path: string) => boolean | undefined;
}

/** The HTTP methods of openapi-fetch's client. */
export const PATH_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Init = { params?: Record<string, unknown>; body?: unknown; signal?: AbortSignal | null };
type Result = { data?: unknown; error?: unknown; response: Response };
type PathMethod = (url: string, init?: Init) => Promise<Result>;

/** Options a call may have and still take the fast path. */
const PLAIN = new Set(["params", "body", "signal"]);

function isPlainCall(init: Init | undefined, jsonBodyOk: boolean): boolean {
  if (init === undefined) return true;
  if (init === null || typeof init !== "object") return false;
  for (const key in init) if (!PLAIN.has(key)) return false;
  const params = init.params;
  if (params != null && (typeof params !== "object" || params.header !== undefined)) return false;
  const body = init.body;
  // openapi-fetch hands FormData over as it is and reads a form content type from the headers.
  if (body !== undefined && (!jsonBodyOk || (typeof FormData !== "undefined" && body instanceof FormData)))
    return false;
  return true;
}

/**
 * Replaces openapi-fetch's method functions on `slow` (its client) by ones that take the fast path
 * for plain calls and call the originals for anything else.
 */
export function createPathMethods(
  ctx: PathClientContext,
  slow: Record<(typeof PATH_METHODS)[number], PathMethod>,
): Record<(typeof PATH_METHODS)[number], PathMethod> {
  const headers = ctx.headers;
  // A client-wide Content-Type (a form type, say) changes how openapi-fetch writes a body.
  const jsonBodyOk = !Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  const jsonHeaders = { "Content-Type": "application/json", ...headers };
  const safe: RetryPolicy = { ...ctx.policy, retrySafe: true };
  const unsafe: RetryPolicy = { ...ctx.policy, retrySafe: false };
  const redact = ctx.policy.redact ?? ((text: string) => text);

  async function send(method: string, path: string, init: Init | undefined): Promise<Result> {
    const params = init?.params ?? {};
    const url = createFinalURL(path, {
      baseUrl: ctx.baseUrl,
      params,
      querySerializer: ctx.querySerializer,
      pathSerializer: ctx.pathSerializer,
    });
    const body = init?.body === undefined ? undefined : JSON.stringify(init.body);
    const requestInit: RequestInit = {
      redirect: "follow",
      method,
      body,
      // A fresh record per call: a custom fetch may change the one it is given.
      headers: body === undefined ? { ...headers } : { ...jsonHeaders },
    };
    if (init?.signal !== undefined) requestInit.signal = init.signal;
    const { response, text } = await sendWithRetries(
      ctx.fetch,
      (ctx.retrySafeForRoute(method, path) ?? ctx.retrySafeFor(method, url)) ? safe : unsafe,
      url,
      requestInit,
      { readText: true, expectStream: true },
    );
    // From here on, openapi-fetch's reading of a response with parseAs "json".
    const contentLength = response.headers.get("Content-Length");
    if (
      response.status === 204 ||
      method === "HEAD" ||
      (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
    )
      return response.ok ? { data: undefined, response } : { error: undefined, response };
    if (response.ok) {
      if (text === undefined && response.body && !response.bodyUsed) {
        // A 2xx event stream, handed over unread and outside the timeout, as before.
        if (contentLength) return { data: await response.json(), response };
        const raw = await response.text();
        return { data: raw ? JSON.parse(raw) : undefined, response };
      }
      if (!contentLength) return { data: text ? JSON.parse(text) : undefined, response };
      let data: unknown;
      try {
        data = JSON.parse(text ?? "");
      } catch (error) {
        // What a failed `response.json()` turns into in the pipeline.
        throw connectionError(error, method, url, redact);
      }
      return { data, response };
    }
    let error: unknown = text ?? "";
    try {
      error = JSON.parse(error as string);
    } catch {
      // not JSON: the text itself
    }
    return { error, response };
  }

  const methods = {} as Record<(typeof PATH_METHODS)[number], PathMethod>;
  for (const method of PATH_METHODS) {
    const original = slow[method];
    methods[method] = (url, init) =>
      isPlainCall(init, jsonBodyOk) ? send(method, url, init) : original(url, init);
  }
  return methods;
}
