/**
 * Writes happen once. Each test lets the mock server act on a request, loses the answer (timeout,
 * reset, 5xx, a keep-alive socket that dies on reuse), and counts what the mock holds afterwards.
 */
import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  ConflictError,
  createClient,
  InternalServerError,
  RateLimitError,
} from "../src/index.js";
import { loseAnswers, settle, fetchFailed, type AfterAccept } from "./helpers/faults.js";
import { serveOverHttp } from "./helpers/mock-over-http.js";

const FAULTS: AfterAccept[] = ["timeout", "reset", "5xx", "503"];
const isPost = (path: string) => (method: string, url: string) => method === "POST" && url.includes(path);
const client0 = () => createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });

let api: MockServer;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  // The mock's clock starts at this machine's time: a read-back checks when the resource was created.
  api = createMockServer({ clock: { now: Date.now() } });
});
afterEach(() => {
  vi.useRealTimers();
});

function clientOver(fetch: typeof globalThis.fetch) {
  return createClient({ apiKey: "test", baseUrl: api.url, fetch, timeoutMs: 5_000 });
}
const run = <T>(p: Promise<T>) => settle(p, (ms) => vi.advanceTimersByTimeAsync(ms));

describe.each(FAULTS)("%s after the server accepted", (fault) => {
  test("executeWorkflow starts one execution and resolves to it", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const client = clientOver(fetch);
    const result = await run(
      client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", input: { n: 1 } }),
    );
    expect(api.state.executions.size).toBe(1);
    const [id] = [...api.state.executions.keys()];
    expect(result).toMatchObject({ execution_id: id, workflow_name: "support-workflow", status: "RUNNING" });
    // Both attempts carried the same client-made id.
    const posts = api.requests.filter((r) => r.operation === "workflows.executeWorkflow");
    expect(posts).toHaveLength(2);
    expect(posts.map((r) => (r.body as { execution_id: string }).execution_id)).toEqual([id, id]);
  });

  test("executeWorkflow with wait_for_result resolves to the one execution's result", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const client = clientOver(fetch);
    const result = await run(
      client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: {},
        wait_for_result: true,
        timeout_seconds: 30,
      }),
    );
    expect(api.state.executions.size).toBe(1);
    const [execution] = [...api.state.executions.values()];
    expect(execution!.execution.status).toBe("COMPLETED");
    expect(result).toEqual({
      workflow_name: "support-workflow",
      execution_id: execution!.execution.execution_id,
      result: execution!.execution.result,
    });
  });

  test("executeWorkflow with a caller-chosen execution_id resolves instead of a ConflictError", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const client = clientOver(fetch);
    const result = await run(
      client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "mine",
        input: {},
      }),
    );
    expect([...api.state.executions.keys()]).toEqual(["mine"]);
    expect(result).toMatchObject({ execution_id: "mine" });
  });

  test("executeWorkflowRegistration starts one execution", async () => {
    const [registration] = [...api.state.registrations.values()].filter((r) => r.active);
    const fetch = loseAnswers(api.fetch, fault, isPost("/execute"));
    const client = clientOver(fetch);
    const result = await run(
      client.workflows.executeWorkflowRegistration({ workflow_registration_id: registration!.id, input: {} }),
    );
    expect(api.state.executions.size).toBe(1);
    expect(result).toMatchObject({ execution_id: [...api.state.executions.keys()][0] });
  });

  test("scheduleWorkflow creates one schedule and resolves to its id", async () => {
    const fetch = loseAnswers(api.fetch, fault, isPost("/schedules"));
    const client = clientOver(fetch);
    const result = await run(
      client.schedules.scheduleWorkflow({
        workflow_identifier: "support-workflow",
        schedule: { input: {}, cron_expressions: ["0 9 * * *"] },
      }),
    );
    expect(api.state.schedules.size).toBe(1);
    expect(result).toEqual({ schedule_id: [...api.state.schedules.keys()][0] });
  });

  test("an unsafe write (a signal) is not sent again: one signal, and the failure is reported", async () => {
    const client0 = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
    const { execution_id } = await client0.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { outcome: "running" } },
    });
    const fetch = loseAnswers(api.fetch, fault, isPost("/signals"));
    const client = clientOver(fetch);
    const call = run(client.executions.signalWorkflowExecution({ execution_id, name: "approve", input: {} }));
    const expected = {
      timeout: APIConnectionTimeoutError,
      reset: APIConnectionError,
      "5xx": InternalServerError,
      "503": InternalServerError,
    };
    await expect(call).rejects.toBeInstanceOf(expected[fault]);
    expect(api.state.executions.get(execution_id)!.signals).toHaveLength(1);
    expect(fetch.sent).toBe(1);
  });

  test.each([
    ["updateDeployment", "PATCH", "updated"],
    ["restartDeployment", "POST", "restarting"],
  ] as const)("%s is sent once: one rollout, and the failure is reported", async (method, verb, logged) => {
    const name = "support-workers";
    await client0().deployments.createDeployment({ name, spec: { github_url: "https://github.com/acme/s" } });
    const fetch = loseAnswers(
      api.fetch,
      fault,
      (m, url) => m === verb && url.includes(`/deployments/${name}`),
    );
    const call =
      method === "updateDeployment"
        ? clientOver(fetch).deployments.updateDeployment({ name, resources: { replicas: 3 } })
        : clientOver(fetch).deployments.restartDeployment({ name });
    await expect(run(call)).rejects.toBeDefined();
    expect(fetch.sent).toBe(1);
    const logs = await client0().deployments.getDeploymentLogs({ name, limit: 100 });
    expect(logs.results.filter((r) => r.body.includes(logged))).toHaveLength(1);
  });

  test("an unsafe write (a trigger) starts one execution", async () => {
    const client0 = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
    const { schedule_id } = await client0.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule: { input: {}, cron_expressions: ["0 9 * * *"] },
    });
    const fetch = loseAnswers(api.fetch, fault, isPost("/trigger"));
    await run(
      clientOver(fetch)
        .schedules.triggerSchedule({ schedule_id })
        .catch(() => {}),
    );
    expect(api.state.schedules.get(schedule_id)!.runs).toHaveLength(1);
    expect(api.state.executions.size).toBe(1);
  });
});

test("a genuine conflict on the first attempt is still a ConflictError", async () => {
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
  await client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", execution_id: "taken" });
  await expect(
    client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", execution_id: "taken" }),
  ).rejects.toBeInstanceOf(ConflictError);
});

test("restartDeployment answered 503 by the server is sent once; retrySafe: true opts in", async () => {
  const name = "support-workers";
  await client0().deployments.createDeployment({ name, spec: { github_url: "https://github.com/acme/s" } });
  const fault = { headers: { "x-mock-fault": "status=503; retry-after=0; times=1" } };
  await expect(run(client0().deployments.restartDeployment({ name }, fault))).rejects.toBeInstanceOf(
    InternalServerError,
  );
  const restarts = () => api.requests.filter((r) => r.operation === "deployments.restartDeployment");
  expect(restarts()).toHaveLength(1);
  const optIn = { headers: { "x-mock-fault": "status=503; retry-after=0; times=1; latency-ms=0" } };
  await run(client0().deployments.restartDeployment({ name }, { ...optIn, retrySafe: true }));
  expect(restarts()).toHaveLength(3);
});

test("an unsafe write is retried when the connection was refused: it never reached the server", async () => {
  let refused = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (String(input).endsWith("/signals") && refused++ === 0)
      throw fetchFailed("ECONNREFUSED", { address: "127.0.0.1", port: 4999 });
    return api.fetch(input, init);
  };
  const client = clientOver(fetch);
  const started = await client0().workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: { outcome: "running" } },
  });
  await run(
    client.executions.signalWorkflowExecution({ execution_id: started.execution_id, name: "go", input: {} }),
  );
  expect(refused).toBe(2);
  expect(api.state.executions.get(started.execution_id)!.signals).toHaveLength(1);
});

test("unsafe writes are sent once on 429, 503 and 500; a call opts in with retrySafe: true", async () => {
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
  const { execution_id } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: { outcome: "running" } },
  });
  const signal = (status: number, retrySafe?: boolean) =>
    client.executions.signalWorkflowExecution(
      { execution_id, name: `s${status}`, input: {} },
      {
        headers: { "x-mock-fault": `status=${status}; retry-after=0; times=1` },
        ...(retrySafe === undefined ? {} : { retrySafe }),
      },
    );
  await expect(run(signal(503))).rejects.toBeInstanceOf(InternalServerError);
  await expect(run(signal(429))).rejects.toBeInstanceOf(RateLimitError);
  await expect(run(signal(500))).rejects.toBeInstanceOf(InternalServerError);
  const sent = () => api.requests.filter((r) => r.operation === "executions.signalWorkflowExecution");
  expect(sent()).toHaveLength(3);
  await run(signal(502, true));
  expect(sent()).toHaveLength(5);
  expect(api.state.executions.get(execution_id)!.signals).toHaveLength(1);
});

test("x-should-retry: true on a 2xx is ignored: the write is sent once", async () => {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await api.fetch(input, init);
    const headers = new Headers(response.headers);
    headers.set("x-should-retry", "true");
    return new Response(response.body, { status: response.status, headers });
  };
  const client = clientOver(fetch);
  await run(client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", input: {} }));
  expect(api.state.executions.size).toBe(1);
  expect(api.requests.filter((r) => r.operation === "workflows.executeWorkflow")).toHaveLength(1);
});

test("with wait_for_result the attempt's time limit covers the server-side wait", async () => {
  // The server takes 1.5 s to answer a wait of timeout_seconds: 1; the client's timeoutMs is 150 ms.
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await api.fetch(input, { ...init, signal: undefined });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, 1_500);
      init?.signal?.addEventListener("abort", () => (clearTimeout(timer), reject(init.signal!.reason)));
    });
    return response;
  };
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch, timeoutMs: 150 });
  const result = await run(
    client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
      wait_for_result: true,
      timeout_seconds: 1,
    }),
  );
  expect(api.state.executions.size).toBe(1);
  expect(result).toMatchObject({ execution_id: [...api.state.executions.keys()][0] });
});

test("a DELETE retried after it went through resolves (the 404 of the retry is its success)", async () => {
  const client0 = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
  const { schedule_id } = await client0.schedules.scheduleWorkflow({
    workflow_identifier: "support-workflow",
    schedule: { input: {}, cron_expressions: ["0 9 * * *"] },
  });
  const fetch = loseAnswers(api.fetch, "reset", (method) => method === "DELETE");
  await expect(run(clientOver(fetch).schedules.unscheduleWorkflow({ schedule_id }))).resolves.toBeUndefined();
  expect(api.state.schedules.size).toBe(0);
});

describe("a keep-alive socket that dies on reuse, over real HTTP", () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  test("executeWorkflow: one execution, resolved", async () => {
    let first = true;
    const server = await serveOverHttp(api, (method, path) => {
      const kill = first && method === "POST" && path.endsWith("/execute");
      if (kill) first = false;
      return kill;
    });
    try {
      const client = createClient({ apiKey: "test", baseUrl: server.url });
      await client.workflows.getWorkflow({ workflow_identifier: "support-workflow" }); // opens the socket
      const result = await client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: {},
      });
      expect(server.killed).toBe(1);
      expect(api.state.executions.size).toBe(1);
      expect(result.execution_id).toBe([...api.state.executions.keys()][0]);
    } finally {
      await server.close();
    }
  });

  test("a signal: delivered once, reported as a connection error", async () => {
    const client0 = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
    const { execution_id } = await client0.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { outcome: "running" } },
    });
    const server = await serveOverHttp(api, (method, path) => method === "POST" && path.endsWith("/signals"));
    try {
      const client = createClient({ apiKey: "test", baseUrl: server.url });
      await client.executions.getWorkflowExecution({ execution_id }); // opens the socket
      await expect(
        client.executions.signalWorkflowExecution({ execution_id, name: "approve", input: {} }),
      ).rejects.toBeInstanceOf(APIConnectionError);
      expect(api.state.executions.get(execution_id)!.signals).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

test("the path client follows the table: a create without a client-made id is not sent again after a reset", async () => {
  const fetch = loseAnswers(api.fetch, "reset", isPost("/execute"));
  const client = clientOver(fetch);
  const call = client.POST("/v1/workflows/{workflow_identifier}/execute", {
    params: { path: { workflow_identifier: "support-workflow" } },
    body: { input: {} },
  });
  await expect(run(call)).rejects.toBeInstanceOf(APIConnectionError);
  expect(api.state.executions.size).toBe(1);
  expect(fetch.sent).toBe(1);
});

test("the path client retries a read after a reset", async () => {
  const fetch = loseAnswers(api.fetch, "reset", (method) => method === "GET");
  const { data } = await run(
    clientOver(fetch).GET("/v1/workflows/{workflow_identifier}", {
      params: { path: { workflow_identifier: "support-workflow" } },
    }),
  );
  expect(data?.workflow?.name).toBe("support-workflow");
  expect(fetch.sent).toBe(2);
});
