/**
 * `streamExecutionLogs()`: the log records of one execution
 * (`GET /v1/workflows/executions/{execution_id}/logs/stream`), resumed through `Last-Event-ID` and
 * `last_event_id`, ending when the execution has finished and the server closes the stream.
 */
import type { OperationInput, WorkflowsClient } from "@mistral-workflows/client";
import type { StreamOptions } from "./connect.js";
import type { ExecutionLogRecord } from "./events.js";
import { isFinalStatus } from "./execution-status.js";
import { openOperation, resumeIdOf } from "./internal/open-operation.js";
import { decodeLogRecord } from "./sse-decode.js";
import { connectSSE, type Stream } from "./stream.js";

/** Input of {@link streamExecutionLogs}: the operation's parameters under their wire names. */
export type StreamExecutionLogsInput = OperationInput<"executions.streamWorkflowExecutionLogs">;

/**
 * Streams the log records of one execution, typed.
 *
 * ```ts
 * for await (const log of streamExecutionLogs(client, { execution_id })) {
 *   console.log(log.timestamp, log.severity_text, log.body);
 * }
 * ```
 *
 * - Each item is an `ExecutionLogRecord` (a `log` event); an `error` event throws a `StreamEventError`.
 * - A dropped connection is resumed after the last record's id, sent as both the `Last-Event-ID`
 *   header and the `last_event_id` parameter (the spec lists both; the header wins). Resuming makes the
 *   server ignore `after`.
 * - Log records have no terminal event: when a connection ends cleanly or goes idle, or stays open
 *   without a record for `completionCheckMs` (30 s, heartbeats only), the stream asks
 *   `GET /v1/workflows/executions/{execution_id}`, and ends if the execution has finished
 *   (`COMPLETED`, `FAILED`, `CANCELED`, `TERMINATED`, `TIMED_OUT`); otherwise it reconnects (or reads
 *   on and asks again after another such period).
 */
export function streamExecutionLogs(
  client: WorkflowsClient,
  input: StreamExecutionLogsInput,
  options: StreamOptions = {},
): Stream<ExecutionLogRecord> {
  const { execution_id } = input;
  return connectSSE(
    {
      open: openOperation(client, "executions.streamWorkflowExecutionLogs", input, options),
      decode: decodeLogRecord,
      async isComplete(signal) {
        const execution = await client.executions.getWorkflowExecution(
          { execution_id },
          { signal, headers: options.headers, timeoutMs: options.timeoutMs },
        );
        return isFinalStatus(execution.status);
      },
    },
    {
      ...options,
      lastEventId: options.lastEventId ?? resumeIdOf("executions.streamWorkflowExecutionLogs", input),
    },
  );
}
