/**
 * When an attempt may be sent again, and after how long. The rules depend on whether the operation is
 * retry-safe (the spec's `x-retry-safe`, carried into the operation table): a safe request is retried
 * on any transport failure, 408, 429 and 5xx; an unsafe one is sent once, and again only when it
 * provably never reached the server or the server says so explicitly (`x-should-retry: true`), so a
 * write is never done twice. A 429 or 503 does not prove that: a gateway may answer either after the
 * service behind it has acted.
 */
import { isRetryableStatus, retryAfterMs } from "../retry-status.js";

/** Node and undici error codes meaning the request never left this machine. */
const NEVER_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EAI_FAIL",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Every error in `error`'s `cause` chain (and an `AggregateError`'s `errors`), outermost first. */
export function causeChain(error: unknown): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 16) {
    const next = queue.shift();
    if (next == null || out.includes(next)) continue;
    out.push(next);
    if (typeof next === "object") {
      const { cause, errors } = next as { cause?: unknown; errors?: unknown };
      if (cause !== undefined) queue.push(cause);
      if (Array.isArray(errors)) queue.push(...errors);
    }
  }
  return out;
}

/** The first `code` (e.g. `ECONNREFUSED`) found in `error`'s cause chain. */
export function errorCode(error: unknown): string | undefined {
  for (const e of causeChain(error)) {
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code !== "") return code;
  }
  return undefined;
}

/**
 * Whether a failed `fetch` provably never delivered the request: the connection was refused, the
 * host name did not resolve, the network was unreachable, or connecting timed out. Anything else
 * (a reset, a socket closed mid-response, a timeout after the request went out) may have reached it.
 */
export function neverReachedServer(error: unknown): boolean {
  const chain = causeChain(error);
  const aggregate = chain.find((e): e is AggregateError => e instanceof AggregateError);
  // Happy eyeballs: every address refused is still "never sent".
  if (aggregate && aggregate.errors.length > 0 && aggregate.errors.every((e) => neverReachedServer(e)))
    return true;
  return chain.some((e) => NEVER_SENT.has((e as { code?: unknown } | null)?.code as string));
}

/**
 * Whether `response` calls for another attempt. A 2xx never does, whatever its headers (the work is
 * done). Otherwise the server's `x-should-retry: true|false` wins; then a safe request is retried on
 * 408, 429 and ≥ 500, an unsafe one never (a 429 or 503 may come from a gateway after the service
 * behind it acted on the request).
 */
export function shouldRetry(response: Response, retrySafe = true): boolean {
  if (response.status >= 200 && response.status < 300) return false;
  const explicit = response.headers.get("x-should-retry");
  if (explicit === "true") return true;
  if (explicit === "false") return false;
  return retrySafe && isRetryableStatus(response.status);
}

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Milliseconds to wait before retry number `attempt` (0-based): what the response asks for (see
 * {@link retryAfterMs}), else exponential backoff from 0.5 s, doubling, capped at 8 s, minus up to
 * 25% jitter.
 */
export function retryDelayMs(
  attempt: number,
  headers?: Headers,
  now = Date.now(),
  random = Math.random(),
): number {
  const asked = headers ? retryAfterMs(headers, now) : null;
  if (asked !== null) return asked;
  const base = Math.min(INITIAL_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
  return base * (1 - random * 0.25);
}
