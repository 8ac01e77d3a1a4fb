/**
 * A small in-process fake of the Cloud Storage JSON API, for the GCS store's tests: no GCS emulator
 * installs from npm (the maintained ones are a Go binary or a container image), so `@google-cloud/storage`
 * is pointed at this server instead, on 127.0.0.1 and an ephemeral port. It answers the three calls the
 * store makes, as the API documents them:
 *
 * - `GET  /storage/v1/b/{bucket}/o/{object}`: the object's resource (metadata), or a 404 error;
 * - `GET  /storage/v1/b/{bucket}/o/{object}?alt=media`: its bytes, with `x-goog-hash` (CRC32C and MD5)
 *   and `x-goog-stored-content-encoding`, which the SDK uses to validate the download;
 * - `POST /upload/storage/v1/b/{bucket}/o?uploadType=multipart&name=…`: a `multipart/related` body
 *   (JSON metadata, then the media), answered with the new resource and its hashes, which the SDK
 *   checks against what it sent.
 *
 * Anything else is a 400, so a change in what the store sends fails the tests rather than passing silently.
 */
import { CRC32C } from "@google-cloud/storage";
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

interface StoredObject {
  data: Buffer;
  generation: number;
}

export interface GcsFakeServer {
  apiEndpoint: string;
  /** The objects by bucket, then by exact object name. */
  buckets: Map<string, Map<string, StoredObject>>;
  /** Every request received, as `METHOD path?query`. */
  requests: string[];
  stop(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=UTF-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string, reason: string) {
  sendJson(res, status, {
    error: { code: status, message, errors: [{ message, domain: "global", reason }] },
  });
}

function hashes(data: Buffer) {
  const crc32c = new CRC32C();
  crc32c.update(data);
  return { crc32c: crc32c.toString(), md5Hash: createHash("md5").update(data).digest("base64") };
}

function resource(bucket: string, name: string, object: StoredObject) {
  return {
    kind: "storage#object",
    id: `${bucket}/${name}/${object.generation}`,
    name,
    bucket,
    generation: String(object.generation),
    metageneration: "1",
    contentType: "application/octet-stream",
    size: String(object.data.length),
    ...hashes(object.data),
  };
}

/** The parts of a `multipart/related` body: each part's bytes after its headers. */
function multipartParts(body: Buffer, contentType: string): Buffer[] {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) throw new Error("multipart body without a boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, afterDelimiter);
    if (next === -1) throw new Error("multipart body without a closing delimiter");
    const part = body.subarray(afterDelimiter + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const headerEnd = part.indexOf("\r\n\r\n");
    parts.push(part.subarray(headerEnd + 4));
    start = next;
  }
  return parts;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startGcsFakeServer(bucketNames: string[]): Promise<GcsFakeServer> {
  const buckets = new Map(bucketNames.map((name) => [name, new Map<string, StoredObject>()]));
  const requests: string[] = [];
  let generation = 1;

  const server = createServer((req, res) => {
    // A bug in the fake answers 500 at once rather than leaving the SDK waiting.
    handle(req, res).catch((error: unknown) => sendError(res, 500, String(error), "backendError"));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const body = await readBody(req);
    const objectPath = /^\/storage\/v1\/b\/([^/]+)\/o\/([^/]+)$/.exec(url.pathname);
    const uploadPath = /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/.exec(url.pathname);
    const bucketName = decodeURIComponent((objectPath ?? uploadPath)?.[1] ?? "");
    const bucket = buckets.get(bucketName);
    if ((objectPath || uploadPath) && !bucket)
      return sendError(res, 404, "The specified bucket does not exist.", "notFound");

    if (req.method === "GET" && objectPath && bucket) {
      const name = decodeURIComponent(objectPath[2]!);
      const object = bucket.get(name);
      if (!object) return sendError(res, 404, `No such object: ${bucketName}/${name}`, "notFound");
      if (url.searchParams.get("alt") !== "media")
        return sendJson(res, 200, resource(bucketName, name, object));
      const { crc32c, md5Hash } = hashes(object.data);
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": object.data.length,
        "x-goog-hash": `crc32c=${crc32c},md5=${md5Hash}`,
        "x-goog-stored-content-encoding": "identity",
        "x-goog-generation": String(object.generation),
      });
      return res.end(object.data);
    }

    if (req.method === "POST" && uploadPath && bucket && url.searchParams.get("uploadType") === "multipart") {
      const [metadata, media] = multipartParts(body, String(req.headers["content-type"]));
      const name = url.searchParams.get("name") ?? JSON.parse(metadata?.toString("utf8") || "{}").name;
      if (!name || !media) return sendError(res, 400, "Upload without a name or media", "invalid");
      const object = { data: Buffer.from(media), generation: generation++ };
      bucket.set(name, object);
      return sendJson(res, 200, resource(bucketName, name, object));
    }

    sendError(res, 400, `The fake does not serve ${req.method} ${url.pathname}`, "invalid");
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    apiEndpoint: `http://127.0.0.1:${port}`,
    buckets,
    requests,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
