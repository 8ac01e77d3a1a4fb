/**
 * `startMockServer()`: the mock server behind a real HTTP listener (Node's `http`), for code that
 * cannot take a custom `fetch`, for other languages, and for the CLI. Binds 127.0.0.1 unless told
 * otherwise, so nothing outside the machine can reach it.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockServer, type MockServer, type MockServerOptions } from "./create-mock-server.js";

/** Options of {@link startMockServer}: the listener's, plus every option of `createMockServer`. */
export interface StartMockServerOptions extends MockServerOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to bind. Anything but a loopback address exposes the mock to the network. @default "127.0.0.1" */
  host?: string;
}

/** A mock server listening on a port. */
export interface RunningMockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** The port actually bound. */
  readonly port: number;
  /** The mock behind the listener: its clock, state, recorded requests and faults. */
  readonly api: MockServer;
  /** Ends open streams, closes every connection and stops listening. */
  close(): Promise<void>;
}

/**
 * Starts a mock server on `host:port` (default 127.0.0.1, a free port). Its clock runs in real time
 * unless `clock` says otherwise.
 *
 * ```ts
 * const server = await startMockServer({ port: 4010 });
 * const client = createClient({ apiKey: "test", baseUrl: server.url });
 * await server.close();
 * ```
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<RunningMockServer> {
  const { port = 0, host = "127.0.0.1", ...rest } = options;
  const clock =
    typeof rest.clock === "string" ? { mode: rest.clock } : { mode: "real" as const, ...rest.clock };
  const api = createMockServer({ ...rest, clock });
  // Imported here so that `createMockServer` alone never needs Node's http module.
  const { createServer } = await import("node:http");
  const server: Server = createServer((req, res) => void serve(api, req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${hostPart}:${address.port}`;
  (api as { url: string }).url = url;
  let closing: Promise<void> | null = null;
  return {
    url,
    port: address.port,
    api,
    close() {
      closing ??= new Promise<void>((resolve) => {
        api.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Resolves when `res` can take more data (or is closed); leaves no listener behind. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** Node request → `Request` → the mock → `Response` → Node response, streaming with backpressure. */
async function serve(api: MockServer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  // The client went away before the response ended: stop the stream it was reading.
  res.on("close", () => {
    if (!res.writableFinished)
      controller.abort(new DOMException("The client closed the connection", "AbortError"));
  });
  try {
    const chunks: Buffer[] = [];
    if (req.method !== "GET" && req.method !== "HEAD")
      for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const request = new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      signal: controller.signal,
    });
    const response = await api.handle(request);
    const out: Record<string, string> = {};
    response.headers.forEach((v, k) => (out[k] = v));
    res.writeHead(response.status, out);
    if (typeof res.flushHeaders === "function") res.flushHeaders();
    if (!response.body) return void res.end();
    const reader = response.body.getReader();
    // Resolves once the last chunk has reached the socket: a drop must not discard what was sent before it.
    let flushed: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        let wrote!: () => void;
        flushed = new Promise<void>((resolve) => (wrote = resolve));
        if (!res.write(value, () => wrote())) await drained(res);
        if (res.destroyed) break;
      }
      res.end();
    } catch {
      // A dropped-connection fault (or the client leaving): cut the socket, as a real drop would.
      await Promise.race([flushed, new Promise((resolve) => setTimeout(resolve, 1000))]);
      res.destroy();
    } finally {
      void reader.cancel().catch(() => {});
    }
  } catch (error) {
    if (res.headersSent) res.destroy();
    else if (controller.signal.aborted) res.destroy();
    else {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ detail: `mock-server internal error: ${(error as Error).message}` }));
    }
  }
}
