/**
 * The operation table behind the client's named methods, paginators and the mock server's routes.
 * Generated from spec/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec
 * (or scripts/lib/render.ts) and regenerate. `pnpm check:generated` fails when this file is stale.
 */

import { expandOperations } from "../internal/operation-codec.js";
import type { operations as Ops } from "./schema.js";

/** The type of {@link operationTable}: every row as the spec gives it. */
export type OperationTable = {
  "workflows.getWorkflows": {
    readonly group: "workflows";
    readonly name: "getWorkflows";
    readonly method: "GET";
    readonly path: "/v1/workflows";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
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
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly status: readonly ["string", "array", "null"];
      readonly include_shared: readonly ["boolean"];
      readonly available_in_chat_assistant: readonly ["boolean", "null"];
      readonly deployment_name: readonly ["array", "null"];
      readonly deployment_status: readonly ["string", "null"];
      readonly archived: readonly ["boolean", "null"];
      readonly tags: readonly ["array", "null"];
      readonly sort_by: readonly ["string", "null"];
      readonly order: readonly ["string"];
      readonly cursor: readonly ["string", "null"];
      readonly limit: readonly ["integer"];
      readonly active_only: readonly ["boolean"];
      readonly search: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 1000 } };
    readonly pagination: {
      readonly items: "workflows";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
    };
  };
  "workflows.bulkArchiveWorkflows": {
    readonly group: "workflows";
    readonly name: "bulkArchiveWorkflows";
    readonly method: "PUT";
    readonly path: "/v1/workflows/archive";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: {};
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly ["workflow_ids"];
  };
  "workflows.bulkUnarchiveWorkflows": {
    readonly group: "workflows";
    readonly name: "bulkUnarchiveWorkflows";
    readonly method: "PUT";
    readonly path: "/v1/workflows/unarchive";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: {};
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly ["workflow_ids"];
  };
  "workflows.getWorkflowRegistrations": {
    readonly group: "workflows";
    readonly name: "getWorkflowRegistrations";
    readonly method: "GET";
    readonly path: "/v1/workflows/registrations";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
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
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly workflow_id: readonly ["string", "null"];
      readonly task_queue: readonly ["string", "null"];
      readonly active_only: readonly ["boolean"];
      readonly include_shared: readonly ["boolean"];
      readonly workflow_search: readonly ["string", "null"];
      readonly archived: readonly ["boolean", "null"];
      readonly with_workflow: readonly ["boolean"];
      readonly available_in_chat_assistant: readonly ["boolean", "null"];
      readonly limit: readonly ["integer"];
      readonly cursor: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 1000 } };
    readonly pagination: {
      readonly items: "workflow_registrations";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
    };
  };
  "workflows.getWorkflowRegistration": {
    readonly group: "workflows";
    readonly name: "getWorkflowRegistration";
    readonly method: "GET";
    readonly path: "/v1/workflows/registrations/{workflow_registration_id}";
    readonly pathParams: readonly ["workflow_registration_id"];
    readonly queryParams: readonly ["with_workflow", "include_shared"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly workflow_registration_id: readonly ["string"];
      readonly with_workflow: readonly ["boolean"];
      readonly include_shared: readonly ["boolean"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "workflows.executeWorkflowRegistration": {
    readonly group: "workflows";
    readonly name: "executeWorkflowRegistration";
    readonly method: "POST";
    readonly path: "/v1/workflows/registrations/{workflow_registration_id}/execute";
    readonly pathParams: readonly ["workflow_registration_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly workflow_registration_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly deprecated: true;
    readonly bodyFields: readonly [
      "execution_id",
      "input",
      "encoded_input",
      "wait_for_result",
      "timeout_seconds",
      "custom_tracing_attributes",
      "force_new_trace",
      "extensions",
      "task_queue",
      "deployment_name",
    ];
    readonly idempotency: {
      readonly field: "execution_id";
      readonly read: "executions.getWorkflowExecution";
      readonly returns: "resource";
    };
  };
  "workflows.getWorkflow": {
    readonly group: "workflows";
    readonly name: "getWorkflow";
    readonly method: "GET";
    readonly path: "/v1/workflows/{workflow_identifier}";
    readonly pathParams: readonly ["workflow_identifier"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly workflow_identifier: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "workflows.updateWorkflow": {
    readonly group: "workflows";
    readonly name: "updateWorkflow";
    readonly method: "PUT";
    readonly path: "/v1/workflows/{workflow_identifier}";
    readonly pathParams: readonly ["workflow_identifier"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly workflow_identifier: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly ["display_name", "description", "available_in_chat_assistant", "tags"];
  };
  "workflows.executeWorkflow": {
    readonly group: "workflows";
    readonly name: "executeWorkflow";
    readonly method: "POST";
    readonly path: "/v1/workflows/{workflow_identifier}/execute";
    readonly pathParams: readonly ["workflow_identifier"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly workflow_identifier: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly [
      "execution_id",
      "input",
      "encoded_input",
      "wait_for_result",
      "timeout_seconds",
      "custom_tracing_attributes",
      "force_new_trace",
      "extensions",
      "task_queue",
      "deployment_name",
    ];
    readonly idempotency: {
      readonly field: "execution_id";
      readonly read: "executions.getWorkflowExecution";
      readonly returns: "resource";
    };
  };
  "workflows.archiveWorkflow": {
    readonly group: "workflows";
    readonly name: "archiveWorkflow";
    readonly method: "PUT";
    readonly path: "/v1/workflows/{workflow_identifier}/archive";
    readonly pathParams: readonly ["workflow_identifier"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly workflow_identifier: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "workflows.unarchiveWorkflow": {
    readonly group: "workflows";
    readonly name: "unarchiveWorkflow";
    readonly method: "PUT";
    readonly path: "/v1/workflows/{workflow_identifier}/unarchive";
    readonly pathParams: readonly ["workflow_identifier"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly workflow_identifier: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "schedules.getSchedules": {
    readonly group: "schedules";
    readonly name: "getSchedules";
    readonly method: "GET";
    readonly path: "/v1/workflows/schedules";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
      "workflow_name",
      "user_id",
      "status",
      "search",
      "page_size",
      "next_page_token",
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly workflow_name: readonly ["string", "null"];
      readonly user_id: readonly ["string", "null"];
      readonly status: readonly ["string", "null"];
      readonly search: readonly ["string", "null"];
      readonly page_size: readonly ["integer", "null"];
      readonly next_page_token: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly page_size: { readonly minimum: 1; readonly maximum: 1000 } };
    readonly pagination: {
      readonly items: "schedules";
      readonly cursorParam: "next_page_token";
      readonly nextCursor: "next_page_token";
      readonly pageSizeParam: "page_size";
    };
  };
  "schedules.scheduleWorkflow": {
    readonly group: "schedules";
    readonly name: "scheduleWorkflow";
    readonly method: "POST";
    readonly path: "/v1/workflows/schedules";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: {};
    readonly status: 201;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly [
      "schedule",
      "workflow_registration_id",
      "workflow_version_id",
      "workflow_identifier",
      "workflow_task_queue",
      "schedule_id",
      "deployment_name",
    ];
    readonly idempotency: {
      readonly field: "schedule_id";
      readonly read: "schedules.getSchedule";
      readonly returns: "id";
    };
  };
  "schedules.getSchedule": {
    readonly group: "schedules";
    readonly name: "getSchedule";
    readonly method: "GET";
    readonly path: "/v1/workflows/schedules/{schedule_id}";
    readonly pathParams: readonly ["schedule_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly schedule_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "schedules.unscheduleWorkflow": {
    readonly group: "schedules";
    readonly name: "unscheduleWorkflow";
    readonly method: "DELETE";
    readonly path: "/v1/workflows/schedules/{schedule_id}";
    readonly pathParams: readonly ["schedule_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly schedule_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: true;
  };
  "schedules.updateSchedule": {
    readonly group: "schedules";
    readonly name: "updateSchedule";
    readonly method: "PATCH";
    readonly path: "/v1/workflows/schedules/{schedule_id}";
    readonly pathParams: readonly ["schedule_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly schedule_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["schedule"];
  };
  "schedules.pauseSchedule": {
    readonly group: "schedules";
    readonly name: "pauseSchedule";
    readonly method: "POST";
    readonly path: "/v1/workflows/schedules/{schedule_id}/pause";
    readonly pathParams: readonly ["schedule_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "optional";
    readonly paramTypes: { readonly schedule_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: false;
  };
  "schedules.resumeSchedule": {
    readonly group: "schedules";
    readonly name: "resumeSchedule";
    readonly method: "POST";
    readonly path: "/v1/workflows/schedules/{schedule_id}/resume";
    readonly pathParams: readonly ["schedule_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "optional";
    readonly paramTypes: { readonly schedule_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: false;
  };
  "schedules.triggerSchedule": {
    readonly group: "schedules";
    readonly name: "triggerSchedule";
    readonly method: "POST";
    readonly path: "/v1/workflows/schedules/{schedule_id}/trigger";
    readonly pathParams: readonly ["schedule_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "optional";
    readonly paramTypes: { readonly schedule_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: false;
  };
  "executions.getWorkflowExecution": {
    readonly group: "executions";
    readonly name: "getWorkflowExecution";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly ["include_search_keys"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly execution_id: readonly ["string"];
      readonly include_search_keys: readonly ["boolean"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "executions.getWorkflowExecutionHistory": {
    readonly group: "executions";
    readonly name: "getWorkflowExecutionHistory";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/history";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly ["decode_payloads"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly execution_id: readonly ["string"];
      readonly decode_payloads: readonly ["boolean"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "executions.signalWorkflowExecution": {
    readonly group: "executions";
    readonly name: "signalWorkflowExecution";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/{execution_id}/signals";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["name", "input"];
  };
  "executions.queryWorkflowExecution": {
    readonly group: "executions";
    readonly name: "queryWorkflowExecution";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/{execution_id}/queries";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly ["name", "input"];
  };
  "executions.terminateWorkflowExecution": {
    readonly group: "executions";
    readonly name: "terminateWorkflowExecution";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/{execution_id}/terminate";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: false;
  };
  "executions.batchTerminateWorkflowExecutions": {
    readonly group: "executions";
    readonly name: "batchTerminateWorkflowExecutions";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/terminate";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: {};
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["execution_ids"];
  };
  "executions.cancelWorkflowExecution": {
    readonly group: "executions";
    readonly name: "cancelWorkflowExecution";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/{execution_id}/cancel";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: false;
  };
  "executions.batchCancelWorkflowExecutions": {
    readonly group: "executions";
    readonly name: "batchCancelWorkflowExecutions";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/cancel";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: {};
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["execution_ids"];
  };
  "executions.resetWorkflow": {
    readonly group: "executions";
    readonly name: "resetWorkflow";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/{execution_id}/reset";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 204;
    readonly response: "empty";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["event_id", "reason", "exclude_signals", "exclude_updates"];
  };
  "executions.updateWorkflowExecution": {
    readonly group: "executions";
    readonly name: "updateWorkflowExecution";
    readonly method: "POST";
    readonly path: "/v1/workflows/executions/{execution_id}/updates";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["name", "input"];
  };
  "executions.getWorkflowExecutionTraceOtel": {
    readonly group: "executions";
    readonly name: "getWorkflowExecutionTraceOtel";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/trace/otel";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "executions.getWorkflowExecutionTraceSummary": {
    readonly group: "executions";
    readonly name: "getWorkflowExecutionTraceSummary";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/trace/summary";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "executions.getWorkflowExecutionTraceEvents": {
    readonly group: "executions";
    readonly name: "getWorkflowExecutionTraceEvents";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/trace/events";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly ["merge_same_id_events", "include_internal_events"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly execution_id: readonly ["string"];
      readonly merge_same_id_events: readonly ["boolean"];
      readonly include_internal_events: readonly ["boolean"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "executions.getWorkflowExecutionTraceInfo": {
    readonly group: "executions";
    readonly name: "getWorkflowExecutionTraceInfo";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/trace/info";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly execution_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "executions.stream": {
    readonly group: "executions";
    readonly name: "stream";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/stream";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly ["event_source", "last_event_id"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly execution_id: readonly ["string"];
      readonly event_source: readonly ["string", "null"];
      readonly last_event_id: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "sse";
    readonly retrySafe: true;
    readonly sse: { readonly resumeParam: "last_event_id" };
  };
  "executions.getWorkflowExecutionLogs": {
    readonly group: "executions";
    readonly name: "getWorkflowExecutionLogs";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/logs";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly ["run_id", "activity_id", "after", "before", "order", "cursor", "limit"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly execution_id: readonly ["string"];
      readonly run_id: readonly ["string", "null"];
      readonly activity_id: readonly ["string", "null"];
      readonly after: readonly ["string", "null"];
      readonly before: readonly ["string", "null"];
      readonly order: readonly ["string"];
      readonly cursor: readonly ["string", "null"];
      readonly limit: readonly ["integer"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 100 } };
    readonly pagination: {
      readonly items: "results";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
      readonly firstPageOnly: readonly ["after", "before", "order"];
    };
  };
  "executions.streamWorkflowExecutionLogs": {
    readonly group: "executions";
    readonly name: "streamWorkflowExecutionLogs";
    readonly method: "GET";
    readonly path: "/v1/workflows/executions/{execution_id}/logs/stream";
    readonly pathParams: readonly ["execution_id"];
    readonly queryParams: readonly ["run_id", "activity_id", "after", "last_event_id"];
    readonly headerParams: readonly ["Last-Event-ID"];
    readonly body: "none";
    readonly paramTypes: {
      readonly execution_id: readonly ["string"];
      readonly run_id: readonly ["string", "null"];
      readonly activity_id: readonly ["string", "null"];
      readonly after: readonly ["string", "null"];
      readonly last_event_id: readonly ["string", "null"];
      readonly "Last-Event-ID": readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "sse";
    readonly retrySafe: true;
    readonly sse: { readonly resumeParam: "last_event_id"; readonly resumeHeader: "Last-Event-ID" };
  };
  "events.getStreamEvents": {
    readonly group: "events";
    readonly name: "getStreamEvents";
    readonly method: "GET";
    readonly path: "/v1/workflows/events/stream";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
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
    ];
    readonly headerParams: readonly ["last-event-id"];
    readonly body: "none";
    readonly paramTypes: {
      readonly scope: readonly ["string"];
      readonly activity_name: readonly ["string"];
      readonly activity_id: readonly ["string"];
      readonly workflow_name: readonly ["string"];
      readonly workflow_exec_id: readonly ["string"];
      readonly root_workflow_exec_id: readonly ["string"];
      readonly parent_workflow_exec_id: readonly ["string"];
      readonly stream: readonly ["string"];
      readonly start_seq: readonly ["integer"];
      readonly metadata_filters: readonly ["object", "null"];
      readonly workflow_event_types: readonly ["array", "null"];
      readonly "last-event-id": readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "sse";
    readonly retrySafe: true;
    readonly sse: { readonly resumeHeader: "last-event-id" };
  };
  "events.getWorkflowEvents": {
    readonly group: "events";
    readonly name: "getWorkflowEvents";
    readonly method: "GET";
    readonly path: "/v1/workflows/events/list";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
      "root_workflow_exec_id",
      "workflow_exec_id",
      "workflow_run_id",
      "limit",
      "cursor",
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly root_workflow_exec_id: readonly ["string", "null"];
      readonly workflow_exec_id: readonly ["string", "null"];
      readonly workflow_run_id: readonly ["string", "null"];
      readonly limit: readonly ["integer"];
      readonly cursor: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 1000 } };
    readonly pagination: {
      readonly items: "events";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
    };
  };
  "deployments.listDeployments": {
    readonly group: "deployments";
    readonly name: "listDeployments";
    readonly method: "GET";
    readonly path: "/v1/workflows/deployments";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
      "active_only",
      "is_hardened",
      "workflow_name",
      "created_by",
      "location_types",
      "search",
      "order_by",
      "order",
      "limit",
      "cursor",
      "workspace_id",
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly active_only: readonly ["boolean"];
      readonly is_hardened: readonly ["boolean", "null"];
      readonly workflow_name: readonly ["string", "null"];
      readonly created_by: readonly ["string", "null"];
      readonly location_types: readonly ["array", "null"];
      readonly search: readonly ["string", "null"];
      readonly order_by: readonly ["string", "null"];
      readonly order: readonly ["string"];
      readonly limit: readonly ["integer", "null"];
      readonly cursor: readonly ["string", "null"];
      readonly workspace_id: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 100 } };
    readonly pagination: {
      readonly items: "deployments";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
    };
  };
  "deployments.createDeployment": {
    readonly group: "deployments";
    readonly name: "createDeployment";
    readonly method: "POST";
    readonly path: "/v1/workflows/deployments";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: {};
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: true;
    readonly bodyFields: readonly ["name", "spec", "resources", "hardened"];
    readonly idempotency: {
      readonly field: "name";
      readonly read: "deployments.getDeployment";
      readonly returns: "resource";
      readonly required: true;
    };
  };
  "deployments.getDeployment": {
    readonly group: "deployments";
    readonly name: "getDeployment";
    readonly method: "GET";
    readonly path: "/v1/workflows/deployments/{name}";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly ["workflow_name"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly name: readonly ["string"];
      readonly workflow_name: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "deployments.deleteDeployment": {
    readonly group: "deployments";
    readonly name: "deleteDeployment";
    readonly method: "DELETE";
    readonly path: "/v1/workflows/deployments/{name}";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly name: readonly ["string"] };
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "deployments.updateDeployment": {
    readonly group: "deployments";
    readonly name: "updateDeployment";
    readonly method: "PATCH";
    readonly path: "/v1/workflows/deployments/{name}";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "required";
    readonly paramTypes: { readonly name: readonly ["string"] };
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: false;
    readonly bodyFields: readonly ["spec", "resources"];
  };
  "deployments.startDeployment": {
    readonly group: "deployments";
    readonly name: "startDeployment";
    readonly method: "POST";
    readonly path: "/v1/workflows/deployments/{name}/start";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly name: readonly ["string"] };
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "deployments.stopDeployment": {
    readonly group: "deployments";
    readonly name: "stopDeployment";
    readonly method: "POST";
    readonly path: "/v1/workflows/deployments/{name}/stop";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly name: readonly ["string"] };
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "deployments.restartDeployment": {
    readonly group: "deployments";
    readonly name: "restartDeployment";
    readonly method: "POST";
    readonly path: "/v1/workflows/deployments/{name}/restart";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly name: readonly ["string"] };
    readonly status: 202;
    readonly response: "json";
    readonly retrySafe: false;
  };
  "deployments.listDeploymentWorkers": {
    readonly group: "deployments";
    readonly name: "listDeploymentWorkers";
    readonly method: "GET";
    readonly path: "/v1/workflows/deployments/{name}/workers";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly ["worker_status", "limit", "cursor"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly name: readonly ["string"];
      readonly worker_status: readonly ["string", "null"];
      readonly limit: readonly ["integer"];
      readonly cursor: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 100 } };
    readonly pagination: {
      readonly items: "workers";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
    };
  };
  "deployments.getDeploymentLogs": {
    readonly group: "deployments";
    readonly name: "getDeploymentLogs";
    readonly method: "GET";
    readonly path: "/v1/workflows/deployments/{name}/logs";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly [
      "worker_name",
      "workflow_name",
      "after",
      "before",
      "order",
      "cursor",
      "limit",
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly name: readonly ["string"];
      readonly worker_name: readonly ["string", "null"];
      readonly workflow_name: readonly ["string", "null"];
      readonly after: readonly ["string", "null"];
      readonly before: readonly ["string", "null"];
      readonly order: readonly ["string"];
      readonly cursor: readonly ["string", "null"];
      readonly limit: readonly ["integer"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly limit: { readonly minimum: 1; readonly maximum: 100 } };
    readonly pagination: {
      readonly items: "results";
      readonly cursorParam: "cursor";
      readonly nextCursor: "next_cursor";
      readonly pageSizeParam: "limit";
      readonly firstPageOnly: readonly ["after", "before", "order"];
    };
  };
  "deployments.streamDeploymentLogs": {
    readonly group: "deployments";
    readonly name: "streamDeploymentLogs";
    readonly method: "GET";
    readonly path: "/v1/workflows/deployments/{name}/logs/stream";
    readonly pathParams: readonly ["name"];
    readonly queryParams: readonly ["worker_name", "workflow_name", "after", "last_event_id"];
    readonly headerParams: readonly ["Last-Event-ID"];
    readonly body: "none";
    readonly paramTypes: {
      readonly name: readonly ["string"];
      readonly worker_name: readonly ["string", "null"];
      readonly workflow_name: readonly ["string", "null"];
      readonly after: readonly ["string", "null"];
      readonly last_event_id: readonly ["string", "null"];
      readonly "Last-Event-ID": readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "sse";
    readonly retrySafe: true;
    readonly sse: { readonly resumeParam: "last_event_id"; readonly resumeHeader: "Last-Event-ID" };
  };
  "runs.listRuns": {
    readonly group: "runs";
    readonly name: "listRuns";
    readonly method: "GET";
    readonly path: "/v1/workflows/runs";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [
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
    ];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly workflow_identifier: readonly ["string", "null"];
      readonly root_execution_id: readonly ["string", "null"];
      readonly search: readonly ["string", "null"];
      readonly status: readonly ["string", "array", "null"];
      readonly deployment_name: readonly ["string", "null"];
      readonly sort_by: readonly ["string", "null"];
      readonly order: readonly ["string"];
      readonly start_time_after: readonly ["string", "null"];
      readonly start_time_before: readonly ["string", "null"];
      readonly end_time_after: readonly ["string", "null"];
      readonly end_time_before: readonly ["string", "null"];
      readonly user_id: readonly ["string", "null"];
      readonly workflow_tags: readonly ["array", "null"];
      readonly include_internal: readonly ["boolean"];
      readonly page_size: readonly ["integer"];
      readonly next_page_token: readonly ["string", "null"];
      readonly search_key: readonly ["array", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
    readonly paramBounds: { readonly page_size: { readonly minimum: 1; readonly maximum: 1000 } };
    readonly pagination: {
      readonly items: "executions";
      readonly cursorParam: "next_page_token";
      readonly nextCursor: "next_page_token";
      readonly pageSizeParam: "page_size";
    };
  };
  "runs.getRun": {
    readonly group: "runs";
    readonly name: "getRun";
    readonly method: "GET";
    readonly path: "/v1/workflows/runs/{run_id}";
    readonly pathParams: readonly ["run_id"];
    readonly queryParams: readonly [];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: { readonly run_id: readonly ["string"] };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "runs.getRunHistory": {
    readonly group: "runs";
    readonly name: "getRunHistory";
    readonly method: "GET";
    readonly path: "/v1/workflows/runs/{run_id}/history";
    readonly pathParams: readonly ["run_id"];
    readonly queryParams: readonly ["decode_payloads"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly run_id: readonly ["string"];
      readonly decode_payloads: readonly ["boolean"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
  "metrics.getWorkflowMetrics": {
    readonly group: "metrics";
    readonly name: "getWorkflowMetrics";
    readonly method: "GET";
    readonly path: "/v1/workflows/{workflow_name}/metrics";
    readonly pathParams: readonly ["workflow_name"];
    readonly queryParams: readonly ["start_time", "end_time"];
    readonly headerParams: readonly [];
    readonly body: "none";
    readonly paramTypes: {
      readonly workflow_name: readonly ["string"];
      readonly start_time: readonly ["string", "null"];
      readonly end_time: readonly ["string", "null"];
    };
    readonly status: 200;
    readonly response: "json";
    readonly retrySafe: true;
  };
};

/** Every operation of the spec, keyed by `group.method` SDK name. */
export const operationTable = /* @__PURE__ */ expandOperations([
  "workflows.getWorkflows GET /v1/workflows 200nj1 status:saz,include_shared:b,available_in_chat_assistant:bz,deployment_name:az,deployment_status:sz,archived:bz,tags:az,sort_by:sz,order:s,cursor:sz,limit:i,active_only:b,search:sz r=limit:1:1000 p=workflows,cursor,next_cursor,limit",
  "workflows.bulkArchiveWorkflows PUT /v1/workflows/archive 200rj1  b=workflow_ids",
  "workflows.bulkUnarchiveWorkflows PUT /v1/workflows/unarchive 200rj1  b=workflow_ids",
  "workflows.getWorkflowRegistrations GET /v1/workflows/registrations 200nj1 workflow_id:sz,task_queue:sz,active_only:b,include_shared:b,workflow_search:sz,archived:bz,with_workflow:b,available_in_chat_assistant:bz,limit:i,cursor:sz r=limit:1:1000 p=workflow_registrations,cursor,next_cursor,limit",
  "workflows.getWorkflowRegistration GET /v1/workflows/registrations/{workflow_registration_id} 200nj1 with_workflow:b,include_shared:b",
  "workflows.executeWorkflowRegistration POST /v1/workflows/registrations/{workflow_registration_id}/execute 200rj1  d b=execution_id,input,encoded_input,wait_for_result,timeout_seconds,custom_tracing_attributes,force_new_trace,extensions,task_queue,deployment_name i=execution_id,executions.getWorkflowExecution,resource",
  "workflows.getWorkflow GET /v1/workflows/{workflow_identifier} 200nj1 ",
  "workflows.updateWorkflow PUT /v1/workflows/{workflow_identifier} 200rj1  b=display_name,description,available_in_chat_assistant,tags",
  "workflows.executeWorkflow POST /v1/workflows/{workflow_identifier}/execute 200rj1  b=execution_id,input,encoded_input,wait_for_result,timeout_seconds,custom_tracing_attributes,force_new_trace,extensions,task_queue,deployment_name i=execution_id,executions.getWorkflowExecution,resource",
  "workflows.archiveWorkflow PUT /v1/workflows/{workflow_identifier}/archive 200nj1 ",
  "workflows.unarchiveWorkflow PUT /v1/workflows/{workflow_identifier}/unarchive 200nj1 ",
  "schedules.getSchedules GET /v1/workflows/schedules 200nj1 workflow_name:sz,user_id:sz,status:sz,search:sz,page_size:iz,next_page_token:sz r=page_size:1:1000 p=schedules,next_page_token,next_page_token,page_size",
  "schedules.scheduleWorkflow POST /v1/workflows/schedules 201rj1  b=schedule,workflow_registration_id,workflow_version_id,workflow_identifier,workflow_task_queue,schedule_id,deployment_name i=schedule_id,schedules.getSchedule,id",
  "schedules.getSchedule GET /v1/workflows/schedules/{schedule_id} 200nj1 ",
  "schedules.unscheduleWorkflow DELETE /v1/workflows/schedules/{schedule_id} 204ne1 ",
  "schedules.updateSchedule PATCH /v1/workflows/schedules/{schedule_id} 200rj0  b=schedule",
  "schedules.pauseSchedule POST /v1/workflows/schedules/{schedule_id}/pause 204oe0 ",
  "schedules.resumeSchedule POST /v1/workflows/schedules/{schedule_id}/resume 204oe0 ",
  "schedules.triggerSchedule POST /v1/workflows/schedules/{schedule_id}/trigger 204oe0 ",
  "executions.getWorkflowExecution GET /v1/workflows/executions/{execution_id} 200nj1 include_search_keys:b",
  "executions.getWorkflowExecutionHistory GET /v1/workflows/executions/{execution_id}/history 200nj1 decode_payloads:b",
  "executions.signalWorkflowExecution POST /v1/workflows/executions/{execution_id}/signals 202rj0  b=name,input",
  "executions.queryWorkflowExecution POST /v1/workflows/executions/{execution_id}/queries 200rj1  b=name,input",
  "executions.terminateWorkflowExecution POST /v1/workflows/executions/{execution_id}/terminate 204ne0 ",
  "executions.batchTerminateWorkflowExecutions POST /v1/workflows/executions/terminate 200rj0  b=execution_ids",
  "executions.cancelWorkflowExecution POST /v1/workflows/executions/{execution_id}/cancel 204ne0 ",
  "executions.batchCancelWorkflowExecutions POST /v1/workflows/executions/cancel 200rj0  b=execution_ids",
  "executions.resetWorkflow POST /v1/workflows/executions/{execution_id}/reset 204re0  b=event_id,reason,exclude_signals,exclude_updates",
  "executions.updateWorkflowExecution POST /v1/workflows/executions/{execution_id}/updates 200rj0  b=name,input",
  "executions.getWorkflowExecutionTraceOtel GET /v1/workflows/executions/{execution_id}/trace/otel 200nj1 ",
  "executions.getWorkflowExecutionTraceSummary GET /v1/workflows/executions/{execution_id}/trace/summary 200nj1 ",
  "executions.getWorkflowExecutionTraceEvents GET /v1/workflows/executions/{execution_id}/trace/events 200nj1 merge_same_id_events:b,include_internal_events:b",
  "executions.getWorkflowExecutionTraceInfo GET /v1/workflows/executions/{execution_id}/trace/info 200nj1 ",
  "executions.stream GET /v1/workflows/executions/{execution_id}/stream 200ns1 event_source:sz,last_event_id:sz e=last_event_id,",
  "executions.getWorkflowExecutionLogs GET /v1/workflows/executions/{execution_id}/logs 200nj1 run_id:sz,activity_id:sz,after:sz,before:sz,order:s,cursor:sz,limit:i r=limit:1:100 p=results,cursor,next_cursor,limit,after,before,order",
  "executions.streamWorkflowExecutionLogs GET /v1/workflows/executions/{execution_id}/logs/stream 200ns1 run_id:sz,activity_id:sz,after:sz,last_event_id:sz,^Last-Event-ID:sz e=last_event_id,Last-Event-ID",
  "events.getStreamEvents GET /v1/workflows/events/stream 200ns1 scope:s,activity_name:s,activity_id:s,workflow_name:s,workflow_exec_id:s,root_workflow_exec_id:s,parent_workflow_exec_id:s,stream:s,start_seq:i,metadata_filters:oz,workflow_event_types:az,^last-event-id:sz e=,last-event-id",
  "events.getWorkflowEvents GET /v1/workflows/events/list 200nj1 root_workflow_exec_id:sz,workflow_exec_id:sz,workflow_run_id:sz,limit:i,cursor:sz r=limit:1:1000 p=events,cursor,next_cursor,limit",
  "deployments.listDeployments GET /v1/workflows/deployments 200nj1 active_only:b,is_hardened:bz,workflow_name:sz,created_by:sz,location_types:az,search:sz,order_by:sz,order:s,limit:iz,cursor:sz,workspace_id:sz r=limit:1:100 p=deployments,cursor,next_cursor,limit",
  "deployments.createDeployment POST /v1/workflows/deployments 202rj1  b=name,spec,resources,hardened i=name,deployments.getDeployment,resource,required",
  "deployments.getDeployment GET /v1/workflows/deployments/{name} 200nj1 workflow_name:sz",
  "deployments.deleteDeployment DELETE /v1/workflows/deployments/{name} 202nj1 ",
  "deployments.updateDeployment PATCH /v1/workflows/deployments/{name} 202rj0  b=spec,resources",
  "deployments.startDeployment POST /v1/workflows/deployments/{name}/start 202nj1 ",
  "deployments.stopDeployment POST /v1/workflows/deployments/{name}/stop 202nj1 ",
  "deployments.restartDeployment POST /v1/workflows/deployments/{name}/restart 202nj0 ",
  "deployments.listDeploymentWorkers GET /v1/workflows/deployments/{name}/workers 200nj1 worker_status:sz,limit:i,cursor:sz r=limit:1:100 p=workers,cursor,next_cursor,limit",
  "deployments.getDeploymentLogs GET /v1/workflows/deployments/{name}/logs 200nj1 worker_name:sz,workflow_name:sz,after:sz,before:sz,order:s,cursor:sz,limit:i r=limit:1:100 p=results,cursor,next_cursor,limit,after,before,order",
  "deployments.streamDeploymentLogs GET /v1/workflows/deployments/{name}/logs/stream 200ns1 worker_name:sz,workflow_name:sz,after:sz,last_event_id:sz,^Last-Event-ID:sz e=last_event_id,Last-Event-ID",
  "runs.listRuns GET /v1/workflows/runs 200nj1 workflow_identifier:sz,root_execution_id:sz,search:sz,status:saz,deployment_name:sz,sort_by:sz,order:s,start_time_after:sz,start_time_before:sz,end_time_after:sz,end_time_before:sz,user_id:sz,workflow_tags:az,include_internal:b,page_size:i,next_page_token:sz,search_key:az r=page_size:1:1000 p=executions,next_page_token,next_page_token,page_size",
  "runs.getRun GET /v1/workflows/runs/{run_id} 200nj1 ",
  "runs.getRunHistory GET /v1/workflows/runs/{run_id}/history 200nj1 decode_payloads:b",
  "metrics.getWorkflowMetrics GET /v1/workflows/{workflow_name}/metrics 200nj1 start_time:sz,end_time:sz",
]) as unknown as OperationTable;

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
