#!/usr/bin/env node
/**
 * A relay between browsers and the Workflows API: the browser never sees the API key. This small Node
 * server holds the key, starts one workflow when the page asks, and re-streams that execution's events
 * to the page as Server-Sent Events. The page reads them with `EventSource`, which reconnects by itself
 * and sends `Last-Event-ID`; the relay resumes the upstream stream from that id, so a dropped
 * connection loses and repeats nothing.
 *
 *   MISTRAL_API_KEY=… node examples/relay/server.mjs [--port 8787] [--workflow support-workflow]
 *   node examples/relay/server.mjs --mock                 against an in-process mock server, no key
 *   node examples/relay/server.mjs --base-url <url>       another API (a mock server's, a proxy…)
 *   --drop-after <n>                                      end each first response after n events, to
 *                                                         watch the page resume
 *   --allow-origin <origin>                               let a page served from that origin call the
 *                                                         relay (CORS), e.g. http://localhost:5173
 *
 * Routes: `GET /` the page; `GET /tasks` the task page (`tasks.html`, also servable from elsewhere);
 * `POST /executions` starts the workflow (`{ "input": … }`) and answers `{ "execution_id" }`;
 * `GET /executions/<id>/events` the events (`event: workflow`, `id:` = the event's `broker_sequence`),
 * then `event: end`, or `event: failure` with a message; `GET /executions/<id>/tasks` the live state of
 * each custom task of the execution and its child workflows (`event: task`, one snapshot per task
 * event, `id:` = its `broker_sequence`), then `event: end`.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createClient, WorkflowsError } from "@mistral-workflows/client";
import { streamExecution, streamExecutionTree } from "@mistral-workflows/streaming";
import { createTaskTracker } from "@mistral-workflows/streaming/tasks";

/**
 * @typedef {object} RelayOptions
 * @property {import("@mistral-workflows/client").WorkflowsClient} client the API client, holding the key
 * @property {string} workflow the only workflow the page may start
 * @property {number} [dropAfterEvents] end each first response (no `Last-Event-ID`) after this many events
 * @property {string[]} [allowOrigins] origins whose pages may call the relay (CORS); none by default
 */

const page = new URL("./page.html", import.meta.url);
const tasksPage = new URL("./tasks.html", import.meta.url);
const eventsPath = /^\/executions\/([\w.:-]{1,200})\/(events|tasks)$/;

/**
 * Creates the relay's request handler.
 * @param {RelayOptions} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>}
 */
export function createRelay({ client, workflow, dropAfterEvents = Infinity, allowOrigins = [] }) {
  return async (req, res) => {
    const path = new URL(req.url ?? "/", "http://relay").pathname;
    const origin = req.headers.origin;
    if (typeof origin === "string" && allowOrigins.includes(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          "access-control-allow-methods": "GET, POST",
          "access-control-allow-headers": "content-type, last-event-id",
          "access-control-max-age": "600",
        });
        res.end();
        return;
      }
    }
    try {
      if (req.method === "GET" && (path === "/" || path === "/tasks")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        res.end(await readFile(path === "/" ? page : tasksPage));
        return;
      }
      if (req.method === "POST" && path === "/executions") {
        const { input = {} } = JSON.parse((await readBody(req)) || "{}");
        const started = await client.workflows.executeWorkflow({ workflow_identifier: workflow, input });
        sendJson(res, 201, { execution_id: started.execution_id });
        return;
      }
      const match = req.method === "GET" ? eventsPath.exec(path) : null;
      if (match) {
        const relay = match[2] === "tasks" ? relayTasks : relayEvents;
        await relay(client, decodeURIComponent(match[1] ?? ""), req, res, dropAfterEvents);
        return;
      }
      sendJson(res, 404, { error: "not found" });
    } catch (error) {
      // Never forward the API's error body as is: it is the relay's business, not the page's.
      const status = error instanceof WorkflowsError && "status" in error ? Number(error.status) : 500;
      if (!res.headersSent)
        sendJson(res, status >= 400 && status < 500 ? status : 502, { error: "upstream error" });
      else res.end();
    }
  };
}

/**
 * Streams one execution's events to the page, resuming after the page's `Last-Event-ID`.
 * @param {import("@mistral-workflows/client").WorkflowsClient} client
 * @param {string} executionId
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number} dropAfterEvents
 */
async function relayEvents(client, executionId, req, res, dropAfterEvents) {
  const header = req.headers["last-event-id"];
  const lastEventId = typeof header === "string" && /^\d+$/.test(header) ? header : null;
  const controller = new AbortController();
  res.on("close", () => controller.abort()); // the page went away: stop reading upstream
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
  });
  res.write("retry: 200\n\n"); // how long EventSource waits before it reconnects
  let sent = 0;
  try {
    for await (const event of streamExecution(
      client,
      { execution_id: executionId },
      { lastEventId, signal: controller.signal },
    )) {
      res.write(`id: ${event.broker_sequence}\nevent: workflow\ndata: ${JSON.stringify(event.data)}\n\n`);
      if (++sent >= dropAfterEvents && lastEventId === null) {
        res.end(); // EventSource reconnects with Last-Event-ID
        return;
      }
    }
    if (!controller.signal.aborted) res.end("event: end\ndata: {}\n\n");
  } catch (error) {
    const message = error instanceof WorkflowsError ? error.name : "stream failed";
    res.end(`event: failure\ndata: ${JSON.stringify({ message })}\n\n`);
  }
}

/**
 * Streams the live state of each custom task of an execution tree to the page: one `task` event per
 * task event, carrying the task's whole current state, so the page only has to show the latest one.
 * On a reconnect (the page's `Last-Event-ID`) the relay folds the tree's events again from the start
 * and sends only the snapshots after that id: the page, which kept what it had, goes on from there.
 * @param {import("@mistral-workflows/client").WorkflowsClient} client
 * @param {string} executionId
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number} dropAfterEvents
 */
async function relayTasks(client, executionId, req, res, dropAfterEvents) {
  const header = req.headers["last-event-id"];
  const after = typeof header === "string" && /^\d+$/.test(header) ? Number(header) : null;
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
  });
  res.write("retry: 200\n\n");
  // A patch that does not apply marks its task stale (shown as such) instead of ending the page's view.
  const tracker = createTaskTracker({ onError: "resync" });
  let sent = 0;
  try {
    const events = streamExecutionTree(client, { execution_id: executionId }, { signal: controller.signal });
    for await (const event of events) {
      const task = await tracker.apply(event);
      if (!task || (after !== null && event.broker_sequence <= after)) continue;
      const { taskId, type, workflowExecId, status, state, stale } = task;
      const data = JSON.stringify({ taskId, type, workflowExecId, status, state, stale });
      res.write(`id: ${event.broker_sequence}\nevent: task\ndata: ${data}\n\n`);
      if (++sent >= dropAfterEvents && after === null) {
        res.end();
        return;
      }
    }
    if (!controller.signal.aborted) res.end("event: end\ndata: {}\n\n");
  } catch (error) {
    const message = error instanceof WorkflowsError ? error.name : "stream failed";
    res.end(`event: failure\ndata: ${JSON.stringify({ message })}\n\n`);
  }
}

/** @param {import("node:http").IncomingMessage} req */
async function readBody(req) {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error("request body too large");
  }
  return body;
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8787" },
      "base-url": { type: "string" },
      workflow: { type: "string", default: "support-workflow" },
      mock: { type: "boolean", default: false },
      "drop-after": { type: "string" },
      "allow-origin": { type: "string", multiple: true, default: [] },
    },
  });
  let baseUrl = values["base-url"];
  let apiKey = process.env.MISTRAL_API_KEY;
  if (values.mock) {
    const { startMockServer } = await import("@mistral-workflows/mock-server");
    // The task page has something to show: checklists, a streamed answer, a child workflow's task.
    const mock = await startMockServer({
      stepMs: 300,
      behaviours: { [values.workflow]: { story: "live_tasks" } },
    });
    baseUrl = mock.url;
    apiKey = "relay-demo-key";
  }
  const client = createClient({ apiKey, baseUrl });
  const handler = createRelay({
    client,
    workflow: values.workflow,
    dropAfterEvents: values["drop-after"] ? Number(values["drop-after"]) : Infinity,
    allowOrigins: values["allow-origin"],
  });
  const server = createServer((req, res) => void handler(req, res));
  server.listen(Number(values.port), "127.0.0.1", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : values.port;
    console.log(`relay listening on http://127.0.0.1:${port}`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
