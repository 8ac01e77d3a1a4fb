/**
 * An execution's behaviour: what the mock makes of a workflow's run (outcome, steps, pace, story,
 * signals, connector sign-in), merged from the server's per-workflow behaviours, the caller's extra
 * layer and the input's `_mock`, then checked; issues are located under `body.input._mock`.
 */
import type { ExecutionBehaviour, MockExecution } from "../types.js";
import { invalidInput, type ValidationIssue } from "./errors.js";
import { OUTCOMES } from "./execution.js";

/** Clock milliseconds a behaviour's `stepMs` may ask for at most (one day). */
export const MAX_STEP_MS = 86_400_000;
/** Progress events a behaviour's `steps` may ask for at most. */
export const MAX_STEPS = 1000;

/** What is wrong with a behaviour (from `_mock` or the server's options), located under `body.input._mock`. */
function behaviourIssues(b: ExecutionBehaviour, stepField: "stepMs" | "step_ms"): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (field: string, msg: string, type: string, input: unknown) =>
    issues.push({ loc: ["body", "input", "_mock", field], msg, type, input });
  const isObject = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v);
  if (!OUTCOMES.includes(b.outcome ?? "completed"))
    at("outcome", `Input should be ${OUTCOMES.map((o) => `'${o}'`).join(", ")}`, "enum", b.outcome);
  const range = (field: "steps" | "stepMs", min: number, max: number, name: string = field) => {
    const v = b[field];
    if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max))
      at(name, `Input should be a number from ${min} to ${max}`, "number_range", v);
  };
  range("steps", 1, MAX_STEPS);
  range("stepMs", 0, MAX_STEP_MS, stepField);
  if (b.story !== undefined && !["default", "live_tasks", "child_task"].includes(b.story))
    at("story", "Input should be 'default', 'live_tasks' or 'child_task'", "enum", b.story);
  const auth = b.connector_auth;
  if (auth !== undefined && typeof auth !== "boolean" && !isObject(auth))
    at("connector_auth", "Input should be a valid boolean or dictionary", "dict_type", auth);
  else if (isObject(auth)) {
    const { delay_ms, auth_url, message } = auth as Record<string, unknown>;
    if (
      delay_ms !== undefined &&
      (typeof delay_ms !== "number" || !(delay_ms >= 0 && delay_ms <= MAX_STEP_MS))
    )
      at("connector_auth", `delay_ms should be a number from 0 to ${MAX_STEP_MS}`, "number_range", delay_ms);
    if (
      (auth_url !== undefined && typeof auth_url !== "string") ||
      (message !== undefined && typeof message !== "string")
    )
      at("connector_auth", "auth_url and message should be strings", "string_type", auth);
  }
  for (const field of ["error", "wait_for_signal"] as const)
    if (b[field] !== undefined && typeof b[field] !== "string")
      at(field, "Input should be a valid string", "string_type", b[field]);
  for (const field of ["query_results", "update_results", "metadata"] as const)
    if (b[field] !== undefined && !isObject(b[field]))
      at(field, "Input should be a valid dictionary", "dict_type", b[field]);
  return issues;
}

/** One layer of a behaviour with its deprecated `step_ms` read as `stepMs`. */
function withStepMs(layer: ExecutionBehaviour | undefined): ExecutionBehaviour {
  if (!layer || layer.step_ms === undefined) return layer ?? {};
  const { step_ms, ...rest } = layer;
  return { ...rest, stepMs: rest.stepMs ?? step_ms };
}

/** `stepMs` and its deprecated `step_ms` given in one layer with different values: which one is meant? */
function stepMsConflict(layer: ExecutionBehaviour | undefined): ValidationIssue[] {
  if (!layer || layer.stepMs === undefined || layer.step_ms === undefined || layer.stepMs === layer.step_ms)
    return [];
  const msg = "step_ms is the deprecated spelling of stepMs: give stepMs only";
  return [{ loc: ["body", "input", "_mock", "step_ms"], msg, type: "value_error", input: layer.step_ms }];
}

/** What an execution's behaviour falls back to: the server's pace and its per-workflow behaviours. */
export interface BehaviourDefaults {
  /** Clock milliseconds between two steps, unless a behaviour says otherwise. */
  stepMs: number;
  /** Behaviours per workflow name. */
  behaviours: Record<string, ExecutionBehaviour>;
}

/** Resolves an execution's behaviour from its input's `_mock`, the server's per-workflow ones and the defaults. */
export function resolveBehaviour(
  defaults: BehaviourDefaults,
  workflowName: string,
  input: unknown,
  extra?: ExecutionBehaviour,
): MockExecution["behaviour"] {
  const fromInput =
    input && typeof input === "object" && !Array.isArray(input)
      ? (input as Record<string, unknown>)._mock
      : undefined;
  const asObject =
    typeof fromInput === "string"
      ? { outcome: fromInput }
      : fromInput && typeof fromInput === "object"
        ? fromInput
        : {};
  // Each layer's deprecated `step_ms` is read as `stepMs` before merging, so a later layer wins
  // whichever spelling either used; an issue names the field as the winning layer spelled it.
  const layers = [defaults.behaviours[workflowName], extra, asObject as ExecutionBehaviour];
  const merged: ExecutionBehaviour = Object.assign({}, ...layers.map(withStepMs));
  const stepField = layers.reduce<"stepMs" | "step_ms">(
    (field, l) => (l?.stepMs !== undefined ? "stepMs" : l?.step_ms !== undefined ? "step_ms" : field),
    "stepMs",
  );
  const issues = [...layers.flatMap(stepMsConflict), ...behaviourIssues(merged, stepField)];
  if (issues.length) throw invalidInput(issues);
  const stepMs = Math.max(0, merged.stepMs ?? defaults.stepMs);
  return {
    ...merged,
    outcome: merged.outcome ?? "completed",
    steps: Math.max(1, Math.floor(merged.steps ?? 5)),
    retries: Math.max(0, Math.floor(merged.retries ?? 0)),
    stepMs,
    step_ms: stepMs,
  };
}
