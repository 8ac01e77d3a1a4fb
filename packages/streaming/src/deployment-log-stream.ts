/**
 * `streamDeploymentLogs()`: the log records of all the workers of one deployment
 * (`GET /v1/workflows/deployments/{name}/logs/stream`), resumed through `Last-Event-ID` and
 * `last_event_id`; a tail that ends once the deployment is stopped, has no live self-hosted worker,
 * or is gone.
 */
import { NotFoundError, type OperationInput, type WorkflowsClient } from "@mistral-workflows/client";
import type { StreamOptions } from "./connect.js";
import type { DeploymentLogRecord } from "./events.js";
import { openOperation, resumeIdOf } from "./internal/open-operation.js";
import { decodeLogRecord, type Decoder } from "./sse-decode.js";
import { connectSSE, type Stream } from "./stream.js";

/** Input of {@link streamDeploymentLogs}: the operation's parameters under their wire names. */
export type StreamDeploymentLogsInput = OperationInput<"deployments.streamDeploymentLogs">;

// A deployment log record has the same fields as an execution's, so the log decoder serves both.
const decodeDeploymentLogRecord: Decoder<DeploymentLogRecord> = decodeLogRecord;

/**
 * Streams the log records of a deployment's workers, typed.
 *
 * ```ts
 * for await (const log of streamDeploymentLogs(client, { name: "support-workers" })) {
 *   console.log(log.timestamp, log.log_attributes.worker_name, log.body);
 * }
 * ```
 *
 * - Each item is a `DeploymentLogRecord` (a `log` event); an `error` event throws a `StreamEventError`.
 * - A dropped connection is resumed after the last record's id, sent as both the `Last-Event-ID`
 *   header and the `last_event_id` parameter (the spec lists both; the header wins). Resuming makes the
 *   server ignore `after`. A record delivered before the drop is not delivered again.
 * - The stream has no terminal event: when a connection ends cleanly or goes idle, or stays open
 *   without a record for `completionCheckMs` (30 s, heartbeats only), the stream asks
 *   `GET /v1/workflows/deployments/{name}` and ends quietly if the deployment was deleted (404),
 *   is a stopped managed deployment, or is a self-hosted one with no live worker; otherwise it
 *   reconnects (or reads on and asks again after another such period). Break out of the loop (or abort `signal`) to stop tailing earlier.
 * - An unknown deployment fails the first request with `NotFoundError`; a `503` (log backend
 *   unavailable) is retried like any other server error.
 */
export function streamDeploymentLogs(
  client: WorkflowsClient,
  input: StreamDeploymentLogsInput,
  options: StreamOptions = {},
): Stream<DeploymentLogRecord> {
  const { name } = input;
  return connectSSE(
    {
      open: openOperation(client, "deployments.streamDeploymentLogs", input, options),
      decode: decodeDeploymentLogRecord,
      async isComplete(signal) {
        try {
          const deployment = await client.deployments.getDeployment(
            { name },
            { signal, headers: options.headers, timeoutMs: options.timeoutMs },
          );
          if (deployment.managed) return deployment.managed.stopped === true;
          return !deployment.is_active;
        } catch (error) {
          if (error instanceof NotFoundError) return true;
          throw error;
        }
      },
    },
    {
      ...options,
      lastEventId: options.lastEventId ?? resumeIdOf("deployments.streamDeploymentLogs", input),
    },
  );
}
