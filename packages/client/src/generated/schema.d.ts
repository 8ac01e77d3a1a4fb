/**
 * TypeScript types of the Workflows API.
 * Generated from spec/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec
 * (or scripts/lib/render.ts) and regenerate. `pnpm check:generated` fails when this file is stale.
 */
/** Every path of the API, mapped to its operations by HTTP method: what the path client's `GET`, `POST`… accept. */
export interface paths {
  "/v1/workflows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflows
     * @description Lists workflows, optionally filtered, one page at a time.
     */
    get: operations["get_workflows_v1_workflows_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/archive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Bulk Archive Workflows
     * @description Archives several workflows at once and reports, per workflow, whether it worked.
     */
    put: operations["bulk_archive_workflows_v1_workflows_archive_put"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/unarchive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Bulk Unarchive Workflows
     * @description Restores several archived workflows at once and reports, per workflow, whether it worked.
     */
    put: operations["bulk_unarchive_workflows_v1_workflows_unarchive_put"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/registrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Registrations
     * @description Lists workflow registrations (versions), optionally filtered, one page at a time.
     */
    get: operations["get_workflow_registrations_v1_workflows_registrations_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/registrations/{workflow_registration_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow registration. */
        workflow_registration_id: string;
      };
      cookie?: never;
    };
    /**
     * Get Workflow Registration
     * @description Returns a workflow registration and whether a worker serves it.
     */
    get: operations["get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/registrations/{workflow_registration_id}/execute": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow registration to run. */
        workflow_registration_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Execute Workflow Registration
     * @deprecated
     * @description Starts an execution of a given workflow registration. Deprecated: execute the workflow by
     *     name or ID instead.
     */
    post: operations["execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/{workflow_identifier}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    /**
     * Get Workflow
     * @description Returns a workflow and whether a worker serves it.
     */
    get: operations["get_workflow_v1_workflows__workflow_identifier__get"];
    /**
     * Update Workflow
     * @description Changes a workflow's display name, description, tags or chat-assistant availability.
     */
    put: operations["update_workflow_v1_workflows__workflow_identifier__put"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/{workflow_identifier}/execute": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow to run. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Execute Workflow
     * @description Starts an execution of a workflow. With `wait_for_result`, waits for it to finish and
     *     answers with its result instead.
     */
    post: operations["execute_workflow_v1_workflows__workflow_identifier__execute_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/{workflow_identifier}/archive": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Archive Workflow
     * @description Archives a workflow.
     */
    put: operations["archive_workflow_v1_workflows__workflow_identifier__archive_put"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/{workflow_identifier}/unarchive": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Unarchive Workflow
     * @description Restores an archived workflow.
     */
    put: operations["unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/schedules": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Schedules
     * @description Lists the schedules, optionally filtered, one page at a time.
     */
    get: operations["get_schedules_v1_workflows_schedules_get"];
    put?: never;
    /**
     * Schedule Workflow
     * @description Creates a schedule that starts executions of a workflow.
     */
    post: operations["schedule_workflow_v1_workflows_schedules_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/schedules/{schedule_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    /**
     * Get Schedule
     * @description Returns a schedule, with its upcoming and recent executions.
     */
    get: operations["get_schedule_v1_workflows_schedules__schedule_id__get"];
    put?: never;
    post?: never;
    /**
     * Unschedule Workflow
     * @description Deletes a schedule. Executions it already started are not affected.
     */
    delete: operations["unschedule_workflow_v1_workflows_schedules__schedule_id__delete"];
    options?: never;
    head?: never;
    /**
     * Update Schedule
     * @description Changes the fields of a schedule that are sent; the others are kept.
     */
    patch: operations["update_schedule_v1_workflows_schedules__schedule_id__patch"];
    trace?: never;
  };
  "/v1/workflows/schedules/{schedule_id}/pause": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause Schedule
     * @description Stops a schedule from firing until it is resumed.
     */
    post: operations["pause_schedule_v1_workflows_schedules__schedule_id__pause_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/schedules/{schedule_id}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume Schedule
     * @description Lets a paused schedule fire again.
     */
    post: operations["resume_schedule_v1_workflows_schedules__schedule_id__resume_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/schedules/{schedule_id}/trigger": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trigger Schedule
     * @description Starts an execution of the schedule's workflow now, outside its times.
     */
    post: operations["trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution
     * @description Returns the status of an execution and, once it has finished, its result.
     */
    get: operations["get_workflow_execution_v1_workflows_executions__execution_id__get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution History
     * @description Returns the execution's full event history.
     */
    get: operations["get_workflow_execution_history_v1_workflows_executions__execution_id__history_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/signals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Signal Workflow Execution
     * @description Sends a signal to a running execution. The call returns once the signal is accepted, before the workflow handles it.
     */
    post: operations["signal_workflow_execution_v1_workflows_executions__execution_id__signals_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/queries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Query Workflow Execution
     * @description Runs a query handler of the execution and returns its result, without changing the execution.
     */
    post: operations["query_workflow_execution_v1_workflows_executions__execution_id__queries_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/terminate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminate Workflow Execution
     * @description Stops an execution at once, without letting the workflow clean up.
     */
    post: operations["terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/terminate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Batch Terminate Workflow Executions
     * @description Terminates up to 100 executions.
     */
    post: operations["batch_terminate_workflow_executions_v1_workflows_executions_terminate_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel Workflow Execution
     * @description Requests cancellation of an execution; the workflow can handle it and clean up.
     */
    post: operations["cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Batch Cancel Workflow Executions
     * @description Requests cancellation of up to 100 executions.
     */
    post: operations["batch_cancel_workflow_executions_v1_workflows_executions_cancel_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset Workflow
     * @description Resets an execution to an event of its history; it runs again from there.
     */
    post: operations["reset_workflow_v1_workflows_executions__execution_id__reset_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/updates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Update Workflow Execution
     * @description Runs an update handler of a running execution, which may change its state, and returns its result.
     */
    post: operations["update_workflow_execution_v1_workflows_executions__execution_id__updates_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/trace/otel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution Trace Otel
     * @description Returns the raw OpenTelemetry trace of an execution.
     */
    get: operations["get_workflow_execution_trace_otel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/trace/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution Trace Summary
     * @description Returns the trace of an execution as a tree of spans.
     */
    get: operations["get_workflow_execution_trace_summary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/trace/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution Trace Events
     * @description Returns the events of the trace of an execution.
     */
    get: operations["get_workflow_execution_trace_events"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/trace/info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution Trace Info
     * @description Tells whether an execution has trace data and gives its trace ID.
     */
    get: operations["get_workflow_execution_trace_info"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/stream": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stream
     * @description Streams the events of one execution as server-sent events.
     */
    get: operations["stream_v1_workflows_executions__execution_id__stream_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Execution Logs
     * @description Returns the logs of an execution, a page at a time. `after`, `before` and `order` set the time window and the order on the first request; the `cursor` of the next pages carries them.
     */
    get: operations["get_workflow_execution_logs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/executions/{execution_id}/logs/stream": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stream Workflow Execution Logs
     * @description Streams the logs of an execution as server-sent events. To resume, send the last SSE `id` received in the `Last-Event-ID` header or the `last_event_id` query parameter (the header wins); resuming overrides `after`. Without either, the stream starts at the beginning of the execution.
     */
    get: operations["stream_workflow_execution_logs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/events/stream": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Stream Events
     * @description Streams workflow events across executions, filtered by the parameters below (`*` matches anything).
     */
    get: operations["get_stream_events_v1_workflows_events_stream_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/events/list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Workflow Events
     * @description Lists stored workflow events, a page at a time.
     */
    get: operations["get_workflow_events_v1_workflows_events_list_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Deployments
     * @description Lists the deployments of the workspace, a page at a time.
     */
    get: operations["list_deployments_v1_workflows_deployments_get"];
    put?: never;
    /**
     * Create Deployment
     * @description Creates a managed deployment: Mistral builds the repository's image and runs its workers. The
     *     request is accepted at once; follow `managed.status` (or the workers) to see it start.
     */
    post: operations["create_deployment_v1_workflows_deployments_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments/{name}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    /**
     * Get Deployment
     * @description Returns a deployment with its workers.
     */
    get: operations["get_deployment_v1_workflows_deployments__name__get"];
    put?: never;
    post?: never;
    /**
     * Delete Deployment
     * @description Deletes a managed deployment; its workers are shut down in the background.
     */
    delete: operations["delete_deployment_v1_workflows_deployments__name__delete"];
    options?: never;
    head?: never;
    /**
     * Update Deployment
     * @description Changes the code or the compute of a managed deployment and rolls it out again.
     */
    patch: operations["update_deployment_v1_workflows_deployments__name__patch"];
    trace?: never;
  };
  "/v1/workflows/deployments/{name}/start": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start Deployment
     * @description Starts the workers of a stopped managed deployment.
     */
    post: operations["start_deployment_v1_workflows_deployments__name__start_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments/{name}/stop": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop Deployment
     * @description Stops the workers of a managed deployment, keeping its configuration.
     */
    post: operations["stop_deployment_v1_workflows_deployments__name__stop_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments/{name}/restart": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restart Deployment
     * @description Replaces the workers of a managed deployment with new ones.
     */
    post: operations["restart_deployment_v1_workflows_deployments__name__restart_post"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments/{name}/workers": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    /**
     * List Deployment Workers
     * @description Lists the workers registered to a deployment, a page at a time.
     */
    get: operations["list_deployment_workers_v1_workflows_deployments__name__workers_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments/{name}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    /**
     * Get Deployment Logs
     * @description Returns the logs of all the workers of a deployment, a page at a time. `after`, `before` and `order` set the time window and the order on the first request; the `cursor` of the next pages carries them.
     */
    get: operations["get_deployment_logs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/deployments/{name}/logs/stream": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    /**
     * Stream Deployment Logs
     * @description Streams the logs of all the workers of a deployment as server-sent events. To resume, send the last SSE `id` received in the `Last-Event-ID` header or the `last_event_id` query parameter (the header wins); resuming overrides `after`. Without either, the stream starts at the beginning of the deployment.
     */
    get: operations["stream_deployment_logs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/runs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Runs
     * @description Lists runs of workflow executions across workflows, optionally filtered, a page at a time.
     */
    get: operations["list_runs_v1_workflows_runs_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/runs/{run_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the run. */
        run_id: string;
      };
      cookie?: never;
    };
    /**
     * Get Run
     * @description Returns one run of an execution and, once it has finished, its result.
     */
    get: operations["get_run_v1_workflows_runs__run_id__get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/runs/{run_id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the run. */
        run_id: string;
      };
      cookie?: never;
    };
    /**
     * Get Run History
     * @description Returns the event history of one run of an execution.
     */
    get: operations["get_run_history_v1_workflows_runs__run_id__history_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/workflows/{workflow_name}/metrics": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the workflow. */
        workflow_name: string;
      };
      cookie?: never;
    };
    /**
     * Get Workflow Metrics
     * @description Returns metrics of the executions of a workflow: how many ran, succeeded and failed, their
     *     average duration and its evolution, and the share that was retried. `start_time` and
     *     `end_time` restrict them to executions started in that window.
     */
    get: operations["get_workflow_metrics_v1_workflows__workflow_name__metrics_get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
/** The API's webhooks (it has none). */
export type webhooks = Record<string, never>;
/** The spec's components: `components["schemas"]["<Name>"]` is the type of a schema, under its wire field names. */
export interface components {
  schemas: {
    /**
     * @description Status of a workflow execution.
     * @enum {string}
     */
    WorkflowExecutionStatus:
      | "RUNNING"
      | "COMPLETED"
      | "FAILED"
      | "CANCELED"
      | "TERMINATED"
      | "CONTINUED_AS_NEW"
      | "TIMED_OUT"
      | "RETRYING_AFTER_ERROR";
    /**
     * WorkflowMetadata
     * @description Metadata of a workflow in a list.
     */
    WorkflowMetadata: {
      /** @description Namespace of a shared workflow; null for a workflow of the caller's own. */
      shared_namespace?: string | null;
    };
    /**
     * WorkflowBasicDefinition
     * @description A workflow as the list shows it.
     */
    WorkflowBasicDefinition: {
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      id: string;
      /** @description Name of the workflow, as declared in code. */
      name: string;
      /** @description Human-readable name. */
      display_name: string;
      /** @description Description of the workflow. */
      description?: string | null;
      metadata?: components["schemas"]["WorkflowMetadata"];
      /** @description Whether the workflow is archived. */
      archived: boolean;
      /** @description Tags of the workflow. */
      tags?: string[];
    };
    /**
     * WorkflowListResponse
     * @description A page of workflows.
     */
    WorkflowListResponse: {
      /** @description Workflows of this page. */
      workflows: components["schemas"]["WorkflowBasicDefinition"][];
      /** @description Cursor of the next page; null on the last one. */
      next_cursor: string | null;
    };
    /**
     * ValidationError
     * @description One problem found in the request, in FastAPI's shape.
     */
    ValidationError: {
      /** @description Where the problem is, e.g. `["body", "schedule", "input"]`. */
      loc: (string | number)[];
      /** @description Human-readable message. */
      msg: string;
      /** @description Machine-readable error type, e.g. `missing` or `int_parsing`. */
      type: string;
      ctx?: Record<string, never>;
      input?: unknown;
    };
    /**
     * HTTPValidationError
     * @description The request did not match the operation's parameters or body.
     * @example {
     *       "detail": [
     *         {
     *           "loc": [
     *             "query",
     *             "page_size"
     *           ],
     *           "msg": "Input should be a valid integer, unable to parse string as an integer",
     *           "type": "int_parsing"
     *         }
     *       ]
     *     }
     */
    HTTPValidationError: {
      detail?: components["schemas"]["ValidationError"][];
    };
    /**
     * WorkflowBulkArchiveRequest
     * @description Workflows to archive.
     */
    WorkflowBulkArchiveRequest: {
      /** @description IDs of the workflows to archive. */
      workflow_ids: string[];
    };
    /**
     * WorkflowType
     * @description Kind of workflow.
     * @enum {string}
     */
    WorkflowType: "code";
    /**
     * Workflow
     * @description A workflow, identified by its name, across all of its registrations.
     * @example {
     *       "id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69",
     *       "name": "support-workflow",
     *       "display_name": "Support workflow",
     *       "type": "code",
     *       "description": "Triage incoming support tickets.",
     *       "customer_id": "3b0f3a1e-0c6d-4d7e-8f3a-1b2c3d4e5f60",
     *       "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
     *       "archived": false
     *     }
     */
    Workflow: {
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      id: string;
      /** @description Name of the workflow, as declared in code. */
      name: string;
      /** @description Human-readable name. */
      display_name: string;
      type: components["schemas"]["WorkflowType"];
      /** @description Description of the workflow. */
      description?: string | null;
      /**
       * Format: uuid
       * @description ID of the customer owning the workflow.
       */
      customer_id: string;
      /**
       * Format: uuid
       * @description ID of the workspace holding the workflow.
       */
      workspace_id: string;
      /** @description Reserved namespace of a shared workflow, e.g. `shared:my-shared-workflow`. */
      shared_namespace?: string | null;
      /**
       * @description Whether the workflow can be used from the chat assistant.
       * @default false
       */
      available_in_chat_assistant?: boolean;
      /**
       * @description Whether the workflow is technical (managed by the SDK).
       * @default false
       */
      is_technical?: boolean;
      /**
       * @description Whether the workflow is archived.
       * @default false
       */
      archived?: boolean;
      /** @description Tags used to filter and find workflows. */
      tags?: string[];
    };
    /**
     * WorkflowBulkError
     * @description A workflow of a bulk call that could not be changed, and why.
     */
    WorkflowBulkError: {
      /**
       * Format: uuid
       * @description The ID as it was sent.
       */
      workflow_id: string;
      /** @description The workflow, when it was found. */
      workflow?: components["schemas"]["Workflow"] | null;
      /** @description Why the workflow could not be changed. */
      message: string;
    };
    /**
     * WorkflowBulkArchiveResponse
     * @description The outcome of a bulk archive, per workflow.
     */
    WorkflowBulkArchiveResponse: {
      /** @description Workflows now archived (including those that already were). */
      archived: components["schemas"]["Workflow"][];
      /** @description Workflows that could not be archived, with the reason. */
      errored?: components["schemas"]["WorkflowBulkError"][];
    };
    /**
     * WorkflowBulkUnarchiveRequest
     * @description Workflows to restore.
     */
    WorkflowBulkUnarchiveRequest: {
      /** @description IDs of the workflows to restore. */
      workflow_ids: string[];
    };
    /**
     * WorkflowBulkUnarchiveResponse
     * @description The outcome of a bulk unarchive, per workflow.
     */
    WorkflowBulkUnarchiveResponse: {
      /** @description Workflows now unarchived (including those that were not archived). */
      unarchived: components["schemas"]["Workflow"][];
      /** @description Workflows that could not be unarchived, with the reason. */
      errored?: components["schemas"]["WorkflowBulkError"][];
    };
    /**
     * SignalDefinition
     * @description A signal handler declared by the workflow.
     */
    SignalDefinition: {
      /** @description Name of the signal. */
      name: string;
      /** @description Description of the signal. */
      description?: string | null;
      /** @description JSON Schema of the signal's input. */
      input_schema: {
        [key: string]: unknown;
      };
    };
    /**
     * QueryDefinition
     * @description A query handler declared by the workflow.
     */
    QueryDefinition: {
      /** @description Name of the query. */
      name: string;
      /** @description Description of the query. */
      description?: string | null;
      /** @description JSON Schema of the query's input. */
      input_schema: {
        [key: string]: unknown;
      };
      /** @description JSON Schema of the query's result. */
      output_schema?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * UpdateDefinition
     * @description An update handler declared by the workflow.
     */
    UpdateDefinition: {
      /** @description Name of the update. */
      name: string;
      /** @description Description of the update. */
      description?: string | null;
      /** @description JSON Schema of the update's input. */
      input_schema: {
        [key: string]: unknown;
      };
      /** @description JSON Schema of the update's result. */
      output_schema?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * WorkflowCodeDefinition
     * @description What a registration's code declares (input/output schemas and handlers).
     * @example {
     *       "input_schema": {
     *         "type": "object",
     *         "properties": {
     *           "ticket_id": {
     *             "type": "string"
     *           }
     *         },
     *         "required": [
     *           "ticket_id"
     *         ]
     *       }
     *     }
     */
    WorkflowCodeDefinition: {
      /** @description JSON Schema of the input of the workflow's run method. */
      input_schema: {
        [key: string]: unknown;
      };
      /** @description JSON Schema of the output of the workflow's run method. */
      output_schema?: {
        [key: string]: unknown;
      } | null;
      /** @description Signal handlers. */
      signals?: components["schemas"]["SignalDefinition"][];
      /** @description Query handlers. */
      queries?: components["schemas"]["QueryDefinition"][];
      /** @description Update handlers. */
      updates?: components["schemas"]["UpdateDefinition"][];
      /**
       * @description Whether deterministic execution is enforced.
       * @default false
       */
      enforce_determinism?: boolean;
      /**
       * @description Whether executions must run under a user's identity.
       * @default false
       */
      on_behalf_of?: boolean;
      /** @description Maximum total execution time, retries and continue-as-new included. */
      execution_timeout?: number;
      /** @description Metadata of plugins, such as connector declarations. */
      plugin_metadata?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * WorkflowRegistration
     * @description One registered version of a workflow's code, as published by a worker.
     * @example {
     *       "id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
     *       "definition": {
     *         "input_schema": {
     *           "type": "object",
     *           "properties": {
     *             "ticket_id": {
     *               "type": "string"
     *             }
     *           }
     *         }
     *       },
     *       "task_queue": "support",
     *       "workflow_id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
     *     }
     */
    WorkflowRegistration: {
      /**
       * Format: uuid
       * @description ID of the registration.
       */
      id: string;
      /**
       * Format: uuid
       * @deprecated
       * @description ID of the deployment of the registration; use `deployment_name`.
       */
      deployment_id?: string | null;
      /**
       * @deprecated
       * @description Task queue of the registration; use `deployment_name`.
       */
      task_queue?: string | null;
      definition: components["schemas"]["WorkflowCodeDefinition"];
      /**
       * Format: uuid
       * @description ID of the workflow this registration belongs to.
       */
      workflow_id: string;
      /** @description The workflow, when requested with `with_workflow`. */
      workflow?: components["schemas"]["Workflow"] | null;
      /** @description Name of the deployment the registration belongs to. */
      deployment_name?: string | null;
      /**
       * @description Whether the registration can be used from the chat assistant.
       * @default false
       */
      compatible_with_chat_assistant?: boolean;
    };
    /**
     * WorkflowRegistrationListResponse
     * @description One page of workflow registrations.
     */
    WorkflowRegistrationListResponse: {
      /** @description The registrations of this page. */
      workflow_registrations: components["schemas"]["WorkflowRegistration"][];
      /** @description Cursor of the next page; `null` on the last page. */
      next_cursor: string | null;
      /** @description Same list as `workflow_registrations`, under its former name. */
      workflow_versions: components["schemas"]["WorkflowRegistration"][];
    };
    /**
     * WorkflowRegistrationWithWorkerStatus
     * @description A registration, with whether a worker currently serves it.
     */
    WorkflowRegistrationWithWorkerStatus: components["schemas"]["WorkflowRegistration"] & {
      /** @description Whether the registration is active (a worker serves it). */
      active: boolean;
    };
    /**
     * WorkflowRegistrationGetResponse
     * @description A workflow registration.
     */
    WorkflowRegistrationGetResponse: {
      workflow_registration: components["schemas"]["WorkflowRegistrationWithWorkerStatus"];
      /** @description Same registration as `workflow_registration`, under its former name. */
      workflow_version: components["schemas"]["WorkflowRegistrationWithWorkerStatus"];
    };
    /**
     * EncodedPayloadOptions
     * @description A transformation applied to an encoded payload.
     * @enum {string}
     */
    EncodedPayloadOptions: "compressed" | "encrypted" | "encrypted-partial" | "offloaded";
    /**
     * NetworkEncodedInput
     * @description A payload already encoded by the client (used when payload encoding or encryption is enabled).
     */
    NetworkEncodedInput: {
      /** @description The encoded payload, base64. */
      b64payload: string;
      /**
       * @description The encodings applied to the payload.
       * @default []
       */
      encoding_options?: components["schemas"]["EncodedPayloadOptions"][];
      /**
       * @description Whether the payload is empty.
       * @default false
       */
      empty?: boolean;
    };
    /**
     * WorkflowExecutionRequest
     * @description Starts an execution of a workflow.
     * @example {
     *       "input": {
     *         "ticket_id": "T-1024"
     *       },
     *       "wait_for_result": false
     *     }
     */
    WorkflowExecutionRequest: {
      /** @description Custom ID for the execution; a random one is generated when absent. */
      execution_id?: string | null;
      /** @description Input of the execution, matching the workflow's input schema. */
      input?:
        | {
            [key: string]: unknown;
          }
        | Record<string, never>
        | null;
      /** @description The input as the client's payload codec encoded it (encrypted, compressed or offloaded), sent with `input` null when payload encoding is on. */
      encoded_input?: components["schemas"]["NetworkEncodedInput"] | null;
      /**
       * @description Wait for the execution to finish and answer with its result.
       * @default false
       */
      wait_for_result?: boolean;
      /** @description How long to wait for the result when `wait_for_result` is true. */
      timeout_seconds?: number | null;
      /** @description Extra attributes added to the execution's trace. */
      custom_tracing_attributes?: {
        [key: string]: string;
      } | null;
      /**
       * @description Start a new trace instead of joining the caller's trace context.
       * @default false
       */
      force_new_trace?: boolean;
      /** @description Plugin data made available to the execution's context. */
      extensions?: {
        [key: string]: unknown;
      } | null;
      /**
       * @deprecated
       * @description Task queue to route the execution to; use `deployment_name`.
       */
      task_queue?: string | null;
      /** @description Name of the deployment to route the execution to. */
      deployment_name?: string | null;
    };
    /** @description A workflow execution and, once finished, its result. */
    WorkflowExecutionResponse: {
      /** @description Name of the workflow. */
      workflow_name: string;
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      workflow_id?: string | null;
      /** @description Name of the deployment that ran the execution. */
      deployment_name?: string | null;
      /** @description ID of the execution. */
      execution_id: string;
      /** @description ID of the parent execution, for a child workflow. */
      parent_execution_id?: string | null;
      /** @description ID of the root execution of the chain. */
      root_execution_id: string;
      /** @description ID of this run of the execution (a UUID). */
      run_id?: string | null;
      /** @description ID of the user who started the execution. */
      user_id?: string | null;
      /** @description Status of the execution. */
      status: components["schemas"]["WorkflowExecutionStatus"] | null;
      /**
       * Format: date-time
       * @description When the execution started.
       */
      start_time: string;
      /**
       * Format: date-time
       * @description When the execution ended; null while it runs.
       */
      end_time: string | null;
      /** @description Total duration of the execution trace, in milliseconds. */
      total_duration_ms?: number | null;
      /** @description Result of the execution once available (any JSON value, null before). */
      result: unknown;
      /** @description The execution's search keys (metadata), when asked for with `include_search_keys`. */
      search_keys?: {
        [key: string]: string;
      } | null;
    };
    /**
     * WorkflowExecutionSyncResponse
     * @description The outcome of an execution that was waited for (with `wait_for_result` set to true).
     * @example {
     *       "workflow_name": "support-workflow",
     *       "execution_id": "019b2bd7-a1c2-7d3e-8f40-5b6c7d8e9f01",
     *       "result": {
     *         "status": "resolved"
     *       }
     *     }
     */
    WorkflowExecutionSyncResponse: {
      /** @description Name of the executed workflow. */
      workflow_name: string;
      /** @description ID of the execution. */
      execution_id: string;
      /** @description Result returned by the workflow (any JSON value). */
      result: unknown;
    };
    /**
     * WorkflowWithWorkerStatus
     * @description A workflow, with whether a worker currently serves it.
     */
    WorkflowWithWorkerStatus: components["schemas"]["Workflow"] & {
      /** @description Whether the workflow is active (a worker serves it). */
      active: boolean;
    };
    /**
     * WorkflowGetResponse
     * @description A workflow.
     */
    WorkflowGetResponse: {
      workflow: components["schemas"]["WorkflowWithWorkerStatus"];
    };
    /**
     * WorkflowUpdateRequest
     * @description The workflow fields to change; fields left out are not changed.
     * @example {
     *       "display_name": "Support workflow",
     *       "description": "Triage incoming support tickets."
     *     }
     */
    WorkflowUpdateRequest: {
      /** @description New display name. */
      display_name?: string | null;
      /** @description New description. */
      description?: string | null;
      /** @description Whether the workflow can be used from the chat assistant. */
      available_in_chat_assistant?: boolean | null;
      /** @description New tags, replacing the current ones. */
      tags?: string[] | null;
    };
    /**
     * WorkflowUpdateResponse
     * @description The workflow after the update.
     * @example {
     *       "workflow": {
     *         "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
     *         "name": "support-workflow",
     *         "display_name": "Support workflow",
     *         "type": "code",
     *         "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
     *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
     *       }
     *     }
     */
    WorkflowUpdateResponse: {
      /** @description The updated workflow. */
      workflow: components["schemas"]["Workflow"];
    };
    /**
     * WorkflowArchiveResponse
     * @description The workflow after it was archived.
     * @example {
     *       "workflow": {
     *         "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
     *         "name": "support-workflow",
     *         "display_name": "Support workflow",
     *         "type": "code",
     *         "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
     *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
     *       }
     *     }
     */
    WorkflowArchiveResponse: {
      /** @description The archived workflow. */
      workflow: components["schemas"]["Workflow"];
    };
    /**
     * WorkflowUnarchiveResponse
     * @description The workflow after it was unarchived.
     * @example {
     *       "workflow": {
     *         "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
     *         "name": "support-workflow",
     *         "display_name": "Support workflow",
     *         "type": "code",
     *         "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
     *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
     *       }
     *     }
     */
    WorkflowUnarchiveResponse: {
      /** @description The unarchived workflow. */
      workflow: components["schemas"]["Workflow"];
    };
    /**
     * ScheduleRange
     * @description A range of integer values of one calendar field (second, hour, month…). `start` alone is a
     *     single value; `end` (inclusive) and `step` widen it to a stepped range.
     * @example {
     *       "start": 9,
     *       "end": 17,
     *       "step": 2
     *     }
     */
    ScheduleRange: {
      /** @description First value of the range. */
      start: number;
      /**
       * @description Last value of the range, inclusive. `0` or a value below `start` means `start`.
       * @default 0
       */
      end?: number;
      /**
       * @description Distance between two values of the range. `0` means `1`.
       * @default 0
       */
      step?: number;
    };
    /**
     * ScheduleCalendar
     * @description Calendar-based times (as in Temporal's calendar spec): a time matches when each field
     *     matches one of its ranges.
     * @example {
     *       "hour": [
     *         {
     *           "start": 9
     *         }
     *       ],
     *       "day_of_week": [
     *         {
     *           "start": 1,
     *           "end": 5
     *         }
     *       ],
     *       "comment": "Weekdays at 09:00"
     *     }
     */
    ScheduleCalendar: {
      /**
       * @description Seconds of the minute (0-59).
       * @default [
       *       {
       *         "start": 0,
       *         "end": 0,
       *         "step": 0
       *       }
       *     ]
       */
      second?: components["schemas"]["ScheduleRange"][];
      /**
       * @description Minutes of the hour (0-59).
       * @default [
       *       {
       *         "start": 0,
       *         "end": 0,
       *         "step": 0
       *       }
       *     ]
       */
      minute?: components["schemas"]["ScheduleRange"][];
      /**
       * @description Hours of the day (0-23).
       * @default [
       *       {
       *         "start": 0,
       *         "end": 0,
       *         "step": 0
       *       }
       *     ]
       */
      hour?: components["schemas"]["ScheduleRange"][];
      /**
       * @description Days of the month (1-31).
       * @default [
       *       {
       *         "start": 1,
       *         "end": 31,
       *         "step": 0
       *       }
       *     ]
       */
      day_of_month?: components["schemas"]["ScheduleRange"][];
      /**
       * @description Months of the year (1-12).
       * @default [
       *       {
       *         "start": 1,
       *         "end": 12,
       *         "step": 0
       *       }
       *     ]
       */
      month?: components["schemas"]["ScheduleRange"][];
      /**
       * @description Years.
       * @default []
       */
      year?: components["schemas"]["ScheduleRange"][];
      /**
       * @description Days of the week (0-6, Sunday is 0).
       * @default [
       *       {
       *         "start": 0,
       *         "end": 6,
       *         "step": 0
       *       }
       *     ]
       */
      day_of_week?: components["schemas"]["ScheduleRange"][];
      /** @description Free-form description of this calendar entry. */
      comment?: string | null;
    };
    /**
     * ScheduleInterval
     * @description Times at a fixed period, optionally shifted by an offset (durations in ISO 8601, e.g. `PT1H`).
     * @example {
     *       "every": "PT1H",
     *       "offset": "PT15M"
     *     }
     */
    ScheduleInterval: {
      /**
       * Format: duration
       * @description Period between two matching times.
       */
      every: string;
      /**
       * Format: duration
       * @description Shift applied to each period's start.
       */
      offset?: string | null;
    };
    /**
     * ScheduleOverlapPolicy
     * @description What to do when the schedule fires while a previous execution is still running (Temporal's
     *     values): `1` skip, `2` buffer one, `3` buffer all, `4` cancel the running one, `5` terminate
     *     the running one, `6` allow all.
     * @enum {integer}
     */
    ScheduleOverlapPolicy: 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * SchedulePolicy
     * @description How the schedule behaves on overlaps, failures and missed times.
     */
    SchedulePolicy: {
      /**
       * @description How far back, in seconds, missed times are still run after the scheduler was unavailable.
       * @default 31536000
       */
      catchup_window_seconds?: number;
      /** @default 1 */
      overlap?: components["schemas"]["ScheduleOverlapPolicy"];
      /**
       * @description Pause the schedule when an execution it started fails.
       * @default false
       */
      pause_on_failure?: boolean;
    };
    /**
     * ScheduleFutureExecution
     * @description An upcoming time at which the schedule will start an execution.
     */
    ScheduleFutureExecution: {
      /**
       * Format: date-time
       * @description When the execution is due to start.
       */
      scheduled_at: string;
    };
    /**
     * ScheduleRecentExecution
     * @description An execution the schedule started.
     */
    ScheduleRecentExecution: {
      /**
       * Format: date-time
       * @description When the execution was due to start.
       */
      scheduled_at: string;
      /**
       * Format: date-time
       * @description When the execution actually started.
       */
      started_at: string;
      /** @description ID of the execution that was started. */
      execution_id: string;
    };
    /**
     * ScheduleDefinitionOutput
     * @description A schedule as returned by the API, with its identifier, target and current state.
     * @example {
     *       "input": "Example input.",
     *       "paused": false,
     *       "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
     *       "workflow_name": "support-workflow"
     *     }
     */
    ScheduleDefinitionOutput: {
      /** @description Input passed to the workflow at each execution (any JSON value). */
      input: unknown;
      /** @description Calendar-based times. */
      calendars?: components["schemas"]["ScheduleCalendar"][];
      /** @description Interval-based times. */
      intervals?: components["schemas"]["ScheduleInterval"][];
      /** @description Cron-based times. */
      cron_expressions?: string[];
      /** @description Calendar times at which the schedule does not fire. */
      skip?: components["schemas"]["ScheduleCalendar"][];
      /**
       * Format: date-time
       * @description No execution is started before this time.
       */
      start_at?: string | null;
      /**
       * Format: date-time
       * @description No execution is started after this time.
       */
      end_at?: string | null;
      /**
       * Format: duration
       * @description Upper bound of a random delay added to each scheduled time.
       */
      jitter?: string | null;
      /** @description IANA time zone name, e.g. `US/Central`. */
      time_zone_name?: string | null;
      policy?: components["schemas"]["SchedulePolicy"];
      /** @description Identifier of the schedule. */
      schedule_id: string;
      /**
       * @description Executions left before the schedule stops firing: `null` when unlimited, `0` when the
       *     limit is reached.
       */
      remaining_executions?: number | null;
      /** @description Name of the workflow the schedule starts. */
      workflow_name: string;
      /** @description Name of the deployment the schedule's executions are routed to. */
      deployment_name?: string | null;
      /** @description Whether the schedule is paused. */
      paused: boolean;
      /** @description Note recorded with the latest pause or resume. */
      note?: string | null;
      /** @description The next (up to 10) scheduled times, earliest first. */
      future_executions?: components["schemas"]["ScheduleFutureExecution"][];
      /** @description The latest (up to 10) executions started by the schedule, newest last. */
      recent_executions?: components["schemas"]["ScheduleRecentExecution"][];
    };
    /**
     * WorkflowScheduleListResponse
     * @description One page of schedules.
     * @example {
     *       "schedules": [
     *         {
     *           "input": "Example input.",
     *           "paused": false,
     *           "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
     *           "workflow_name": "support-workflow"
     *         }
     *       ]
     *     }
     */
    WorkflowScheduleListResponse: {
      /** @description The schedules of this page. */
      schedules: components["schemas"]["ScheduleDefinitionOutput"][];
      /** @description Token of the next page; absent or `null` on the last page. */
      next_page_token?: string | null;
    };
    /**
     * ScheduleDefinition
     * @description When a schedule fires: the union of `calendars`, `intervals` and `cron_expressions`, minus the
     *     times matched by `skip`. `schedule_id` may be given or left to the server.
     * @example {
     *       "input": "Example input."
     *     }
     */
    ScheduleDefinition: {
      /** @description Input passed to the workflow at each execution (any JSON value). */
      input: unknown;
      /** @description Calendar-based times. */
      calendars?: components["schemas"]["ScheduleCalendar"][];
      /** @description Interval-based times. */
      intervals?: components["schemas"]["ScheduleInterval"][];
      /** @description Cron-based times, e.g. `0 9 * * 1-5`. */
      cron_expressions?: string[];
      /** @description Calendar times at which the schedule does not fire. */
      skip?: components["schemas"]["ScheduleCalendar"][];
      /**
       * Format: date-time
       * @description No execution is started before this time.
       */
      start_at?: string | null;
      /**
       * Format: date-time
       * @description No execution is started after this time.
       */
      end_at?: string | null;
      /**
       * Format: duration
       * @description Upper bound of a random delay added to each scheduled time (never past the next one).
       */
      jitter?: string | null;
      /** @description IANA time zone the calendars and cron expressions are read in, e.g. `US/Central`. */
      time_zone_name?: string | null;
      policy?: components["schemas"]["SchedulePolicy"];
      /** @description Number of executions after which the schedule stops firing; `null` for no limit. */
      max_executions?: number | null;
      /** @description Identifier of the schedule. */
      schedule_id?: string | null;
    };
    /**
     * WorkflowScheduleRequest
     * @description Creates a schedule for a workflow, named by `workflow_identifier` (name or ID) or by
     *     `workflow_registration_id`.
     * @example {
     *       "schedule": {
     *         "input": "Example input."
     *       }
     *     }
     */
    WorkflowScheduleRequest: {
      schedule: components["schemas"]["ScheduleDefinition"];
      /**
       * Format: uuid
       * @description ID of the workflow registration to schedule.
       */
      workflow_registration_id?: string | null;
      /**
       * Format: uuid
       * @description Former name of `workflow_registration_id`.
       */
      workflow_version_id?: string | null;
      /** @description Name or ID of the workflow to schedule. */
      workflow_identifier?: string | null;
      /**
       * @deprecated
       * @description Task queue to route the executions to; replaced by `deployment_name`.
       */
      workflow_task_queue?: string | null;
      /** @description Custom ID for the schedule; a random one is generated when absent. */
      schedule_id?: string | null;
      /** @description Name of the deployment the schedule's executions are routed to. */
      deployment_name?: string | null;
    };
    /**
     * WorkflowScheduleResponse
     * @description The schedule that was created or updated.
     * @example {
     *       "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088"
     *     }
     */
    WorkflowScheduleResponse: {
      /** @description ID of the schedule. */
      schedule_id: string;
    };
    /**
     * PartialScheduleDefinition
     * @description The fields of a schedule to change. Only the fields sent are applied; the others keep their
     *     current value.
     * @example {}
     */
    PartialScheduleDefinition: {
      /** @description Input passed to the workflow at each execution (any JSON value). */
      input?: unknown;
      /** @description Calendar-based times. */
      calendars?: components["schemas"]["ScheduleCalendar"][];
      /** @description Interval-based times. */
      intervals?: components["schemas"]["ScheduleInterval"][];
      /** @description Cron-based times. */
      cron_expressions?: string[];
      /** @description Calendar times at which the schedule does not fire. */
      skip?: components["schemas"]["ScheduleCalendar"][];
      /**
       * Format: date-time
       * @description No execution is started before this time.
       */
      start_at?: string | null;
      /**
       * Format: date-time
       * @description No execution is started after this time.
       */
      end_at?: string | null;
      /**
       * Format: duration
       * @description Upper bound of a random delay added to each scheduled time.
       */
      jitter?: string | null;
      /** @description IANA time zone name, e.g. `US/Central`. */
      time_zone_name?: string | null;
      policy?: components["schemas"]["SchedulePolicy"];
      /** @description Number of executions after which the schedule stops firing; `null` for no limit. */
      max_executions?: number | null;
    };
    /**
     * WorkflowScheduleUpdateRequest
     * @description Changes part of a schedule.
     * @example {
     *       "schedule": {}
     *     }
     */
    WorkflowScheduleUpdateRequest: {
      schedule: components["schemas"]["PartialScheduleDefinition"];
    };
    /**
     * WorkflowSchedulePauseRequest
     * @description Optional details recorded when a schedule is paused or resumed.
     * @example {
     *       "note": "Paused during the maintenance window."
     *     }
     */
    WorkflowSchedulePauseRequest: {
      /** @description Note stored with the new pause state. */
      note?: string | null;
    };
    /**
     * WorkflowScheduleTriggerRequest
     * @description Optional settings of an immediate, out-of-schedule run.
     * @example {
     *       "overlap": 6
     *     }
     */
    WorkflowScheduleTriggerRequest: {
      /** @description Overlap policy for this run only, instead of the schedule's own. */
      overlap?: components["schemas"]["ScheduleOverlapPolicy"] | null;
    };
    /** @description A signal to send to a running execution. */
    SignalInvocationBody: {
      /** @description Name of the signal handler to call. */
      name: string;
      /** @description Input of the signal, matching the handler's input schema; an encoded payload when payload encoding is on. */
      input?:
        | components["schemas"]["NetworkEncodedInput"]
        | {
            [key: string]: unknown;
          }
        | null;
    };
    /** @description The signal was accepted for delivery. */
    SignalWorkflowResponse: {
      /**
       * @description Confirmation message.
       * @default Signal accepted
       */
      message?: string;
    };
    /** @description A query that reads an execution's state. */
    QueryInvocationBody: {
      /** @description Name of the query handler to call. */
      name: string;
      /** @description Input of the query, matching the handler's input schema; an encoded payload when payload encoding is on. */
      input?:
        | components["schemas"]["NetworkEncodedInput"]
        | {
            [key: string]: unknown;
          }
        | null;
    };
    /** @description Result of a query. */
    QueryWorkflowResponse: {
      /** @description Name of the query that was run. */
      query_name: string;
      /** @description Value returned by the query handler. */
      result: unknown;
    };
    /** @description A set of executions to cancel or terminate. */
    BatchExecutionBody: {
      /** @description IDs of the executions to act on. */
      execution_ids: string[];
    };
    /** @description Outcome of a batch operation for one execution. */
    BatchExecutionResult: {
      /** @description Outcome for this execution (`success` or `failure`). */
      status: string;
      /** @description Error message when the operation failed. */
      error?: string | null;
    };
    /** @description Outcome of a batch cancel or terminate. */
    BatchExecutionResponse: {
      /** @description Outcome per execution ID. */
      results?: {
        [key: string]: components["schemas"]["BatchExecutionResult"];
      };
    };
    /** @description Where to reset an execution to; the execution restarts from that history event. */
    ResetInvocationBody: {
      /** @description ID of the history event to reset the execution to. */
      event_id: number;
      /** @description Why the execution is reset. */
      reason?: string | null;
      /**
       * @description Do not replay the signals received after the reset point.
       * @default false
       */
      exclude_signals?: boolean;
      /**
       * @description Do not replay the updates received after the reset point.
       * @default false
       */
      exclude_updates?: boolean;
    };
    /** @description An update that changes a running execution's state and returns a result. */
    UpdateInvocationBody: {
      /** @description Name of the update handler to call. */
      name: string;
      /** @description Input of the update, matching the handler's input schema; an encoded payload when payload encoding is on. */
      input?:
        | components["schemas"]["NetworkEncodedInput"]
        | {
            [key: string]: unknown;
          }
        | null;
    };
    /** @description Result of an update. */
    UpdateWorkflowResponse: {
      /** @description Name of the update that was run. */
      update_name: string;
      /** @description Value returned by the update handler. */
      result: unknown;
    };
    /** @description A string attribute value. */
    TempoTraceAttributeStringValue: {
      /** @description String value. */
      stringValue: string;
    };
    /** @description An integer attribute value. */
    TempoTraceAttributeIntValue: {
      /** @description Integer value, as a decimal string. */
      intValue: string;
    };
    /** @description A boolean attribute value. */
    TempoTraceAttributeBoolValue: {
      /** @description Boolean value. */
      boolValue: boolean;
    };
    /** @description One element of an array attribute value; one of its fields is set. */
    TempoTraceAttributeArrayElement: {
      /** @description A string element. */
      stringValue?: string | null;
      /** @description An integer element, as a decimal string. */
      intValue?: string | null;
      /** @description A floating-point element. */
      doubleValue?: number | null;
      /** @description A boolean element. */
      boolValue?: boolean | null;
    };
    /** @description The elements of an array attribute value. */
    TempoTraceAttributeArrayContainer: {
      /** @description Elements of the array. */
      values?: components["schemas"]["TempoTraceAttributeArrayElement"][];
    };
    /** @description An array attribute value. */
    TempoTraceAttributeArrayValue: {
      arrayValue: components["schemas"]["TempoTraceAttributeArrayContainer"];
    };
    /** @description A key/value attribute of a resource, span or span event. */
    TempoTraceAttribute: {
      /** @description Attribute name. */
      key: string;
      /** @description Attribute value, in OTLP JSON form. */
      value:
        | components["schemas"]["TempoTraceAttributeStringValue"]
        | components["schemas"]["TempoTraceAttributeIntValue"]
        | components["schemas"]["TempoTraceAttributeBoolValue"]
        | components["schemas"]["TempoTraceAttributeArrayValue"];
    };
    /** @description The resource (service) that produced spans. */
    TempoTraceResource: {
      /** @description Attributes of the resource. */
      attributes?: components["schemas"]["TempoTraceAttribute"][];
    };
    /** @description An instrumentation scope. */
    TempoTraceScope: {
      /** @description Name of the instrumentation scope. */
      name: string;
    };
    /**
     * @description OpenTelemetry span kind.
     * @enum {string}
     */
    TempoTraceScopeKind: "SPAN_KIND_INTERNAL" | "SPAN_KIND_SERVER" | "SPAN_KIND_CLIENT";
    /** @description An event recorded on a span. */
    TempoTraceEvent: {
      /** @description Name of the span event. */
      name: string;
      /** @description Time of the event, in nanoseconds since the Unix epoch (decimal string). */
      timeUnixNano: string;
      /** @description Attributes of the event. */
      attributes?: components["schemas"]["TempoTraceAttribute"][];
    };
    /** @description One span of an OpenTelemetry trace. */
    TempoTraceSpan: {
      /** @description Trace ID. */
      traceId: string;
      /** @description Span ID. */
      spanId: string;
      /** @description ID of the parent span; null for a root span. */
      parentSpanId?: string | null;
      /** @description Name of the span. */
      name: string;
      kind: components["schemas"]["TempoTraceScopeKind"];
      /** @description Start time, in nanoseconds since the Unix epoch (decimal string). */
      startTimeUnixNano: string;
      /** @description End time, in nanoseconds since the Unix epoch (decimal string). */
      endTimeUnixNano: string;
      /** @description Attributes of the span. */
      attributes?: components["schemas"]["TempoTraceAttribute"][];
      /** @description Events recorded on the span. */
      events?: components["schemas"]["TempoTraceEvent"][];
    };
    /** @description The spans of one instrumentation scope. */
    TempoTraceScopeSpan: {
      scope: components["schemas"]["TempoTraceScope"];
      /** @description Spans produced by the scope. */
      spans?: components["schemas"]["TempoTraceSpan"][];
    };
    /** @description The spans of one resource. */
    TempoTraceBatch: {
      resource: components["schemas"]["TempoTraceResource"];
      /** @description Spans grouped by instrumentation scope. */
      scopeSpans?: components["schemas"]["TempoTraceScopeSpan"][];
    };
    /** @description A trace in OpenTelemetry (Tempo-compatible OTLP JSON) form, whatever the trace backend. */
    TempoGetTraceResponse: {
      /** @description Spans grouped by resource. */
      batches?: components["schemas"]["TempoTraceBatch"][];
    };
    /** @description An execution with its raw OpenTelemetry trace. */
    WorkflowExecutionTraceOTelResponse: {
      /** @description Name of the workflow. */
      workflow_name: string;
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      workflow_id?: string | null;
      /** @description Name of the deployment that ran the execution. */
      deployment_name?: string | null;
      /** @description ID of the execution. */
      execution_id: string;
      /** @description ID of the parent execution, for a child workflow. */
      parent_execution_id?: string | null;
      /** @description ID of the root execution of the chain. */
      root_execution_id: string;
      /** @description ID of this run of the execution (a UUID). */
      run_id?: string | null;
      /** @description ID of the user who started the execution. */
      user_id?: string | null;
      /** @description Status of the execution. */
      status: components["schemas"]["WorkflowExecutionStatus"] | null;
      /**
       * Format: date-time
       * @description When the execution started.
       */
      start_time: string;
      /**
       * Format: date-time
       * @description When the execution ended; null while it runs.
       */
      end_time: string | null;
      /** @description Total duration of the execution trace, in milliseconds. */
      total_duration_ms?: number | null;
      /** @description Result of the execution once available (any JSON value, null before). */
      result: unknown;
      /** @description Backend the trace was read from. */
      data_source: string;
      /** @description OpenTelemetry trace ID. */
      otel_trace_id?: string | null;
      /** @description The raw trace. */
      otel_trace_data?: components["schemas"]["TempoGetTraceResponse"] | null;
    };
    /** @description An attribute value: a scalar or an array. */
    WorkflowExecutionTraceSummaryAttributesValues: string | number | boolean | unknown[] | null;
    /**
     * @description Kind of trace event: a point event or a progress event with a duration and status.
     * @enum {string}
     */
    EventType: "EVENT" | "EVENT_PROGRESS";
    /** @description A point event of an execution trace. */
    WorkflowExecutionTraceEvent: {
      /** @default EVENT */
      type?: components["schemas"]["EventType"];
      /** @description Name of the event. */
      name: string;
      /** @description ID of the event. */
      id: string;
      /** @description Time of the event, in nanoseconds since the Unix epoch. */
      timestamp_unix_nano: number;
      /** @description Attributes, by name. */
      attributes: {
        [key: string]: components["schemas"]["WorkflowExecutionTraceSummaryAttributesValues"];
      };
      /**
       * @description Whether the event is internal to the workflow engine.
       * @default false
       */
      internal?: boolean;
    };
    /** @description A span of the summarised trace, with its children. */
    WorkflowExecutionTraceSummarySpan: {
      /** @description ID of the span. */
      span_id: string;
      /** @description Name of the span. */
      name: string;
      /** @description Start time, in nanoseconds since the Unix epoch. */
      start_time_unix_nano: number;
      /** @description End time, in nanoseconds since the Unix epoch; null while open. */
      end_time_unix_nano: number | null;
      /** @description Attributes, by name. */
      attributes: {
        [key: string]: components["schemas"]["WorkflowExecutionTraceSummaryAttributesValues"];
      };
      /** @description Events of the span. */
      events: components["schemas"]["WorkflowExecutionTraceEvent"][];
      /** @description Child spans. */
      children?: components["schemas"]["WorkflowExecutionTraceSummarySpan"][];
    };
    /** @description An execution with its trace summarised as a span tree. */
    WorkflowExecutionTraceSummaryResponse: {
      /** @description Name of the workflow. */
      workflow_name: string;
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      workflow_id?: string | null;
      /** @description Name of the deployment that ran the execution. */
      deployment_name?: string | null;
      /** @description ID of the execution. */
      execution_id: string;
      /** @description ID of the parent execution, for a child workflow. */
      parent_execution_id?: string | null;
      /** @description ID of the root execution of the chain. */
      root_execution_id: string;
      /** @description ID of this run of the execution (a UUID). */
      run_id?: string | null;
      /** @description ID of the user who started the execution. */
      user_id?: string | null;
      /** @description Status of the execution. */
      status: components["schemas"]["WorkflowExecutionStatus"] | null;
      /**
       * Format: date-time
       * @description When the execution started.
       */
      start_time: string;
      /**
       * Format: date-time
       * @description When the execution ended; null while it runs.
       */
      end_time: string | null;
      /** @description Total duration of the execution trace, in milliseconds. */
      total_duration_ms?: number | null;
      /** @description Result of the execution once available (any JSON value, null before). */
      result: unknown;
      /** @description Root span of the trace. */
      span_tree?: components["schemas"]["WorkflowExecutionTraceSummarySpan"] | null;
    };
    /**
     * @description Status of a progress event.
     * @enum {string}
     */
    EventProgressStatus: "RUNNING" | "COMPLETED" | "FAILED";
    /** @description A trace event with a duration and a status (e.g. a running task). */
    WorkflowExecutionProgressTraceEvent: {
      /** @default EVENT_PROGRESS */
      type?: components["schemas"]["EventType"];
      /** @description Name of the event. */
      name: string;
      /** @description ID of the event. */
      id: string;
      /** @description Time of the event, in nanoseconds since the Unix epoch. */
      timestamp_unix_nano: number;
      /** @description Attributes, by name. */
      attributes: {
        [key: string]: components["schemas"]["WorkflowExecutionTraceSummaryAttributesValues"];
      };
      /**
       * @description Whether the event is internal to the workflow engine.
       * @default false
       */
      internal?: boolean;
      /** @default RUNNING */
      status?: components["schemas"]["EventProgressStatus"];
      /** @description Start time, in milliseconds since the Unix epoch. */
      start_time_unix_ms: number;
      /** @description End time, in milliseconds since the Unix epoch; null while running. */
      end_time_unix_ms?: number | null;
      /** @description Error message, if the event failed. */
      error?: string | null;
    };
    /** @description An execution with the events of its trace. */
    WorkflowExecutionTraceEventsResponse: {
      /** @description Name of the workflow. */
      workflow_name: string;
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      workflow_id?: string | null;
      /** @description Name of the deployment that ran the execution. */
      deployment_name?: string | null;
      /** @description ID of the execution. */
      execution_id: string;
      /** @description ID of the parent execution, for a child workflow. */
      parent_execution_id?: string | null;
      /** @description ID of the root execution of the chain. */
      root_execution_id: string;
      /** @description ID of this run of the execution (a UUID). */
      run_id?: string | null;
      /** @description ID of the user who started the execution. */
      user_id?: string | null;
      /** @description Status of the execution. */
      status: components["schemas"]["WorkflowExecutionStatus"] | null;
      /**
       * Format: date-time
       * @description When the execution started.
       */
      start_time: string;
      /**
       * Format: date-time
       * @description When the execution ended; null while it runs.
       */
      end_time: string | null;
      /** @description Total duration of the execution trace, in milliseconds. */
      total_duration_ms?: number | null;
      /** @description Result of the execution once available (any JSON value, null before). */
      result: unknown;
      /** @description Events of the execution, in order. */
      events?: (
        | components["schemas"]["WorkflowExecutionProgressTraceEvent"]
        | components["schemas"]["WorkflowExecutionTraceEvent"]
      )[];
    };
    /** @description Whether an execution has trace data, and its trace ID. */
    ExecutionTraceInfoResponse: {
      /** @description OpenTelemetry trace ID of the execution, if known. */
      otel_trace_id?: string | null;
      /**
       * @description Whether the trace backend holds data for this execution.
       * @default false
       */
      has_trace_data?: boolean;
    };
    /**
     * @description Where an execution stream reads its events from: the stored history (`DATABASE`), the live broker (`LIVE`), or stored history followed by live events (`HYBRID`).
     * @enum {string}
     */
    EventSource: "DATABASE" | "LIVE" | "HYBRID";
    /** @description A JSON payload: a complete state snapshot, an input or a result. */
    JSONPayloadResponse: {
      /**
       * @description Payload kind: a plain JSON value. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "json";
      /** @description The JSON value (base64 text when encoded). */
      value: unknown;
      /** @description Encodings applied to the payload (e.g. encryption); `value` is then base64-encoded data. */
      encoding_options?: components["schemas"]["EncodedPayloadOptions"][] | null;
    };
    /** @description Attributes of a WORKFLOW_EXECUTION_STARTED event. */
    WorkflowExecutionStartedAttributesResponse: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Registered name of the workflow. */
      workflow_name: string;
      /** @description Display name of the workflow, if it has one. */
      display_name?: string | null;
      /** @description Input the workflow was started with. */
      input: components["schemas"]["JSONPayloadResponse"];
      /**
       * @description Workflow attempt: 1 on the first run and after continue-as-new, more on workflow-level retries.
       * @default 1
       */
      attempt?: number;
    };
    /** @description A workflow execution started; the first event of every execution. */
    WorkflowExecutionStartedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_EXECUTION_STARTED";
      attributes: components["schemas"]["WorkflowExecutionStartedAttributesResponse"];
    };
    /** @description Attributes of a WORKFLOW_EXECUTION_COMPLETED event. */
    WorkflowExecutionCompletedAttributesResponse: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Result returned by the workflow. */
      result: components["schemas"]["JSONPayloadResponse"];
      /**
       * @description Workflow attempt: 1 on the first run and after continue-as-new, more on workflow-level retries.
       * @default 1
       */
      attempt?: number;
    };
    /** @description A workflow execution finished successfully (terminal). */
    WorkflowExecutionCompletedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_EXECUTION_COMPLETED";
      attributes: components["schemas"]["WorkflowExecutionCompletedAttributesResponse"];
    };
    /** @description An error raised while running a workflow, task or activity. */
    Failure: {
      /** @description Human-readable description of the failure. */
      message: string;
    };
    /** @description Attributes of a WORKFLOW_EXECUTION_FAILED event. */
    WorkflowExecutionFailedAttributes: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Why the workflow failed. */
      failure: components["schemas"]["Failure"];
      /**
       * @description Workflow attempt: 1 on the first run and after continue-as-new, more on workflow-level retries.
       * @default 1
       */
      attempt?: number;
    };
    /** @description A workflow execution ended with an unhandled error (terminal). */
    WorkflowExecutionFailedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_EXECUTION_FAILED";
      attributes: components["schemas"]["WorkflowExecutionFailedAttributes"];
    };
    /** @description Attributes of a WORKFLOW_EXECUTION_CANCELED event. */
    WorkflowExecutionCanceledAttributes: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Reason given for the cancellation, if any. */
      reason?: string | null;
      /** @default 1 */
      attempt?: number;
    };
    /** @description A workflow execution was canceled (terminal). */
    WorkflowExecutionCanceledResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_EXECUTION_CANCELED";
      attributes: components["schemas"]["WorkflowExecutionCanceledAttributes"];
    };
    /** @description Attributes of a WORKFLOW_EXECUTION_CONTINUED_AS_NEW event. */
    WorkflowExecutionContinuedAsNewAttributesResponse: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Run ID of the new run that continues the workflow. */
      new_execution_run_id: string;
      /** @description Registered name of the continued workflow. */
      workflow_name: string;
      /** @description Input passed to the new run. */
      input: components["schemas"]["JSONPayloadResponse"];
    };
    /** @description A workflow execution continued as a new run, with a fresh history. */
    WorkflowExecutionContinuedAsNewResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_EXECUTION_CONTINUED_AS_NEW";
      attributes: components["schemas"]["WorkflowExecutionContinuedAsNewAttributesResponse"];
    };
    /** @description Attributes of a WORKFLOW_TASK_TIMED_OUT event. */
    WorkflowTaskTimedOutAttributes: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Which timeout fired (e.g. `START_TO_CLOSE`, `SCHEDULE_TO_START`). */
      timeout_type?: string | null;
    };
    /** @description A workflow task timed out. */
    WorkflowTaskTimedOutResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_TASK_TIMED_OUT";
      attributes: components["schemas"]["WorkflowTaskTimedOutAttributes"];
    };
    /** @description Attributes of a WORKFLOW_TASK_FAILED event. */
    WorkflowTaskFailedAttributes: {
      /** @description ID of the task within the workflow execution. */
      task_id: string;
      /** @description Why the workflow task failed. */
      failure: components["schemas"]["Failure"];
    };
    /** @description A workflow task failed. */
    WorkflowTaskFailedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "WORKFLOW_TASK_FAILED";
      attributes: components["schemas"]["WorkflowTaskFailedAttributes"];
    };
    /** @description Attributes of a CUSTOM_TASK_STARTED event. */
    CustomTaskStartedAttributesResponse: {
      /** @description ID of the custom task within the workflow. */
      custom_task_id: string;
      /** @description Kind of custom task, chosen by the workflow author (e.g. `llm_call`). */
      custom_task_type: string;
      /** @description Initial state of the task. */
      payload?: components["schemas"]["JSONPayloadResponse"];
    };
    /** @description A custom task (a unit of work defined by the workflow, such as an LLM call) started. */
    CustomTaskStartedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "CUSTOM_TASK_STARTED";
      attributes: components["schemas"]["CustomTaskStartedAttributesResponse"];
    };
    /** @description Adds a value at `path`. */
    JSONPatchAdd: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: "add";
      /** @description JSON Pointer (RFC 6901) to the target location; `""` or `/` for the root. */
      path: string;
      /** @description Value to add. */
      value: unknown;
    };
    /**
     * EncryptedPatchValue
     * @description An encrypted patch value (partial payload encryption); `type` tells it apart from user data.
     */
    EncryptedPatchValue: {
      /**
       * @description Marks the value as encrypted.
       * @constant
       */
      type: "__encrypted__";
      /** @description The encrypted value, encoded as a string. */
      value: string;
    };
    /** @description Appends text to the string at `path` (an extension of JSON Patch for token streaming). */
    JSONPatchAppend: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: "append";
      /** @description JSON Pointer (RFC 6901) to the target location; `""` or `/` for the root. */
      path: string;
      /** @description Text appended to the string at `path`. */
      value: string | components["schemas"]["EncryptedPatchValue"];
    };
    /** @description Removes the value at `path`. */
    JSONPatchRemove: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: "remove";
      /** @description JSON Pointer (RFC 6901) to the target location; `""` or `/` for the root. */
      path: string;
      /** @description Unused by the operation. */
      value: unknown;
    };
    /** @description Replaces the value at `path`. */
    JSONPatchReplace: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: "replace";
      /** @description JSON Pointer (RFC 6901) to the target location; `""` or `/` for the root. */
      path: string;
      /** @description Replacement value. */
      value: unknown;
    };
    /** @description One JSON Patch operation, told apart by `op`. */
    JSONPatch:
      | components["schemas"]["JSONPatchAdd"]
      | components["schemas"]["JSONPatchAppend"]
      | components["schemas"]["JSONPatchRemove"]
      | components["schemas"]["JSONPatchReplace"];
    /** @description An incremental update of a task state, as JSON Patch operations. */
    JSONPatchPayloadResponse: {
      /**
       * @description Payload kind: a list of JSON Patch operations. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "json_patch";
      /** @description The operations to apply in order (base64 text when encoded). */
      value: components["schemas"]["JSONPatch"][] | string;
      /** @description Encodings applied to the payload (e.g. encryption); `value` is then base64-encoded data. */
      encoding_options?: components["schemas"]["EncodedPayloadOptions"][] | null;
    };
    /** @description Attributes of a CUSTOM_TASK_IN_PROGRESS event. */
    CustomTaskInProgressAttributesResponse: {
      /** @description ID of the custom task within the workflow. */
      custom_task_id: string;
      /** @description Kind of custom task, chosen by the workflow author (e.g. `llm_call`). */
      custom_task_type: string;
      /** @description Current state of the task (`json`) or an incremental update of it (`json_patch`). */
      payload:
        components["schemas"]["JSONPayloadResponse"] | components["schemas"]["JSONPatchPayloadResponse"];
    };
    /** @description Progress of a running custom task, as a full state or a JSON Patch update. */
    CustomTaskInProgressResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "CUSTOM_TASK_IN_PROGRESS";
      attributes: components["schemas"]["CustomTaskInProgressAttributesResponse"];
    };
    /** @description Attributes of a CUSTOM_TASK_COMPLETED event. */
    CustomTaskCompletedAttributesResponse: {
      /** @description ID of the custom task within the workflow. */
      custom_task_id: string;
      /** @description Kind of custom task, chosen by the workflow author (e.g. `llm_call`). */
      custom_task_type: string;
      /** @description Final result of the task. */
      payload: components["schemas"]["JSONPayloadResponse"];
    };
    /** @description A custom task completed. */
    CustomTaskCompletedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "CUSTOM_TASK_COMPLETED";
      attributes: components["schemas"]["CustomTaskCompletedAttributesResponse"];
    };
    /** @description Attributes of a CUSTOM_TASK_FAILED event. */
    CustomTaskFailedAttributes: {
      /** @description ID of the custom task within the workflow. */
      custom_task_id: string;
      /** @description Kind of custom task, chosen by the workflow author (e.g. `llm_call`). */
      custom_task_type: string;
      /** @description Why the task failed. */
      failure: components["schemas"]["Failure"];
    };
    /** @description A custom task failed. */
    CustomTaskFailedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "CUSTOM_TASK_FAILED";
      attributes: components["schemas"]["CustomTaskFailedAttributes"];
    };
    /** @description Attributes of a CUSTOM_TASK_TIMED_OUT event. */
    CustomTaskTimedOutAttributes: {
      /** @description ID of the custom task within the workflow. */
      custom_task_id: string;
      /** @description Kind of custom task, chosen by the workflow author (e.g. `llm_call`). */
      custom_task_type: string;
      /** @description Which timeout fired. */
      timeout_type?: string | null;
    };
    /** @description A custom task did not finish within its time limit. */
    CustomTaskTimedOutResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "CUSTOM_TASK_TIMED_OUT";
      attributes: components["schemas"]["CustomTaskTimedOutAttributes"];
    };
    /** @description Attributes of a CUSTOM_TASK_CANCELED event. */
    CustomTaskCanceledAttributes: {
      /** @description ID of the custom task within the workflow. */
      custom_task_id: string;
      /** @description Kind of custom task, chosen by the workflow author (e.g. `llm_call`). */
      custom_task_type: string;
      /** @description Reason given for the cancellation, if any. */
      reason?: string | null;
    };
    /** @description A custom task was stopped before completing. */
    CustomTaskCanceledResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "CUSTOM_TASK_CANCELED";
      attributes: components["schemas"]["CustomTaskCanceledAttributes"];
    };
    /** @description Attributes of an ACTIVITY_TASK_STARTED event. */
    ActivityTaskStartedAttributesResponse: {
      /** @description ID of the activity task within the workflow execution. */
      task_id: string;
      /** @description Registered name of the activity. */
      activity_name: string;
      /** @description Arguments passed to the activity. */
      input: components["schemas"]["JSONPayloadResponse"];
    };
    /** @description An activity started (first attempt only; retries emit ACTIVITY_TASK_RETRYING). */
    ActivityTaskStartedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "ACTIVITY_TASK_STARTED";
      attributes: components["schemas"]["ActivityTaskStartedAttributesResponse"];
    };
    /** @description Attributes of an ACTIVITY_TASK_COMPLETED event. */
    ActivityTaskCompletedAttributesResponse: {
      /** @description ID of the activity task within the workflow execution. */
      task_id: string;
      /** @description Registered name of the activity. */
      activity_name: string;
      /** @description Value returned by the activity. */
      result: components["schemas"]["JSONPayloadResponse"];
    };
    /** @description An activity completed. */
    ActivityTaskCompletedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "ACTIVITY_TASK_COMPLETED";
      attributes: components["schemas"]["ActivityTaskCompletedAttributesResponse"];
    };
    /** @description Attributes of an ACTIVITY_TASK_RETRYING event. */
    ActivityTaskRetryingAttributes: {
      /** @description ID of the activity task within the workflow execution. */
      task_id: string;
      /** @description Registered name of the activity. */
      activity_name: string;
      /** @description The attempt that failed, counted from 1. */
      attempt: number;
      /** @description Why the attempt failed. */
      failure: components["schemas"]["Failure"];
    };
    /** @description An activity attempt failed and will be retried. */
    ActivityTaskRetryingResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "ACTIVITY_TASK_RETRYING";
      attributes: components["schemas"]["ActivityTaskRetryingAttributes"];
    };
    /** @description Attributes of an ACTIVITY_TASK_FAILED event (the activity gave up after its retries). */
    ActivityTaskFailedAttributes: {
      /** @description ID of the activity task within the workflow execution. */
      task_id: string;
      /** @description Registered name of the activity. */
      activity_name: string;
      /** @description The last attempt, counted from 1. */
      attempt: number;
      /** @description Why the activity failed. */
      failure: components["schemas"]["Failure"];
    };
    /** @description An activity failed for good, after its retries (terminal for the activity). */
    ActivityTaskFailedResponse: {
      /** @description Unique ID of the event. */
      event_id: string;
      /** @description Creation time of the event, in nanoseconds since the Unix epoch. */
      event_timestamp: number;
      /** @description Execution ID of the root workflow of the execution chain. */
      root_workflow_exec_id: string;
      /** @description Execution ID of the parent workflow; null for a root workflow. */
      parent_workflow_exec_id: string | null;
      /** @description Run ID this run continued from; set on continue-as-new runs. */
      continued_run_id: string | null;
      /** @description Run ID of the first run of the chain; equals `workflow_run_id` on a fresh start and is kept by continue-as-new, retry and reset runs. */
      first_execution_run_id: string | null;
      /** @description ID of the schedule that started the execution, if any. */
      schedule_id: string | null;
      /** @description Execution ID of the workflow that emitted the event. */
      workflow_exec_id: string;
      /** @description Run ID of the emitting execution; changes on continue-as-new while the execution ID stays. */
      workflow_run_id: string;
      /** @description Registered name of the workflow that emitted the event. */
      workflow_name: string;
      /**
       * @description Event type; tells the event kinds apart. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      event_type: "ACTIVITY_TASK_FAILED";
      attributes: components["schemas"]["ActivityTaskFailedAttributes"];
    };
    /** @description A workflow event, one of 17 kinds told apart by `event_type`. */
    WorkflowEvent:
      | components["schemas"]["WorkflowExecutionStartedResponse"]
      | components["schemas"]["WorkflowExecutionCompletedResponse"]
      | components["schemas"]["WorkflowExecutionFailedResponse"]
      | components["schemas"]["WorkflowExecutionCanceledResponse"]
      | components["schemas"]["WorkflowExecutionContinuedAsNewResponse"]
      | components["schemas"]["WorkflowTaskTimedOutResponse"]
      | components["schemas"]["WorkflowTaskFailedResponse"]
      | components["schemas"]["CustomTaskStartedResponse"]
      | components["schemas"]["CustomTaskInProgressResponse"]
      | components["schemas"]["CustomTaskCompletedResponse"]
      | components["schemas"]["CustomTaskFailedResponse"]
      | components["schemas"]["CustomTaskTimedOutResponse"]
      | components["schemas"]["CustomTaskCanceledResponse"]
      | components["schemas"]["ActivityTaskStartedResponse"]
      | components["schemas"]["ActivityTaskCompletedResponse"]
      | components["schemas"]["ActivityTaskRetryingResponse"]
      | components["schemas"]["ActivityTaskFailedResponse"];
    /** @description The workflow an event on a stream comes from. */
    StreamEventWorkflowContext: {
      /** @description Namespace the workflow runs in. */
      namespace: string;
      /** @description Registered name of the workflow. */
      workflow_name: string;
      /** @description Execution ID of the workflow. */
      workflow_exec_id: string;
      /** @description Execution ID of the parent workflow, if any. */
      parent_workflow_exec_id?: string | null;
      /** @description Execution ID of the root workflow, if any. */
      root_workflow_exec_id?: string | null;
    };
    /** @description One event of a workflow event stream. */
    StreamEventSsePayload: {
      /** @description Name of the stream (topic) the event was published on. */
      stream: string;
      /**
       * Format: date-time
       * @description When the event was published.
       */
      timestamp?: string;
      data: components["schemas"]["WorkflowEvent"];
      workflow_context: components["schemas"]["StreamEventWorkflowContext"];
      /** @description Metadata attached to the event. */
      metadata?: {
        [key: string]: unknown;
      };
      /** @description Position of the event on the broker: increasing, never reused; pass it plus one as `start_seq` to resume. */
      broker_sequence: number;
    };
    /** @description Payload of the `error` event that ends a workflow event stream after HTTP 200. */
    WorkflowStreamError: {
      /** @description What went wrong. */
      error: string;
      /** @description Error category; values seen: `read_error`, `stream_error`, `internal_error`. */
      reason: string;
    };
    /**
     * @description The JSON in the `data:` field of one event of a workflow event stream.
     *
     *     - Every event except `error` carries a StreamEventSsePayload; its SSE `id` can be sent back to resume.
     *     - An event named `error` carries a WorkflowStreamError (`{"error", "reason"}`) and ends the stream.
     */
    WorkflowEventStreamData:
      components["schemas"]["StreamEventSsePayload"] | components["schemas"]["WorkflowStreamError"];
    /** @description One log line of an execution. */
    ExecutionLogRecord: {
      /**
       * Format: date-time
       * @description When the line was logged.
       */
      timestamp: string;
      /** @description Trace ID of the log record. */
      trace_id: string;
      /** @description Span ID of the log record. */
      span_id: string;
      /** @description Severity (e.g. `INFO`, `ERROR`). */
      severity_text: string;
      /** @description The log message. */
      body: string;
      /** @description Attributes of the record. */
      log_attributes: {
        [key: string]: string;
      };
    };
    /** @description A page of execution logs. */
    ExecutionLogSearchResponse: {
      /** @description Log records of this page. */
      results: components["schemas"]["ExecutionLogRecord"][];
      /** @description Cursor of the next page (it keeps the time window and order); null at the end. */
      next_cursor?: string | null;
    };
    /** @description Payload of the `error` event that ends a log stream. */
    StreamError: {
      /** @description What went wrong. */
      error: string;
      /** @description Error category. */
      reason: string;
    };
    /**
     * @description The JSON in the `data:` field of one event of an execution log stream.
     *
     *     - `log` events carry an ExecutionLogRecord; their SSE `id` is the cursor to resume after them (send it as `Last-Event-ID` or `last_event_id`).
     *     - An `error` event carries a StreamError and ends the stream.
     */
    ExecutionLogStreamData:
      components["schemas"]["ExecutionLogRecord"] | components["schemas"]["StreamError"];
    /**
     * @description Type of a workflow event.
     * @enum {string}
     */
    WorkflowEventType:
      | "WORKFLOW_EXECUTION_STARTED"
      | "WORKFLOW_EXECUTION_COMPLETED"
      | "WORKFLOW_EXECUTION_FAILED"
      | "WORKFLOW_EXECUTION_CANCELED"
      | "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
      | "WORKFLOW_TASK_TIMED_OUT"
      | "WORKFLOW_TASK_FAILED"
      | "CUSTOM_TASK_STARTED"
      | "CUSTOM_TASK_IN_PROGRESS"
      | "CUSTOM_TASK_COMPLETED"
      | "CUSTOM_TASK_FAILED"
      | "CUSTOM_TASK_TIMED_OUT"
      | "CUSTOM_TASK_CANCELED"
      | "ACTIVITY_TASK_STARTED"
      | "ACTIVITY_TASK_COMPLETED"
      | "ACTIVITY_TASK_RETRYING"
      | "ACTIVITY_TASK_FAILED";
    /** @description A page of workflow events. */
    ListWorkflowEventResponse: {
      /** @description The events of this page. */
      events: components["schemas"]["WorkflowEvent"][];
      /** @description Cursor of the next page; null when there is none. */
      next_cursor?: string | null;
    };
    /**
     * LocationType
     * @description Kind of place a deployment or worker runs in. Newer values may appear.
     * @enum {string}
     */
    LocationType: "local" | "k8s" | "managed";
    /**
     * DeploymentLocation
     * @description Where a deployment or worker runs.
     */
    DeploymentLocation: {
      location_type: components["schemas"]["LocationType"];
      /** @description Kubernetes cluster name, when it runs on Kubernetes. */
      k8s_cluster?: string | null;
      /** @description Kubernetes namespace, when it runs on Kubernetes. */
      k8s_namespace?: string | null;
    };
    /**
     * GitCommitAuthor
     * @description Author of a commit, as the Git host reports it.
     */
    GitCommitAuthor: {
      /** @description Display name of the author. */
      name?: string | null;
      /** @description Account name of the author on the Git host. */
      username?: string | null;
      /** @description Web page of the author on the Git host. */
      html_url?: string | null;
    };
    /**
     * GitCommitMetadata
     * @description The commit a managed deployment's image was built from.
     */
    GitCommitMetadata: {
      /** @description Commit hash. */
      sha: string;
      /** @description Commit message. */
      message?: string | null;
      /** @description Author of the commit. */
      author?: components["schemas"]["GitCommitAuthor"] | null;
      /** @description Web page of the commit on the Git host. */
      html_url?: string | null;
    };
    /**
     * DeploymentKoyebBackendSpec
     * @description Worker configuration for the Koyeb backend (the default for a new deployment).
     */
    DeploymentKoyebBackendSpec: {
      /**
       * @description Runs the worker on Koyeb. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "koyeb";
      /** @description Docker build context, as a path in the repository; the root by default. */
      build_directory?: string | null;
      /** @description Dockerfile, relative to `build_directory`; `Dockerfile` by default. */
      dockerfile_path?: string | null;
    };
    /**
     * DeploymentK8sBackendSpec
     * @description Worker configuration for the Kubernetes backend.
     */
    DeploymentK8sBackendSpec: {
      /**
       * @description Runs the worker on Kubernetes. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "kubernetes";
      /** @description A `module:function` reference (e.g. `worker:main`) or a `.py` script relative to `working_dir`. */
      entrypoint?: string | null;
      /** @description Directory of the repository holding the worker's `pyproject.toml`. */
      working_dir?: string | null;
    };
    /**
     * DeploymentWorkerSpecResponse
     * @description What a managed deployment builds and runs, as the service holds it.
     */
    DeploymentWorkerSpecResponse: {
      /** @description GitHub repository holding the worker's code. */
      github_url: string;
      /**
       * @description Kind of workload.
       * @default workflows_worker
       */
      type?: string;
      /** @description Branch, tag or commit to build. */
      revision?: string | null;
      /** @description Command that starts the worker. */
      entrypoint?: string | null;
      /** @description Directory of the repository to build from. */
      working_dir?: string | null;
      /** @description When the deployment was last restarted. */
      restarted_at?: string | null;
      /**
       * @deprecated
       * @description Commit the running image was built from.
       */
      commit_sha?: string | null;
      /** @description The commit the running image was built from, when known. */
      commit?: components["schemas"]["GitCommitMetadata"] | null;
      /** @description Where the worker runs (`type`: `koyeb` or `kubernetes`) and its settings there. */
      backend_spec:
        | components["schemas"]["DeploymentKoyebBackendSpec"]
        | components["schemas"]["DeploymentK8sBackendSpec"];
    };
    /**
     * DeploymentResourceConfig
     * @description Compute given to a managed deployment.
     */
    DeploymentResourceConfig: {
      /** @description Number of worker replicas. */
      replicas?: number | null;
      /** @description CPU requested per replica (Kubernetes quantity, e.g. `500m`). */
      cpu_request?: string | null;
      /** @description CPU limit per replica. */
      cpu_limit?: string | null;
      /** @description Memory requested per replica (Kubernetes quantity, e.g. `512Mi`). */
      memory_request?: string | null;
      /** @description Memory limit per replica. */
      memory_limit?: string | null;
    };
    /**
     * DeploymentBuildState
     * @description State of the latest image build of a managed deployment.
     */
    DeploymentBuildState: {
      /** @description Phase of the build. */
      phase?: string | null;
      /** @description Commit being built. */
      commit_sha?: string | null;
      /** @description Image the build produces. */
      image?: string | null;
      /** @description Human-readable detail of the build state. */
      message?: string | null;
      /**
       * Format: date-time
       * @description When the build started.
       */
      started_at?: string | null;
      /**
       * Format: date-time
       * @description When the build finished.
       */
      finished_at?: string | null;
    };
    /**
     * DeploymentObservedState
     * @description What the platform currently observes of a managed deployment.
     */
    DeploymentObservedState: {
      /** @description Phase of the deployment's service. */
      phase?: string | null;
      /**
       * @description Replicas available to serve.
       * @default 0
       */
      available_replicas?: number;
      /**
       * @description Replicas ready.
       * @default 0
       */
      ready_replicas?: number;
      /** @description Endpoint of the service, if any. */
      endpoint?: string | null;
      /** @description Human-readable detail of the state. */
      message?: string | null;
      /**
       * Format: date-time
       * @description When the state was last observed.
       */
      last_seen?: string | null;
      /** @description Revision currently deployed. */
      deployed_revision?: string | null;
      /** @description Generation of the service's configuration. */
      generation?: number | null;
      /** @description State of the latest build. */
      build_state?: components["schemas"]["DeploymentBuildState"] | null;
    };
    /**
     * ManagedDeploymentResponse
     * @description The service state of a managed (Mistral-hosted) deployment.
     * @example {
     *       "service_id": "2c5d8e1f-4a3b-4c6d-9e8f-7a6b5c4d3e2f",
     *       "name": "support-workers",
     *       "spec": {
     *         "github_url": "https://github.com/acme/support-workflows",
     *         "type": "workflows_worker",
     *         "revision": "main",
     *         "backend_spec": {
     *           "type": "koyeb"
     *         }
     *       },
     *       "resources": {
     *         "replicas": 1
     *       },
     *       "status": {
     *         "phase": "pending",
     *         "available_replicas": 0,
     *         "ready_replicas": 0
     *       },
     *       "created_at": "2025-10-07T20:50:00Z",
     *       "updated_at": "2025-10-07T20:50:00Z",
     *       "stopped": false,
     *       "is_hardened": false
     *     }
     */
    ManagedDeploymentResponse: {
      /** @description ID of the managed service. */
      service_id: string;
      /** @description Name of the deployment. */
      name: string;
      spec: components["schemas"]["DeploymentWorkerSpecResponse"];
      resources: components["schemas"]["DeploymentResourceConfig"];
      status: components["schemas"]["DeploymentObservedState"];
      /**
       * Format: date-time
       * @description When the managed service was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the managed service was last changed.
       */
      updated_at: string;
      /**
       * @description Whether the deployment is stopped (its workers are not running).
       * @default false
       */
      stopped?: boolean;
      /** @description State of the current rollout. */
      rollout_status?: string | null;
      /** @description Who created the deployment. */
      created_by?: string | null;
      /** @description Who last changed the deployment. */
      updated_by?: string | null;
      /** @description Who last rolled the deployment out. */
      deployed_by?: string | null;
      /**
       * Format: date-time
       * @description When the deployment was last rolled out.
       */
      deployed_at?: string | null;
      /**
       * @description Whether the deployment is hardened (network egress blocked at build and run time).
       * @default false
       */
      is_hardened?: boolean;
    };
    /**
     * DeploymentResponse
     * @description A deployment: a named group of workers serving workflows, self-hosted or managed.
     */
    DeploymentResponse: {
      /**
       * Format: uuid
       * @description ID of the deployment.
       */
      id: string;
      /** @description Name of the deployment. */
      name: string;
      /** @description Whether at least one of its workers is live. */
      is_active: boolean;
      /**
       * @description Whether the deployment has at least one authorized credential.
       * @default false
       */
      is_hardened?: boolean;
      /**
       * Format: date-time
       * @description When the deployment was first registered.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the deployment was last updated.
       */
      updated_at: string;
      /**
       * @deprecated
       * @description Where the deployment runs.
       */
      location?: components["schemas"]["DeploymentLocation"] | null;
      /**
       * @description Number of workers registered to the deployment.
       * @default 0
       */
      worker_count?: number;
      /**
       * @description Number of those workers that are live.
       * @default 0
       */
      active_worker_count?: number;
      /** @description The distinct kinds of place its workers report running in. */
      locations?: components["schemas"]["LocationType"][];
      /** @description Service state, for a managed deployment; null for a self-hosted one, or when the managed service cannot be reached. */
      managed?: components["schemas"]["ManagedDeploymentResponse"] | null;
      /** @description The deployment's owner (user ID), if known. */
      owner?: string | null;
    };
    /**
     * DeploymentListResponse
     * @description A page of deployments.
     */
    DeploymentListResponse: {
      /** @description Deployments of this page. */
      deployments: components["schemas"]["DeploymentResponse"][];
      /** @description Cursor of the next page; null on the last one. */
      next_cursor: string | null;
      /**
       * Format: uuid
       * @description Workspace the list is scoped to.
       */
      workspace_id: string;
    };
    /**
     * DeploymentWorkerSpecInput
     * @description What a managed deployment builds and runs.
     */
    DeploymentWorkerSpecInput: {
      /** @description GitHub repository holding the worker's code (and its Dockerfile). */
      github_url: string;
      /**
       * @description Branch, tag or commit to build.
       * @default main
       */
      revision?: string | null;
      /**
       * @description Command that starts the worker.
       * @default worker:main
       */
      entrypoint?: string | null;
      /** @description Directory of the repository to build from. */
      working_dir?: string | null;
      /** @description Where the worker runs (`type`: `koyeb`, the default, or `kubernetes`) and its settings there. */
      backend_spec?:
        | (
            | components["schemas"]["DeploymentKoyebBackendSpec"]
            | components["schemas"]["DeploymentK8sBackendSpec"]
          )
        | null;
    };
    /**
     * CreateDeploymentRequest
     * @description A managed deployment to create.
     */
    CreateDeploymentRequest: {
      /** @description Name of the deployment; it identifies the deployment in every other call. */
      name: string;
      spec: components["schemas"]["DeploymentWorkerSpecInput"];
      /** @description Compute for the deployment; the platform's defaults when left out. */
      resources?: components["schemas"]["DeploymentResourceConfig"] | null;
      /**
       * @description Block network egress at build and run time.
       * @default false
       */
      hardened?: boolean;
    };
    /**
     * DeploymentWorkerResponse
     * @description One worker of a deployment.
     */
    DeploymentWorkerResponse: {
      /** @description Name of the worker. */
      name: string;
      /**
       * Format: date-time
       * @description When the worker first registered.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the worker last registered.
       */
      updated_at: string;
      /** @description Whether the worker is live now. */
      is_active: boolean;
      /** @description Where the worker runs; null when it did not say. */
      location?: components["schemas"]["DeploymentLocation"] | null;
    };
    /**
     * DeploymentDetailResponse
     * @description A deployment with its workers.
     */
    DeploymentDetailResponse: components["schemas"]["DeploymentResponse"] & {
      /** @description Workers registered to the deployment. */
      workers: components["schemas"]["DeploymentWorkerResponse"][];
    };
    /**
     * WorkflowsWorkerSpecUpdate
     * @description Changes to what a managed deployment builds and runs; fields left out are kept.
     */
    WorkflowsWorkerSpecUpdate: {
      /** @description GitHub repository holding the worker's code. */
      github_url?: string | null;
      /** @description Branch, tag or commit to build. */
      revision?: string | null;
      /** @description Command that starts the worker. */
      entrypoint?: string | null;
      /** @description Directory of the repository to build from. */
      working_dir?: string | null;
      /** @description A new backend and its settings; left out, the current one is kept. */
      backend_spec?:
        | (
            | components["schemas"]["DeploymentKoyebBackendSpec"]
            | components["schemas"]["DeploymentK8sBackendSpec"]
          )
        | null;
    };
    /**
     * DeploymentResourceConfigUpdate
     * @description Changes to the compute of a managed deployment; fields left out are kept.
     */
    DeploymentResourceConfigUpdate: {
      /** @description Number of worker replicas. */
      replicas?: number | null;
      /** @description CPU requested per replica. */
      cpu_request?: string | null;
      /** @description CPU limit per replica. */
      cpu_limit?: string | null;
      /** @description Memory requested per replica. */
      memory_request?: string | null;
      /** @description Memory limit per replica. */
      memory_limit?: string | null;
    };
    /**
     * UpdateDeploymentRequest
     * @description Changes to a managed deployment; parts left out are kept.
     */
    UpdateDeploymentRequest: {
      spec?: components["schemas"]["WorkflowsWorkerSpecUpdate"] | null;
      resources?: components["schemas"]["DeploymentResourceConfigUpdate"] | null;
    };
    /**
     * DeploymentWorkerListResponse
     * @description A page of a deployment's workers.
     */
    DeploymentWorkerListResponse: {
      /** @description Workers of this page. */
      workers: components["schemas"]["DeploymentWorkerResponse"][];
      /** @description Cursor of the next page; null on the last one. */
      next_cursor: string | null;
    };
    /**
     * DeploymentLogRecord
     * @description One log line of a deployment's workers.
     */
    DeploymentLogRecord: {
      /**
       * Format: date-time
       * @description When the line was logged.
       */
      timestamp: string;
      /** @description Trace ID of the record. */
      trace_id: string;
      /** @description Span ID of the record. */
      span_id: string;
      /** @description Severity (e.g. `INFO`, `ERROR`). */
      severity_text: string;
      /** @description The log message. */
      body: string;
      /** @description Attributes of the record. */
      log_attributes: {
        [key: string]: string;
      };
    };
    /**
     * DeploymentLogSearchResponse
     * @description A page of deployment logs.
     */
    DeploymentLogSearchResponse: {
      /** @description Log records of this page. */
      results: components["schemas"]["DeploymentLogRecord"][];
      /** @description Cursor of the next page (it keeps the time window and order); null at the end. */
      next_cursor?: string | null;
    };
    /**
     * @description The JSON in the `data:` field of one event of a deployment log stream.
     *
     *     - `log` events carry a DeploymentLogRecord; their SSE `id` is the cursor to resume after them (send it as `Last-Event-ID` or `last_event_id`).
     *     - An `error` event carries a StreamError and ends the stream.
     */
    DeploymentLogStreamData:
      components["schemas"]["DeploymentLogRecord"] | components["schemas"]["StreamError"];
    /**
     * WorkflowExecutionWithoutResultResponse
     * @description One run of a workflow execution, without its result.
     */
    WorkflowExecutionWithoutResultResponse: {
      /** @description Name of the workflow. */
      workflow_name: string;
      /**
       * Format: uuid
       * @description ID of the workflow.
       */
      workflow_id?: string | null;
      /** @description Name of the deployment that ran it. */
      deployment_name?: string | null;
      /** @description ID of the execution. */
      execution_id: string;
      /** @description ID of the parent execution, for a child workflow. */
      parent_execution_id?: string | null;
      /** @description ID of the root execution of the tree. */
      root_execution_id: string;
      /** @description ID of this run (a UUID). */
      run_id?: string | null;
      /** @description ID of the user who started it. */
      user_id?: string | null;
      /** @description Status of the run. */
      status: components["schemas"]["WorkflowExecutionStatus"] | null;
      /**
       * Format: date-time
       * @description When the run started.
       */
      start_time: string;
      /**
       * Format: date-time
       * @description When the run ended; null while it runs.
       */
      end_time: string | null;
      /** @description Total duration of the run's trace, in milliseconds. */
      total_duration_ms?: number | null;
    };
    /**
     * WorkflowExecutionListResponse
     * @description A page of runs.
     */
    WorkflowExecutionListResponse: {
      /** @description Runs of this page. */
      executions: components["schemas"]["WorkflowExecutionWithoutResultResponse"][];
      /** @description Token of the next page; null on the last one. */
      next_page_token?: string | null;
    };
    /**
     * ScalarMetric
     * @description A metric with a single value.
     */
    ScalarMetric: {
      /** @description The value (an integer for counts). */
      value: number;
    };
    /**
     * TimeSeriesMetric
     * @description A metric over time, as `[timestamp, value]` pairs.
     */
    TimeSeriesMetric: {
      /** @description The points of the series, oldest first; each is a timestamp and a value. */
      value: [number, number][];
    };
    /**
     * WorkflowMetrics
     * @description Metrics of a workflow's executions over a time window.
     */
    WorkflowMetrics: {
      /** @description Number of executions. */
      execution_count: components["schemas"]["ScalarMetric"];
      /** @description Number of executions that completed. */
      success_count: components["schemas"]["ScalarMetric"];
      /** @description Number of executions that failed or were terminated. */
      error_count: components["schemas"]["ScalarMetric"];
      /** @description Average duration of an execution, in milliseconds. */
      average_latency_ms: components["schemas"]["ScalarMetric"];
      /** @description Durations of executions over time. */
      latency_over_time: components["schemas"]["TimeSeriesMetric"];
      /**
       * @deprecated
       * @description Deprecated: always -1 (retries were never measured); use `error_count` instead.
       */
      retry_rate: components["schemas"]["ScalarMetric"];
    };
  };
  responses: {
    /** @description Validation Error */
    ValidationErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HTTPValidationError"];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/** JSON Schema `$defs` of the spec (none). */
export type $defs = Record<string, never>;
/** Every operation by `operationId`: its parameters, request body and responses, by status and media type. */
export interface operations {
  get_workflows_v1_workflows_get: {
    parameters: {
      query?: {
        /** @description Filter on workflow status, one status or several. */
        status?:
          | components["schemas"]["WorkflowExecutionStatus"]
          | components["schemas"]["WorkflowExecutionStatus"][]
          | null;
        /** @description Include shared workflows. */
        include_shared?: boolean;
        /** @description Only workflows available (or not) in the chat assistant. */
        available_in_chat_assistant?: boolean | null;
        /** @description Only workflows served by one of these deployments. */
        deployment_name?: string[] | null;
        /** @description Only workflows with a live deployment (`active`), or without one (`inactive`); both when absent. */
        deployment_status?: ("active" | "inactive") | null;
        /** @description `false` leaves archived workflows out, `true` keeps only them; absent keeps both. */
        archived?: boolean | null;
        /** @description Only workflows carrying every one of these tags. */
        tags?: string[] | null;
        /** @description Field to sort by. */
        sort_by?: "display_name" | null;
        /** @description Sort direction. */
        order?: "asc" | "desc";
        /** @description The `next_cursor` of the previous page. */
        cursor?: string | null;
        /** @description Maximum number of workflows per page. */
        limit?: number;
        /**
         * @deprecated
         * @description Only workflows served by a live worker. Deprecated; use `deployment_status` instead.
         */
        active_only?: boolean;
        /** @description Only workflows whose name, display name, description or ID approximately matches this text. */
        search?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of workflows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflows": [
           *         {
           *           "id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69",
           *           "name": "support-workflow",
           *           "display_name": "Support workflow",
           *           "description": "Triage incoming support tickets.",
           *           "metadata": {
           *             "shared_namespace": null
           *           },
           *           "archived": false,
           *           "tags": [
           *             "support"
           *           ]
           *         }
           *       ],
           *       "next_cursor": null
           *     }
           */
          "application/json": components["schemas"]["WorkflowListResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  bulk_archive_workflows_v1_workflows_archive_put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "workflow_ids": [
         *         "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["WorkflowBulkArchiveRequest"];
      };
    };
    responses: {
      /** @description The workflows archived, and those that could not be. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "archived": [
           *         {
           *           "id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69",
           *           "name": "support-workflow",
           *           "display_name": "Support workflow",
           *           "type": "code",
           *           "customer_id": "3b0f3a1e-0c6d-4d7e-8f3a-1b2c3d4e5f60",
           *           "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
           *           "archived": true
           *         }
           *       ],
           *       "errored": []
           *     }
           */
          "application/json": components["schemas"]["WorkflowBulkArchiveResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  bulk_unarchive_workflows_v1_workflows_unarchive_put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "workflow_ids": [
         *         "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["WorkflowBulkUnarchiveRequest"];
      };
    };
    responses: {
      /** @description The workflows unarchived, and those that could not be. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "unarchived": [
           *         {
           *           "id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69",
           *           "name": "support-workflow",
           *           "display_name": "Support workflow",
           *           "type": "code",
           *           "customer_id": "3b0f3a1e-0c6d-4d7e-8f3a-1b2c3d4e5f60",
           *           "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
           *           "archived": false
           *         }
           *       ],
           *       "errored": [
           *         {
           *           "workflow_id": "00000000-0000-4000-8000-000000000000",
           *           "workflow": {
           *             "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
           *             "name": "support-workflow",
           *             "display_name": "Support workflow",
           *             "type": "code",
           *             "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
           *             "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
           *           },
           *           "message": "Workflow not found"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["WorkflowBulkUnarchiveResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_registrations_v1_workflows_registrations_get: {
    parameters: {
      query?: {
        /** @description Only registrations of this workflow. */
        workflow_id?: string | null;
        /** @description Only registrations on this task queue. */
        task_queue?: string | null;
        /** @description Only registrations currently served by a worker. */
        active_only?: boolean;
        /** @description Include registrations of shared workflows. */
        include_shared?: boolean;
        /** @description Only registrations of workflows whose name matches this text. */
        workflow_search?: string | null;
        /** @description `false` leaves archived workflows out, `true` keeps only them; absent keeps both. */
        archived?: boolean | null;
        /** @description Embed each registration's workflow in `workflow`. */
        with_workflow?: boolean;
        /** @description Only registrations of workflows available (or not) in the chat assistant. */
        available_in_chat_assistant?: boolean | null;
        /** @description Maximum number of registrations per page. */
        limit?: number;
        /** @description The `next_cursor` of the previous page. */
        cursor?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of workflow registrations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "next_cursor": null,
           *       "workflow_registrations": [
           *         {
           *           "id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *           "definition": {
           *             "input_schema": {
           *               "type": "object",
           *               "properties": {
           *                 "ticket_id": {
           *                   "type": "string"
           *                 }
           *               }
           *             }
           *           },
           *           "task_queue": "support",
           *           "workflow_id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
           *         }
           *       ],
           *       "workflow_versions": [
           *         {
           *           "id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *           "definition": {
           *             "input_schema": {
           *               "type": "object",
           *               "properties": {
           *                 "ticket_id": {
           *                   "type": "string"
           *                 }
           *               }
           *             }
           *           },
           *           "task_queue": "support",
           *           "workflow_id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["WorkflowRegistrationListResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get: {
    parameters: {
      query?: {
        /** @description Embed the registration's workflow in `workflow`. */
        with_workflow?: boolean;
        /** @description Also look among registrations of shared workflows. */
        include_shared?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the workflow registration. */
        workflow_registration_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workflow registration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow_registration": {
           *         "active": false,
           *         "definition": {
           *           "input_schema": {
           *             "type": "object",
           *             "properties": {
           *               "ticket_id": {
           *                 "type": "string"
           *               }
           *             }
           *           }
           *         },
           *         "id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *         "task_queue": "support",
           *         "workflow_id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
           *       },
           *       "workflow_version": {
           *         "active": false,
           *         "definition": {
           *           "input_schema": {
           *             "type": "object",
           *             "properties": {
           *               "ticket_id": {
           *                 "type": "string"
           *               }
           *             }
           *           }
           *         },
           *         "id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *         "task_queue": "support",
           *         "workflow_id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69"
           *       }
           *     }
           */
          "application/json": components["schemas"]["WorkflowRegistrationGetResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow registration to run. */
        workflow_registration_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /** @example {} */
        "application/json": components["schemas"]["WorkflowExecutionRequest"];
      };
    };
    responses: {
      /** @description The started execution, or its result when `wait_for_result` was true. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "end_time": null,
           *       "execution_id": "019b2bd7-a1c2-7d3e-8f40-5b6c7d8e9f01",
           *       "result": null,
           *       "root_execution_id": "019b2bd7-a1c2-7d3e-8f40-5b6c7d8e9f01",
           *       "start_time": "2025-10-07T20:56:01.974Z",
           *       "status": "RUNNING",
           *       "workflow_name": "support-workflow"
           *     }
           */
          "application/json":
            | components["schemas"]["WorkflowExecutionResponse"]
            | components["schemas"]["WorkflowExecutionSyncResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_v1_workflows__workflow_identifier__get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workflow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow": {
           *         "active": false,
           *         "customer_id": "3b0f3a1e-0c6d-4d7e-8f3a-1b2c3d4e5f60",
           *         "display_name": "Support workflow",
           *         "id": "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69",
           *         "name": "support-workflow",
           *         "type": "code",
           *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
           *       }
           *     }
           */
          "application/json": components["schemas"]["WorkflowGetResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  update_workflow_v1_workflows__workflow_identifier__put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /** @example {} */
        "application/json": components["schemas"]["WorkflowUpdateRequest"];
      };
    };
    responses: {
      /** @description The updated workflow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow": {
           *         "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
           *         "name": "support-workflow",
           *         "display_name": "Support workflow",
           *         "type": "code",
           *         "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
           *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
           *       }
           *     }
           */
          "application/json": components["schemas"]["WorkflowUpdateResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  execute_workflow_v1_workflows__workflow_identifier__execute_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow to run. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /** @example {} */
        "application/json": components["schemas"]["WorkflowExecutionRequest"];
      };
    };
    responses: {
      /** @description The started execution, or its result when `wait_for_result` was true. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "end_time": null,
           *       "execution_id": "019b2bd7-a1c2-7d3e-8f40-5b6c7d8e9f01",
           *       "result": null,
           *       "root_execution_id": "019b2bd7-a1c2-7d3e-8f40-5b6c7d8e9f01",
           *       "start_time": "2025-10-07T20:56:01.974Z",
           *       "status": "RUNNING",
           *       "workflow_name": "support-workflow"
           *     }
           */
          "application/json":
            | components["schemas"]["WorkflowExecutionResponse"]
            | components["schemas"]["WorkflowExecutionSyncResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  archive_workflow_v1_workflows__workflow_identifier__archive_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archived workflow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow": {
           *         "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
           *         "name": "support-workflow",
           *         "display_name": "Support workflow",
           *         "type": "code",
           *         "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
           *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
           *       }
           *     }
           */
          "application/json": components["schemas"]["WorkflowArchiveResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name or ID of the workflow. */
        workflow_identifier: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unarchived workflow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow": {
           *         "id": "3f2b8c1e-6d4a-4e2f-9b7c-8a1d2e3f4a5b",
           *         "name": "support-workflow",
           *         "display_name": "Support workflow",
           *         "type": "code",
           *         "customer_id": "7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
           *         "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
           *       }
           *     }
           */
          "application/json": components["schemas"]["WorkflowUnarchiveResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_schedules_v1_workflows_schedules_get: {
    parameters: {
      query?: {
        /** @description Only schedules of the workflow with exactly this name. */
        workflow_name?: string | null;
        /** @description Only schedules of this user; `current` stands for the caller. */
        user_id?: string | null;
        /** @description Only active or only paused schedules. */
        status?: ("active" | "paused") | null;
        /** @description Only schedules whose workflow name starts with this text. */
        search?: string | null;
        /**
         * @description Number of schedules per page. Without it every schedule is returned at once, a
         *     behaviour that is deprecated.
         */
        page_size?: number | null;
        /** @description The `next_page_token` of the previous page. */
        next_page_token?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of schedules. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedules": [
           *         {
           *           "input": "Example input.",
           *           "paused": false,
           *           "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "workflow_name": "support-workflow"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["WorkflowScheduleListResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  schedule_workflow_v1_workflows_schedules_post: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "schedule": {
         *         "input": "Example input."
         *       }
         *     }
         */
        "application/json": components["schemas"]["WorkflowScheduleRequest"];
      };
    };
    responses: {
      /** @description The schedule was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088"
           *     }
           */
          "application/json": components["schemas"]["WorkflowScheduleResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_schedule_v1_workflows_schedules__schedule_id__get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "input": "Example input.",
           *       "paused": false,
           *       "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "workflow_name": "support-workflow"
           *     }
           */
          "application/json": components["schemas"]["ScheduleDefinitionOutput"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  unschedule_workflow_v1_workflows_schedules__schedule_id__delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedule was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  update_schedule_v1_workflows_schedules__schedule_id__patch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "schedule": {}
         *     }
         */
        "application/json": components["schemas"]["WorkflowScheduleUpdateRequest"];
      };
    };
    responses: {
      /** @description The schedule was updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedule_id": "019b2bd7-96e7-7219-8c0b-45a73da50088"
           *     }
           */
          "application/json": components["schemas"]["WorkflowScheduleResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  pause_schedule_v1_workflows_schedules__schedule_id__pause_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WorkflowSchedulePauseRequest"] | null;
      };
    };
    responses: {
      /** @description The schedule was paused. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  resume_schedule_v1_workflows_schedules__schedule_id__resume_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WorkflowSchedulePauseRequest"] | null;
      };
    };
    responses: {
      /** @description The schedule was resumed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the schedule. */
        schedule_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WorkflowScheduleTriggerRequest"] | null;
      };
    };
    responses: {
      /** @description The execution was triggered. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_v1_workflows_executions__execution_id__get: {
    parameters: {
      query?: {
        /** @description Also return the execution's search keys (`search_keys`). */
        include_search_keys?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The execution. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow_name": "support-workflow",
           *       "execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "parent_execution_id": null,
           *       "root_execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "status": "RUNNING",
           *       "start_time": "2025-10-07T20:56:01.974Z",
           *       "end_time": null,
           *       "total_duration_ms": null,
           *       "result": null
           *     }
           */
          "application/json": components["schemas"]["WorkflowExecutionResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_history_v1_workflows_executions__execution_id__history_get: {
    parameters: {
      query?: {
        /** @description Decode the payloads in the history. */
        decode_payloads?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event history of the execution, as JSON. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  signal_workflow_execution_v1_workflows_executions__execution_id__signals_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "approve",
         *       "input": {
         *         "approved": true,
         *         "comment": "Looks good"
         *       }
         *     }
         */
        "application/json": components["schemas"]["SignalInvocationBody"];
      };
    };
    responses: {
      /** @description The signal was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "Signal accepted"
           *     }
           */
          "application/json": components["schemas"]["SignalWorkflowResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  query_workflow_execution_v1_workflows_executions__execution_id__queries_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "get_status"
         *     }
         */
        "application/json": components["schemas"]["QueryInvocationBody"];
      };
    };
    responses: {
      /** @description The query result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "query_name": "get_status",
           *       "result": {
           *         "stage": "review",
           *         "progress": 0.5
           *       }
           *     }
           */
          "application/json": components["schemas"]["QueryWorkflowResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The execution was terminated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  batch_terminate_workflow_executions_v1_workflows_executions_terminate_post: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "execution_ids": [
         *         "019b2bd7-96e7-7219-8c0b-45a73da50088",
         *         "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["BatchExecutionBody"];
      };
    };
    responses: {
      /** @description The outcome for each execution. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "results": {
           *         "019b2bd7-96e7-7219-8c0b-45a73da50088": {
           *           "status": "success",
           *           "error": null
           *         },
           *         "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90": {
           *           "status": "failure",
           *           "error": "workflow execution already completed"
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["BatchExecutionResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancellation was requested. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  batch_cancel_workflow_executions_v1_workflows_executions_cancel_post: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "execution_ids": [
         *         "019b2bd7-96e7-7219-8c0b-45a73da50088"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["BatchExecutionBody"];
      };
    };
    responses: {
      /** @description The outcome for each execution. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "results": {
           *         "019b2bd7-96e7-7219-8c0b-45a73da50088": {
           *           "status": "success",
           *           "error": null
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["BatchExecutionResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  reset_workflow_v1_workflows_executions__execution_id__reset_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event_id": 24149,
         *       "reason": "Retry after fixing the tool configuration",
         *       "exclude_signals": false,
         *       "exclude_updates": false
         *     }
         */
        "application/json": components["schemas"]["ResetInvocationBody"];
      };
    };
    responses: {
      /** @description The execution was reset. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  update_workflow_execution_v1_workflows_executions__execution_id__updates_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "set_priority",
         *       "input": {
         *         "priority": "high"
         *       }
         *     }
         */
        "application/json": components["schemas"]["UpdateInvocationBody"];
      };
    };
    responses: {
      /** @description The update result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "update_name": "set_priority",
           *       "result": {
           *         "priority": "high"
           *       }
           *     }
           */
          "application/json": components["schemas"]["UpdateWorkflowResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_trace_otel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The execution with its OpenTelemetry trace. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowExecutionTraceOTelResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_trace_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The execution with its span tree. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowExecutionTraceSummaryResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_trace_events: {
    parameters: {
      query?: {
        /** @description Merge the events that share an ID into one. */
        merge_same_id_events?: boolean;
        /** @description Include events internal to the workflow engine. */
        include_internal_events?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The execution with its trace events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow_name": "support-workflow",
           *       "execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "parent_execution_id": null,
           *       "root_execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "status": "COMPLETED",
           *       "start_time": "2025-10-07T20:56:01.974Z",
           *       "end_time": "2025-10-07T20:56:09.211Z",
           *       "total_duration_ms": 7237,
           *       "result": {
           *         "answer": "Your ticket was resolved."
           *       },
           *       "events": [
           *         {
           *           "type": "EVENT_PROGRESS",
           *           "name": "classify_ticket",
           *           "id": "a3f1c2d4e5b60718",
           *           "timestamp_unix_nano": 1759870562100000000,
           *           "attributes": {
           *             "activity.attempt": 1
           *           },
           *           "internal": false,
           *           "status": "COMPLETED",
           *           "start_time_unix_ms": 1759870562100,
           *           "end_time_unix_ms": 1759870565400,
           *           "error": null
           *         },
           *         {
           *           "type": "EVENT",
           *           "name": "workflow.completed",
           *           "id": "b7e2d3c4f5a60819",
           *           "timestamp_unix_nano": 1759870569211000000,
           *           "attributes": {},
           *           "internal": false
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["WorkflowExecutionTraceEventsResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_trace_info: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether trace data exists, and the trace ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "otel_trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
           *       "has_trace_data": true
           *     }
           */
          "application/json": components["schemas"]["ExecutionTraceInfoResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  stream_v1_workflows_executions__execution_id__stream_get: {
    parameters: {
      query?: {
        /** @description Read stored events, live events, or both. */
        event_source?: components["schemas"]["EventSource"] | null;
        /** @description Resume after the event with this SSE id. */
        last_event_id?: string | null;
      };
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events of the execution. Each `data:` holds a StreamEventSsePayload; an event named `error` holds a WorkflowStreamError and ends the stream. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "stream": "token",
           *       "timestamp": "2025-10-07T20:56:03.120Z",
           *       "broker_sequence": 12,
           *       "data": {
           *         "event_id": "019b2bd7-b2c4-7d11-8e0f-1a2b3c4d5e6f",
           *         "event_timestamp": 1759870563120000000,
           *         "root_workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *         "parent_workflow_exec_id": null,
           *         "workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *         "workflow_run_id": "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
           *         "workflow_name": "support-workflow",
           *         "event_type": "CUSTOM_TASK_IN_PROGRESS",
           *         "attributes": {
           *           "custom_task_id": "answer-1",
           *           "custom_task_type": "token-stream",
           *           "payload": {
           *             "type": "json_patch",
           *             "value": [
           *               {
           *                 "op": "append",
           *                 "path": "/text",
           *                 "value": "Hello"
           *               }
           *             ]
           *           }
           *         },
           *         "continued_run_id": null,
           *         "first_execution_run_id": "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
           *         "schedule_id": null
           *       },
           *       "workflow_context": {
           *         "namespace": "default",
           *         "workflow_name": "support-workflow",
           *         "workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *         "parent_workflow_exec_id": null,
           *         "root_workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088"
           *       }
           *     }
           */
          "text/event-stream": components["schemas"]["WorkflowEventStreamData"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_execution_logs: {
    parameters: {
      query?: {
        /** @description Only logs of this run of the execution. */
        run_id?: string | null;
        /** @description Only logs of this activity. */
        activity_id?: string | null;
        /** @description Only logs at or after this time. */
        after?: string | null;
        /** @description Only logs before this time. */
        before?: string | null;
        /** @description Order of the first page: `asc` (oldest first) or `desc`. Ignored with `cursor`. */
        order?: "asc" | "desc";
        /** @description The previous page's `next_cursor`; keeps its time window and order. */
        cursor?: string | null;
        /** @description Maximum number of logs to return. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of logs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "results": [
           *         {
           *           "timestamp": "2025-10-07T20:56:02.512Z",
           *           "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
           *           "span_id": "00f067aa0ba902b7",
           *           "severity_text": "INFO",
           *           "body": "Classifying ticket",
           *           "log_attributes": {
           *             "activity_name": "classify_ticket"
           *           }
           *         }
           *       ],
           *       "next_cursor": "eyJ0cyI6IjIwMjUtMTAtMDdUMjA6NTY6MDIuNTEyWiJ9"
           *     }
           */
          "application/json": components["schemas"]["ExecutionLogSearchResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  stream_workflow_execution_logs: {
    parameters: {
      query?: {
        /** @description Only logs of this run of the execution. */
        run_id?: string | null;
        /** @description Only logs of this activity. */
        activity_id?: string | null;
        /** @description Start a new stream at this time (ignored when resuming). */
        after?: string | null;
        /** @description Resume after this cursor (an SSE `id` of an earlier stream). */
        last_event_id?: string | null;
      };
      header?: {
        /** @description Resume after this cursor (an SSE `id` of an earlier stream); wins over `last_event_id`. */
        "Last-Event-ID"?: string | null;
      };
      path: {
        /** @description ID of the workflow execution. */
        execution_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events: `log` events hold an ExecutionLogRecord, `error` events a StreamError. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "timestamp": "2025-10-07T20:56:02.512Z",
           *       "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
           *       "span_id": "00f067aa0ba902b7",
           *       "severity_text": "INFO",
           *       "body": "Classifying ticket",
           *       "log_attributes": {
           *         "activity_name": "classify_ticket"
           *       }
           *     }
           */
          "text/event-stream": components["schemas"]["ExecutionLogStreamData"];
        };
      };
      /** @description The execution does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
      /** @description The log backend is unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  get_stream_events_v1_workflows_events_stream_get: {
    parameters: {
      query?: {
        /** @description Only workflow-level events, only activity events, or both. */
        scope?: "activity" | "workflow" | "*";
        /** @description Only events of activities with this name. */
        activity_name?: string;
        /** @description Only events of this activity. */
        activity_id?: string;
        /** @description Only events of workflows with this name. */
        workflow_name?: string;
        /** @description Only events of this execution. */
        workflow_exec_id?: string;
        /** @description Only events of executions under this root execution. */
        root_workflow_exec_id?: string;
        /** @description Only events of children of this execution. */
        parent_workflow_exec_id?: string;
        /** @description Only events published on this stream (topic). */
        stream?: string;
        /** @description Start at this broker sequence number (inclusive); pass the last `broker_sequence` received plus one to resume. */
        start_seq?: number;
        /** @description Only events whose metadata has these key/value pairs. */
        metadata_filters?: {
          [key: string]: unknown;
        } | null;
        /** @description Only events of these types. */
        workflow_event_types?: components["schemas"]["WorkflowEventType"][] | null;
      };
      header?: {
        /** @description Resume after the event with this SSE id. */
        "last-event-id"?: string | null;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events. Each `data:` holds a StreamEventSsePayload; an event named `error` holds a WorkflowStreamError and ends the stream. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "stream": "token",
           *       "timestamp": "2025-10-07T20:56:03.120Z",
           *       "broker_sequence": 12,
           *       "data": {
           *         "event_id": "019b2bd7-b2c4-7d11-8e0f-1a2b3c4d5e6f",
           *         "event_timestamp": 1759870563120000000,
           *         "root_workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *         "parent_workflow_exec_id": null,
           *         "workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *         "workflow_run_id": "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
           *         "workflow_name": "support-workflow",
           *         "event_type": "CUSTOM_TASK_IN_PROGRESS",
           *         "attributes": {
           *           "custom_task_id": "answer-1",
           *           "custom_task_type": "token-stream",
           *           "payload": {
           *             "type": "json_patch",
           *             "value": [
           *               {
           *                 "op": "append",
           *                 "path": "/text",
           *                 "value": "Hello"
           *               }
           *             ]
           *           }
           *         },
           *         "continued_run_id": null,
           *         "first_execution_run_id": "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
           *         "schedule_id": null
           *       },
           *       "workflow_context": {
           *         "namespace": "default",
           *         "workflow_name": "support-workflow",
           *         "workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *         "parent_workflow_exec_id": null,
           *         "root_workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088"
           *       }
           *     }
           */
          "text/event-stream": components["schemas"]["WorkflowEventStreamData"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_events_v1_workflows_events_list_get: {
    parameters: {
      query?: {
        /** @description Only events of executions under this root execution. */
        root_workflow_exec_id?: string | null;
        /** @description Only events emitted by this execution. */
        workflow_exec_id?: string | null;
        /** @description Only events emitted by this run. */
        workflow_run_id?: string | null;
        /** @description Maximum number of events to return. */
        limit?: number;
        /** @description The previous page's `next_cursor`. */
        cursor?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "events": [
           *         {
           *           "event_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "event_timestamp": 1759870561974000000,
           *           "root_workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "parent_workflow_exec_id": null,
           *           "workflow_exec_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "workflow_run_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "workflow_name": "support-workflow",
           *           "event_type": "WORKFLOW_EXECUTION_STARTED",
           *           "attributes": {
           *             "task_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *             "workflow_name": "support-workflow",
           *             "input": {
           *               "type": "json",
           *               "value": "approved"
           *             }
           *           },
           *           "continued_run_id": null,
           *           "first_execution_run_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "schedule_id": null
           *         }
           *       ],
           *       "next_cursor": null
           *     }
           */
          "application/json": components["schemas"]["ListWorkflowEventResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  list_deployments_v1_workflows_deployments_get: {
    parameters: {
      query?: {
        /** @description Only deployments with at least one live worker. */
        active_only?: boolean;
        /** @description Only hardened (or only non-hardened) deployments. */
        is_hardened?: boolean | null;
        /** @description Only deployments serving the workflow with this name. */
        workflow_name?: string | null;
        /** @description Only deployments created by this user (ID). */
        created_by?: string | null;
        /** @description Only deployments with at least one worker on any of these kinds of place. */
        location_types?: components["schemas"]["LocationType"][] | null;
        /** @description Only deployments whose name or ID starts with this text. */
        search?: string | null;
        /**
         * @description Field to sort by. Without it, active and managed deployments come first, each group sorted
         *     by `created_at`; with it, the list is sorted by that field alone.
         */
        order_by?: ("updated_at" | "created_at") | null;
        /** @description Sort direction, of `order_by` when set, otherwise within each group. */
        order?: "asc" | "desc";
        /** @description Maximum number of deployments per page. */
        limit?: number | null;
        /** @description The `next_cursor` of the previous page. */
        cursor?: string | null;
        /** @description Workspace to list; the caller's own by default. */
        workspace_id?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "deployments": [
           *         {
           *           "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "name": "support-workers",
           *           "is_active": true,
           *           "is_hardened": false,
           *           "created_at": "2025-10-07T20:50:00Z",
           *           "updated_at": "2025-10-07T20:52:00Z",
           *           "location": {
           *             "location_type": "managed"
           *           },
           *           "worker_count": 1,
           *           "active_worker_count": 1,
           *           "locations": [
           *             "managed"
           *           ],
           *           "managed": null
           *         }
           *       ],
           *       "next_cursor": null,
           *       "workspace_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
           *     }
           */
          "application/json": components["schemas"]["DeploymentListResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  create_deployment_v1_workflows_deployments_post: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "support-workers",
         *       "spec": {
         *         "github_url": "https://github.com/acme/support-workflows",
         *         "revision": "main"
         *       }
         *     }
         */
        "application/json": components["schemas"]["CreateDeploymentRequest"];
      };
    };
    responses: {
      /** @description The deployment was accepted; it starts in the background. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ManagedDeploymentResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_deployment_v1_workflows_deployments__name__get: {
    parameters: {
      query?: {
        /** @description Report whether the deployment serves this workflow (its workers' status is scoped to it). */
        workflow_name?: string | null;
      };
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *       "name": "support-workers",
           *       "is_active": true,
           *       "created_at": "2025-10-07T20:50:00Z",
           *       "updated_at": "2025-10-07T20:52:00Z",
           *       "worker_count": 1,
           *       "active_worker_count": 1,
           *       "workers": [
           *         {
           *           "name": "support-workers-0",
           *           "created_at": "2025-10-07T20:52:00Z",
           *           "updated_at": "2025-10-07T20:52:00Z",
           *           "is_active": true,
           *           "location": {
           *             "location_type": "managed"
           *           }
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["DeploymentDetailResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  delete_deployment_v1_workflows_deployments__name__delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deletion was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ManagedDeploymentResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  update_deployment_v1_workflows_deployments__name__patch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "resources": {
         *         "replicas": 2
         *       }
         *     }
         */
        "application/json": components["schemas"]["UpdateDeploymentRequest"];
      };
    };
    responses: {
      /** @description The change was accepted; it rolls out in the background. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ManagedDeploymentResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  start_deployment_v1_workflows_deployments__name__start_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The start was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ManagedDeploymentResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  stop_deployment_v1_workflows_deployments__name__stop_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stop was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ManagedDeploymentResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  restart_deployment_v1_workflows_deployments__name__restart_post: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The restart was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ManagedDeploymentResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  list_deployment_workers_v1_workflows_deployments__name__workers_get: {
    parameters: {
      query?: {
        /** @description Only live (`active`) or only gone (`inactive`) workers; both when absent. Send it unchanged with `cursor`. */
        worker_status?: ("active" | "inactive") | null;
        /** @description Maximum number of workers per page. */
        limit?: number;
        /** @description The `next_cursor` of the previous page. */
        cursor?: string | null;
      };
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of workers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workers": [
           *         {
           *           "name": "support-workers-0",
           *           "created_at": "2025-10-07T20:52:00Z",
           *           "updated_at": "2025-10-07T20:52:00Z",
           *           "is_active": true,
           *           "location": {
           *             "location_type": "managed"
           *           }
           *         }
           *       ],
           *       "next_cursor": null
           *     }
           */
          "application/json": components["schemas"]["DeploymentWorkerListResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_deployment_logs: {
    parameters: {
      query?: {
        /** @description Only logs of this worker. */
        worker_name?: string | null;
        /** @description Only logs of this workflow. */
        workflow_name?: string | null;
        /** @description Only logs at or after this time. */
        after?: string | null;
        /** @description Only logs before this time. */
        before?: string | null;
        /** @description Order of the first page: `asc` (oldest first) or `desc`. Ignored with `cursor`. */
        order?: "asc" | "desc";
        /** @description The previous page's `next_cursor`; keeps its time window and order. */
        cursor?: string | null;
        /** @description Maximum number of logs to return. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of logs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "results": [
           *         {
           *           "timestamp": "2025-10-07T20:52:01.250Z",
           *           "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
           *           "span_id": "00f067aa0ba902b7",
           *           "severity_text": "INFO",
           *           "body": "Worker started",
           *           "log_attributes": {
           *             "worker_name": "support-workers-0"
           *           }
           *         }
           *       ],
           *       "next_cursor": null
           *     }
           */
          "application/json": components["schemas"]["DeploymentLogSearchResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  stream_deployment_logs: {
    parameters: {
      query?: {
        /** @description Only logs of this worker. */
        worker_name?: string | null;
        /** @description Only logs of this workflow. */
        workflow_name?: string | null;
        /** @description Start a new stream at this time (ignored when resuming). */
        after?: string | null;
        /** @description Resume after this cursor (an SSE `id` of an earlier stream). */
        last_event_id?: string | null;
      };
      header?: {
        /** @description Resume after this cursor (an SSE `id` of an earlier stream); wins over `last_event_id`. */
        "Last-Event-ID"?: string | null;
      };
      path: {
        /** @description Name of the deployment. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events: `log` events hold a DeploymentLogRecord, `error` events a StreamError. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "timestamp": "2025-10-07T20:52:01.250Z",
           *       "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
           *       "span_id": "00f067aa0ba902b7",
           *       "severity_text": "INFO",
           *       "body": "Worker started",
           *       "log_attributes": {
           *         "worker_name": "support-workers-0"
           *       }
           *     }
           */
          "text/event-stream": components["schemas"]["DeploymentLogStreamData"];
        };
      };
      /** @description The deployment does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      422: components["responses"]["ValidationErrorResponse"];
      /** @description The log backend is unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  list_runs_v1_workflows_runs_get: {
    parameters: {
      query?: {
        /** @description Only runs of the workflow with this name or ID. */
        workflow_identifier?: string | null;
        /** @description Only the runs of this root execution's tree (the root and every sub-workflow under it). */
        root_execution_id?: string | null;
        /** @description Only runs of workflows whose name, display name or ID matches this text. */
        search?: string | null;
        /** @description Only runs with this status, or with one of these statuses. */
        status?:
          | components["schemas"]["WorkflowExecutionStatus"]
          | components["schemas"]["WorkflowExecutionStatus"][]
          | null;
        /** @description Only runs served by this deployment. */
        deployment_name?: string | null;
        /** @description Field to sort by. */
        sort_by?: ("start_time" | "end_time") | null;
        /** @description Sort direction. */
        order?: "asc" | "desc";
        /** @description Only runs that started at or after this time. */
        start_time_after?: string | null;
        /** @description Only runs that started at or before this time. */
        start_time_before?: string | null;
        /** @description Only runs that ended at or after this time. Runs still going have no end and are left out; filter on `status` to see them. */
        end_time_after?: string | null;
        /** @description Only runs that ended at or before this time. Runs still going are left out. */
        end_time_before?: string | null;
        /** @description Only runs started by this user; `current` stands for the caller. */
        user_id?: string | null;
        /** @description Only runs of workflows carrying every one of these tags. */
        workflow_tags?: string[] | null;
        /** @description Include runs of internal workflows (such as parallel-execution helpers). */
        include_internal?: boolean;
        /** @description Number of runs per page. */
        page_size?: number;
        /** @description The `next_page_token` of the previous page. */
        next_page_token?: string | null;
        /**
         * @description Only runs whose search attributes match every `key:value` entry (at most 3): the key
         *     exactly, the value approximately.
         */
        search_key?: string[] | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "executions": [
           *         {
           *           "workflow_name": "support-workflow",
           *           "execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "parent_execution_id": null,
           *           "root_execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *           "run_id": "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
           *           "status": "COMPLETED",
           *           "start_time": "2025-10-07T20:56:01.974Z",
           *           "end_time": "2025-10-07T20:56:04.210Z",
           *           "total_duration_ms": 2236
           *         }
           *       ],
           *       "next_page_token": null
           *     }
           */
          "application/json": components["schemas"]["WorkflowExecutionListResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_run_v1_workflows_runs__run_id__get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the run. */
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "workflow_name": "support-workflow",
           *       "execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "root_execution_id": "019b2bd7-96e7-7219-8c0b-45a73da50088",
           *       "run_id": "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
           *       "status": "COMPLETED",
           *       "start_time": "2025-10-07T20:56:01.974Z",
           *       "end_time": "2025-10-07T20:56:04.210Z",
           *       "result": "approved"
           *     }
           */
          "application/json": components["schemas"]["WorkflowExecutionResponse"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_run_history_v1_workflows_runs__run_id__history_get: {
    parameters: {
      query?: {
        /** @description Decode the payloads in the history. */
        decode_payloads?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the run. */
        run_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event history of the run, as JSON. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
  get_workflow_metrics_v1_workflows__workflow_name__metrics_get: {
    parameters: {
      query?: {
        /** @description Only executions started at or after this time. */
        start_time?: string | null;
        /** @description Only executions started at or before this time. */
        end_time?: string | null;
      };
      header?: never;
      path: {
        /** @description Name of the workflow. */
        workflow_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workflow's metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "execution_count": {
           *         "value": 4
           *       },
           *       "success_count": {
           *         "value": 3
           *       },
           *       "error_count": {
           *         "value": 1
           *       },
           *       "average_latency_ms": {
           *         "value": 2236.5
           *       },
           *       "latency_over_time": {
           *         "value": [
           *           [
           *             1759870564210,
           *             2236
           *           ],
           *           [
           *             1759870690000,
           *             2237
           *           ]
           *         ]
           *       },
           *       "retry_rate": {
           *         "value": 0.25
           *       }
           *     }
           */
          "application/json": components["schemas"]["WorkflowMetrics"];
        };
      };
      422: components["responses"]["ValidationErrorResponse"];
    };
  };
}
