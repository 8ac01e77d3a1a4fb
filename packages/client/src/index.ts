export { createClient, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { ClientOptions, WorkflowsClient } from "./client.js";
export * from "./errors.js";
export { createRetryFetch, retryDelayMs, shouldRetry } from "./retry-fetch.js";
export type { RetryPolicy } from "./retry-fetch.js";
export type {
  NamedMethod,
  NamedMethods,
  OperationInput,
  OperationName,
  OperationOutput,
  RequestOptions,
} from "./types.js";
export { operationTable } from "./generated/operations.js";
export type { OperationTypes } from "./generated/operations.js";
export type { components, operations, paths } from "./generated/schema.js";
export { VERSION } from "./version.js";
