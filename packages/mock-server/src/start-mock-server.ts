/**
 * `startMockServer()`: the mock server behind a real HTTP listener (Node's `http`), for code that
 * cannot take a custom `fetch`, for other languages, and for the CLI. Binds 127.0.0.1 unless told
 * otherwise, so nothing outside the machine can reach it.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockServer, type MockServer, type MockServerOptions } from "./create-mock-server.js";
import { DEFAULT_LIMITS } from "./http/limits.js";
import { serve } from "./http/node-listener.js";

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
 * unless `clock` says otherwise. Rejects (with `code: "EADDRINUSE"` and a hint) if the port is taken.
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
  const server: Server = createServer(
    (req, res) =>
      void serve(api.handle, req, res, {
        maxBodyBytes: rest.limits?.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes,
      }),
  );
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      api.close();
      if (error.code === "EADDRINUSE")
        error.message = `Port ${port} on ${host} is already in use: pass port 0 (--port 0) to pick a free one`;
      reject(error);
    };
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
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
