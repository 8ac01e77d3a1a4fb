/**
 * Relaying an execution's events from your server to a browser, in Node. Run:
 * `examples/node_modules/.bin/tsx examples/relay-server.ts` (after `npm run demo` has built the packages).
 *
 * The API key stays on the server: the browser talks only to your relay, which reads the execution's
 * stream with `streamExecution()` (typed events, reconnects by itself upstream) and writes each event
 * to the browser as server-sent events, with the upstream event id as the SSE `id:`. A browser's
 * `EventSource` sends that id back as `Last-Event-ID` when it reconnects, and the relay passes it on as
 * `lastEventId`, so a page that loses its connection misses nothing and sees nothing twice:
 *
 *   const source = new EventSource(`/executions/${id}/events`);
 *   source.onmessage = (e) => render(JSON.parse(e.data));
 *   source.addEventListener("end", () => source.close());
 *
 * Here the "browser" is a fetch-based reader in the same process, against a mock API.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, type WorkflowsClient } from "@mistral-workflows/client";
import { createMockServer } from "@mistral-workflows/mock-server";
import { createSSEParser, streamExecution } from "@mistral-workflows/streaming";

/** The relay: `GET /executions/<id>/events` streams that execution's events as SSE. */
export function createRelayServer(client: WorkflowsClient): Server {
  return createServer(async (req, res) => {
    const match = /^\/executions\/([^/]+)\/events$/.exec(req.url ?? "");
    if (req.method !== "GET" || !match) return void res.writeHead(404).end();
    const controller = new AbortController();
    res.on("close", () => controller.abort()); // the browser left: stop reading upstream
    const lastEventId = req.headers["last-event-id"];
    const stream = streamExecution(
      client,
      { execution_id: decodeURIComponent(match[1]!) },
      { signal: controller.signal, lastEventId: typeof lastEventId === "string" ? lastEventId : null },
    );
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    try {
      for await (const event of stream)
        res.write(`id: ${stream.lastEventId ?? ""}\ndata: ${JSON.stringify(event.data)}\n\n`);
      res.end("event: end\ndata: {}\n\n"); // the execution is over: tell the page not to reconnect
    } catch (error) {
      // Never forward upstream error details (they may name internals); log them here instead.
      if (!controller.signal.aborted) console.error("relay: upstream stream failed:", (error as Error).name);
      res.end("event: error\ndata: {}\n\n");
    }
  });
}

/** What a browser's EventSource does, reduced: read events, remember the last id, stop when told. */
async function readAsBrowser(
  url: string,
  lastEventId: string | null,
  stopAfter: number,
): Promise<{ types: string[]; ids: string[]; lastEventId: string | null; ended: boolean }> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: lastEventId ? { "last-event-id": lastEventId } : {},
    signal: controller.signal,
  });
  const result = { types: [] as string[], ids: [] as string[], lastEventId, ended: false };
  const parser = createSSEParser({
    onEvent(message) {
      if (result.types.length >= stopAfter) return; // the connection is gone: nothing more arrives
      if (message.event === "end") return void (result.ended = true);
      if (message.id) result.ids.push((result.lastEventId = message.id));
      result.types.push((JSON.parse(message.data) as { event_type: string }).event_type);
    },
  });
  try {
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      parser.feed(chunk.value); // bytes: the parser decodes UTF-8 itself
      if (result.ended) break;
      if (result.types.length >= stopAfter) {
        controller.abort(); // the page loses its connection
        break;
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  }
  return result;
}

// Upstream: a mock API whose clock runs by itself, with short steps so the run takes a moment.
const api = createMockServer({ clock: "real", stepMs: 25 });
const client = createClient({ apiKey: "server-side-key", baseUrl: api.url, fetch: api.fetch });
const relay = createRelayServer(client);
await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
const { port } = relay.address() as AddressInfo;

const { execution_id } = await client.workflows.executeWorkflow({
  workflow_identifier: "support-workflow",
  input: { ticket: "T-7" },
});
const url = `http://127.0.0.1:${port}/executions/${execution_id}/events`;

const first = await readAsBrowser(url, null, 3);
console.log(`browser: ${first.types.join(", ")} … connection lost after event id ${first.lastEventId}`);
const second = await readAsBrowser(url, first.lastEventId, Infinity);
console.log(`browser, reconnected with Last-Event-ID ${first.lastEventId}: ${second.types.join(", ")}`);

relay.closeAllConnections(); // idle keep-alive sockets would hold close() for seconds
await new Promise<void>((resolve) => relay.close(() => resolve()));
api.close();

const all = [...first.types, ...second.types];
if (!second.ended || all.at(-1) !== "WORKFLOW_EXECUTION_COMPLETED" || all[0] !== "WORKFLOW_EXECUTION_STARTED")
  throw new Error(`the relayed stream is incomplete: ${all.join(", ")}`);
const ids = [...first.ids, ...second.ids];
if (new Set(ids).size !== ids.length || ids.length !== all.length)
  throw new Error("an event was relayed twice");
console.log(`relayed ${all.length} events across two connections, none lost or repeated`);
