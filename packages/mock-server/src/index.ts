/**
 * `@mistral-workflows/mock-server`: a stateful, spec-validated, in-memory stand-in for the Mistral
 * Workflows API, as a fetch-shaped handler (`createMockServer`) or an HTTP listener (`startMockServer`).
 */
export { createMockServer } from "./create-mock-server.js";
export type { MockServer, MockServerOptions, RecordedRequest } from "./create-mock-server.js";
export type { WorkerEncodingOptions } from "./http/worker-encoding.js";
export { startMockServer } from "./start-mock-server.js";
export type { RunningMockServer, StartMockServerOptions } from "./start-mock-server.js";
export { DEFAULT_MANUAL_START } from "./clock.js";
export type { ClockMode, ClockOptions, MockClock } from "./clock.js";
export {
  FAULT_HEADER,
  FAULT_LIMITS,
  formatFaultHeader,
  parseFaultHeader,
  validateFaultRule,
} from "./faults.js";
export type { FaultController, FaultRule } from "./faults.js";
export {
  defaultSeed,
  executionFixture,
  registrationFixture,
  scheduleFixture,
  stableUuid,
  SEED_CUSTOMER_ID,
  SEED_WORKSPACE_ID,
  SUPPORT_WORKFLOW_ID,
  workflowFixture,
} from "./fixtures.js";
export type { ExecutionSeed, SeedData } from "./fixtures.js";
export type { OpenAPIDocument } from "./http/spec.js";
export { bundledSpec } from "./http/spec.js";
export type { CorsOptions } from "./http/cors.js";
export { DEFAULT_LIMITS } from "./http/limits.js";
export type { RequestLimits } from "./http/limits.js";
export type {
  ExecutionBehaviour,
  ExecutionLogRecord,
  HistoryEvent,
  MockExecution,
  MockSchedule,
  MockState,
  ReceivedMessage,
  ResetRecord,
  Schedule,
  StreamEvent,
  Workflow,
  WorkflowEvent,
  WorkflowExecution,
  WorkflowExecutionStatus,
  WorkflowRegistration,
} from "./types.js";
