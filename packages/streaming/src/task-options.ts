/**
 * The options of the task-state fold and their checks, apart from the fold itself: a caller that
 * only checks options (or passes them on) never loads the JSON Patch library.
 */
import type { components } from "@mistral-workflows/client";

type Schemas = components["schemas"];

/** A task payload as the spec has it: a full JSON value (`json`) or a list of patch operations (`json_patch`). */
export type TaskPayload = Schemas["JSONPayloadResponse"] | Schemas["JSONPatchPayloadResponse"];

/** Options of `taskStates` and `createTaskTracker` (`@mistral-workflows/streaming/tasks`). */
export interface TaskStatesOptions {
  /**
   * Decodes a payload before it is applied, e.g. the client's payload codec decrypting an encrypted
   * patch. Called for every task payload when given (return it unchanged when it is not encoded);
   * awaited, one at a time, in stream order. Without it, a payload with `encoding_options` is a
   * `TaskStateError` of type `encoded-payload`.
   */
  decodePayload?: (payload: TaskPayload) => Promise<TaskPayload>;
  /**
   * What to do when a task's state cannot be kept exact (see `TaskStateError.type`):
   * - `"throw"`: the fold throws the `TaskStateError` (the stream ends);
   * - `"resync"`: the task's snapshot is yielded with `stale: true` and its last exact state, patches are
   *   skipped until a full `json` value (a `json` progress payload or the completion) brings it back.
   * Either way no state is ever reported that the events do not prove.
   * @default "throw"
   */
  onError?: "throw" | "resync";
  /**
   * Tasks held at most. Past it, the task that finished first is forgotten (or, when none has
   * finished, the one that started first; a later patch of it is then an `unknown-task` error).
   * @default 1000
   */
  maxTasks?: number;
  /**
   * Size one task's state may reach, in UTF-16 code units of its JSON text (about bytes for ASCII).
   * Checked exactly on a full value, estimated from patch sizes in between, and re-measured when the
   * estimate passes the limit (so a state kept near the limit by small replaces is measured often).
   * @default 4_194_304 (4 Mi)
   */
  maxStateBytes?: number;
}

function checkLimit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number of at least 1, got ${String(value)}.`);
  return value;
}

/**
 * Checks {@link TaskStatesOptions} and fills in the defaults; throws `RangeError` for a bad
 * `maxTasks`, `maxStateBytes` or `onError`, and `TypeError` for a `decodePayload` that is not a function.
 */
export function checkTaskStatesOptions(options: TaskStatesOptions = {}): {
  maxTasks: number;
  maxStateBytes: number;
  resync: boolean;
} {
  const maxTasks = checkLimit("maxTasks", options.maxTasks, 1000);
  const maxStateBytes = checkLimit("maxStateBytes", options.maxStateBytes, 4_194_304);
  if (options.onError !== undefined && options.onError !== "throw" && options.onError !== "resync")
    throw new RangeError(`onError must be "throw" or "resync", got ${String(options.onError)}.`);
  if (options.decodePayload !== undefined && typeof options.decodePayload !== "function")
    throw new TypeError("decodePayload must be a function.");
  return { maxTasks, maxStateBytes, resync: options.onError === "resync" };
}
