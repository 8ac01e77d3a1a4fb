/**
 * `RunHandle`: one run of an execution, as `listRuns()` yields it. An execution is one or more runs (a
 * continue-as-new, a workflow retry or a reset ends the current run and starts another with a new run
 * id), so a run is not an execution: its handle carries the run's own reads and the handle of the
 * execution it belongs to.
 */
import {
  InvalidArgumentError,
  type components,
  type OperationInput,
  type OperationOutput,
  type RequestOptions,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import { getExecutionHandle, type ExecutionHandle } from "./execution-handle.js";
import { requestOptions } from "./internal/request-options.js";

/** A run as the runs listing gives it: ids, workflow, status and times, without a result. */
export type RunRecord = components["schemas"]["WorkflowExecutionWithoutResultResponse"];
/** A run read on its own (`describe()`), with the execution's result once this run has completed it. */
export type RunDescription = OperationOutput<"runs.getRun">;
/** The event history of one run (`history()`). */
export type RunHistory = OperationOutput<"runs.getRunHistory">;

/** Options of {@link RunHandle.history}. */
export interface RunHistoryOptions extends RequestOptions {
  /** Decode the payloads in the history. @default the server's (true) */
  decodePayloads?: boolean;
}

/**
 * A handle on one run of an execution. Holding one sends nothing; each method is one request.
 *
 * Every run belongs to an execution: `execution` is that execution's handle (the same one
 * `getExecutionHandle()` gives), for `result()`, `signal()`, `cancel()` and the rest. Several runs of
 * one execution give handles on the same execution.
 */
export interface RunHandle {
  /**
   * ID of the run, or `null` when the server listed the run without one; `describe()` and `history()`
   * then reject with `InvalidArgumentError` and send nothing.
   */
  readonly runId: string | null;
  /** ID of the execution the run belongs to. */
  readonly executionId: string;
  /** The run as it was listed: a snapshot, not refreshed (call `describe()` for the current state). */
  readonly record: RunRecord;
  /** The handle of the execution this run belongs to. */
  readonly execution: ExecutionHandle;
  /** The run as it is now, with its result if it completed the execution: `GET /v1/workflows/runs/{run_id}`. */
  describe(options?: RequestOptions): Promise<RunDescription>;
  /** The run's own event history: `GET /v1/workflows/runs/{run_id}/history`. */
  history(options?: RunHistoryOptions): Promise<RunHistory>;
}

/**
 * The handle of a listed run. Sends nothing. Throws `InvalidArgumentError` for a record without an
 * `execution_id`.
 */
export function runHandle(client: WorkflowsClient, record: RunRecord): RunHandle {
  const execution = getExecutionHandle(client, record.execution_id, record.workflow_name);
  const runId = typeof record.run_id === "string" && record.run_id !== "" ? record.run_id : null;
  const idOf = (method: string): string => {
    if (runId === null)
      throw new InvalidArgumentError(`${method}: the run was listed without a run id.`, "run_id");
    return runId;
  };
  return {
    runId,
    executionId: record.execution_id,
    record,
    execution,
    async describe(options) {
      const run_id = idOf("describe()");
      return client.runs.getRun({ run_id }, requestOptions(options));
    },
    async history(options = {}) {
      const run_id = idOf("history()");
      const input: OperationInput<"runs.getRunHistory"> =
        options.decodePayloads === undefined
          ? { run_id }
          : { run_id, decode_payloads: options.decodePayloads };
      return client.runs.getRunHistory(input, requestOptions(options));
    },
  };
}
