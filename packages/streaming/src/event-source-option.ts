/**
 * The `eventSource` option of `watchExecution()` and `ExecutionHandle.events()`, and its deprecated
 * wire-spelled twin `event_source`: one place that turns either into the stream's `event_source` query.
 */
import { InvalidArgumentError } from "@mistral-workflows/client";
import type { StreamExecutionInput } from "./execution-stream.js";

/** Where an execution's events come from: `DATABASE` (stored), `LIVE` (new ones only) or `HYBRID` (both). */
export type ExecutionEventSource = NonNullable<StreamExecutionInput["event_source"]>;

/** The option that picks an execution stream's {@link ExecutionEventSource}. */
export interface EventSourceOption {
  /** Where the events come from: `DATABASE`, `LIVE` or `HYBRID`. @default the server's */
  eventSource?: ExecutionEventSource;
  /**
   * The same as `eventSource`, in the wire's spelling.
   * @deprecated Use `eventSource` (SDK options are camelCase); `event_source` is still accepted.
   */
  event_source?: ExecutionEventSource;
}

/**
 * The input of `streamExecution()` for `execution_id` with the event source `options` ask for
 * (`eventSource`, else the deprecated `event_source`; neither: the server's default). Throws an
 * `InvalidArgumentError` (argument `eventSource`) when both are given with different values, before
 * anything is sent.
 */
export function executionStreamInput(execution_id: string, options: EventSourceOption): StreamExecutionInput {
  const { eventSource, event_source } = options;
  if (eventSource != null && event_source != null && eventSource !== event_source)
    throw new InvalidArgumentError(
      `eventSource and its deprecated spelling event_source disagree ("${String(eventSource)}" and "${String(event_source)}"): give eventSource only.`,
      "eventSource",
    );
  const source = eventSource ?? event_source;
  return source ? { execution_id, event_source: source } : { execution_id };
}
