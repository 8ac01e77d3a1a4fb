/**
 * `startExecution()` and `executeAndWait()`: start an execution of a workflow with a typed input, and
 * get its handle or its typed result.
 */
import {
  InvalidArgumentError,
  type OperationInput,
  type RequestOptions,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import { nameOf, type InputOf, type OutputOf, type WorkflowRef } from "./definitions.js";
import { getExecutionHandle, type ExecutionHandle } from "./execution-handle.js";
import type { ResultOptions } from "./execution-result.js";
import { requestOptions } from "./internal/request-options.js";
import { checkInput } from "./internal/validate-input.js";

/** Options of {@link startExecution}: the execute operation's own fields (camelCase), and the request's. */
export interface StartExecutionOptions extends RequestOptions {
  /**
   * ID of the new execution. Sent with every attempt of the request, so a retry after a lost response
   * cannot start a second execution.
   * @default a random UUID, made by the client once per call
   */
  executionId?: string;
  /** Name of the deployment to route the execution to. @default the server's choice */
  deploymentName?: string | null;
  /** Extra attributes added to the execution's trace. */
  customTracingAttributes?: Record<string, string> | null;
  /** Start a new trace instead of joining the caller's trace context. @default false */
  forceNewTrace?: boolean;
  /**
   * W3C trace context to join (`00-<trace id>-<span id>-<flags>`), sent as the `traceparent` request
   * header, as Mistral's official Python SDK does; the execute request's body has no such field. A
   * `traceparent` in `headers` wins. Ignored by the server with `forceNewTrace`.
   */
  traceparent?: string | null;
  /** Plugin data made available to the execution's context. */
  extensions?: Record<string, unknown> | null;
  /**
   * Check the input against the JSON Schema of the workflow's registration (`definition.input_schema`)
   * before starting, and throw `InputSchemaError` (an `InvalidArgumentError`, with every problem and its
   * schema path) instead of starting an execution that would fail on the server. Costs two requests
   * (the workflow, its registrations) and, the first time, loading the validator.
   * @default false
   */
  validate?: boolean;
}

/** Options of {@link executeAndWait}: those of {@link startExecution} and of `ExecutionHandle.result()`. */
export interface ExecuteAndWaitOptions extends StartExecutionOptions, ResultOptions {}

/**
 * The arguments after the workflow: its input (optional when the input type admits `undefined`, as it
 * does for a workflow named by a plain string) and the options.
 */
export type StartArgs<Input, Options> = undefined extends Input
  ? [input?: Input, options?: Options]
  : [input: Input, options?: Options];

type ExecuteBody = OperationInput<"workflows.executeWorkflow">;

function executeBody(
  workflow_identifier: string,
  input: unknown,
  options: StartExecutionOptions,
): ExecuteBody {
  const body: ExecuteBody = { workflow_identifier };
  if (options.executionId !== undefined) body.execution_id = options.executionId;
  if (input !== undefined) body.input = input as ExecuteBody["input"];
  if (options.deploymentName !== undefined) body.deployment_name = options.deploymentName;
  if (options.customTracingAttributes !== undefined)
    body.custom_tracing_attributes = options.customTracingAttributes;
  if (options.forceNewTrace !== undefined) body.force_new_trace = options.forceNewTrace;
  if (options.extensions !== undefined) body.extensions = options.extensions;
  return body;
}

/** Adds `traceparent` to the request's headers unless the caller set that header already. */
function withTraceparent(request: RequestOptions, traceparent: string | null | undefined): RequestOptions {
  if (traceparent === undefined || traceparent === null) return request;
  if (typeof traceparent !== "string")
    throw new InvalidArgumentError("startExecution(): traceparent must be a string.", "traceparent");
  const headers = request.headers ?? {};
  if (Object.keys(headers).some((h) => h.toLowerCase() === "traceparent")) return request;
  return { ...request, headers: { ...headers, traceparent } };
}

/**
 * Starts an execution of `workflow` with `input` and returns its handle, typed by the workflow's
 * definition: one `POST /v1/workflows/{workflow_identifier}/execute`.
 *
 * ```ts
 * const support = defineWorkflow<{ ticket_id: string }, { status: string }>("support-workflow");
 * const handle = await startExecution(client, support, { ticket_id: "T-1" });
 * const { status } = await handle.result();
 * ```
 *
 * The execution id (`executionId`, or a random UUID the client makes) is chosen before the first
 * attempt and sent with every retry, so the execution starts at most once: if a retry is answered 409
 * because an earlier attempt did start it, the client reads that execution back and the call resolves
 * to its handle. A 409 to the first attempt means the id is taken, and rejects with `ConflictError`.
 *
 * Throws `InvalidArgumentError` before sending for a bad workflow reference or options; rejects with
 * the client's typed errors (`NotFoundError` for an unknown workflow, `ValidationError`…).
 */
export async function startExecution<W extends WorkflowRef>(
  client: WorkflowsClient,
  workflow: W,
  ...args: StartArgs<InputOf<W>, StartExecutionOptions>
): Promise<ExecutionHandle<OutputOf<W>>> {
  const [input, options = {}] = args as [unknown, StartExecutionOptions | undefined];
  const name = nameOf(workflow, "workflow");
  if (options === null || typeof options !== "object")
    throw new InvalidArgumentError("startExecution(): options must be an object.", "options");
  const { executionId } = options;
  if (executionId !== undefined && (typeof executionId !== "string" || executionId === ""))
    throw new InvalidArgumentError(
      "startExecution(): executionId must be a non-empty string.",
      "executionId",
    );
  if (options.validate === true) {
    await checkInput(client, name, options.deploymentName, input, requestOptions(options));
  } else if (options.validate !== undefined && options.validate !== false)
    throw new InvalidArgumentError("startExecution(): validate must be a boolean.", "validate");
  const started = await client.workflows.executeWorkflow(
    executeBody(name, input, options),
    withTraceparent(requestOptions(options), options.traceparent),
  );
  return getExecutionHandle(client, started.execution_id, workflow);
}

/**
 * Starts an execution and waits for its result: `startExecution()` then `result()`.
 *
 * ```ts
 * const { status } = await executeAndWait(client, support, { ticket_id: "T-1" });
 * ```
 *
 * Rejects like `ExecutionHandle.result()` (`ExecutionFailedError` & co.) once the execution ends
 * without a result.
 */
export async function executeAndWait<W extends WorkflowRef>(
  client: WorkflowsClient,
  workflow: W,
  ...args: StartArgs<InputOf<W>, ExecuteAndWaitOptions>
): Promise<OutputOf<W>> {
  const [input, options = {}] = args as [unknown, ExecuteAndWaitOptions | undefined];
  const handle = await startExecution(client, workflow as WorkflowRef, input, options);
  const {
    executionId: _id,
    deploymentName: _deployment,
    customTracingAttributes: _attributes,
    forceNewTrace: _trace,
    traceparent: _parent,
    extensions: _extensions,
    validate: _validate,
    maxRetries: _retries,
    ...resultOptions
  } = options;
  return handle.result(resultOptions) as Promise<OutputOf<W>>;
}
