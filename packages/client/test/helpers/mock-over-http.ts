/**
 * The mock server behind a real HTTP listener on 127.0.0.1, with keep-alive, so the client's real
 * `fetch` reuses sockets. `kill` picks requests the server acts on and then answers by closing the
 * socket, as a keep-alive connection that dies on reuse does (whether undici had in fact reused the
 * socket depends on its pool's timing, so it is counted, not required).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { MockServer } from "@mistral-workflows/mock-server";

export interface MockOverHttp {
  url: string;
  /** Requests answered by closing the socket. */
  killed: number;
  /** Of those, the ones that came on a reused socket. */
  killedReused: number;
  close(): Promise<void>;
}

export async function serveOverHttp(
  api: MockServer,
  kill: (method: string, path: string) => boolean,
): Promise<MockOverHttp> {
  const perSocket = new WeakMap<object, number>();
  const state = { killed: 0, killedReused: 0 };
  const server = createServer({ keepAliveTimeout: 60_000 }, async (req: IncomingMessage, res) => {
    const seen = perSocket.get(req.socket) ?? 0;
    perSocket.set(req.socket, seen + 1);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const response = await api.handle(
      new Request(`${api.url}${req.url}`, { method: req.method, headers, body }),
    );
    const text = await response.text();
    if (kill(req.method ?? "", req.url ?? "")) {
      state.killed++;
      if (seen > 0) state.killedReused++;
      req.socket.destroy();
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get killed() {
      return state.killed;
    },
    get killedReused() {
      return state.killedReused;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
