/**
 * What a named method returns: a promise of the parsed body that can also give the response it came
 * from, with `withResponse()` (status, headers, request id), without a second request.
 */

/** The parsed body with the response it came from. */
export interface WithResponse<T> {
  /** The parsed body, as the plain `await` gives it. */
  data: T;
  /** The HTTP response (its body already read, except for a stream). */
  response: Response;
  /** The response's status. */
  status: number;
  /** The response's headers. */
  headers: Headers;
  /** The `x-request-id` (or `request-id`) response header, for support requests. */
  requestId: string | null;
}

/** The body and the response, as the client's pipeline produces them. */
export interface ParsedResponse<T> {
  data: T;
  response: Response;
}

/**
 * A promise of `T` whose `withResponse()` resolves to {@link WithResponse}. The body is parsed once;
 * awaiting the promise and calling `withResponse()` share the same request.
 */
export class APIPromise<T> extends Promise<T> {
  // Derived promises (then/catch/finally) are plain promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #parsed: Promise<ParsedResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(parsed: Promise<ParsedResponse<T>>) {
    super((resolve) => resolve(undefined as T));
    this.#parsed = parsed;
  }

  /** The parsed body together with the response's status, headers and request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#parsed.then(({ data, response }) => ({
      data,
      response,
      status: response.status,
      headers: response.headers,
      requestId: response.headers.get("x-request-id") ?? response.headers.get("request-id"),
    }));
  }

  #body(): Promise<T> {
    return (this.#data ??= this.#parsed.then((parsed) => parsed.data));
  }

  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    // `any`, as Promise declares it, so callers' handlers keep their usual types.
    onRejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#body().then(onFulfilled, onRejected);
  }

  override catch<B = never>(onRejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#body().catch(onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#body().finally(onFinally);
  }
}
