/**
 * The contract: routes come from the spec, every operation is implemented, and every response (every
 * SSE event too) validates against the spec.
 */
import { describe, expect, test } from "vitest";
import { readOperations } from "../src/http/spec.js";
import { bundledSpec, createMockServer, type OpenAPIDocument } from "../src/index.js";
import { _unimplementedOperations, _validateResponse } from "../src/testing.js";
import { dataOf, get, readSse, send, setup } from "./helpers.js";

describe("routes from the spec", () => {
  test("every operation of the spec has a handler", () => {
    // A failure lists the operations added to the spec that the mock does not implement yet.
    expect(_unimplementedOperations()).toEqual([]);
    expect(readOperations(bundledSpec)).toHaveLength(53);
  });

  test("an operation in the spec without a handler answers 501 and is reported", async () => {
    const spec = structuredClone(bundledSpec) as OpenAPIDocument;
    spec.paths["/v1/workflows/executions/{execution_id}/pause"] = {
      post: {
        operationId: "pause_workflow_execution",
        tags: ["executions"],
        "x-sdk-method": "pauseWorkflowExecution",
        summary: "Pause",
        parameters: [{ name: "execution_id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "Paused." } },
      },
    };
    const api = createMockServer({ spec });
    const response = await send(api, "POST", "/v1/workflows/executions/abc/pause");
    expect(response.status).toBe(501);
    expect((await response.json()).detail).toContain("executions.pauseWorkflowExecution");
    expect(_unimplementedOperations(spec)).toEqual(["executions.pauseWorkflowExecution"]);
  });
});

describe("every response validates against the spec", () => {
  const { api, client } = setup({ heartbeatMs: 0 });
  const ready = (async () => {
    const done = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-1" },
    });
    const spec = { github_url: "https://github.com/acme/support-workflows", revision: "main" };
    await client.deployments.createDeployment({ name: "contract-workers", spec });
    await client.deployments.createDeployment({ name: "contract-stopped", spec });
    await client.deployments.createDeployment({ name: "contract-deleted", spec });
    api.clock.advance(60_000);
    await client.deployments.stopDeployment({ name: "contract-stopped" });
    api.clock.advance(60_000);
    const running = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { ticket_id: "T-2", _mock: "running" },
    });
    const toCancel = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: { _mock: "running" },
    });
    const toTerminate = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: { _mock: "running" },
    });
    const toBatch = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: { _mock: "running" },
    });
    const { schedule_id } = await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule: {
        input: { ticket_id: "T-3" },
        cron_expressions: ["0 9 * * 1-5"],
        intervals: [{ every: "PT6H" }],
      },
    });
    const toDelete = await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule: { input: {} },
    });
    return {
      run: api.state.executions.get(done.execution_id)!.execution.run_id!,
      done: done.execution_id,
      running: running.execution_id,
      toCancel: toCancel.execution_id,
      toTerminate: toTerminate.execution_id,
      toBatch: toBatch.execution_id,
      schedule_id,
      toDelete: toDelete.schedule_id,
    };
  })();
  const reg = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

  type Ids = Awaited<typeof ready>;
  const calls: Record<string, (ids: Ids) => Promise<Response>> = {
    "workflows.getWorkflowRegistrations": () =>
      get(api, "/v1/workflows/registrations?with_workflow=true&limit=2"),
    "workflows.getWorkflowRegistration": () =>
      get(api, `/v1/workflows/registrations/${reg}?with_workflow=true`),
    "workflows.executeWorkflowRegistration": () =>
      send(api, "POST", `/v1/workflows/registrations/${reg}/execute`, { input: { ticket_id: "R" } }),
    "workflows.getWorkflow": () => get(api, "/v1/workflows/support-workflow"),
    "workflows.updateWorkflow": () =>
      send(api, "PUT", "/v1/workflows/report-generator", { description: "Weekly." }),
    "workflows.executeWorkflow": () =>
      send(api, "POST", "/v1/workflows/support-workflow/execute", {
        input: { ticket_id: "S" },
        wait_for_result: true,
      }),
    "workflows.archiveWorkflow": () => send(api, "PUT", "/v1/workflows/document-summarizer/archive"),
    "workflows.unarchiveWorkflow": () => send(api, "PUT", "/v1/workflows/document-summarizer/unarchive"),
    "schedules.getSchedules": () => get(api, "/v1/workflows/schedules?page_size=1"),
    "schedules.scheduleWorkflow": () =>
      send(api, "POST", "/v1/workflows/schedules", {
        workflow_identifier: "report-generator",
        schedule_id: "weekly-report",
        schedule: {
          input: { week: "current" },
          calendars: [{ day_of_week: [{ start: 1 }], hour: [{ start: 8 }] }],
        },
      }),
    "schedules.getSchedule": (ids) => get(api, `/v1/workflows/schedules/${ids.schedule_id}`),
    "schedules.unscheduleWorkflow": (ids) => send(api, "DELETE", `/v1/workflows/schedules/${ids.toDelete}`),
    "schedules.updateSchedule": (ids) =>
      send(api, "PATCH", `/v1/workflows/schedules/${ids.schedule_id}`, { schedule: { max_executions: 5 } }),
    "schedules.pauseSchedule": (ids) =>
      send(api, "POST", `/v1/workflows/schedules/${ids.schedule_id}/pause`, { note: "maintenance" }),
    "schedules.resumeSchedule": (ids) =>
      send(api, "POST", `/v1/workflows/schedules/${ids.schedule_id}/resume`),
    "schedules.triggerSchedule": (ids) =>
      send(api, "POST", `/v1/workflows/schedules/${ids.schedule_id}/trigger`, { overlap: 6 }),
    "executions.getWorkflowExecution": (ids) => get(api, `/v1/workflows/executions/${ids.done}`),
    "executions.getWorkflowExecutionHistory": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/history`),
    "executions.signalWorkflowExecution": (ids) =>
      send(api, "POST", `/v1/workflows/executions/${ids.running}/signals`, {
        name: "approve",
        input: { approved: true },
      }),
    "executions.queryWorkflowExecution": (ids) =>
      send(api, "POST", `/v1/workflows/executions/${ids.running}/queries`, { name: "get_status" }),
    "executions.updateWorkflowExecution": (ids) =>
      send(api, "POST", `/v1/workflows/executions/${ids.running}/updates`, {
        name: "set_priority",
        input: { priority: "high" },
      }),
    "executions.terminateWorkflowExecution": (ids) =>
      send(api, "POST", `/v1/workflows/executions/${ids.toTerminate}/terminate`),
    "executions.batchTerminateWorkflowExecutions": (ids) =>
      send(api, "POST", "/v1/workflows/executions/terminate", {
        execution_ids: [ids.toBatch, ids.done, "missing"],
      }),
    "executions.cancelWorkflowExecution": (ids) =>
      send(api, "POST", `/v1/workflows/executions/${ids.toCancel}/cancel`),
    "executions.batchCancelWorkflowExecutions": (ids) =>
      send(api, "POST", "/v1/workflows/executions/cancel", { execution_ids: [ids.done] }),
    "executions.resetWorkflow": (ids) =>
      send(api, "POST", `/v1/workflows/executions/${ids.done}/reset`, { event_id: 4, reason: "retry" }),
    "executions.getWorkflowExecutionTraceOtel": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/trace/otel`),
    "executions.getWorkflowExecutionTraceSummary": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/trace/summary`),
    "executions.getWorkflowExecutionTraceEvents": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/trace/events?include_internal_events=true`),
    "executions.getWorkflowExecutionTraceInfo": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/trace/info`),
    "executions.stream": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/stream?event_source=DATABASE`),
    "executions.getWorkflowExecutionLogs": (ids) =>
      get(api, `/v1/workflows/executions/${ids.done}/logs?limit=3&order=desc`),
    "executions.streamWorkflowExecutionLogs": (ids) =>
      get(api, `/v1/workflows/executions/${ids.toCancel}/logs/stream`),
    "events.getWorkflowEvents": () => get(api, "/v1/workflows/events/list?limit=5"),
    "workflows.getWorkflows": () => get(api, "/v1/workflows?limit=2&status=COMPLETED&status=RUNNING"),
    "workflows.bulkArchiveWorkflows": () =>
      send(api, "PUT", "/v1/workflows/archive", {
        workflow_ids: ["00000000-0000-4000-8000-000000000000", reg],
      }),
    "workflows.bulkUnarchiveWorkflows": () =>
      send(api, "PUT", "/v1/workflows/unarchive", { workflow_ids: [] }),
    "runs.listRuns": () => get(api, "/v1/workflows/runs?page_size=2&status=COMPLETED"),
    "runs.getRun": (ids) => get(api, `/v1/workflows/runs/${ids.run}`),
    "runs.getRunHistory": (ids) => get(api, `/v1/workflows/runs/${ids.run}/history`),
    "metrics.getWorkflowMetrics": () => get(api, "/v1/workflows/support-workflow/metrics"),
    "deployments.listDeployments": () => get(api, "/v1/workflows/deployments?active_only=false&limit=3"),
    "deployments.createDeployment": () =>
      send(api, "POST", "/v1/workflows/deployments", {
        name: "contract-new",
        spec: { github_url: "https://github.com/acme/new" },
        resources: { replicas: 2, cpu_request: "500m" },
        hardened: true,
      }),
    "deployments.getDeployment": () => get(api, "/v1/workflows/deployments/contract-workers"),
    "deployments.updateDeployment": () =>
      send(api, "PATCH", "/v1/workflows/deployments/contract-workers", { resources: { replicas: 2 } }),
    "deployments.deleteDeployment": () => send(api, "DELETE", "/v1/workflows/deployments/contract-deleted"),
    "deployments.startDeployment": () =>
      send(api, "POST", "/v1/workflows/deployments/contract-workers/start"),
    "deployments.stopDeployment": () => send(api, "POST", "/v1/workflows/deployments/contract-workers/stop"),
    "deployments.restartDeployment": () =>
      send(api, "POST", "/v1/workflows/deployments/contract-workers/restart"),
    "deployments.listDeploymentWorkers": () =>
      get(api, "/v1/workflows/deployments/contract-workers/workers?worker_status=active"),
    "deployments.getDeploymentLogs": () =>
      get(api, "/v1/workflows/deployments/contract-workers/logs?limit=3&order=desc"),
    "deployments.streamDeploymentLogs": () =>
      get(api, "/v1/workflows/deployments/contract-stopped/logs/stream"),
    "events.getStreamEvents": () => {
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 50);
      return get(api, "/v1/workflows/events/stream?scope=*", {}, ac.signal);
    },
  };

  test("the table covers every operation of the spec", () => {
    expect(Object.keys(calls).sort()).toEqual(
      readOperations(bundledSpec)
        .map((o) => o.sdkName)
        .sort(),
    );
  });

  // Order matters only where a call changes what a later one sees; the table's order is safe.
  test.each(Object.keys(calls))("%s", async (name) => {
    const ids = await ready;
    const op = readOperations(bundledSpec).find((o) => o.sdkName === name)!;
    const response = await calls[name]!(ids);
    expect(response.status).toBe(op.successStatus);
    const kind = op.responses.get(op.successStatus)!.kind;
    if (kind === "empty") {
      expect(await response.text()).toBe("");
      expect(_validateResponse(name, response.status, undefined)).toEqual([]);
    } else if (kind === "json") {
      expect(_validateResponse(name, response.status, await response.json())).toEqual([]);
    } else {
      expect(response.headers.get("content-type")).toBe("text/event-stream");
      const { events } = await readSse(response);
      expect(events.length).toBeGreaterThan(0);
      for (const data of dataOf(events)) expect(_validateResponse(name, response.status, data)).toEqual([]);
    }
  });

  test("the check is not vacuous: a body missing required fields fails it", () => {
    expect(_validateResponse("schedules.getSchedule", 200, { schedule_id: "s" })).not.toEqual([]);
    expect(_validateResponse("executions.stream", 200, { stream: "x", broker_sequence: 1 })).not.toEqual([]);
  });

  test("no request of the table got a 500 (the server validated its own responses)", async () => {
    await ready;
    expect(api.requests.filter((r) => r.status >= 500)).toEqual([]);
  });
});
