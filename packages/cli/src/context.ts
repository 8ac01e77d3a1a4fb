/**
 * What every command runs with: a client configured from the global options (or the shared mock server),
 * the output layer, and an abort signal that Ctrl-C fires.
 */
import {
  APIUserAbortError,
  createClient,
  type PayloadCodec,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import type { Config, EncryptionSettings } from "./config.js";
import { UsageError } from "./errors.js";
import { connectMock } from "./mock.js";
import type { Output } from "./output/output.js";

/** See the module's description. */
export interface Context {
  readonly client: WorkflowsClient;
  readonly out: Output;
  readonly config: Config;
  /** Fires on Ctrl-C (SIGINT): long-running commands stop cleanly. */
  readonly signal: AbortSignal;
}

/**
 * The client for one run: with `--mock`, of the background mock server (started by the first `--mock`
 * command, reused by the next ones; `started` says whether this run started it). Every request it
 * sends, whichever command, helper or stream sends it, ends as soon as `signal` fires (Ctrl-C).
 */
export async function connect(
  config: Config,
  userAgent: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<{ client: WorkflowsClient; mock: { url: string; started: boolean } | null }> {
  const timeout = config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs };
  const codec = config.encryption ? { payloadCodec: await payloadCodec(config.encryption) } : {};
  if (config.mock) {
    const mock = await connectMock(env);
    const fetch = interruptible((input, init) => globalThis.fetch(input, init), signal);
    const client = createClient({
      apiKey: "mock",
      baseUrl: mock.url,
      fetch,
      userAgent,
      ...timeout,
      ...codec,
    });
    return { client, mock };
  }
  const fetch = interruptible((input, init) => globalThis.fetch(input, init), signal);
  const client = createClient({
    apiKey: config.apiKey!,
    baseUrl: config.baseUrl,
    fetch,
    userAgent,
    ...timeout,
    ...codec,
  });
  return { client, mock: null };
}

/**
 * The payload codec of `settings`, loaded only when a key is configured. A bad key is a usage error
 * whose message never quotes it.
 */
async function payloadCodec(settings: EncryptionSettings): Promise<PayloadCodec> {
  const { createPayloadCodec, PayloadEncodingError } = await import("@mistral-workflows/encoding");
  try {
    return createPayloadCodec({ encryption: settings });
  } catch (error) {
    if (error instanceof PayloadEncodingError) throw new UsageError(`encryption key: ${error.message}`);
    throw error;
  }
}

/**
 * `fetch` that also follows `signal`. Its abort is thrown as the client's {@link APIUserAbortError},
 * which the client never retries: without this, a Ctrl-C during a plain request did nothing until the
 * timeout fired, once per attempt.
 */
export function interruptible(base: typeof fetch, signal: AbortSignal): typeof fetch {
  return async (input, init) => {
    if (signal.aborted) throw new APIUserAbortError("Interrupted.");
    const own = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    try {
      return await base(input, { ...init, signal: own ? AbortSignal.any([own, signal]) : signal });
    } catch (error) {
      if (signal.aborted) throw new APIUserAbortError("Interrupted.", { cause: error });
      throw error;
    }
  };
}
