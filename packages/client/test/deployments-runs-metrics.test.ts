/**
 * The deployments, runs and metrics groups and the workflow list / bulk archive methods: what each
 * puts on the wire (path, query, body) and what it resolves to, including the 202 answers.
 */
import { expect, expectTypeOf, test } from "vitest";
import { createClient, NotFoundError, type components } from "../src/index.js";
import { json, useTestServer } from "./helpers/server.js";

type Schemas = components["schemas"];

const server = useTestServer();

function freshClient() {
  server.requests.length = 0;
  return createClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
}

const managed = {
  service_id: "svc-1",
  name: "support-workers",
  spec: { github_url: "https://github.com/acme/support" },
  resources: {},
  status: { phase: "pending" },
  created_at: "2025-10-07T20:50:00Z",
  updated_at: "2025-10-07T20:50:00Z",
};

test("createDeployment posts its body and resolves to the 202 answer", async () => {
  const client = freshClient();
  server.handle((_req, res) => json(res, 202, managed));
  const result = await client.deployments.createDeployment({
    name: "support-workers",
    spec: { github_url: "https://github.com/acme/support", revision: "main" },
    hardened: true,
  });
  expect(result).toEqual(managed);
  const req = server.requests[0]!;
  expect(`${req.method} ${req.path}`).toBe("POST /v1/workflows/deployments");
  expect(JSON.parse(req.body)).toEqual({
    name: "support-workers",
    spec: { github_url: "https://github.com/acme/support", revision: "main" },
    hardened: true,
  });
});

test("updateDeployment puts the name in the path and the rest in the PATCH body", async () => {
  const client = freshClient();
  server.handle((_req, res) => json(res, 202, managed));
  await client.deployments.updateDeployment({ name: "a b", resources: { replicas: 3 } });
  const req = server.requests[0]!;
  expect(`${req.method} ${req.path}`).toBe("PATCH /v1/workflows/deployments/a%20b");
  expect(JSON.parse(req.body)).toEqual({ resources: { replicas: 3 } });
});

test("start, stop and restart post with no body", async () => {
  const client = freshClient();
  server.handle((_req, res) => json(res, 202, managed));
  await client.deployments.startDeployment({ name: "d" });
  await client.deployments.stopDeployment({ name: "d" });
  await client.deployments.restartDeployment({ name: "d" });
  expect(server.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`)).toEqual([
    `POST /v1/workflows/deployments/d/start ""`,
    `POST /v1/workflows/deployments/d/stop ""`,
    `POST /v1/workflows/deployments/d/restart ""`,
  ]);
});

test("an unknown deployment is a NotFoundError", async () => {
  const client = freshClient();
  server.handle((_req, res) => json(res, 404, { detail: "Deployment not found" }));
  await expect(client.deployments.getDeployment({ name: "nope" })).rejects.toBeInstanceOf(NotFoundError);
});

test("listRuns repeats array parameters (status, workflow_tags, search_key) in the query", async () => {
  const client = freshClient();
  server.handle((_req, res) => json(res, 200, { executions: [], next_page_token: null }));
  await client.runs.listRuns({
    status: ["RUNNING", "FAILED"],
    workflow_tags: ["a", "b"],
    search_key: ["team:x"],
    page_size: 5,
  });
  const query = server.requests[0]!.query;
  expect(query.getAll("status")).toEqual(["RUNNING", "FAILED"]);
  expect(query.getAll("workflow_tags")).toEqual(["a", "b"]);
  expect(query.getAll("search_key")).toEqual(["team:x"]);
  expect(query.get("page_size")).toBe("5");
});

test("getWorkflows sends one status or several, and deployment names as a list", async () => {
  const client = freshClient();
  server.handle((_req, res) => json(res, 200, { workflows: [], next_cursor: null }));
  await client.workflows.getWorkflows({ status: "COMPLETED", deployment_name: ["d1", "d2"], limit: 2 });
  const query = server.requests[0]!.query;
  expect(query.getAll("status")).toEqual(["COMPLETED"]);
  expect(query.getAll("deployment_name")).toEqual(["d1", "d2"]);
});

test("getWorkflowMetrics puts the workflow name in the path and the window in the query", async () => {
  const client = freshClient();
  const metrics = {
    execution_count: { value: 0 },
    success_count: { value: 0 },
    error_count: { value: 0 },
    average_latency_ms: { value: 0 },
    latency_over_time: { value: [] },
    retry_rate: { value: 0 },
  };
  server.handle((_req, res) => json(res, 200, metrics));
  const result = await client.metrics.getWorkflowMetrics({
    workflow_name: "support",
    start_time: "2025-10-07T00:00:00Z",
  });
  expect(result).toEqual(metrics);
  const req = server.requests[0]!;
  expect(req.path).toBe("/v1/workflows/support/metrics");
  expect(req.query.get("start_time")).toBe("2025-10-07T00:00:00Z");
});

test("bulk archive and unarchive PUT the list of ids", async () => {
  const client = freshClient();
  server.handle((req, res) =>
    json(res, 200, req.path.endsWith("/unarchive") ? { unarchived: [] } : { archived: [] }),
  );
  await expect(client.workflows.bulkArchiveWorkflows({ workflow_ids: ["w1", "w2"] })).resolves.toEqual({
    archived: [],
  });
  await expect(client.workflows.bulkUnarchiveWorkflows({ workflow_ids: ["w1"] })).resolves.toEqual({
    unarchived: [],
  });
  expect(server.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual([
    `PUT /v1/workflows/archive {"workflow_ids":["w1","w2"]}`,
    `PUT /v1/workflows/unarchive {"workflow_ids":["w1"]}`,
  ]);
});

test("getRunHistory and getRun address one run", async () => {
  const client = freshClient();
  server.handle((req, res) => json(res, 200, { path: req.path, decode: req.query.get("decode_payloads") }));
  await expect(client.runs.getRunHistory({ run_id: "r1", decode_payloads: false })).resolves.toEqual({
    path: "/v1/workflows/runs/r1/history",
    decode: "false",
  });
  await client.runs.getRun({ run_id: "r1" });
  expect(server.requests[1]!.path).toBe("/v1/workflows/runs/r1");
});

test("types: the new methods take the spec's parameters and resolve to its bodies", () => {
  const client = createClient({ apiKey: "k", fetch: async () => new Response("{}") });
  expectTypeOf(client.deployments.createDeployment).returns.resolves.toEqualTypeOf<
    Schemas["ManagedDeploymentResponse"]
  >();
  expectTypeOf(client.deployments.getDeployment).returns.resolves.toEqualTypeOf<
    Schemas["DeploymentDetailResponse"]
  >();
  expectTypeOf(client.deployments.streamDeploymentLogs).returns.resolves.toEqualTypeOf<Response>();
  expectTypeOf(client.runs.listRuns).returns.resolves.toEqualTypeOf<
    Schemas["WorkflowExecutionListResponse"]
  >();
  expectTypeOf(client.metrics.getWorkflowMetrics).returns.resolves.toEqualTypeOf<
    Schemas["WorkflowMetrics"]
  >();
  expectTypeOf(client.workflows.bulkArchiveWorkflows).returns.resolves.toEqualTypeOf<
    Schemas["WorkflowBulkArchiveResponse"]
  >();
});

// Never called: these lines exist for the compiler.
export function mustNotCompile(client: ReturnType<typeof createClient>) {
  // @ts-expect-error: a deployment needs a spec
  void client.deployments.createDeployment({ name: "d" });
  // @ts-expect-error: the run status is one of the spec's statuses
  void client.runs.listRuns({ status: "DONE" });
  // @ts-expect-error: worker_status is active or inactive
  void client.deployments.listDeploymentWorkers({ name: "d", worker_status: "gone" });
  // @ts-expect-error: workflow_ids is a list
  void client.workflows.bulkArchiveWorkflows({ workflow_ids: "w1" });
}
