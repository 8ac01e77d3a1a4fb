/**
 * Redirects, followed by the client rather than by `fetch`, so that nothing private crosses to
 * another origin: a redirect within the origin is followed as the Fetch standard does (303, and 301/302
 * after a POST, become a bodiless GET; 307/308 keep method and body); one to another origin is
 * followed only by a GET or HEAD, without `Authorization`, `Cookie` or `Proxy-Authorization`, and a
 * request with a body is not sent there at all. Loaded on first use (a dynamic import): the attempt
 * loop tells a redirect by its status (`isRedirect` in attempts.ts) and only then loads this.
 */
import { APIConnectionError } from "../errors.js";
import { discardBody } from "./body.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const PRIVATE_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/**
 * Follows the redirect `response` that `fetchOnce(target, init)` answered (`init` already says
 * `redirect: "manual"`) by the rules above, and returns the final response. A redirect that may not
 * be followed throws an {@link APIConnectionError} saying where it pointed; `labelOf` names the
 * request in that message.
 */
export async function followRedirects(
  fetchOnce: typeof fetch,
  target: RequestInfo,
  init: RequestInit,
  labelOf: () => string,
  response: Response,
): Promise<Response> {
  let url = typeof target === "string" ? target : target.url;
  let method = (init.method ?? (typeof target === "string" ? "GET" : target.method)).toUpperCase();
  let body = init.body ?? null;
  // A Request's own body is read by the first send: it cannot go out again.
  let spentBody = typeof target !== "string" && init.body == null && target.body !== null;
  let headers: Headers | undefined;
  for (let hops = 0; ; hops++) {
    if (response.type === "opaqueredirect") {
      throw new APIConnectionError(`The server answered ${labelOf()} with a redirect that was not followed.`);
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
    if (location === null) return response;
    discardBody(response);
    if (hops >= MAX_REDIRECTS) throw new APIConnectionError(`Too many redirects (${labelOf()}).`);
    const next = new URL(location, url);
    if (next.protocol !== "http:" && next.protocol !== "https:")
      throw new APIConnectionError(
        `A redirect of ${labelOf()} pointed to a ${next.protocol} URL; not followed.`,
      );
    if (
      response.status === 303 ||
      ((response.status === 301 || response.status === 302) && method === "POST")
    ) {
      if (method !== "HEAD") method = "GET";
      body = null;
      spentBody = false;
    }
    if (spentBody)
      throw new APIConnectionError(
        `The server redirected ${labelOf()} (${response.status}); its body cannot be sent again.`,
      );
    headers ??= new Headers(init.headers ?? (typeof target === "string" ? undefined : target.headers));
    if (next.origin !== new URL(url).origin) {
      if (body !== null)
        throw new APIConnectionError(
          `The server redirected ${labelOf()} to another origin (${next.origin}); a request with a body is not sent there.`,
        );
      for (const name of PRIVATE_HEADERS) headers.delete(name);
    }
    if (body === null) {
      headers.delete("content-type");
      headers.delete("content-length");
    }
    url = next.href;
    response = await fetchOnce(url, { ...init, method, body, headers, redirect: "manual" });
  }
}
