/**
 * The shapes the mock server holds: wire types from the spec (re-exported from the client's generated
 * types, types only) and the records the mock keeps beside them, which tests read through `api.state`.
 */
import type { components } from "@mistral-workflows/client";

type Schemas = components["schemas"];

/** A workflow as `GET /v1/workflows/{workflow_identifier}` returns it (with `active`). */
export type Workflow = Schemas["WorkflowWithWorkerStatus"];
/** A workflow registration (version) with `active`, as `GET /v1/workflows/registrations/{id}` returns it. */
export type WorkflowRegistration = Schemas["WorkflowRegistrationWithWorkerStatus"];
/** A schedule as `GET /v1/workflows/schedules/{schedule_id}` returns it. */
export type Schedule = Schemas["ScheduleDefinitionOutput"];
/** An execution as `GET /v1/workflows/executions/{execution_id}` returns it. */
export type WorkflowExecution = Schemas["WorkflowExecutionResponse"];
/** Status of an execution. */
export type WorkflowExecutionStatus = Schemas["WorkflowExecutionStatus"];
/** One workflow event (17 kinds, told apart by `event_type`). */
export type WorkflowEvent = Schemas["WorkflowEvent"];
/** One event of the execution and global event streams: a {@link WorkflowEvent} in its envelope. */
export type StreamEvent = Schemas["StreamEventSsePayload"];
/** One log line of an execution. */
export type ExecutionLogRecord = Schemas["ExecutionLogRecord"];
/** One log line of a deployment's workers. */
export type DeploymentLogRecord = Schemas["DeploymentLogRecord"];

/**
 * How an execution unfolds. Every execution runs the same story, one step every `stepMs` of clock
 * time: `WORKFLOW_EXECUTION_STARTED`, a custom task (`CUSTOM_TASK_STARTED`, `steps` ×
 * `CUSTOM_TASK_IN_PROGRESS` JSON-patch progress events, `CUSTOM_TASK_COMPLETED`), an activity
 * (`ACTIVITY_TASK_STARTED`, `ACTIVITY_TASK_COMPLETED`), then `WORKFLOW_EXECUTION_COMPLETED` with the
 * result. `outcome` changes the ending.
 *
 * Set it per execution with an `_mock` field in the execution's input (snake_case, as on the wire:
 * `input: { ticket: "T-1", _mock: { outcome: "failed", stepMs: 100 } }`, or just `_mock: "failed"`),
 * or per workflow with `createMockServer({ behaviours: { "my-workflow": { outcome: "failed" } } })`.
 */
export interface ExecutionBehaviour {
  /**
   * How the execution ends:
   * - `completed`: as above; status `COMPLETED`.
   * - `failed`: the activity fails (`ACTIVITY_TASK_RETRYING`, `ACTIVITY_TASK_FAILED`), then
   *   `WORKFLOW_EXECUTION_FAILED` with `error` as the failure message; status `FAILED`.
   * - `canceled`: halfway through the progress events, `CUSTOM_TASK_CANCELED` then
   *   `WORKFLOW_EXECUTION_CANCELED`; status `CANCELED` (as if cancellation had been requested).
   * - `terminated`: halfway through, status `TERMINATED`; no event (the API has none for it).
   * - `timed_out`: halfway through, `CUSTOM_TASK_TIMED_OUT`; status `TIMED_OUT` (no workflow event).
   * - `continued_as_new`: after the custom task, `WORKFLOW_EXECUTION_CONTINUED_AS_NEW`, then a new run
   *   (new `run_id`, same execution id) starts and completes.
   * - `running`: after the progress events, waits forever (until cancelled, terminated or reset).
   * @default "completed"
   */
  outcome?: "completed" | "failed" | "canceled" | "terminated" | "timed_out" | "continued_as_new" | "running";
  /** Number of `CUSTOM_TASK_IN_PROGRESS` events. @default 5 */
  steps?: number;
  /**
   * Failed attempts before the run that follows `outcome`: each starts, fails its activity
   * (`ACTIVITY_TASK_FAILED`) and is retried as a new run of the same execution (its run ends
   * `RETRYING_AFTER_ERROR`; `GET /v1/workflows/runs` lists it).
   * @default 0
   */
  retries?: number;
  /** Clock milliseconds between two events. @default the server's `stepMs` (400) */
  stepMs?: number;
  /**
   * The same as `stepMs`, in its old spelling.
   * @deprecated Use `stepMs` (the name `createMockServer` takes too); `step_ms` is still accepted, and
   * giving both with different values is a 422.
   */
  step_ms?: number;
  /** The result of a completed execution. @default `{ "status": "done", "input": <input without _mock> }` */
  result?: unknown;
  /** The failure message of a failed execution. @default "Activity failed: simulated error" */
  error?: string;
  /**
   * After the progress events, wait until a signal with this name arrives, then go on to the ending.
   * (A workflow waiting for a human's approval.)
   */
  wait_for_signal?: string;
  /** Results of queries by name. Without an entry, a query answers the execution's current state. */
  query_results?: Record<string, unknown>;
  /** Results of updates by name. Without an entry, an update answers `{ "accepted": true, … }`. */
  update_results?: Record<string, unknown>;
  /**
   * Metadata attached to every event of the execution (`metadata` of each stream event, matched by the
   * global stream's `metadata_filters`). The execution's `custom_tracing_attributes` are added too.
   */
  metadata?: Record<string, unknown>;
  /**
   * Which story the first run plays:
   * - `default`: the one above;
   * - `live_tasks`: custom tasks as real activities publish them: a `checklist` task (items ticked by
   *   JSON patches), an `llm_call` task streaming its answer (`append` patches on `/text`, `progress`
   *   raised by `replace`), a child workflow (parent and root ids set) running a `review` task of its
   *   own, a `tool_call` task that fails (`CUSTOM_TASK_FAILED`), then the checklist's completion and the
   *   ending `outcome` asks for (`failed`: `WORKFLOW_EXECUTION_FAILED`, anything else: completed).
   *   `steps` is the number of token patches.
   * - `child_task` (what the child of `live_tasks` plays): one `review` task, then completed.
   * @default "default"
   */
  story?: "default" | "live_tasks" | "child_task";
  /**
   * Connector sign-in. When the execute request's `extensions` declare connectors
   * (`{ mistralai: { connectors: { bindings: [{ connector_name, credentials_name? }] } } }`), the run
   * first publishes, for each connector not authorized yet, a `connector_auth` custom task whose state is
   * `{ connector_name, connector_id, credentials_name, auth_url, message }`, and waits until the
   * credentials are supplied (`api.authorizeConnector(name)` or `POST /_mock/connectors/authorize`), or
   * `delay_ms` of clock time has passed; the task then completes and the story goes on. `false` turns it
   * off; `auth_url` and `message` replace the mock's (to test what a client does with hostile text).
   * @default on, waiting for the credentials without a delay
   */
  connector_auth?: boolean | { delay_ms?: number; auth_url?: string; message?: string };
}

/** A signal, query or update an execution received (`api.state.executions.get(id).signals`, …). */
export interface ReceivedMessage {
  name: string;
  input: unknown;
  /** Clock time it was received, ISO 8601. */
  received_at: string;
  /** What the query or update answered (`undefined` for signals). */
  result?: unknown;
}

/** A reset an execution went through. */
export interface ResetRecord {
  event_id: number;
  reason: string | null;
  exclude_signals: boolean;
  exclude_updates: boolean;
  /** Clock time of the reset, ISO 8601. */
  at: string;
  /** Run ID before the reset. */
  previous_run_id: string;
}

/** One event of an execution's (Temporal-style) history, as the history endpoint returns it. */
export interface HistoryEvent {
  eventId: string;
  eventTime: string;
  eventType: string;
  [attributes: string]: unknown;
}

/** Everything the mock holds about one execution (`api.state.executions.get(id)`). */
export interface MockExecution {
  /** The execution, as `GET /v1/workflows/executions/{execution_id}` returns it. */
  execution: WorkflowExecution;
  /** The input it was started with (the `_mock` field included). */
  input: unknown;
  /** The behaviour it follows (from `_mock`, the server's `behaviours` and the defaults). */
  behaviour: Required<Pick<ExecutionBehaviour, "outcome" | "steps" | "stepMs" | "step_ms">> &
    ExecutionBehaviour;
  /** ID of the schedule that started it, if any. */
  schedule_id: string | null;
  /** The body of the execute request (or of the schedule's run). */
  request: Record<string, unknown>;
  /** Every event it emitted, in order, across runs. */
  events: StreamEvent[];
  /** Every log line, in order, across runs. */
  logs: ExecutionLogRecord[];
  /** Signals received, in order. */
  signals: ReceivedMessage[];
  /** Queries answered, in order. */
  queries: ReceivedMessage[];
  /** Updates applied, in order. */
  updates: ReceivedMessage[];
  /** Resets, in order. */
  resets: ResetRecord[];
  /** The cancel or terminate requests received, in order (`"cancel"` or `"terminate"`). */
  stop_requests: ("cancel" | "terminate")[];
  /** State the workflow keeps: starts as `{}`, each update with an object input is merged into it. */
  state: Record<string, unknown>;
  /** The history of the current run (what the history endpoint returns, decoded). */
  history: HistoryEvent[];
}

/** Everything the mock holds about one schedule (`api.state.schedules.get(id)`). */
export interface MockSchedule {
  /** The schedule's definition and state as last written (without computed `future_executions`). */
  schedule: Schedule;
  /** ID of the workflow it starts. */
  workflow_id: string;
  /** ID of the registration it was created for, if any. */
  workflow_registration_id: string | null;
  /** ID of the user who created it (`user_id=current` lists the caller's). */
  user_id: string;
  /** `max_executions` as created or last updated (`null`: unlimited). */
  max_executions: number | null;
  /** Every run it started (fired or triggered), oldest first (`recent_executions` shows the last 10). */
  runs: { scheduled_at: string; started_at: string; execution_id: string; trigger: "schedule" | "manual" }[];
  /** Pause and resume requests, with their notes, oldest first. */
  pause_history: { paused: boolean; note: string | null; at: string }[];
}

/**
 * The state of a mock server (`api.state`): read-only maps by id, live (they change as requests
 * arrive). Change the state through requests, the clock or `api.seed()`, never by hand.
 */
export interface MockState {
  /** Workflows by ID. */
  readonly workflows: ReadonlyMap<string, Workflow>;
  /** Registrations by ID. */
  readonly registrations: ReadonlyMap<string, WorkflowRegistration>;
  /** Executions by execution ID (evicted ones are gone: see `retention`). */
  readonly executions: ReadonlyMap<string, MockExecution>;
  /** Schedules by schedule ID. */
  readonly schedules: ReadonlyMap<string, MockSchedule>;
  /**
   * Every workflow event held, in `broker_sequence` order (what the global stream replays). A copy
   * made on each read.
   */
  readonly events: readonly StreamEvent[];
}
