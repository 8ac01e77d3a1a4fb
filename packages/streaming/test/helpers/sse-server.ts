/**
 * A scripted HTTP server on 127.0.0.1 for the streaming tests. Each test says how to answer; the server
 * records what it received and when each connection closed, so a test can assert that `break` or
 * `abort()` really closed the socket. It stops itself after `lifetimeMs`, so a test that hangs cannot
 * keep the process alive.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SSERequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Resolves when the connection closes: to `true` if the client went away before the response ended. */
  closed: Promise<boolean>;
}

export type SSEHandler = (req: SSERequest, res: ServerResponse) => void | Promise<void>;

export interface SSEServer {
  url: string;
  requests: SSERequest[];
  /** Replaces the handler. */
  handle(handler: SSEHandler): void;
  close(): Promise<void>;
}

export async function startSSEServer(handler: SSEHandler, { lifetimeMs = 25_000 } = {}): Promise<SSEServer> {
  let current = handler;
  const requests: SSERequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const closed = new Promise<boolean>((resolve) => res.on("close", () => resolve(!res.writableFinished)));
    const received: SSERequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      closed,
    };
    requests.push(received);
    Promise.resolve(current(received, res)).catch((error) => {
      if (!res.headersSent) json(res, 599, { error: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(stop);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const stop = setTimeout(() => void close(), lifetimeMs);
  stop.unref();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close,
  };
}

/** Starts an SSE response: 200, `text/event-stream`, headers flushed. */
export function openSSE(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  res.flushHeaders();
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

/** One SSE event as a string (`id`, `event`, one `data:` line of JSON). */
export function sseEvent(data: unknown, id?: string | number, event?: string): string {
  return `${id !== undefined ? `id: ${id}\n` : ""}${event ? `event: ${event}\n` : ""}data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;
}
