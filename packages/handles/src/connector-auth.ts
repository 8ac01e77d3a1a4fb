/**
 * `executeWithConnectorAuth()`: start a workflow that uses connectors needing a sign-in (OAuth), hand
 * each sign-in request to the caller while the workflow waits, and resolve to the result.
 *
 * The flow the official Python SDK's `execute_with_connector_auth_async` follows: the connectors go in
 * the execute request's `extensions` as `{ mistralai: { connectors: { bindings: [...] } } }`; the
 * workflow publishes a `connector_auth` custom task per connector that needs a sign-in, whose state
 * carries `auth_url`; the server watches for the credentials itself, so the client only shows the URL
 * and keeps following the events of the whole workflow tree until the root execution ends.
 */
import { APIUserAbortError, InvalidArgumentError, type WorkflowsClient } from "@mistral-workflows/client";
import { isFinalStatus, type TaskStatesOptions } from "@mistral-workflows/streaming";
import type { TaskSnapshot } from "@mistral-workflows/streaming/tasks";
import type { InputOf, OutputOf, WorkflowRef } from "./definitions.js";
import { settle, waitForResult } from "./execution-result.js";
import { executionTasks } from "./execution-tasks.js";
import type { ExecutionHandle } from "./execution-handle.js";
import { startExecution, type StartArgs, type StartExecutionOptions } from "./start-execution.js";

/** A connector the workflow needs (the Python SDK's `ConnectorSlot`). */
export interface ConnectorSlot {
  /** Name of the connector, e.g. `gmail`. */
  connector_name: string;
  /** Named credential set to use for it, when the user has several. @default the default set */
  credentials_name?: string | null;
}

/** A sign-in request: the state of a `connector_auth` task (the Python SDK's `ConnectorAuthTaskState`). */
export interface ConnectorAuthRequest {
  /** The connector that needs a sign-in. */
  connector_name: string;
  /** The server's id of the connector. */
  connector_id: string;
  /** The named credential set, if one was asked for. */
  credentials_name: string | null;
  /**
   * Where the user signs in: an absolute `http:` or `https:` URL, normalised by the URL parser, or
   * `null` when the server sent none or sent anything else (another scheme such as `javascript:`,
   * control characters, user info): the text comes from the server and is never passed on unchecked.
   */
  auth_url: string | null;
  /** The server's explanation, if any: untrusted text, to escape before rendering or printing. */
  message: string | null;
  /** Execution that asked (the root or one of its child workflows). */
  workflow_exec_id: string;
  /** `custom_task_id` of the `connector_auth` task. */
  custom_task_id: string;
}

/** Options of {@link executeWithConnectorAuth}. */
export interface ExecuteWithConnectorAuthOptions
  extends StartExecutionOptions, Pick<TaskStatesOptions, "decodePayload"> {
  /** The connectors the workflow needs; sent as the execution's `extensions.mistralai.connectors`. */
  connectors?: readonly ConnectorSlot[];
  /**
   * Called once per sign-in request (per task and `auth_url`), awaited before the events are read on.
   * Show `auth_url` to the user; the workflow goes on by itself once the sign-in is done. An exception
   * here stops following the execution and rejects the call (the execution keeps running).
   */
  onAuthRequired?: (request: ConnectorAuthRequest) => void | Promise<void>;
  /** Called with the execution's handle as soon as it has started (e.g. to show or save its id). */
  onStarted?: (handle: ExecutionHandle<unknown>) => void;
}

/** Sign-in requests remembered (so each is handed over once) at most. */
const MAX_REMEMBERED = 1000;

// C0 and C1 control characters: never part of a URL worth showing.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A sign-in URL from the server, checked: `value` as an absolute `http:`/`https:` URL without user
 * info or control characters, normalised by the URL parser; `null` for anything else (another scheme
 * such as `javascript:` or `data:`, a relative path, a non-string). What `executeWithConnectorAuth`
 * applies to `auth_url` before handing it over.
 */
export function checkAuthUrl(value: unknown): string | null {
  if (typeof value !== "string" || CONTROL.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  return url.href;
}

const optionalString = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** The sign-in request a `connector_auth` snapshot carries, or `null` when its state is not one. */
function requestOf(task: TaskSnapshot): ConnectorAuthRequest | null {
  if (task.type !== "connector_auth" || task.status !== "RUNNING" || task.stale) return null;
  const state = task.state as Record<string, unknown> | null;
  if (!state || typeof state !== "object" || Array.isArray(state)) return null;
  if (typeof state.connector_name !== "string" || typeof state.connector_id !== "string") return null;
  return {
    connector_name: state.connector_name,
    connector_id: state.connector_id,
    credentials_name: optionalString(state.credentials_name),
    auth_url: checkAuthUrl(state.auth_url),
    message: optionalString(state.message),
    workflow_exec_id: task.workflowExecId,
    custom_task_id: task.taskId,
  };
}

function checkConnectors(connectors: unknown): ConnectorSlot[] {
  if (connectors === undefined) return [];
  if (!Array.isArray(connectors))
    throw new InvalidArgumentError("executeWithConnectorAuth(): connectors must be an array.", "connectors");
  return connectors.map((slot: unknown, i) => {
    const s = slot as ConnectorSlot | null;
    if (!s || typeof s !== "object" || typeof s.connector_name !== "string" || s.connector_name === "")
      throw new InvalidArgumentError(
        `executeWithConnectorAuth(): connectors[${i}].connector_name must be a non-empty string.`,
        "connectors",
      );
    const credentials = s.credentials_name;
    if (credentials !== undefined && credentials !== null && typeof credentials !== "string")
      throw new InvalidArgumentError(
        `executeWithConnectorAuth(): connectors[${i}].credentials_name must be a string or null.`,
        "connectors",
      );
    // Only the two fields the API knows go on the wire; `null` is left out, as the Python SDK does.
    return credentials == null
      ? { connector_name: s.connector_name }
      : { connector_name: s.connector_name, credentials_name: credentials };
  });
}

/**
 * Starts `workflow` with its connectors declared, calls `onAuthRequired` for each connector the user
 * must sign in to, and resolves to the result once the execution has completed.
 *
 * ```ts
 * const result = await executeWithConnectorAuth(client, "inbox-summary", { days: 7 }, {
 *   connectors: [{ connector_name: "gmail" }],
 *   onAuthRequired: ({ connector_name, auth_url }) => console.log(`Sign in to ${connector_name}: ${auth_url}`),
 * });
 * ```
 *
 * - Sends one `POST /v1/workflows/{workflow_identifier}/execute` (as `startExecution`, with its
 *   at-most-once execution id), then follows the tree's events (`streamExecutionTree`: child workflows
 *   included, resumed across dropped connections) until the root execution ends, then reads the
 *   execution once (falling back to `result()`'s wait if its status lags behind the event).
 * - `auth_url` is checked (see {@link ConnectorAuthRequest.auth_url}); a request whose URL failed the
 *   check is still handed over, with `auth_url: null`, so the caller can say what is wrong.
 * - Throws `InvalidArgumentError` before sending for bad connectors, a non-function callback, or an
 *   `extensions.mistralai.connectors` given both ways; rejects with `ExecutionFailedError` & co. when the
 *   execution ends without a result, `APIUserAbortError` once `signal` aborts.
 */
export async function executeWithConnectorAuth<W extends WorkflowRef>(
  client: WorkflowsClient,
  workflow: W,
  ...args: StartArgs<InputOf<W>, ExecuteWithConnectorAuthOptions>
): Promise<OutputOf<W>> {
  const [input, options = {}] = args as [unknown, ExecuteWithConnectorAuthOptions | undefined];
  if (options === null || typeof options !== "object")
    throw new InvalidArgumentError("executeWithConnectorAuth(): options must be an object.", "options");
  const { connectors, onAuthRequired, onStarted, decodePayload, ...start } = options;
  for (const [name, fn] of [
    ["onAuthRequired", onAuthRequired],
    ["onStarted", onStarted],
  ] as const)
    if (fn !== undefined && typeof fn !== "function")
      throw new InvalidArgumentError(`executeWithConnectorAuth(): ${name} must be a function.`, name);
  const bindings = checkConnectors(connectors);
  const mistralai = (start.extensions?.mistralai ?? {}) as Record<string, unknown>;
  if (bindings.length && mistralai.connectors !== undefined)
    throw new InvalidArgumentError(
      "executeWithConnectorAuth(): give the connectors either as `connectors` or in `extensions`, not both.",
      "connectors",
    );
  const extensions = bindings.length
    ? { ...start.extensions, mistralai: { ...mistralai, connectors: { bindings } } }
    : start.extensions;
  const handle = await startExecution(client, workflow as WorkflowRef, input, { ...start, extensions });
  onStarted?.(handle);
  const { signal, headers, timeoutMs } = start;
  const asked = new Set<string>();
  const tasks = executionTasks(client, handle.executionId, {
    ...(signal ? { signal } : {}),
    ...(headers ? { headers } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(decodePayload ? { decodePayload } : {}),
    // A sign-in task whose state cannot be read must not stop the execution being followed.
    onError: "resync",
  });
  for await (const task of tasks) {
    const request = requestOf(task);
    if (!request) continue;
    const key = `${request.workflow_exec_id}\u0000${request.custom_task_id}\u0000${request.auth_url}`;
    if (asked.has(key)) continue;
    // Remembered to call back once per request; bounded, the oldest forgotten first.
    if (asked.size >= MAX_REMEMBERED) asked.delete(asked.values().next().value!);
    asked.add(key);
    await onAuthRequired?.(request);
  }
  if (signal?.aborted) throw new APIUserAbortError("executeWithConnectorAuth() was aborted.");
  const execution = await client.executions.getWorkflowExecution(
    { execution_id: handle.executionId },
    { signal, headers, timeoutMs },
  );
  if (isFinalStatus(execution.status)) return settle<OutputOf<W>>(handle.executionId, execution);
  return waitForResult<OutputOf<W>>(client, handle.executionId, { signal, headers, timeoutMs });
}
