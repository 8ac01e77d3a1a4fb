/**
 * What openapi-fetch builds for the path client instead of a `Request`: the URL and the init, kept as
 * they are. The client's pipeline unpacks it into one `fetch(url, init)` call, so a path-client request
 * is not built twice (once by openapi-fetch, once more by `fetch`) with a second abort signal; a real
 * `Request` is made only when an `onRequest` hook needs one.
 */
export class PathRequest {
  /** The request's URL. */
  readonly url: string;
  /** The request's method, upper-case. */
  readonly method: string;
  /** The init openapi-fetch made (method, headers, body, signal…). */
  readonly init: RequestInit;

  constructor(input: string, init: RequestInit = {}) {
    this.url = input;
    this.method = (init.method ?? "GET").toUpperCase();
    this.init = init;
  }
}
