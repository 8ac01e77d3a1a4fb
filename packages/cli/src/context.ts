/**
 * What every command runs with: a client configured from the global options (or the embedded mock),
 * the output layer, and an abort signal that Ctrl-C fires.
 */
import { createClient, type WorkflowsClient } from "@mistral-workflows/client";
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
 * command, reused by the next ones; `started` says whether this run started it).
 */
export async function connect(
  config: Config,
  userAgent: string,
  env: NodeJS.ProcessEnv,
): Promise<{ client: WorkflowsClient; mock: { url: string; started: boolean } | null }> {
  if (config.mock) {
    const mock = await connectMock(env);
    const client = createClient({ apiKey: "mock", baseUrl: mock.url, userAgent });
    return { client, mock };
  }
  const client = createClient({ apiKey: config.apiKey!, baseUrl: config.baseUrl, userAgent });
  return { client, mock: null };
}
