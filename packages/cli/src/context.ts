/**
 * What every command runs with: a client configured from the global options (or the embedded mock),
 * the output layer, and an abort signal that Ctrl-C fires.
 */
import { createClient, type WorkflowsClient } from "@mistral-workflows/client";
import type { Config } from "./config.js";
import { startEmbeddedMock, type EmbeddedMock } from "./mock.js";
import type { Output } from "./output/output.js";

/** See the module's description. */
export interface Context {
  readonly client: WorkflowsClient;
  readonly out: Output;
  readonly config: Config;
  /** Fires on Ctrl-C (SIGINT): long-running commands stop cleanly. */
  readonly signal: AbortSignal;
}

/** The client (and, with `--mock`, the embedded mock behind it) for one run. */
export async function connect(
  config: Config,
  userAgent: string,
): Promise<{ client: WorkflowsClient; mock: EmbeddedMock | null }> {
  if (config.mock) {
    const mock = await startEmbeddedMock();
    const client = createClient({ apiKey: "mock", baseUrl: mock.url, fetch: mock.fetch, userAgent });
    return { client, mock };
  }
  const client = createClient({ apiKey: config.apiKey!, baseUrl: config.baseUrl, userAgent });
  return { client, mock: null };
}
