/**
 * The operation table behind the client's named methods, paginators and the mock server's routes.
 * Generated from spec/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec
 * (or scripts/lib/render.ts) and regenerate. `pnpm check:generated` fails when this file is stale.
 */

import type { NamedMethod } from "../types.js";
import type { operations as Ops } from "./schema.js";

/** Every operation of the spec, keyed by `group.method` SDK name. */
export const operationTable = {
  "workflows.getWorkflows": {
    operationId: "get_workflows_v1_workflows_get",
    group: "workflows",
    name: "getWorkflows",
    method: "GET",
    path: "/v1/workflows",
    pathParams: [],
    queryParams: [
      "status",
      "include_shared",
      "available_in_chat_assistant",
      "deployment_name",
      "deployment_status",
      "archived",
      "tags",
      "sort_by",
      "order",
      "cursor",
      "limit",
      "active_only",
      "search",
    ],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "workflows",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      pageSizeParam: "limit",
    },
  },
  "workflows.bulkArchiveWorkflows": {
    operationId: "bulk_archive_workflows_v1_workflows_archive_put",
    group: "workflows",
    name: "bulkArchiveWorkflows",
    method: "PUT",
    path: "/v1/workflows/archive",
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "workflows.bulkUnarchiveWorkflows": {
    operationId: "bulk_unarchive_workflows_v1_workflows_unarchive_put",
    group: "workflows",
    name: "bulkUnarchiveWorkflows",
    method: "PUT",
    path: "/v1/workflows/unarchive",
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "workflows.getWorkflowRegistrations": {
    operationId: "get_workflow_registrations_v1_workflows_registrations_get",
    group: "workflows",
    name: "getWorkflowRegistrations",
    method: "GET",
    path: "/v1/workflows/registrations",
    pathParams: [],
    queryParams: [
      "workflow_id",
      "task_queue",
      "active_only",
      "include_shared",
      "workflow_search",
      "archived",
      "with_workflow",
      "available_in_chat_assistant",
      "limit",
      "cursor",
    ],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "workflow_registrations",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      pageSizeParam: "limit",
    },
  },
  "workflows.getWorkflowRegistration": {
    operationId: "get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get",
    group: "workflows",
    name: "getWorkflowRegistration",
    method: "GET",
    path: "/v1/workflows/registrations/{workflow_registration_id}",
    pathParams: ["workflow_registration_id"],
    queryParams: ["with_workflow", "include_shared"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "workflows.executeWorkflowRegistration": {
    operationId:
      "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post",
    group: "workflows",
    name: "executeWorkflowRegistration",
    method: "POST",
    path: "/v1/workflows/registrations/{workflow_registration_id}/execute",
    pathParams: ["workflow_registration_id"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
    deprecated: true,
  },
  "workflows.getWorkflow": {
    operationId: "get_workflow_v1_workflows__workflow_identifier__get",
    group: "workflows",
    name: "getWorkflow",
    method: "GET",
    path: "/v1/workflows/{workflow_identifier}",
    pathParams: ["workflow_identifier"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "workflows.updateWorkflow": {
    operationId: "update_workflow_v1_workflows__workflow_identifier__put",
    group: "workflows",
    name: "updateWorkflow",
    method: "PUT",
    path: "/v1/workflows/{workflow_identifier}",
    pathParams: ["workflow_identifier"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "workflows.executeWorkflow": {
    operationId: "execute_workflow_v1_workflows__workflow_identifier__execute_post",
    group: "workflows",
    name: "executeWorkflow",
    method: "POST",
    path: "/v1/workflows/{workflow_identifier}/execute",
    pathParams: ["workflow_identifier"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "workflows.archiveWorkflow": {
    operationId: "archive_workflow_v1_workflows__workflow_identifier__archive_put",
    group: "workflows",
    name: "archiveWorkflow",
    method: "PUT",
    path: "/v1/workflows/{workflow_identifier}/archive",
    pathParams: ["workflow_identifier"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "workflows.unarchiveWorkflow": {
    operationId: "unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put",
    group: "workflows",
    name: "unarchiveWorkflow",
    method: "PUT",
    path: "/v1/workflows/{workflow_identifier}/unarchive",
    pathParams: ["workflow_identifier"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "schedules.getSchedules": {
    operationId: "get_schedules_v1_workflows_schedules_get",
    group: "schedules",
    name: "getSchedules",
    method: "GET",
    path: "/v1/workflows/schedules",
    pathParams: [],
    queryParams: ["workflow_name", "user_id", "status", "search", "page_size", "next_page_token"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "schedules",
      cursorParam: "next_page_token",
      nextCursor: "next_page_token",
      pageSizeParam: "page_size",
    },
  },
  "schedules.scheduleWorkflow": {
    operationId: "schedule_workflow_v1_workflows_schedules_post",
    group: "schedules",
    name: "scheduleWorkflow",
    method: "POST",
    path: "/v1/workflows/schedules",
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 201,
    response: "json",
  },
  "schedules.getSchedule": {
    operationId: "get_schedule_v1_workflows_schedules__schedule_id__get",
    group: "schedules",
    name: "getSchedule",
    method: "GET",
    path: "/v1/workflows/schedules/{schedule_id}",
    pathParams: ["schedule_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "schedules.unscheduleWorkflow": {
    operationId: "unschedule_workflow_v1_workflows_schedules__schedule_id__delete",
    group: "schedules",
    name: "unscheduleWorkflow",
    method: "DELETE",
    path: "/v1/workflows/schedules/{schedule_id}",
    pathParams: ["schedule_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 204,
    response: "empty",
  },
  "schedules.updateSchedule": {
    operationId: "update_schedule_v1_workflows_schedules__schedule_id__patch",
    group: "schedules",
    name: "updateSchedule",
    method: "PATCH",
    path: "/v1/workflows/schedules/{schedule_id}",
    pathParams: ["schedule_id"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "schedules.pauseSchedule": {
    operationId: "pause_schedule_v1_workflows_schedules__schedule_id__pause_post",
    group: "schedules",
    name: "pauseSchedule",
    method: "POST",
    path: "/v1/workflows/schedules/{schedule_id}/pause",
    pathParams: ["schedule_id"],
    queryParams: [],
    headerParams: [],
    body: "optional",
    status: 204,
    response: "empty",
  },
  "schedules.resumeSchedule": {
    operationId: "resume_schedule_v1_workflows_schedules__schedule_id__resume_post",
    group: "schedules",
    name: "resumeSchedule",
    method: "POST",
    path: "/v1/workflows/schedules/{schedule_id}/resume",
    pathParams: ["schedule_id"],
    queryParams: [],
    headerParams: [],
    body: "optional",
    status: 204,
    response: "empty",
  },
  "schedules.triggerSchedule": {
    operationId: "trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post",
    group: "schedules",
    name: "triggerSchedule",
    method: "POST",
    path: "/v1/workflows/schedules/{schedule_id}/trigger",
    pathParams: ["schedule_id"],
    queryParams: [],
    headerParams: [],
    body: "optional",
    status: 204,
    response: "empty",
  },
  "executions.getWorkflowExecution": {
    operationId: "get_workflow_execution_v1_workflows_executions__execution_id__get",
    group: "executions",
    name: "getWorkflowExecution",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "executions.getWorkflowExecutionHistory": {
    operationId: "get_workflow_execution_history_v1_workflows_executions__execution_id__history_get",
    group: "executions",
    name: "getWorkflowExecutionHistory",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/history",
    pathParams: ["execution_id"],
    queryParams: ["decode_payloads"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "executions.signalWorkflowExecution": {
    operationId: "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post",
    group: "executions",
    name: "signalWorkflowExecution",
    method: "POST",
    path: "/v1/workflows/executions/{execution_id}/signals",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 202,
    response: "json",
  },
  "executions.queryWorkflowExecution": {
    operationId: "query_workflow_execution_v1_workflows_executions__execution_id__queries_post",
    group: "executions",
    name: "queryWorkflowExecution",
    method: "POST",
    path: "/v1/workflows/executions/{execution_id}/queries",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "executions.terminateWorkflowExecution": {
    operationId: "terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post",
    group: "executions",
    name: "terminateWorkflowExecution",
    method: "POST",
    path: "/v1/workflows/executions/{execution_id}/terminate",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 204,
    response: "empty",
  },
  "executions.batchTerminateWorkflowExecutions": {
    operationId: "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post",
    group: "executions",
    name: "batchTerminateWorkflowExecutions",
    method: "POST",
    path: "/v1/workflows/executions/terminate",
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "executions.cancelWorkflowExecution": {
    operationId: "cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post",
    group: "executions",
    name: "cancelWorkflowExecution",
    method: "POST",
    path: "/v1/workflows/executions/{execution_id}/cancel",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 204,
    response: "empty",
  },
  "executions.batchCancelWorkflowExecutions": {
    operationId: "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
    group: "executions",
    name: "batchCancelWorkflowExecutions",
    method: "POST",
    path: "/v1/workflows/executions/cancel",
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "executions.resetWorkflow": {
    operationId: "reset_workflow_v1_workflows_executions__execution_id__reset_post",
    group: "executions",
    name: "resetWorkflow",
    method: "POST",
    path: "/v1/workflows/executions/{execution_id}/reset",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 204,
    response: "empty",
  },
  "executions.updateWorkflowExecution": {
    operationId: "update_workflow_execution_v1_workflows_executions__execution_id__updates_post",
    group: "executions",
    name: "updateWorkflowExecution",
    method: "POST",
    path: "/v1/workflows/executions/{execution_id}/updates",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 200,
    response: "json",
  },
  "executions.getWorkflowExecutionTraceOtel": {
    operationId: "get_workflow_execution_trace_otel",
    group: "executions",
    name: "getWorkflowExecutionTraceOtel",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/trace/otel",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "executions.getWorkflowExecutionTraceSummary": {
    operationId: "get_workflow_execution_trace_summary",
    group: "executions",
    name: "getWorkflowExecutionTraceSummary",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/trace/summary",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "executions.getWorkflowExecutionTraceEvents": {
    operationId: "get_workflow_execution_trace_events",
    group: "executions",
    name: "getWorkflowExecutionTraceEvents",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/trace/events",
    pathParams: ["execution_id"],
    queryParams: ["merge_same_id_events", "include_internal_events"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "executions.getWorkflowExecutionTraceInfo": {
    operationId: "get_workflow_execution_trace_info",
    group: "executions",
    name: "getWorkflowExecutionTraceInfo",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/trace/info",
    pathParams: ["execution_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "executions.stream": {
    operationId: "stream_v1_workflows_executions__execution_id__stream_get",
    group: "executions",
    name: "stream",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/stream",
    pathParams: ["execution_id"],
    queryParams: ["event_source", "last_event_id"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "sse",
    sse: { resumeParam: "last_event_id" },
  },
  "executions.getWorkflowExecutionLogs": {
    operationId: "get_workflow_execution_logs",
    group: "executions",
    name: "getWorkflowExecutionLogs",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/logs",
    pathParams: ["execution_id"],
    queryParams: ["run_id", "activity_id", "after", "before", "order", "cursor", "limit"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "results",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      pageSizeParam: "limit",
      firstPageOnly: ["after", "before", "order"],
    },
  },
  "executions.streamWorkflowExecutionLogs": {
    operationId: "stream_workflow_execution_logs",
    group: "executions",
    name: "streamWorkflowExecutionLogs",
    method: "GET",
    path: "/v1/workflows/executions/{execution_id}/logs/stream",
    pathParams: ["execution_id"],
    queryParams: ["run_id", "activity_id", "after", "last_event_id"],
    headerParams: ["Last-Event-ID"],
    body: "none",
    status: 200,
    response: "sse",
    sse: { resumeParam: "last_event_id", resumeHeader: "Last-Event-ID" },
  },
  "events.getStreamEvents": {
    operationId: "get_stream_events_v1_workflows_events_stream_get",
    group: "events",
    name: "getStreamEvents",
    method: "GET",
    path: "/v1/workflows/events/stream",
    pathParams: [],
    queryParams: [
      "scope",
      "activity_name",
      "activity_id",
      "workflow_name",
      "workflow_exec_id",
      "root_workflow_exec_id",
      "parent_workflow_exec_id",
      "stream",
      "start_seq",
      "metadata_filters",
      "workflow_event_types",
    ],
    headerParams: ["last-event-id"],
    body: "none",
    status: 200,
    response: "sse",
    sse: { resumeHeader: "last-event-id" },
  },
  "events.getWorkflowEvents": {
    operationId: "get_workflow_events_v1_workflows_events_list_get",
    group: "events",
    name: "getWorkflowEvents",
    method: "GET",
    path: "/v1/workflows/events/list",
    pathParams: [],
    queryParams: ["root_workflow_exec_id", "workflow_exec_id", "workflow_run_id", "limit", "cursor"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: { items: "events", cursorParam: "cursor", nextCursor: "next_cursor", pageSizeParam: "limit" },
  },
  "deployments.listDeployments": {
    operationId: "list_deployments_v1_workflows_deployments_get",
    group: "deployments",
    name: "listDeployments",
    method: "GET",
    path: "/v1/workflows/deployments",
    pathParams: [],
    queryParams: [
      "active_only",
      "is_hardened",
      "workflow_name",
      "search",
      "order_by",
      "order",
      "limit",
      "cursor",
      "workspace_id",
    ],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "deployments",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      pageSizeParam: "limit",
    },
  },
  "deployments.createDeployment": {
    operationId: "create_deployment_v1_workflows_deployments_post",
    group: "deployments",
    name: "createDeployment",
    method: "POST",
    path: "/v1/workflows/deployments",
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 202,
    response: "json",
  },
  "deployments.getDeployment": {
    operationId: "get_deployment_v1_workflows_deployments__name__get",
    group: "deployments",
    name: "getDeployment",
    method: "GET",
    path: "/v1/workflows/deployments/{name}",
    pathParams: ["name"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "deployments.deleteDeployment": {
    operationId: "delete_deployment_v1_workflows_deployments__name__delete",
    group: "deployments",
    name: "deleteDeployment",
    method: "DELETE",
    path: "/v1/workflows/deployments/{name}",
    pathParams: ["name"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 202,
    response: "json",
  },
  "deployments.updateDeployment": {
    operationId: "update_deployment_v1_workflows_deployments__name__patch",
    group: "deployments",
    name: "updateDeployment",
    method: "PATCH",
    path: "/v1/workflows/deployments/{name}",
    pathParams: ["name"],
    queryParams: [],
    headerParams: [],
    body: "required",
    status: 202,
    response: "json",
  },
  "deployments.startDeployment": {
    operationId: "start_deployment_v1_workflows_deployments__name__start_post",
    group: "deployments",
    name: "startDeployment",
    method: "POST",
    path: "/v1/workflows/deployments/{name}/start",
    pathParams: ["name"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 202,
    response: "json",
  },
  "deployments.stopDeployment": {
    operationId: "stop_deployment_v1_workflows_deployments__name__stop_post",
    group: "deployments",
    name: "stopDeployment",
    method: "POST",
    path: "/v1/workflows/deployments/{name}/stop",
    pathParams: ["name"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 202,
    response: "json",
  },
  "deployments.restartDeployment": {
    operationId: "restart_deployment_v1_workflows_deployments__name__restart_post",
    group: "deployments",
    name: "restartDeployment",
    method: "POST",
    path: "/v1/workflows/deployments/{name}/restart",
    pathParams: ["name"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 202,
    response: "json",
  },
  "deployments.listDeploymentWorkers": {
    operationId: "list_deployment_workers_v1_workflows_deployments__name__workers_get",
    group: "deployments",
    name: "listDeploymentWorkers",
    method: "GET",
    path: "/v1/workflows/deployments/{name}/workers",
    pathParams: ["name"],
    queryParams: ["worker_status", "limit", "cursor"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "workers",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      pageSizeParam: "limit",
    },
  },
  "deployments.getDeploymentLogs": {
    operationId: "get_deployment_logs",
    group: "deployments",
    name: "getDeploymentLogs",
    method: "GET",
    path: "/v1/workflows/deployments/{name}/logs",
    pathParams: ["name"],
    queryParams: ["worker_name", "workflow_name", "after", "before", "order", "cursor", "limit"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "results",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      pageSizeParam: "limit",
      firstPageOnly: ["after", "before", "order"],
    },
  },
  "deployments.streamDeploymentLogs": {
    operationId: "stream_deployment_logs",
    group: "deployments",
    name: "streamDeploymentLogs",
    method: "GET",
    path: "/v1/workflows/deployments/{name}/logs/stream",
    pathParams: ["name"],
    queryParams: ["worker_name", "workflow_name", "after", "last_event_id"],
    headerParams: ["Last-Event-ID"],
    body: "none",
    status: 200,
    response: "sse",
    sse: { resumeParam: "last_event_id", resumeHeader: "Last-Event-ID" },
  },
  "runs.listRuns": {
    operationId: "list_runs_v1_workflows_runs_get",
    group: "runs",
    name: "listRuns",
    method: "GET",
    path: "/v1/workflows/runs",
    pathParams: [],
    queryParams: [
      "workflow_identifier",
      "root_execution_id",
      "search",
      "status",
      "deployment_name",
      "sort_by",
      "order",
      "start_time_after",
      "start_time_before",
      "end_time_after",
      "end_time_before",
      "user_id",
      "workflow_tags",
      "include_internal",
      "page_size",
      "next_page_token",
      "search_key",
    ],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
    pagination: {
      items: "executions",
      cursorParam: "next_page_token",
      nextCursor: "next_page_token",
      pageSizeParam: "page_size",
    },
  },
  "runs.getRun": {
    operationId: "get_run_v1_workflows_runs__run_id__get",
    group: "runs",
    name: "getRun",
    method: "GET",
    path: "/v1/workflows/runs/{run_id}",
    pathParams: ["run_id"],
    queryParams: [],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "runs.getRunHistory": {
    operationId: "get_run_history_v1_workflows_runs__run_id__history_get",
    group: "runs",
    name: "getRunHistory",
    method: "GET",
    path: "/v1/workflows/runs/{run_id}/history",
    pathParams: ["run_id"],
    queryParams: ["decode_payloads"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
  "metrics.getWorkflowMetrics": {
    operationId: "get_workflow_metrics_v1_workflows__workflow_name__metrics_get",
    group: "metrics",
    name: "getWorkflowMetrics",
    method: "GET",
    path: "/v1/workflows/{workflow_name}/metrics",
    pathParams: ["workflow_name"],
    queryParams: ["start_time", "end_time"],
    headerParams: [],
    body: "none",
    status: 200,
    response: "json",
  },
} as const;

/** The openapi-typescript operation type behind each SDK name. */
export interface OperationTypes {
  "workflows.getWorkflows": Ops["get_workflows_v1_workflows_get"];
  "workflows.bulkArchiveWorkflows": Ops["bulk_archive_workflows_v1_workflows_archive_put"];
  "workflows.bulkUnarchiveWorkflows": Ops["bulk_unarchive_workflows_v1_workflows_unarchive_put"];
  "workflows.getWorkflowRegistrations": Ops["get_workflow_registrations_v1_workflows_registrations_get"];
  "workflows.getWorkflowRegistration": Ops["get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get"];
  "workflows.executeWorkflowRegistration": Ops["execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post"];
  "workflows.getWorkflow": Ops["get_workflow_v1_workflows__workflow_identifier__get"];
  "workflows.updateWorkflow": Ops["update_workflow_v1_workflows__workflow_identifier__put"];
  "workflows.executeWorkflow": Ops["execute_workflow_v1_workflows__workflow_identifier__execute_post"];
  "workflows.archiveWorkflow": Ops["archive_workflow_v1_workflows__workflow_identifier__archive_put"];
  "workflows.unarchiveWorkflow": Ops["unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put"];
  "schedules.getSchedules": Ops["get_schedules_v1_workflows_schedules_get"];
  "schedules.scheduleWorkflow": Ops["schedule_workflow_v1_workflows_schedules_post"];
  "schedules.getSchedule": Ops["get_schedule_v1_workflows_schedules__schedule_id__get"];
  "schedules.unscheduleWorkflow": Ops["unschedule_workflow_v1_workflows_schedules__schedule_id__delete"];
  "schedules.updateSchedule": Ops["update_schedule_v1_workflows_schedules__schedule_id__patch"];
  "schedules.pauseSchedule": Ops["pause_schedule_v1_workflows_schedules__schedule_id__pause_post"];
  "schedules.resumeSchedule": Ops["resume_schedule_v1_workflows_schedules__schedule_id__resume_post"];
  "schedules.triggerSchedule": Ops["trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post"];
  "executions.getWorkflowExecution": Ops["get_workflow_execution_v1_workflows_executions__execution_id__get"];
  "executions.getWorkflowExecutionHistory": Ops["get_workflow_execution_history_v1_workflows_executions__execution_id__history_get"];
  "executions.signalWorkflowExecution": Ops["signal_workflow_execution_v1_workflows_executions__execution_id__signals_post"];
  "executions.queryWorkflowExecution": Ops["query_workflow_execution_v1_workflows_executions__execution_id__queries_post"];
  "executions.terminateWorkflowExecution": Ops["terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post"];
  "executions.batchTerminateWorkflowExecutions": Ops["batch_terminate_workflow_executions_v1_workflows_executions_terminate_post"];
  "executions.cancelWorkflowExecution": Ops["cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post"];
  "executions.batchCancelWorkflowExecutions": Ops["batch_cancel_workflow_executions_v1_workflows_executions_cancel_post"];
  "executions.resetWorkflow": Ops["reset_workflow_v1_workflows_executions__execution_id__reset_post"];
  "executions.updateWorkflowExecution": Ops["update_workflow_execution_v1_workflows_executions__execution_id__updates_post"];
  "executions.getWorkflowExecutionTraceOtel": Ops["get_workflow_execution_trace_otel"];
  "executions.getWorkflowExecutionTraceSummary": Ops["get_workflow_execution_trace_summary"];
  "executions.getWorkflowExecutionTraceEvents": Ops["get_workflow_execution_trace_events"];
  "executions.getWorkflowExecutionTraceInfo": Ops["get_workflow_execution_trace_info"];
  "executions.stream": Ops["stream_v1_workflows_executions__execution_id__stream_get"];
  "executions.getWorkflowExecutionLogs": Ops["get_workflow_execution_logs"];
  "executions.streamWorkflowExecutionLogs": Ops["stream_workflow_execution_logs"];
  "events.getStreamEvents": Ops["get_stream_events_v1_workflows_events_stream_get"];
  "events.getWorkflowEvents": Ops["get_workflow_events_v1_workflows_events_list_get"];
  "deployments.listDeployments": Ops["list_deployments_v1_workflows_deployments_get"];
  "deployments.createDeployment": Ops["create_deployment_v1_workflows_deployments_post"];
  "deployments.getDeployment": Ops["get_deployment_v1_workflows_deployments__name__get"];
  "deployments.deleteDeployment": Ops["delete_deployment_v1_workflows_deployments__name__delete"];
  "deployments.updateDeployment": Ops["update_deployment_v1_workflows_deployments__name__patch"];
  "deployments.startDeployment": Ops["start_deployment_v1_workflows_deployments__name__start_post"];
  "deployments.stopDeployment": Ops["stop_deployment_v1_workflows_deployments__name__stop_post"];
  "deployments.restartDeployment": Ops["restart_deployment_v1_workflows_deployments__name__restart_post"];
  "deployments.listDeploymentWorkers": Ops["list_deployment_workers_v1_workflows_deployments__name__workers_get"];
  "deployments.getDeploymentLogs": Ops["get_deployment_logs"];
  "deployments.streamDeploymentLogs": Ops["stream_deployment_logs"];
  "runs.listRuns": Ops["list_runs_v1_workflows_runs_get"];
  "runs.getRun": Ops["get_run_v1_workflows_runs__run_id__get"];
  "runs.getRunHistory": Ops["get_run_history_v1_workflows_runs__run_id__history_get"];
  "metrics.getWorkflowMetrics": Ops["get_workflow_metrics_v1_workflows__workflow_name__metrics_get"];
}

/** The named methods, grouped by resource, documented from the spec. */
export interface GeneratedNamedMethods {
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
     */
    updateSchedule: NamedMethod<"schedules.updateSchedule">;
    /**
     * Pause Schedule
     *
     * Stops a schedule from firing until it is resumed.
     *
     * `POST /v1/workflows/schedules/{schedule_id}/pause` → 204
     */
    pauseSchedule: NamedMethod<"schedules.pauseSchedule">;
    /**
     * Resume Schedule
     *
     * Lets a paused schedule fire again.
     *
     * `POST /v1/workflows/schedules/{schedule_id}/resume` → 204
     */
    resumeSchedule: NamedMethod<"schedules.resumeSchedule">;
    /**
     * Trigger Schedule
     *
     * Starts an execution of the schedule's workflow now, outside its times.
     *
     * `POST /v1/workflows/schedules/{schedule_id}/trigger` → 204
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
     */
    terminateWorkflowExecution: NamedMethod<"executions.terminateWorkflowExecution">;
    /**
     * Batch Terminate Workflow Executions
     *
     * Terminates up to 100 executions.
     *
     * `POST /v1/workflows/executions/terminate` → 200
     */
    batchTerminateWorkflowExecutions: NamedMethod<"executions.batchTerminateWorkflowExecutions">;
    /**
     * Cancel Workflow Execution
     *
     * Requests cancellation of an execution; the workflow can handle it and clean up.
     *
     * `POST /v1/workflows/executions/{execution_id}/cancel` → 204
     */
    cancelWorkflowExecution: NamedMethod<"executions.cancelWorkflowExecution">;
    /**
     * Batch Cancel Workflow Executions
     *
     * Requests cancellation of up to 100 executions.
     *
     * `POST /v1/workflows/executions/cancel` → 200
     */
    batchCancelWorkflowExecutions: NamedMethod<"executions.batchCancelWorkflowExecutions">;
    /**
     * Reset Workflow
     *
     * Resets an execution to an event of its history; it runs again from there.
     *
     * `POST /v1/workflows/executions/{execution_id}/reset` → 204
     */
    resetWorkflow: NamedMethod<"executions.resetWorkflow">;
    /**
     * Update Workflow Execution
     *
     * Runs an update handler of a running execution, which may change its state, and returns its result.
     *
     * `POST /v1/workflows/executions/{execution_id}/updates` → 200
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
