/**
 * Paging the deployments, workers, deployment logs, runs and workflow lists: each under its own wire
 * names, filters resent on every page, and the deployment logs' cursor carrying its window and order.
 */
import { createClient } from "@mistral-workflows/client";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import { paginate } from "../src/index.js";
import { logTime, startListServer, type ListServer } from "./helpers/list-server.js";

let server: ListServer;
beforeAll(async () => {
  server = await startListServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const newClient = () => createClient({ apiKey: "sk-test", baseUrl: server.url, maxRetries: 0 });

test("deployment logs: after/before/order go out on the first request only; the cursor keeps them", async () => {
  const LOGS = "deployments.getDeploymentLogs";
  server.serve(LOGS, { total: 1_000 });
  const window = { after: logTime(200), before: logTime(500), order: "desc" as const };
  const logs = await paginate(newClient(), LOGS, {
    name: "support-workers",
    worker_name: "worker-0",
    limit: 40,
    ...window,
  }).toArray(Infinity);

  expect(logs.map((l) => l.body)).toEqual(Array.from({ length: 300 }, (_, i) => `log ${499 - i}`));
  const sent = server.requestsTo(LOGS);
  expect(sent).toHaveLength(8);
  expect(sent[0]!.path).toBe("/v1/workflows/deployments/support-workers/logs");
  expect(Object.fromEntries(sent[0]!.query)).toEqual({ limit: "40", worker_name: "worker-0", ...window });
  for (const r of sent.slice(1))
    expect([...r.query.keys()].sort()).toEqual(["cursor", "limit", "worker_name"]);
});

test("deployment workers: worker_status is resent unchanged with every cursor", async () => {
  const WORKERS = "deployments.listDeploymentWorkers";
  server.serve(WORKERS, { total: 7 });
  const names: string[] = [];
  for await (const w of paginate(newClient(), WORKERS, { name: "d", worker_status: "active", limit: 3 }))
    names.push(w.name);
  expect(names).toEqual(Array.from({ length: 7 }, (_, i) => `worker-${i}`));
  const sent = server.requestsTo(WORKERS);
  expect(sent.map((r) => r.query.get("worker_status"))).toEqual(["active", "active", "active"]);
  expect(sent.map((r) => r.query.has("cursor"))).toEqual([false, true, true]);
});

test("runs: page_size and next_page_token, with a status list on every page", async () => {
  const RUNS = "runs.listRuns";
  server.serve(RUNS, { total: 5 });
  const list = paginate(newClient(), "/v1/workflows/runs", { status: ["COMPLETED", "FAILED"], page_size: 2 });
  const runIds: (string | null | undefined)[] = [];
  for await (const run of list) runIds.push(run.run_id);
  expect(runIds).toEqual(["run-0", "run-1", "run-2", "run-3", "run-4"]);
  const sent = server.requestsTo(RUNS);
  expect(sent).toHaveLength(3);
  for (const r of sent) expect(r.query.getAll("status")).toEqual(["COMPLETED", "FAILED"]);
  expect(sent.map((r) => r.query.has("next_page_token"))).toEqual([false, true, true]);
});

test("deployments and workflows: limit + cursor, 50 per page when no size is given", async () => {
  server.serve("deployments.listDeployments", { total: 120 });
  server.serve("workflows.getWorkflows", { total: 3 });
  const deployments = await paginate(newClient(), "deployments.listDeployments", {
    active_only: false,
  }).toArray(Infinity);
  expect(deployments.map((d) => d.name).at(-1)).toBe("deployment-119");
  const sentDeployments = server.requestsTo("deployments.listDeployments");
  expect(sentDeployments.map((r) => r.query.get("limit"))).toEqual(["50", "50", "50"]);
  expect(sentDeployments.every((r) => r.query.get("active_only") === "false")).toBe(true);

  const workflows = await paginate(newClient(), "workflows.getWorkflows", {
    tags: ["a", "b"],
    limit: 2,
  }).toArray(Infinity);
  expect(workflows.map((w) => w.name)).toEqual(["workflow-0", "workflow-1", "workflow-2"]);
  for (const r of server.requestsTo("workflows.getWorkflows"))
    expect(r.query.getAll("tags")).toEqual(["a", "b"]);
});
