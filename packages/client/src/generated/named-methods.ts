/**
 * The named methods' types, one per operation, grouped by resource.
 * Generated from spec/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec
 * (or scripts/lib/render.ts) and regenerate. `pnpm check:generated` fails when this file is stale.
 */

import type { NamedMethod } from "../types.js";

/**
 * The named methods, grouped by resource: `client.schedules.getSchedule(...)`. Each method carries
 * the operation's summary, description and deprecation in its JSDoc.
 */
export interface NamedMethods {
  workflows: {
    /**
     * Get Workflows
     *
     * Lists workflows, optionally filtered, one page at a time.
     *
     * `GET /v1/workflows` → 200
     */
    getWorkflows: NamedMethod<"workflows.getWorkflows">;
    /**
     * Bulk Archive Workflows
     *
     * Archives several workflows at once and reports, per workflow, whether it worked.
     *
     * `PUT /v1/workflows/archive` → 200
     */
    bulkArchiveWorkflows: NamedMethod<"workflows.bulkArchiveWorkflows">;
    /**
     * Bulk Unarchive Workflows
     *
     * Restores several archived workflows at once and reports, per workflow, whether it worked.
     *
     * `PUT /v1/workflows/unarchive` → 200
     */
    bulkUnarchiveWorkflows: NamedMethod<"workflows.bulkUnarchiveWorkflows">;
    /**
     * Get Workflow Registrations
     *
     * Lists workflow registrations (versions), optionally filtered, one page at a time.
     *
     * `GET /v1/workflows/registrations` → 200
     */
    getWorkflowRegistrations: NamedMethod<"workflows.getWorkflowRegistrations">;
    /**
     * Get Workflow Registration
     *
     * Returns a workflow registration and whether a worker serves it.
     *
     * `GET /v1/workflows/registrations/{workflow_registration_id}` → 200
     */
    getWorkflowRegistration: NamedMethod<"workflows.getWorkflowRegistration">;
    /**
     * Execute Workflow Registration
     *
     * Starts an execution of a given workflow registration. Deprecated: execute the workflow by
     * name or ID instead.
     *
     * `POST /v1/workflows/registrations/{workflow_registration_id}/execute` → 200
     *
     * Written once: without `execution_id`, the client makes one and sends it on every attempt; a retry answered 409 resolves as the first attempt's success.
     *
     * @deprecated The API marks this operation as deprecated.
     */
    executeWorkflowRegistration: NamedMethod<"workflows.executeWorkflowRegistration">;
    /**
     * Get Workflow
     *
     * Returns a workflow and whether a worker serves it.
     *
     * `GET /v1/workflows/{workflow_identifier}` → 200
     */
    getWorkflow: NamedMethod<"workflows.getWorkflow">;
    /**
     * Update Workflow
     *
     * Changes a workflow's display name, description, tags or chat-assistant availability.
     *
     * `PUT /v1/workflows/{workflow_identifier}` → 200
     */
    updateWorkflow: NamedMethod<"workflows.updateWorkflow">;
    /**
     * Execute Workflow
     *
     * Starts an execution of a workflow. With `wait_for_result`, waits for it to finish and
     * answers with its result instead.
     *
     * `POST /v1/workflows/{workflow_identifier}/execute` → 200
     *
     * Written once: without `execution_id`, the client makes one and sends it on every attempt; a retry answered 409 resolves as the first attempt's success.
     */
    executeWorkflow: NamedMethod<"workflows.executeWorkflow">;
    /**
     * Archive Workflow
     *
     * Archives a workflow.
     *
     * `PUT /v1/workflows/{workflow_identifier}/archive` → 200
     */
    archiveWorkflow: NamedMethod<"workflows.archiveWorkflow">;
    /**
     * Unarchive Workflow
     *
     * Restores an archived workflow.
     *
     * `PUT /v1/workflows/{workflow_identifier}/unarchive` → 200
     */
    unarchiveWorkflow: NamedMethod<"workflows.unarchiveWorkflow">;
  };
  schedules: {
    /**
     * Get Schedules
     *
     * Lists the schedules, optionally filtered, one page at a time.
     *
     * `GET /v1/workflows/schedules` → 200
     */
    getSchedules: NamedMethod<"schedules.getSchedules">;
    /**
     * Schedule Workflow
     *
     * Creates a schedule that starts executions of a workflow.
     *
     * `POST /v1/workflows/schedules` → 201
     *
     * Written once: without `schedule_id`, the client makes one and sends it on every attempt; a retry answered 409 resolves as the first attempt's success.
     */
    scheduleWorkflow: NamedMethod<"schedules.scheduleWorkflow">;
    /**
     * Get Schedule
     *
     * Returns a schedule, with its upcoming and recent executions.
     *
     * `GET /v1/workflows/schedules/{schedule_id}` → 200
     */
    getSchedule: NamedMethod<"schedules.getSchedule">;
    /**
     * Unschedule Workflow
     *
     * Deletes a schedule. Executions it already started are not affected.
     *
     * `DELETE /v1/workflows/schedules/{schedule_id}` → 204
     */
    unscheduleWorkflow: NamedMethod<"schedules.unscheduleWorkflow">;
    /**
     * Update Schedule
     *
     * Changes the fields of a schedule that are sent; the others are kept.
     *
     * `PATCH /v1/workflows/schedules/{schedule_id}` → 200
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    updateSchedule: NamedMethod<"schedules.updateSchedule">;
    /**
     * Pause Schedule
     *
     * Stops a schedule from firing until it is resumed.
     *
     * `POST /v1/workflows/schedules/{schedule_id}/pause` → 204
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    pauseSchedule: NamedMethod<"schedules.pauseSchedule">;
    /**
     * Resume Schedule
     *
     * Lets a paused schedule fire again.
     *
     * `POST /v1/workflows/schedules/{schedule_id}/resume` → 204
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    resumeSchedule: NamedMethod<"schedules.resumeSchedule">;
    /**
     * Trigger Schedule
     *
     * Starts an execution of the schedule's workflow now, outside its times.
     *
     * `POST /v1/workflows/schedules/{schedule_id}/trigger` → 204
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    triggerSchedule: NamedMethod<"schedules.triggerSchedule">;
  };
  executions: {
    /**
     * Get Workflow Execution
     *
     * Returns the status of an execution and, once it has finished, its result.
     *
     * `GET /v1/workflows/executions/{execution_id}` → 200
     */
    getWorkflowExecution: NamedMethod<"executions.getWorkflowExecution">;
    /**
     * Get Workflow Execution History
     *
     * Returns the execution's full event history.
     *
     * `GET /v1/workflows/executions/{execution_id}/history` → 200
     */
    getWorkflowExecutionHistory: NamedMethod<"executions.getWorkflowExecutionHistory">;
    /**
     * Signal Workflow Execution
     *
     * Sends a signal to a running execution. The call returns once the signal is accepted, before the workflow handles it.
     *
     * `POST /v1/workflows/executions/{execution_id}/signals` → 202
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    signalWorkflowExecution: NamedMethod<"executions.signalWorkflowExecution">;
    /**
     * Query Workflow Execution
     *
     * Runs a query handler of the execution and returns its result, without changing the execution.
     *
     * `POST /v1/workflows/executions/{execution_id}/queries` → 200
     */
    queryWorkflowExecution: NamedMethod<"executions.queryWorkflowExecution">;
    /**
     * Terminate Workflow Execution
     *
     * Stops an execution at once, without letting the workflow clean up.
     *
     * `POST /v1/workflows/executions/{execution_id}/terminate` → 204
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    terminateWorkflowExecution: NamedMethod<"executions.terminateWorkflowExecution">;
    /**
     * Batch Terminate Workflow Executions
     *
     * Terminates up to 100 executions.
     *
     * `POST /v1/workflows/executions/terminate` → 200
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    batchTerminateWorkflowExecutions: NamedMethod<"executions.batchTerminateWorkflowExecutions">;
    /**
     * Cancel Workflow Execution
     *
     * Requests cancellation of an execution; the workflow can handle it and clean up.
     *
     * `POST /v1/workflows/executions/{execution_id}/cancel` → 204
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    cancelWorkflowExecution: NamedMethod<"executions.cancelWorkflowExecution">;
    /**
     * Batch Cancel Workflow Executions
     *
     * Requests cancellation of up to 100 executions.
     *
     * `POST /v1/workflows/executions/cancel` → 200
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    batchCancelWorkflowExecutions: NamedMethod<"executions.batchCancelWorkflowExecutions">;
    /**
     * Reset Workflow
     *
     * Resets an execution to an event of its history; it runs again from there.
     *
     * `POST /v1/workflows/executions/{execution_id}/reset` → 204
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    resetWorkflow: NamedMethod<"executions.resetWorkflow">;
    /**
     * Update Workflow Execution
     *
     * Runs an update handler of a running execution, which may change its state, and returns its result.
     *
     * `POST /v1/workflows/executions/{execution_id}/updates` → 200
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    updateWorkflowExecution: NamedMethod<"executions.updateWorkflowExecution">;
    /**
     * Get Workflow Execution Trace Otel
     *
     * Returns the raw OpenTelemetry trace of an execution.
     *
     * `GET /v1/workflows/executions/{execution_id}/trace/otel` → 200
     */
    getWorkflowExecutionTraceOtel: NamedMethod<"executions.getWorkflowExecutionTraceOtel">;
    /**
     * Get Workflow Execution Trace Summary
     *
     * Returns the trace of an execution as a tree of spans.
     *
     * `GET /v1/workflows/executions/{execution_id}/trace/summary` → 200
     */
    getWorkflowExecutionTraceSummary: NamedMethod<"executions.getWorkflowExecutionTraceSummary">;
    /**
     * Get Workflow Execution Trace Events
     *
     * Returns the events of the trace of an execution.
     *
     * `GET /v1/workflows/executions/{execution_id}/trace/events` → 200
     */
    getWorkflowExecutionTraceEvents: NamedMethod<"executions.getWorkflowExecutionTraceEvents">;
    /**
     * Get Workflow Execution Trace Info
     *
     * Tells whether an execution has trace data and gives its trace ID.
     *
     * `GET /v1/workflows/executions/{execution_id}/trace/info` → 200
     */
    getWorkflowExecutionTraceInfo: NamedMethod<"executions.getWorkflowExecutionTraceInfo">;
    /**
     * Stream
     *
     * Streams the events of one execution as server-sent events.
     *
     * `GET /v1/workflows/executions/{execution_id}/stream` → 200 (text/event-stream: resolves to the raw Response)
     */
    stream: NamedMethod<"executions.stream">;
    /**
     * Get Workflow Execution Logs
     *
     * Returns the logs of an execution, a page at a time. `after`, `before` and `order` set the time window and the order on the first request; the `cursor` of the next pages carries them.
     *
     * `GET /v1/workflows/executions/{execution_id}/logs` → 200
     */
    getWorkflowExecutionLogs: NamedMethod<"executions.getWorkflowExecutionLogs">;
    /**
     * Stream Workflow Execution Logs
     *
     * Streams the logs of an execution as server-sent events. To resume, send the last SSE `id` received in the `Last-Event-ID` header or the `last_event_id` query parameter (the header wins); resuming overrides `after`. Without either, the stream starts at the beginning of the execution.
     *
     * `GET /v1/workflows/executions/{execution_id}/logs/stream` → 200 (text/event-stream: resolves to the raw Response)
     */
    streamWorkflowExecutionLogs: NamedMethod<"executions.streamWorkflowExecutionLogs">;
  };
  events: {
    /**
     * Get Stream Events
     *
     * Streams workflow events across executions, filtered by the parameters below (`*` matches anything).
     *
     * `GET /v1/workflows/events/stream` → 200 (text/event-stream: resolves to the raw Response)
     */
    getStreamEvents: NamedMethod<"events.getStreamEvents">;
    /**
     * Get Workflow Events
     *
     * Lists stored workflow events, a page at a time.
     *
     * `GET /v1/workflows/events/list` → 200
     */
    getWorkflowEvents: NamedMethod<"events.getWorkflowEvents">;
  };
  deployments: {
    /**
     * List Deployments
     *
     * Lists the deployments of the workspace, a page at a time.
     *
     * `GET /v1/workflows/deployments` → 200
     */
    listDeployments: NamedMethod<"deployments.listDeployments">;
    /**
     * Create Deployment
     *
     * Creates a managed deployment: Mistral builds the repository's image and runs its workers. The
     * request is accepted at once; follow `managed.status` (or the workers) to see it start.
     *
     * `POST /v1/workflows/deployments` → 202
     *
     * Written once: without `name`, the client makes one and sends it on every attempt; a retry answered 409 resolves as the first attempt's success.
     */
    createDeployment: NamedMethod<"deployments.createDeployment">;
    /**
     * Get Deployment
     *
     * Returns a deployment with its workers.
     *
     * `GET /v1/workflows/deployments/{name}` → 200
     */
    getDeployment: NamedMethod<"deployments.getDeployment">;
    /**
     * Delete Deployment
     *
     * Deletes a managed deployment; its workers are shut down in the background.
     *
     * `DELETE /v1/workflows/deployments/{name}` → 202
     */
    deleteDeployment: NamedMethod<"deployments.deleteDeployment">;
    /**
     * Update Deployment
     *
     * Changes the code or the compute of a managed deployment and rolls it out again.
     *
     * `PATCH /v1/workflows/deployments/{name}` → 202
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    updateDeployment: NamedMethod<"deployments.updateDeployment">;
    /**
     * Start Deployment
     *
     * Starts the workers of a stopped managed deployment.
     *
     * `POST /v1/workflows/deployments/{name}/start` → 202
     */
    startDeployment: NamedMethod<"deployments.startDeployment">;
    /**
     * Stop Deployment
     *
     * Stops the workers of a managed deployment, keeping its configuration.
     *
     * `POST /v1/workflows/deployments/{name}/stop` → 202
     */
    stopDeployment: NamedMethod<"deployments.stopDeployment">;
    /**
     * Restart Deployment
     *
     * Replaces the workers of a managed deployment with new ones.
     *
     * `POST /v1/workflows/deployments/{name}/restart` → 202
     *
     * Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).
     */
    restartDeployment: NamedMethod<"deployments.restartDeployment">;
    /**
     * List Deployment Workers
     *
     * Lists the workers registered to a deployment, a page at a time.
     *
     * `GET /v1/workflows/deployments/{name}/workers` → 200
     */
    listDeploymentWorkers: NamedMethod<"deployments.listDeploymentWorkers">;
    /**
     * Get Deployment Logs
     *
     * Returns the logs of all the workers of a deployment, a page at a time. `after`, `before` and `order` set the time window and the order on the first request; the `cursor` of the next pages carries them.
     *
     * `GET /v1/workflows/deployments/{name}/logs` → 200
     */
    getDeploymentLogs: NamedMethod<"deployments.getDeploymentLogs">;
    /**
     * Stream Deployment Logs
     *
     * Streams the logs of all the workers of a deployment as server-sent events. To resume, send the last SSE `id` received in the `Last-Event-ID` header or the `last_event_id` query parameter (the header wins); resuming overrides `after`. Without either, the stream starts at the beginning of the deployment.
     *
     * `GET /v1/workflows/deployments/{name}/logs/stream` → 200 (text/event-stream: resolves to the raw Response)
     */
    streamDeploymentLogs: NamedMethod<"deployments.streamDeploymentLogs">;
  };
  runs: {
    /**
     * List Runs
     *
     * Lists runs of workflow executions across workflows, optionally filtered, a page at a time.
     *
     * `GET /v1/workflows/runs` → 200
     */
    listRuns: NamedMethod<"runs.listRuns">;
    /**
     * Get Run
     *
     * Returns one run of an execution and, once it has finished, its result.
     *
     * `GET /v1/workflows/runs/{run_id}` → 200
     */
    getRun: NamedMethod<"runs.getRun">;
    /**
     * Get Run History
     *
     * Returns the event history of one run of an execution.
     *
     * `GET /v1/workflows/runs/{run_id}/history` → 200
     */
    getRunHistory: NamedMethod<"runs.getRunHistory">;
  };
  metrics: {
    /**
     * Get Workflow Metrics
     *
     * Returns metrics of the executions of a workflow: how many ran, succeeded and failed, their
     * average duration and its evolution, and the share that was retried. `start_time` and
     * `end_time` restrict them to executions started in that window.
     *
     * `GET /v1/workflows/{workflow_name}/metrics` → 200
     */
    getWorkflowMetrics: NamedMethod<"metrics.getWorkflowMetrics">;
  };
}
