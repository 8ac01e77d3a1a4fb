/**
 * `ExecutionHandle`: one execution, by id, with every operation the API offers on it as a method.
 * Each method is exactly the request one would write by hand with the client (or the stream or the
 * listing of the streaming and pagination packages), with the payloads typed by their definitions.
 */
import {
  InvalidArgumentError,
  type OperationInput,
  type OperationOutput,
  type RequestOptions,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import {
  paginate,
  type ListPagePromise,
  type ListParams,
  type PaginateOptions,
} from "@mistral-workflows/pagination";
import {
  executionStreamInput,
  streamExecution,
  streamExecutionLogs,
  type EventSourceOption,
  type ExecutionLogRecord,
  type Stream,
  type StreamExecutionLogsInput,
  type StreamOptions,
  type WorkflowExecution,
  type WorkflowStreamEvent,
} from "@mistral-workflows/streaming";
import {
  nameOf,
  type InputOf,
  type OutputOf,
  type QueryRef,
  type SignalRef,
  type UpdateRef,
  type WorkflowRef,
} from "./definitions.js";
import { waitForResult, type ResultOptions } from "./execution-result.js";
import { executionTasks, type TaskStream, type TasksOptions } from "./execution-tasks.js";
import { requestOptions } from "./internal/request-options.js";

/**
 * The arguments after a handler reference: its input (optional when the input type admits `undefined`,
 * as it does for a handler named by a plain string) and the request options.
 */
export type PayloadArgs<Input> = undefined extends Input
  ? [input?: Input, options?: RequestOptions]
  : [input: Input, options?: RequestOptions];

/**
 * Options of {@link ExecutionHandle.events}: those of every stream, where to start, and `eventSource`
 * (`DATABASE`, `LIVE` or `HYBRID`; the deprecated `event_source` is still accepted).
 */
export interface EventsOptions extends StreamOptions, EventSourceOption {
  /** Resume after this event id (e.g. a `stream.lastEventId` saved earlier); same as `lastEventId`. */
  from?: string;
}

/** Options of {@link ExecutionHandle.reset}. */
export interface ResetOptions extends RequestOptions {
  /** ID of the history event to reset the execution to (see {@link ExecutionHandle.history}). */
  eventId: number;
  /** Why the execution is reset, kept in its history. */
  reason?: string | null;
  /** Do not replay the signals received after the reset point. @default false */
  excludeSignals?: boolean;
  /** Do not replay the updates received after the reset point. @default false */
  excludeUpdates?: boolean;
}

/** Options of {@link ExecutionHandle.history}. */
export interface HistoryOptions extends RequestOptions {
  /** Decode the payloads in the history. @default the server's (false) */
  decodePayloads?: boolean;
}

/** The parameters of {@link ExecutionHandle.logs}: those of the logs listing, minus the execution id. */
export type LogsParams = Omit<ListParams<"executions.getWorkflowExecutionLogs">, "execution_id">;
/** The parameters of {@link ExecutionHandle.followLogs}: those of the log stream, minus the execution id. */
export type FollowLogsParams = Omit<StreamExecutionLogsInput, "execution_id">;

/** The trace of an execution as a tree of spans (`trace()`). */
export type TraceSummary = OperationOutput<"executions.getWorkflowExecutionTraceSummary">;
/** The raw OpenTelemetry trace of an execution (`trace({ format: "otel" })`). */
export type TraceOtel = OperationOutput<"executions.getWorkflowExecutionTraceOtel">;
/** The events of the trace of an execution (`trace({ format: "events" })`). */
export type TraceEvents = OperationOutput<"executions.getWorkflowExecutionTraceEvents">;
/** The event history of an execution (`history()`). */
export type ExecutionHistory = OperationOutput<"executions.getWorkflowExecutionHistory">;

/** Options of {@link ExecutionHandle.trace}. */
export interface TraceOptions<
  F extends "summary" | "otel" | "events" = "summary" | "otel" | "events",
> extends RequestOptions {
  /**
   * Which form: `summary` (a tree of spans), `otel` (the raw OpenTelemetry trace) or `events` (the
   * trace's events). @default "summary"
   */
  format?: F;
  /** For `events`: include the events internal to the workflow engine. @default the server's (false) */
  includeInternalEvents?: boolean;
  /** For `events`: merge the events that share an ID into one. @default the server's (false) */
  mergeSameIdEvents?: boolean;
}

/**
 * A handle on one execution. Made by `startExecution()`, `getExecutionHandle()`, and the listings that
 * yield executions. Holding one sends nothing; each method is one operation of the API.
 *
 * `Output` is the type `result()` resolves to, from the workflow's definition (`unknown` without one).
 */
export interface ExecutionHandle<Output = unknown> {
  /** ID of the execution. */
  readonly executionId: string;
  /** Name of the workflow, when the handle was made from a definition or a name (else `undefined`). */
  readonly workflowName: string | undefined;
  /**
   * Waits for the execution to end and resolves to its result, typed `Output` (not checked at run time).
   *
   * Follows the event stream (`GET …/executions/{execution_id}/stream`, resumed across dropped
   * connections), then reads `GET …/executions/{execution_id}` once for the result. If the stream gives
   * up (reconnects spent, a 5xx or 429 on the stream, an `error` event), it falls back to reading the
   * status every `pollIntervalMs` until the execution has finished.
   *
   * Rejects with `ExecutionFailedError`, `ExecutionCanceledError`, `ExecutionTerminatedError` or
   * `ExecutionTimedOutError` (all `ExecutionError`, with `status`, `execution` and, from the stream, the
   * terminal `event`) when it ends without a result; with `APIUserAbortError` once `signal` aborts; with
   * the client's typed errors otherwise (e.g. `NotFoundError` for an unknown id).
   */
  result(options?: ResultOptions): Promise<Output>;
  /**
   * The typed, resumable event stream of the execution (`streamExecution()`), ending after its terminal
   * event. `from` resumes after a saved event id. Nothing is sent before it is iterated.
   */
  events(options?: EventsOptions): Stream<WorkflowStreamEvent>;
  /**
   * The live state of every custom task of the execution and of its child workflows, one snapshot
   * after each task event (`taskStates()` over `streamExecutionTree()`), ending with the execution.
   * The handle must be a root execution's. Nothing is sent before it is iterated; bad fold options
   * throw at the call.
   *
   * ```ts
   * for await (const task of handle.tasks()) render(task.taskId, task.status, task.state);
   * ```
   */
  tasks(options?: TasksOptions): TaskStream;
  /** The execution's status and, once finished, its result: `GET …/executions/{execution_id}`. */
  describe(options?: RequestOptions): Promise<WorkflowExecution>;
  /**
   * Sends a signal: `POST …/executions/{execution_id}/signals`. Resolves once the signal is accepted,
   * before the workflow handles it. The input is typed by the signal's definition.
   */
  signal<S extends SignalRef>(signal: S, ...args: PayloadArgs<InputOf<S>>): Promise<void>;
  /**
   * Runs a query handler and resolves to its result, typed by the query's definition:
   * `POST …/executions/{execution_id}/queries`.
   */
  query<Q extends QueryRef>(query: Q, ...args: PayloadArgs<InputOf<Q>>): Promise<OutputOf<Q>>;
  /**
   * Runs an update handler (which may change the execution's state) and resolves to its result, typed
   * by the update's definition: `POST …/executions/{execution_id}/updates`.
   */
  update<U extends UpdateRef>(update: U, ...args: PayloadArgs<InputOf<U>>): Promise<OutputOf<U>>;
  /**
   * Requests cancellation; the workflow can handle it and clean up: `POST …/executions/{execution_id}/cancel`.
   * `result()` then rejects with `ExecutionCanceledError`.
   */
  cancel(options?: RequestOptions): Promise<void>;
  /**
   * Stops the execution at once, without letting the workflow clean up:
   * `POST …/executions/{execution_id}/terminate`. The API takes no reason for it. `result()` then
   * rejects with `ExecutionTerminatedError`.
   */
  terminate(options?: RequestOptions): Promise<void>;
  /**
   * Resets the execution to an event of its history; it runs again from there:
   * `POST …/executions/{execution_id}/reset`.
   */
  reset(options: ResetOptions): Promise<void>;
  /** The execution's full event history: `GET …/executions/{execution_id}/history`. */
  history(options?: HistoryOptions): Promise<ExecutionHistory>;
  /**
   * The execution's logs, a page at a time, lazily: `await` it for the first page, `for await` it for
   * every record, `.pages()` for every page (`GET …/executions/{execution_id}/logs`).
   */
  logs(
    params?: LogsParams,
    options?: PaginateOptions,
  ): ListPagePromise<"executions.getWorkflowExecutionLogs">;
  /**
   * The execution's log stream (`streamExecutionLogs()`): every record from the start (or from `after`),
   * then new ones live until the execution has finished. Nothing is sent before it is iterated.
   */
  followLogs(params?: FollowLogsParams, options?: StreamOptions): Stream<ExecutionLogRecord>;
  /** The trace as a tree of spans: `GET …/executions/{execution_id}/trace/summary`. */
  trace(options?: TraceOptions<"summary">): Promise<TraceSummary>;
  /** The raw OpenTelemetry trace: `GET …/executions/{execution_id}/trace/otel`. */
  trace(options: TraceOptions<"otel">): Promise<TraceOtel>;
  /** The trace's events: `GET …/executions/{execution_id}/trace/events`. */
  trace(options: TraceOptions<"events">): Promise<TraceEvents>;
}

type MessageBody = OperationInput<"executions.signalWorkflowExecution">;

function messageBody(execution_id: string, name: string, args: unknown[]): [MessageBody, RequestOptions] {
  const [input, options] = args as [unknown, RequestOptions | undefined];
  const body: MessageBody = { execution_id, name };
  if (input !== undefined) body.input = input as MessageBody["input"];
  return [body, requestOptions(options)];
}

/**
 * Attaches to an existing execution by id. Sends nothing: the handle's methods do.
 *
 * ```ts
 * const handle = getExecutionHandle(client, executionId, support); // result() typed by `support`
 * console.log((await handle.describe()).status);
 * ```
 *
 * Pass the workflow's definition (or name) to type `result()` and fill `workflowName`. Throws
 * `InvalidArgumentError` for an empty id.
 */
export function getExecutionHandle<W extends WorkflowRef = string>(
  client: WorkflowsClient,
  executionId: string,
  workflow?: W,
): ExecutionHandle<OutputOf<W>> {
  if (typeof executionId !== "string" || executionId === "")
    throw new InvalidArgumentError("executionId must be a non-empty string.", "executionId");
  const workflowName = workflow === undefined ? undefined : nameOf(workflow, "workflow");
  const execution_id = executionId;
  const id = { execution_id };

  const handle: ExecutionHandle<OutputOf<W>> = {
    executionId,
    workflowName,
    result: (options) => waitForResult<OutputOf<W>>(client, executionId, options),
    events(options = {}) {
      const { from, eventSource, event_source, ...stream } = options;
      const input = executionStreamInput(execution_id, { eventSource, event_source });
      return streamExecution(client, input, from === undefined ? stream : { ...stream, lastEventId: from });
    },
    tasks: (options) => executionTasks(client, execution_id, options),
    describe: (options) => client.executions.getWorkflowExecution(id, requestOptions(options)),
    async signal(signal, ...args) {
      const [body, options] = messageBody(execution_id, nameOf(signal, "signal"), args);
      await client.executions.signalWorkflowExecution(body, options);
    },
    async query(query, ...args) {
      const [body, options] = messageBody(execution_id, nameOf(query, "query"), args);
      const answer = await client.executions.queryWorkflowExecution(body, options);
      return answer.result as never;
    },
    async update(update, ...args) {
      const [body, options] = messageBody(execution_id, nameOf(update, "update"), args);
      const answer = await client.executions.updateWorkflowExecution(body, options);
      return answer.result as never;
    },
    cancel: (options) => client.executions.cancelWorkflowExecution(id, requestOptions(options)),
    terminate: (options) => client.executions.terminateWorkflowExecution(id, requestOptions(options)),
    async reset(options) {
      if (options === null || typeof options !== "object" || !Number.isInteger(options.eventId))
        throw new InvalidArgumentError("reset(): eventId must be a whole number.", "eventId");
      const { eventId, reason, excludeSignals, excludeUpdates } = options;
      const body: OperationInput<"executions.resetWorkflow"> = { execution_id, event_id: eventId };
      if (reason !== undefined) body.reason = reason;
      if (excludeSignals !== undefined) body.exclude_signals = excludeSignals;
      if (excludeUpdates !== undefined) body.exclude_updates = excludeUpdates;
      return client.executions.resetWorkflow(body, requestOptions(options));
    },
    history(options = {}) {
      const input: OperationInput<"executions.getWorkflowExecutionHistory"> =
        options.decodePayloads === undefined ? id : { execution_id, decode_payloads: options.decodePayloads };
      return client.executions.getWorkflowExecutionHistory(input, requestOptions(options));
    },
    logs: (params = {}, options) =>
      paginate(client, "executions.getWorkflowExecutionLogs", { ...params, execution_id }, options),
    followLogs: (params = {}, options) => streamExecutionLogs(client, { ...params, execution_id }, options),
    trace: (async (options: TraceOptions = {}) => {
      const { format = "summary", includeInternalEvents, mergeSameIdEvents } = options;
      const request = requestOptions(options);
      if (format === "summary") return client.executions.getWorkflowExecutionTraceSummary(id, request);
      if (format === "otel") return client.executions.getWorkflowExecutionTraceOtel(id, request);
      if (format === "events") {
        const input: OperationInput<"executions.getWorkflowExecutionTraceEvents"> = { execution_id };
        if (includeInternalEvents !== undefined) input.include_internal_events = includeInternalEvents;
        if (mergeSameIdEvents !== undefined) input.merge_same_id_events = mergeSameIdEvents;
        return client.executions.getWorkflowExecutionTraceEvents(input, request);
      }
      throw new InvalidArgumentError(
        `trace(): format must be "summary", "otel" or "events", got ${JSON.stringify(format)}.`,
        "format",
      );
    }) as ExecutionHandle["trace"],
  };
  return handle;
}
