/**
 * Responses handed over with their body unread (by `createRetryFetch`, or a path-client call that
 * reads a blob or a stream) keep the attempt's timeout running until the body has been read, and
 * turn a failed read into the SDK's typed error.
 */

/** What a covered response's readers do when the body has been read or has failed. */
export interface Cover {
  release(): void;
  toError(error: unknown): Error;
}
const COVER = Symbol("cover");

function covered<T>(response: Response, read: Promise<T>): Promise<T> {
  const cover = (response as Response & { [COVER]?: Cover })[COVER];
  if (!cover) return read;
  return read.then(
    (value) => (cover.release(), value),
    (error: unknown) => {
      const typed = cover.toError(error);
      cover.release();
      throw typed;
    },
  );
}

let coveredPrototype: object | undefined;

/**
 * The prototype of a `Response` whose body readers end the attempt's timeout once the body is read
 * and turn a failed read into the SDK's typed error. Responses are moved onto it rather than given six
 * readers of their own each. Made on first use: touching `Response` at import would load Node's fetch
 * implementation (~50 ms) before anyone needs it.
 */
function getCoveredPrototype(): object {
  if (coveredPrototype) return coveredPrototype;
  class CoveredResponse extends Response {
    override text() {
      return covered(this, super.text());
    }
    override json() {
      return covered(this, super.json());
    }
    override arrayBuffer() {
      return covered(this, super.arrayBuffer());
    }
    override blob() {
      return covered(this, super.blob());
    }
    override formData() {
      return covered(this, super.formData());
    }
    override bytes() {
      return covered(this, super.bytes());
    }
  }
  // Older runtimes have no `Response.prototype.bytes`: a covered response must not claim one.
  if (typeof Response.prototype.bytes !== "function")
    delete (CoveredResponse.prototype as Partial<CoveredResponse>).bytes;
  return (coveredPrototype = CoveredResponse.prototype);
}

/**
 * Keeps the attempt's timeout running until the body has been read, so a server that stalls after
 * its headers is caught, and turns a failed read into the SDK's typed error. A response of another
 * `fetch` than the platform's (a polyfill, a test double) gets its readers patched instead.
 */
export function coverBodyReads(response: Response, cover: Cover): void {
  (response as Response & { [COVER]?: Cover })[COVER] = cover;
  if (Object.getPrototypeOf(response) === Response.prototype) {
    Object.setPrototypeOf(response, getCoveredPrototype());
    return;
  }
  for (const name of ["text", "json", "arrayBuffer", "blob", "formData", "bytes"] as const) {
    const read = (response as unknown as Record<string, (() => Promise<unknown>) | undefined>)[name];
    if (typeof read !== "function") continue;
    Object.defineProperty(response, name, {
      configurable: true,
      value: () => covered(response, read.call(response)),
    });
  }
}
