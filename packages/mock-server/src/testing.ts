/**
 * `@mistral-workflows/mock-server/testing`: helpers for this repository's own contract tests (which
 * operations the mock cannot answer yet, and response checks against the spec). Not needed to use the
 * mock; they may change in any release.
 */
import type { MockServer } from "./create-mock-server.js";
import { DOMAIN, type Domain } from "./domain/domain.js";
import { hasHandler } from "./handlers/index.js";
import { compiledSpec } from "./http/compiled-spec.js";
import { bundledSpec, readOperations, type OpenAPIDocument } from "./http/spec.js";

/** The SDK names of the operations of `spec` that the mock server has no handler for. */
export function _unimplementedOperations(spec: OpenAPIDocument = bundledSpec): string[] {
  return readOperations(spec)
    .filter((op) => !hasHandler(op.sdkName))
    .map((op) => op.sdkName);
}

/**
 * Checks a response body against the spec: returns the problems (none: `[]`). `operation` is an SDK
 * name (`"schedules.getSchedule"`) or an operationId; for a streaming operation, `body` is one event's data.
 */
export function _validateResponse(
  operation: string,
  status: number,
  body: unknown,
  spec: OpenAPIDocument = bundledSpec,
): string[] {
  const { ops, validator } = compiledSpec(spec);
  const op = ops.find((o) => o.sdkName === operation || o.operationId === operation);
  if (!op) throw new Error(`No operation "${operation}" in the spec`);
  return validator.validateResponse(op, status, body);
}

/**
 * How many listeners are attached: to the global event stream, and to one execution's events and
 * logs (`0` for an unknown id). Tests use it to check that a stream that ends stops listening.
 */
export function _listenerCounts(
  api: MockServer,
  executionId?: string,
): { global: number; events: number; logs: number } {
  const domain = (api as unknown as Record<symbol, Domain>)[DOMAIN]!;
  const rt = executionId === undefined ? undefined : domain.store.executions.get(executionId);
  return {
    global: domain.engine.recorder.listeners.size,
    events: rt?.listeners.events.size ?? 0,
    logs: rt?.listeners.logs.size ?? 0,
  };
}
