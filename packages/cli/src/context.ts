/**
 * What every command runs with: a client configured from the global options (or the shared mock server),
 * the output layer, and an abort signal that Ctrl-C fires.
 */
import { APIUserAbortError, createClient, type WorkflowsClient } from "@mistral-workflows/client";
import type { Config } from "./config.js";
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
  if (config.mock) {
    const mock = await connectMock(env);
    const fetch = interruptible((input, init) => globalThis.fetch(input, init), signal);
    const client = createClient({ apiKey: "mock", baseUrl: mock.url, fetch, userAgent, ...timeout });
    return { client, mock };
  }
  const fetch = interruptible((input, init) => globalThis.fetch(input, init), signal);
  const client = createClient({
    apiKey: config.apiKey!,
    baseUrl: config.baseUrl,
    fetch,
    userAgent,
    ...timeout,
  });
  return { client, mock: null };
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
