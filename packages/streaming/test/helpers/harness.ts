/**
 * Shared setup of the connection tests: a fresh SSE server and a client pointed at it (no client-level
 * retries, so every request a test sees is one the stream made), plus a `sleep` that returns at once
 * and records the delays asked for.
 */
import { createClient, type ClientOptions, type WorkflowsClient } from "@mistral-workflows/client";
import { afterEach } from "vitest";
import type { ReconnectInfo } from "../../src/index.js";
import { executionFixture } from "./fixtures.js";
import { json, startSSEServer, type SSEHandler, type SSERequest, type SSEServer } from "./sse-server.js";

let servers: SSEServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

export interface Harness {
  server: SSEServer;
  client: WorkflowsClient;
  /** Requests to the stream path only (not the status reads). */
  streams: () => SSERequest[];
  /** The delays `sleep` was asked for, in order. */
  delays: number[];
  /** Everything `onReconnect` was told. */
  reconnects: ReconnectInfo[];
  /** Options to pass to a stream: the recording `sleep` and `onReconnect`. */
  options: { sleep: (ms: number) => Promise<void>; onReconnect: (info: ReconnectInfo) => void };
}

/**
 * Starts a server whose stream requests (paths ending in `/stream`) go to `onStream(req, res, n)`, `n`
 * counting from 0, and whose `GET /v1/workflows/executions/{id}` answers `execution()`.
 */
export async function harness(
  onStream: (req: SSERequest, res: Parameters<SSEHandler>[1], n: number) => void | Promise<void>,
  execution: () => unknown = () => executionFixture(),
  clientOptions: Pick<ClientOptions, "fetch" | "payloadCodec" | "int64"> = {},
): Promise<Harness> {
  let n = 0;
  const server = await startSSEServer((req, res) => {
    if (req.path.endsWith("/stream")) return onStream(req, res, n++);
    if (req.method === "GET" && /^\/v1\/workflows\/executions\/[^/]+$/.test(req.path))
      return json(res, 200, execution());
    json(res, 404, { detail: "Not Found" });
  });
  servers.push(server);
  const client = createClient({ apiKey: "test-key", baseUrl: server.url, maxRetries: 0, ...clientOptions });
  const delays: number[] = [];
  const reconnects: ReconnectInfo[] = [];
  return {
    server,
    client,
    streams: () => server.requests.filter((r) => r.path.endsWith("/stream")),
    delays,
    reconnects,
    options: {
      sleep: async (ms) => void delays.push(ms),
      onReconnect: (info) => void reconnects.push(info),
    },
  };
}

/** Writes `text`, then destroys the socket once it is flushed: a connection cut after exactly those bytes. */
export function cutAfter(res: Parameters<SSEHandler>[1], text: string | Uint8Array): void {
  res.write(text, () => res.destroy());
}

/** Collects a stream's items; resolves `{ items, error }` instead of rejecting. */
export async function drain<T>(stream: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of stream) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}
