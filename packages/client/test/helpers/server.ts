/**
 * A scripted HTTP server on 127.0.0.1 for the client's tests: each test says how to answer, and the
 * server records what it received (method, URL, headers, body) so tests assert what went on the wire.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

export interface Received {
  method: string;
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (req: Received, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: Received[];
  /** Replaces the handler (default: 200 `{}`). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(handler?: Handler): Promise<TestServer> {
  let current: Handler = handler ?? ((_req, res) => json(res, 200, {}));
  const requests: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const received: Received = {
      method: req.method ?? "",
      url: req.url ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(received);
    try {
      await current(received, res);
    } catch (error) {
      if (!res.headersSent) json(res, 599, { error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON response. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/**
 * One test server for the whole file: started before its first test, closed after its last, its
 * request log cleared before each test. The returned object reads through to that server.
 */
export function useTestServer(): TestServer {
  let server: TestServer | undefined;
  const started = (): TestServer => {
    if (!server) throw new Error("the test server is used before the file's tests start");
    return server;
  };
  beforeAll(async () => {
    server = await startTestServer();
  });
  beforeEach(() => {
    if (server) server.requests.length = 0;
  });
  afterAll(() => server?.close());
  return {
    get url() {
      return started().url;
    },
    get requests() {
      return started().requests;
    },
    handle: (handler) => started().handle(handler),
    close: () => started().close(),
  };
}
