/**
 * `@mistral-workflows/handles`: typed workflow, execution and schedule handles over the client,
 * streaming and pagination packages. Declare a workflow's payload types once with `defineWorkflow()`
 * (and `defineSignal()`, `defineQuery()`, `defineUpdate()`), then start, watch, signal and wait with
 * every payload checked by the compiler.
 */
export { defineQuery, defineSignal, defineUpdate, defineWorkflow } from "./definitions.js";
export type {
  InputOf,
  OutputOf,
  QueryDefinition,
  QueryRef,
  SignalDefinition,
  SignalRef,
  UpdateDefinition,
  UpdateRef,
  WorkflowDefinition,
  WorkflowRef,
} from "./definitions.js";
export { getExecutionHandle } from "./execution-handle.js";
export type {
  EventsOptions,
  ExecutionHandle,
  ExecutionHistory,
  FollowLogsParams,
  HistoryOptions,
  LogsParams,
  PayloadArgs,
  ResetOptions,
  TraceEvents,
  TraceOptions,
  TraceOtel,
  TraceSummary,
} from "./execution-handle.js";
export type { ResultOptions } from "./execution-result.js";
export type { TaskStream, TasksOptions } from "./execution-tasks.js";
export { checkAuthUrl, executeWithConnectorAuth } from "./connector-auth.js";
export type {
  ConnectorAuthRequest,
  ConnectorSlot,
  ExecuteWithConnectorAuthOptions,
} from "./connector-auth.js";
// The task fold's types, so a handle's `tasks()` needs no second import. (Its error class,
// `TaskStateError`, is imported from `@mistral-workflows/streaming/tasks`: re-exporting it here would
// load the fold, and its JSON Patch library, with every import of this package.)
export type {
  TaskSnapshot,
  TaskStateErrorType,
  TaskStatus,
  TaskTracker,
} from "@mistral-workflows/streaming/tasks";
export { executeAndWait, startExecution } from "./start-execution.js";
export type { ExecuteAndWaitOptions, StartArgs, StartExecutionOptions } from "./start-execution.js";
export { InputSchemaError } from "./errors.js";
export type { SchemaIssue } from "./errors.js";
export { createSchedule } from "./create-schedule.js";
export type { CreateScheduleOptions } from "./create-schedule.js";
export { getScheduleHandle } from "./schedule-handle.js";
export type {
  ScheduleChanges,
  ScheduleDescription,
  ScheduleHandle,
  ScheduleSpec,
  TriggerOptions,
} from "./schedule-handle.js";
export { listExecutions, listRuns, listSchedules } from "./list-handles.js";
export type { HandleListing } from "./list-handles.js";
export type { RunDescription, RunHandle, RunHistory, RunHistoryOptions, RunRecord } from "./run-handle.js";
// How an execution can end without a result: the same classes as the streaming package's, so one
// `instanceof` works whichever layer threw.
export {
  ExecutionCanceledError,
  ExecutionError,
  ExecutionFailedError,
  ExecutionTerminatedError,
  ExecutionTimedOutError,
} from "@mistral-workflows/streaming";
export type { ExecutionErrorStatus } from "@mistral-workflows/streaming";
