/**
 * Cross-origin resource sharing (Fetch standard §3.2 "CORS protocol"), so a page served from another
 * origin (a browser app in development) can call the mock. A preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) is answered 204 before authentication, as browsers never send
 * credentials on it; every other response from an allowed origin carries `Access-Control-Allow-Origin`
 * and the headers a client may read.
 */

/** Which origins may call the mock from a browser. */
export interface CorsOptions {
  /**
   * Allowed origins: `"*"` for any, a list of exact origins (`"http://localhost:5173"`), or
   * `"loopback"` for any origin on this machine (`localhost`, `*.localhost`, `127.0.0.0/8`, `[::1]`,
   * whatever the scheme and port).
   * @default "loopback"
   */
  origin?: "*" | "loopback" | string[];
  /** Request headers to allow beyond {@link CORS_ALLOWED_HEADERS}, lowercase. @default none */
  allowHeaders?: string[];
  /** Seconds a browser may cache a preflight answer. @default 600 */
  maxAgeSeconds?: number;
}

/**
 * The request headers the SDK sends, allowed on every preflight: auth, the JSON body's type, the
 * stream resume id, idempotency keys, the SDK's user agent, and the mock's fault header.
 */
export const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "accept",
  "last-event-id",
  "idempotency-key",
  "x-idempotency-key",
  "user-agent",
  "x-request-id",
  "x-mock-fault",
] as const;

/** The response headers a browser page may read: request id, retry hints, auth challenge, `Allow`. */
export const CORS_EXPOSED_HEADERS = [
  "x-request-id",
  "retry-after",
  "retry-after-ms",
  "x-should-retry",
  "www-authenticate",
  "allow",
] as const;

const METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

/** The CORS policy of one server: `null` when CORS is off. */
export interface CorsPolicy {
  /** The CORS headers for a response to a request carrying `origin` (none if it is not allowed). */
  headersFor(origin: string | null): Record<string, string>;
  /**
   * The answer to a preflight, or `null` if `request` is not one (then it goes through the pipeline
   * as any other request).
   */
  preflight(request: Request): { status: number; headers: Record<string, string>; body?: unknown } | null;
}

function isLoopback(origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return false;
  }
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/** Builds the policy from the `cors` option: `false` turns CORS off, `true` allows any origin. */
export function createCorsPolicy(option: boolean | CorsOptions | undefined): CorsPolicy | null {
  if (option === false) return null;
  const options: CorsOptions = option === true ? { origin: "*" } : (option ?? {});
  const origin = options.origin ?? "loopback";
  const allowed = (o: string): boolean =>
    origin === "*" ? true : origin === "loopback" ? isLoopback(o) : origin.includes(o);
  const allowHeaders = [...new Set([...CORS_ALLOWED_HEADERS, ...(options.allowHeaders ?? [])])].join(", ");
  const expose = CORS_EXPOSED_HEADERS.join(", ");
  const maxAge = String(options.maxAgeSeconds ?? 600);

  const policy: CorsPolicy = {
    headersFor(requestOrigin): Record<string, string> {
      if (!requestOrigin || !allowed(requestOrigin)) return {};
      // The origin is echoed rather than `*` so the answer is the same for credentialed requests;
      // `Vary` keeps caches from serving one origin's answer to another.
      return {
        "access-control-allow-origin": requestOrigin,
        "access-control-expose-headers": expose,
        vary: "Origin",
      };
    },
    preflight(request): ReturnType<CorsPolicy["preflight"]> {
      if (request.method.toUpperCase() !== "OPTIONS") return null;
      const requestOrigin = request.headers.get("origin");
      if (!requestOrigin || !request.headers.get("access-control-request-method")) return null;
      if (!allowed(requestOrigin))
        return {
          status: 403,
          headers: { vary: "Origin" },
          body: { detail: `Origin '${requestOrigin}' is not allowed by the mock server's CORS settings` },
        };
      return {
        status: 204,
        headers: {
          ...policy.headersFor(requestOrigin),
          "access-control-allow-methods": METHODS,
          "access-control-allow-headers": allowHeaders,
          "access-control-max-age": maxAge,
        },
      };
    },
  };
  return policy;
}
