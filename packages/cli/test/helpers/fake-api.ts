/**
 * A server that answers as a test says, for what the mock server would never send: malformed bodies,
 * a proxy's HTML page, an echoed key, a request that is never answered. Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

/** A running fake API: its URL, the requests it received, and `close()`. */
export interface FakeApi {
  url: string;
  requests: { method: string; url: string; headers: IncomingMessage["headers"] }[];
  close(): Promise<void>;
}

/** Starts a fake API whose every request goes to `handler`. */
export async function startFakeApi(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<FakeApi> {
  const requests: FakeApi["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers `status` with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
