/**
 * The request core: every request of a client goes through {@link Core.send}, whichever way it came in.
 *
 * How a `createClient()` option reaches a request, the one path it travels:
 *   client.ts checks every option once and builds one {@link CoreConfig} (`baseUrl`, `headers` with
 *   `apiKey` and `userAgent` folded in, `fetch`, the {@link RetryPolicy} of `timeoutMs`, `maxRetries`,
 *   `onRetry`, `onRequest`, `onResponse`, `logger` and the key's redaction; `payloadCodec`; `int64`)
 *   → createCore() → the named methods (named-method.ts) and the path client (path-client.ts), thin
 *   adapters that build a URL and an init, pick the operation's retry safety from the generated
 *   operation table ({@link Core.policy}) and call {@link Core.send} → the attempt loop (attempts.ts).
 *   Paginators and streams call named methods, so they take the same path. `createRetryFetch()` is
 *   the same attempt loop for a caller's own fetch or openapi-fetch client.
 */
import type { PayloadCodec } from "../payload-codec.js";
import type { JsonParser } from "../json-parser.js";
import type { RetryPolicy } from "../policy.js";
import { sendWithRetries, type SendOptions, type SentResponse } from "./attempts.js";
import type { Cover } from "./covered-response.js";

/** A client's resolved options: what every request shares. */
export interface CoreConfig {
  /** The API's base URL, without a trailing slash. */
  baseUrl: string;
  /** Sent with every request: `User-Agent`, `Authorization`, then the `headers` option. */
  headers: Record<string, string>;
  fetch: typeof fetch;
  /** Timeouts, retries, hooks, log and redaction; `retrySafe` is set per operation. */
  policy: RetryPolicy;
  /** The query serializer of the spec's style (form, explode). */
  querySerializer: (query: Record<string, unknown>) => string;
  /** The client's payload codec: inputs encoded, results and event payloads decoded (named methods only). */
  codec?: PayloadCodec | undefined;
  /** Parses success bodies of named methods (the `int64` option). */
  jsonParser: JsonParser;
}

/** The one way a client sends a request. */
export interface Core {
  readonly config: CoreConfig;
  /** The client's policy with the given retry safety (one object per value, made once). */
  policy(retrySafe: boolean): RetryPolicy;
  /**
   * Sends `init` to `url` through the attempt loop with `policy`. `init.headers` must be a fresh
   * record: a custom fetch or hook may change the one it is given. `fetch` replaces the client's for
   * this request (the path client's per-call `fetch` option).
   */
  send(
    url: string,
    init: RequestInit,
    policy: RetryPolicy,
    options: SendOptions,
    fetch?: typeof globalThis.fetch,
  ): Promise<SentResponse & { cover?: Cover }>;
}

/** Makes the core of a client from its resolved options. */
export function createCore(config: CoreConfig): Core {
  const safe: RetryPolicy = { ...config.policy, retrySafe: true };
  const unsafe: RetryPolicy = { ...config.policy, retrySafe: false };
  return {
    config,
    policy: (retrySafe) => (retrySafe ? safe : unsafe),
    send: (url, init, policy, options, fetch = config.fetch) =>
      sendWithRetries(fetch, policy, url, init, options),
  };
}
