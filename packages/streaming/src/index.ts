/**
 * `@mistral-workflows/streaming`: typed, resumable Server-Sent Events for the Workflows API, layered
 * parse (`createSSEParser`) → decode (`decodeWorkflowEvent`, `decodeLogRecord`) → connect (`connectSSE`),
 * with one entry point per SSE operation of the spec and `watchExecution()` on top.
 */
export { connectSSE } from "./stream.js";
export type { ConnectSpec, ReconnectInfo, ResumePoint, StreamOptions } from "./connect.js";
export {
  ExecutionCanceledError,
  ExecutionError,
  ExecutionFailedError,
  ExecutionTerminatedError,
  ExecutionTimedOutError,
  StreamDisconnectedError,
  StreamEventError,
  StreamParseError,
} from "./errors.js";
export type { DisconnectReason, ExecutionErrorStatus, StreamParseErrorType } from "./errors.js";
export { executionStreamInput } from "./event-source-option.js";
export type { EventSourceOption, ExecutionEventSource } from "./event-source-option.js";
export { streamEvents } from "./event-stream.js";
export type { StreamEventsInput } from "./event-stream.js";
export { TERMINAL_EVENT_TYPES, WORKFLOW_EVENT_TYPES, isWorkflowEventType } from "./events.js";
export { EXECUTION_ENDINGS, isFinalStatus, toExecutionError } from "./execution-status.js";
export type { ExecutionEnding } from "./execution-status.js";
export { streamDeploymentLogs } from "./deployment-log-stream.js";
export type { StreamDeploymentLogsInput } from "./deployment-log-stream.js";
export type {
  DeploymentLogRecord,
  ExecutionLogRecord,
  StreamErrorPayload,
  UnknownWorkflowEvent,
  WorkflowEvent,
  WorkflowEventOf,
  WorkflowEventType,
  WorkflowExecution,
  WorkflowExecutionStatus,
  WorkflowStreamErrorPayload,
  WorkflowStreamEvent,
} from "./events.js";
export { isTerminalEvent, streamExecution } from "./execution-stream.js";
export type { StreamExecutionInput } from "./execution-stream.js";
export { streamExecutionLogs } from "./log-stream.js";
export type { StreamExecutionLogsInput } from "./log-stream.js";
export { decodeLogRecord, decodeWorkflowEvent } from "./sse-decode.js";
export type { Decoder } from "./sse-decode.js";
export { createSSEParser, iterSSEMessages } from "./sse-parse.js";
export type { SSEMessage, SSEParser, SSEParserCallbacks, SSEParserOptions } from "./sse-parse.js";
export { Stream } from "./stream.js";
export type { StreamState } from "./stream.js";
// The task fold is at `@mistral-workflows/streaming/tasks`; its options' check is here, free of it.
export { checkTaskStatesOptions } from "./task-options.js";
export type { TaskPayload, TaskStatesOptions } from "./task-options.js";
export { streamExecutionTree } from "./execution-tree-stream.js";
export type { StreamExecutionTreeInput } from "./execution-tree-stream.js";
export { watchExecution } from "./watch-execution.js";
export type { WatchExecutionOptions } from "./watch-execution.js";
