/**
 * One call per named method, with inputs under their wire names, shared by the client contract test
 * and the official SDK test, and the state they need in a mock server.
 */
import type { OperationName, WorkflowsClient } from "@mistral-workflows/client";
import type { MockServer } from "@mistral-workflows/mock-server";

/** The ids the calls refer to, made by {@link seedForCalls}. */
export type Ids = {
  done: string;
  running: string;
  toCancel: string;
  toTerminate: string;
  toBatch: string;
  schedule: string;
  toDelete: string;
  /** The run of `done`. */
  run: string;
};
/** The wire-named input of one call. */
export type Call = (ids: Ids) => Record<string, unknown>;

const REGISTRATION = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"; // support-workflow v2 in the default seed

/**
 * One call per named method, with inputs under their wire names. Order matters only where a call
 * changes what a later one sees (archive before unarchive, pause before resume); the table's order is safe.
 */
export const calls: Record<OperationName, Call> = {
  "workflows.getWorkflowRegistrations": () => ({ with_workflow: true, active_only: true, limit: 2 }),
  "workflows.getWorkflowRegistration": () => ({
    workflow_registration_id: REGISTRATION,
    with_workflow: true,
  }),
  "workflows.executeWorkflowRegistration": () => ({
    workflow_registration_id: REGISTRATION,
    input: { ticket_id: "R-1" },
  }),
  "workflows.getWorkflow": () => ({ workflow_identifier: "support-workflow" }),
  "workflows.updateWorkflow": () => ({ workflow_identifier: "report-generator", description: "Weekly." }),
  "workflows.executeWorkflow": () => ({
    workflow_identifier: "support-workflow",
    input: { ticket_id: "S-1" },
    wait_for_result: true,
  }),
  "workflows.archiveWorkflow": () => ({ workflow_identifier: "document-summarizer" }),
  "workflows.unarchiveWorkflow": () => ({ workflow_identifier: "document-summarizer" }),
  "schedules.getSchedules": () => ({ page_size: 1, status: "active" }),
  "schedules.scheduleWorkflow": () => ({
    workflow_identifier: "report-generator",
    schedule_id: "weekly-report",
    schedule: {
      input: { week: "current" },
      calendars: [{ day_of_week: [{ start: 1 }], hour: [{ start: 8 }] }],
    },
  }),
  "schedules.getSchedule": (ids) => ({ schedule_id: ids.schedule }),
  "schedules.updateSchedule": (ids) => ({ schedule_id: ids.schedule, schedule: { max_executions: 5 } }),
  "schedules.unscheduleWorkflow": (ids) => ({ schedule_id: ids.toDelete }),
  "schedules.pauseSchedule": (ids) => ({ schedule_id: ids.schedule, note: "maintenance" }),
  "schedules.resumeSchedule": (ids) => ({ schedule_id: ids.schedule }),
  "schedules.triggerSchedule": (ids) => ({ schedule_id: ids.schedule, overlap: 6 }),
  "executions.getWorkflowExecution": (ids) => ({ execution_id: ids.done }),
  "executions.getWorkflowExecutionHistory": (ids) => ({ execution_id: ids.done, decode_payloads: true }),
  "executions.signalWorkflowExecution": (ids) => ({
    execution_id: ids.running,
    name: "approve",
    input: { approved: true },
  }),
  "executions.queryWorkflowExecution": (ids) => ({ execution_id: ids.running, name: "get_status" }),
  "executions.updateWorkflowExecution": (ids) => ({
    execution_id: ids.running,
    name: "set_priority",
    input: { priority: "high" },
  }),
  "executions.terminateWorkflowExecution": (ids) => ({ execution_id: ids.toTerminate }),
  "executions.batchTerminateWorkflowExecutions": (ids) => ({
    execution_ids: [ids.toBatch, ids.done, "missing"],
  }),
  "executions.cancelWorkflowExecution": (ids) => ({ execution_id: ids.toCancel }),
  "executions.batchCancelWorkflowExecutions": (ids) => ({ execution_ids: [ids.done] }),
  "executions.resetWorkflow": (ids) => ({ execution_id: ids.done, event_id: 4, reason: "retry" }),
  "executions.getWorkflowExecutionTraceOtel": (ids) => ({ execution_id: ids.done }),
  "executions.getWorkflowExecutionTraceSummary": (ids) => ({ execution_id: ids.done }),
  "executions.getWorkflowExecutionTraceEvents": (ids) => ({
    execution_id: ids.done,
    merge_same_id_events: true,
    include_internal_events: true,
  }),
  "executions.getWorkflowExecutionTraceInfo": (ids) => ({ execution_id: ids.done }),
  "executions.stream": (ids) => ({ execution_id: ids.done, event_source: "DATABASE" }),
  "executions.getWorkflowExecutionLogs": (ids) => ({ execution_id: ids.done, limit: 3, order: "desc" }),
  "executions.streamWorkflowExecutionLogs": (ids) => ({ execution_id: ids.done }),
  "events.getWorkflowEvents": (ids) => ({ root_workflow_exec_id: ids.done, limit: 5 }),
  "events.getStreamEvents": () => ({
    scope: "*",
    start_seq: 1,
    workflow_event_types: ["WORKFLOW_EXECUTION_STARTED", "WORKFLOW_EXECUTION_COMPLETED"],
  }),
  "workflows.getWorkflows": () => ({ status: ["COMPLETED", "RUNNING"], tags: ["support"], limit: 2 }),
  "workflows.bulkArchiveWorkflows": () => ({
    workflow_ids: [REGISTRATION, "00000000-0000-4000-8000-000000000000"],
  }),
  "workflows.bulkUnarchiveWorkflows": () => ({ workflow_ids: [] }),
  "runs.listRuns": () => ({ status: "COMPLETED", sort_by: "start_time", order: "asc", page_size: 2 }),
  "runs.getRun": (ids) => ({ run_id: ids.run }),
  "runs.getRunHistory": (ids) => ({ run_id: ids.run, decode_payloads: false }),
  "metrics.getWorkflowMetrics": () => ({
    workflow_name: "support-workflow",
    start_time: "2020-01-01T00:00:00Z",
  }),
  "deployments.listDeployments": () => ({ active_only: false, order_by: "created_at", limit: 3 }),
  "deployments.createDeployment": () => ({
    name: "contract-new",
    spec: { github_url: "https://github.com/acme/new", revision: "main" },
    resources: { replicas: 2, memory_request: "512Mi" },
    hardened: true,
  }),
  "deployments.getDeployment": () => ({ name: "contract-workers" }),
  "deployments.updateDeployment": () => ({ name: "contract-workers", resources: { replicas: 2 } }),
  "deployments.deleteDeployment": () => ({ name: "contract-deleted" }),
  "deployments.startDeployment": () => ({ name: "contract-workers" }),
  "deployments.stopDeployment": () => ({ name: "contract-workers" }),
  "deployments.restartDeployment": () => ({ name: "contract-workers" }),
  "deployments.listDeploymentWorkers": () => ({ name: "contract-workers", worker_status: "active" }),
  "deployments.getDeploymentLogs": () => ({ name: "contract-workers", order: "desc", limit: 3 }),
  "deployments.streamDeploymentLogs": () => ({ name: "contract-workers" }),
};

/**
 * Makes what the calls need through `client` (a finished and several running executions, two managed
 * deployments, two schedules), then lets the mock's clock run a minute so the deployments are up.
 */
export async function seedForCalls(client: WorkflowsClient, api: MockServer): Promise<Ids> {
  const start = (workflow_identifier: string, input: Record<string, unknown>) =>
    client.workflows.executeWorkflow({ workflow_identifier, input }).then((r) => r.execution_id);
  const done = await start("support-workflow", { ticket_id: "T-1" });
  const spec = { github_url: "https://github.com/acme/support-workflows" };
  await client.deployments.createDeployment({ name: "contract-workers", spec });
  await client.deployments.createDeployment({ name: "contract-deleted", spec });
  api.clock.advance(60_000);
  return {
    done,
    run: (await client.executions.getWorkflowExecution({ execution_id: done })).run_id!,
    running: await start("support-workflow", { ticket_id: "T-2", _mock: "running" }),
    toCancel: await start("report-generator", { _mock: "running" }),
    toTerminate: await start("report-generator", { _mock: "running" }),
    toBatch: await start("report-generator", { _mock: "running" }),
    schedule: (
      await client.schedules.scheduleWorkflow({
        workflow_identifier: "support-workflow",
        schedule: { input: { ticket_id: "T-3" }, cron_expressions: ["0 9 * * 1-5"] },
      })
    ).schedule_id,
    toDelete: (
      await client.schedules.scheduleWorkflow({
        workflow_identifier: "support-workflow",
        schedule: { input: {} },
      })
    ).schedule_id,
  };
}
