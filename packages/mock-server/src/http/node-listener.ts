/**
 * The Node listener: a Node request becomes a `Request` for the mock, and its `Response` is written
 * back with backpressure (a chunk is read from the body only once the socket took the last one).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { KNOWN_METHODS } from "./limits.js";

/** A host as RFC 9110 §7.2 allows it: a name or IPv4 address, or a bracketed IPv6 one, and a port. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** What a Node request cannot be turned into a `Request` for: refused before the mock sees it. */
function refuse(
  res: ServerResponse,
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ detail });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
    ...headers,
  });
  res.end(body);
}

/** Options of {@link serve}. */
export interface ServeOptions {
  /** Largest body read, in bytes: past it, 413 and the connection is closed. */
  maxBodyBytes: number;
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
export async function serve(
  handle: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
  options: ServeOptions,
): Promise<void> {
  const controller = new AbortController();
  // The client went away before the response ended: stop the stream it was reading.
  res.on("close", () => {
    if (!res.writableFinished)
      controller.abort(new DOMException("The client closed the connection", "AbortError"));
  });
  try {
    const method = (req.method ?? "GET").toUpperCase();
    // `new Request()` refuses TRACE, CONNECT and methods it cannot name: answer them here.
    if (!(KNOWN_METHODS as readonly string[]).includes(method))
      return refuse(res, 405, "Method Not Allowed", { allow: KNOWN_METHODS.join(", ") });
    const host = req.headers.host ?? "127.0.0.1";
    // Routing uses the path only; a Host carrying a path, user info or spaces is malformed.
    if (!HOST.test(host)) return refuse(res, 400, `Invalid Host header: ${JSON.stringify(host)}`);
    const target = req.url ?? "/";
    if (!target.startsWith("/") || /[\s#]/.test(target))
      return refuse(
        res,
        400,
        `Invalid request target: ${JSON.stringify(target)} (expected a path such as /v1/…)`,
      );
    // `new Request()` would resolve `/registrations/../` to `/v1/workflows/` (a list): the API routes
    // the path as sent, where no route has a `.` or `..` segment (also as `%2e`), so it is a 404.
    if (
      target
        .split("?")[0]!
        .split("/")
        .some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))
    )
      return refuse(res, 404, "Not Found");
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > options.maxBodyBytes)
      return refuse(res, 413, `Request body too large: ${declared} bytes (limit ${options.maxBodyBytes})`);
    const chunks: Buffer[] = [];
    let size = 0;
    if (method !== "GET" && method !== "HEAD")
      for await (const chunk of req) {
        size += (chunk as Buffer).byteLength;
        if (size > options.maxBodyBytes)
          return refuse(res, 413, `Request body too large: more than ${options.maxBodyBytes} bytes`);
        chunks.push(chunk as Buffer);
      }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const request = new Request(`http://${host}${target}`, {
      method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      signal: controller.signal,
    });
    const response = await handle(request);
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
