import { createClient, NotFoundError } from "@mistral-workflows/client";
import { afterEach, describe, expect, expectTypeOf, test } from "vitest";
import {
  StreamEventError,
  streamDeploymentLogs,
  type DeploymentLogRecord,
  type ReconnectInfo,
} from "../src/index.js";
import { cutAfter, drain } from "./helpers/harness.js";
import {
  json,
  openSSE,
  sseEvent,
  startSSEServer,
  type SSERequest,
  type SSEServer,
} from "./helpers/sse-server.js";

const NAME = "support-workers";
const STREAM_PATH = `/v1/workflows/deployments/${NAME}/logs/stream`;

function record(n: number): DeploymentLogRecord {
  return {
    timestamp: new Date(Date.UTC(2025, 9, 7, 20, 52, n)).toISOString(),
    trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
    span_id: `span-${n}`,
    severity_text: "INFO",
    body: `line ${n}`,
    log_attributes: { worker_name: `${NAME}-0` },
  };
}
const log = (n: number) => sseEvent(record(n), `cursor-${n}`, "log");

function deployment(overrides: { is_active?: boolean; managed?: unknown } = {}) {
  return {
    id: "dep-1",
    name: NAME,
    is_active: true,
    created_at: "2025-10-07T20:50:00Z",
    updated_at: "2025-10-07T20:50:00Z",
    workers: [],
    ...overrides,
  };
}
const managed = (stopped: boolean) => ({
  service_id: "svc-1",
  name: NAME,
  spec: { github_url: "https://github.com/acme/support" },
  resources: {},
  status: {},
  created_at: "2025-10-07T20:50:00Z",
  updated_at: "2025-10-07T20:50:00Z",
  stopped,
});

let servers: SSEServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A server whose stream requests go to `onStream(req, res, n)` and whose deployment GET answers `getDeployment()`. */
async function setup(
  onStream: (req: SSERequest, res: Parameters<Parameters<typeof startSSEServer>[0]>[1], n: number) => void,
  getDeployment: () => { status: number; body: unknown } = () => ({ status: 200, body: deployment() }),
) {
  let n = 0;
  const server = await startSSEServer((req, res) => {
    if (req.path === STREAM_PATH) return onStream(req, res, n++);
    if (req.method === "GET" && req.path === `/v1/workflows/deployments/${NAME}`) {
      const { status, body } = getDeployment();
      return json(res, status, body);
    }
    json(res, 404, { detail: "Not Found" });
  });
  servers.push(server);
  const reconnects: ReconnectInfo[] = [];
  return {
    server,
    client: createClient({ apiKey: "test-key", baseUrl: server.url, maxRetries: 0 }),
    streams: () => server.requests.filter((r) => r.path === STREAM_PATH),
    reconnects,
    options: { sleep: async () => {}, onReconnect: (info: ReconnectInfo) => void reconnects.push(info) },
  };
}

describe("streamDeploymentLogs", () => {
  test("yields typed records and resumes after a drop with both Last-Event-ID and last_event_id", async () => {
    let stopped = false;
    const h = await setup(
      (_req, res, n) => {
        openSSE(res);
        if (n === 0) cutAfter(res, log(1) + log(2));
        else {
          stopped = true;
          res.end(log(3));
        }
      },
      () => ({ status: 200, body: deployment({ managed: managed(stopped) }) }),
    );
    const stream = streamDeploymentLogs(
      h.client,
      { name: NAME, worker_name: `${NAME}-0`, after: "2025-10-07T20:52:00Z" },
      h.options,
    );
    const { items, error } = await drain(stream);
    expectTypeOf(items).toEqualTypeOf<DeploymentLogRecord[]>();
    expect(error).toBeUndefined();
    expect(items.map((r) => r.body)).toEqual(["line 1", "line 2", "line 3"]);
    const [first, second] = h.streams();
    expect(first!.query.get("after")).toBe("2025-10-07T20:52:00Z");
    expect(first!.query.get("worker_name")).toBe(`${NAME}-0`);
    expect(first!.headers["last-event-id"]).toBeUndefined();
    expect(second!.headers["last-event-id"]).toBe("cursor-2");
    expect(second!.query.get("last_event_id")).toBe("cursor-2");
    expect(stream.lastEventId).toBe("cursor-3");
  });

  test("exactly once: records the server sends again after a resume are dropped", async () => {
    const h = await setup(
      (_req, res, n) => {
        openSSE(res);
        if (n === 0) cutAfter(res, log(1) + log(2));
        else res.end(log(2) + log(3) + log(4)); // overlaps what was already delivered
      },
      (() => {
        let asks = 0;
        return () => ({ status: asks++ === 0 ? 200 : 404, body: deployment({ is_active: false }) });
      })(),
    );
    const { items, error } = await drain(streamDeploymentLogs(h.client, { name: NAME }, h.options));
    expect(error).toBeUndefined();
    expect(items.map((r) => r.body)).toEqual(["line 1", "line 2", "line 3", "line 4"]);
  });

  test("a saved lastEventId resumes a new stream there", async () => {
    const h = await setup(
      (_req, res) => {
        openSSE(res);
        res.end(log(8));
      },
      () => ({ status: 404, body: { detail: "Deployment not found" } }),
    );
    const { items } = await drain(
      streamDeploymentLogs(h.client, { name: NAME }, { ...h.options, lastEventId: "cursor-7" }),
    );
    expect(items.map((r) => r.body)).toEqual(["line 8"]);
    expect(h.streams()[0]!.headers["last-event-id"]).toBe("cursor-7");
    expect(h.streams()[0]!.query.get("last_event_id")).toBe("cursor-7");
  });

  test("a clean end reconnects while the deployment runs, and ends once it is stopped", async () => {
    let reads = 0;
    const h = await setup(
      (_req, res, n) => {
        openSSE(res);
        res.end(log(n + 1));
      },
      () => ({ status: 200, body: deployment({ managed: managed(++reads >= 3) }) }),
    );
    const { items, error } = await drain(streamDeploymentLogs(h.client, { name: NAME }, h.options));
    expect(error).toBeUndefined();
    expect(items.map((r) => r.body)).toEqual(["line 1", "line 2", "line 3"]);
    expect(h.streams()).toHaveLength(3);
    expect(h.reconnects.map((r) => r.lastEventId)).toEqual(["cursor-1", "cursor-2"]);
  });

  test("a self-hosted deployment with no live worker ends the tail", async () => {
    const h = await setup(
      (_req, res) => {
        openSSE(res);
        res.end(log(1));
      },
      () => ({ status: 200, body: deployment({ is_active: false, managed: null }) }),
    );
    const { items, error } = await drain(streamDeploymentLogs(h.client, { name: NAME }, h.options));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(1);
    expect(h.streams()).toHaveLength(1);
  });

  test("an `error` event ends the stream with StreamEventError", async () => {
    const h = await setup((_req, res) => {
      openSSE(res);
      res.write(
        log(1) + sseEvent({ error: "log backend unavailable", reason: "backend" }, undefined, "error"),
      );
    });
    const { items, error } = await drain(streamDeploymentLogs(h.client, { name: NAME }, h.options));
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ error: "log backend unavailable", lastEventId: "cursor-1" });
  });

  test("an unknown deployment is a NotFoundError; a 503 on reconnect is retried", async () => {
    const missing = await setup((_req, res) => json(res, 404, { detail: "Deployment not found" }));
    await expect(
      drain(streamDeploymentLogs(missing.client, { name: NAME }, missing.options)).then((r) => {
        throw r.error;
      }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const h = await setup((_req, res, n) => {
      if (n === 1) return json(res, 503, { detail: "The log backend is unavailable." });
      if (n === 2) return json(res, 404, { detail: "Deployment not found" });
      openSSE(res);
      cutAfter(res, log(1));
    });
    const { items, error } = await drain(streamDeploymentLogs(h.client, { name: NAME }, h.options));
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(h.reconnects.map((r) => r.reason)).toEqual(["network", "http"]);
  });
});
