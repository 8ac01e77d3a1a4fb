export { createClient, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { ClientOptions, WorkflowsClient } from "./client.js";
export * from "./errors.js";
export { createRetryFetch } from "./retry-fetch.js";
export type { HookInfo, OnRequest, OnResponse, RetryPolicy } from "./policy.js";
export { isRetryableStatus, MAX_RETRY_AFTER_MS, retryAfterMs } from "./retry-status.js";
export { sleep } from "./sleep.js";
export { neverReachedServer, retryDelayMs, shouldRetry } from "./deprecated.js";
export { APIPromise } from "./api-promise.js";
export { decodeEventAttributes } from "./payload-codec.js";
export type { EncodedInput, PayloadCodec } from "./payload-codec.js";
export { CLOCK_SKEW_ALLOWANCE_MS } from "./internal/write-once.js";
export type { Int64Mode, JsonParser } from "./json-parser.js";
export type { WithResponse } from "./api-promise.js";
export type { Logger, LogFields } from "./logger.js";
export type { NamedMethods } from "./generated/named-methods.js";
export type { NamedMethod, OperationInput, OperationName, OperationOutput, RequestOptions } from "./types.js";
export { operationTable } from "./generated/operations.js";
export { errorCodes, type WorkflowsErrorCode } from "./generated/error-codes.js";
export {
  FINAL_EXECUTION_STATUS,
  WORKFLOW_EXECUTION_STATUSES,
  type FinalExecutionStatus,
  type KnownExecutionStatus,
} from "./generated/execution-statuses.js";
export type { OperationTypes } from "./generated/operations.js";
export type { components, operations, paths } from "./generated/schema.js";
export { VERSION } from "./version.js";
