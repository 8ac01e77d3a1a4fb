/**
 * Whether a resource read back after a `409` is provably the caller's. A create with a client-chosen
 * id whose first attempt was lost is answered `409` on the retry both when that first attempt worked
 * and when someone else already held the id; only the first case may resolve the call. Each check
 * compares what the call sent with what the server holds: the workflow, the input or definition,
 * and (where the API reports it) that the resource was created within this call's window.
 */

import { NotFoundError } from "../errors.js";
import { CLOCK_SKEW_ALLOWANCE_MS } from "./write-once.js";

/** Calls a named method by SDK name (the client's own, with the caller's signal and headers). */
export type Invoke = (sdkName: string, input: Record<string, unknown>) => Promise<{ data: unknown }>;

/** What the checks know of the call whose retry was answered `409`. */
export interface ClaimInput {
  /** The id the call sent (and the conflict is about). */
  id: string;
  /** The call's path parameters (`workflow_identifier`, `workflow_registration_id`). */
  path: Record<string, unknown>;
  /** The call's JSON body. */
  body: Record<string, unknown>;
  /** The resource as read back. */
  resource: unknown;
  /** `Date.now()` just before the first attempt. */
  startedAt: number;
  invoke: Invoke;
}

/** `null` when the resource is the caller's, else why it provably is not (or cannot be shown to be). */
export type ClaimCheck = (input: ClaimInput) => Promise<string | null>;

type Json = Record<string, unknown>;

/** A second read for a check: its body, or `undefined` when the API has nothing there (404). */
async function readOrNothing(input: ClaimInput, sdkName: string, args: Json): Promise<unknown> {
  try {
    return (await input.invoke(sdkName, args)).data;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
const obj = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};

/** Deep equality of two JSON values; object key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameJson(v, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Json)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Json)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Json)[k], (b as Json)[k]));
}

/**
 * Whether `actual` holds everything the caller `given`: every field the caller set (not `undefined`
 * or `null`, which leave the server's default) is equal, recursively; fields the server adds are
 * ignored. Arrays must match element by element.
 */
export function covers(given: unknown, actual: unknown): boolean {
  if (given === undefined || given === null) return true;
  if (typeof given !== "object") return given === actual;
  if (Array.isArray(given))
    return (
      Array.isArray(actual) && actual.length === given.length && given.every((g, i) => covers(g, actual[i]))
    );
  if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
  return Object.entries(given).every(([k, v]) => covers(v, (actual as Json)[k]));
}

/** Whether two date-times given (`null`/`undefined`: not given) name the same instant. */
function sameInstant(given: unknown, actual: unknown): boolean {
  if (given === undefined || given === null) return true;
  return typeof given === "string" && typeof actual === "string" && Date.parse(given) === Date.parse(actual);
}

/** Why `created` (an ISO time) is outside the call's window, or `null` when inside. */
function outsideWindow(what: string, created: unknown, startedAt: number): string | null {
  const at = typeof created === "string" ? Date.parse(created) : Number.NaN;
  if (!Number.isFinite(at)) return `the ${what} reports no creation time`;
  if (at < startedAt - CLOCK_SKEW_ALLOWANCE_MS) return `the ${what} was created before this call`;
  if (at > Date.now() + CLOCK_SKEW_ALLOWANCE_MS) return `the ${what} was created after this call`;
  return null;
}

/**
 * The workflow a call names, as `{ names, ids }` it may be known by: `workflow_identifier` (a name or
 * an id) as given, or the workflow of `workflow_registration_id` (read back).
 */
async function namedWorkflow(input: ClaimInput): Promise<{ names: string[]; ids: string[] } | null> {
  const identifier = input.path.workflow_identifier ?? input.body.workflow_identifier;
  if (typeof identifier === "string") return { names: [identifier], ids: [identifier] };
  const registrationId =
    input.path.workflow_registration_id ??
    input.body.workflow_registration_id ??
    input.body.workflow_version_id;
  if (typeof registrationId !== "string") return null;
  const data = await readOrNothing(input, "workflows.getWorkflowRegistration", {
    workflow_registration_id: registrationId,
    with_workflow: true,
  });
  const registration = obj(obj(data).workflow_registration);
  const workflow = obj(registration.workflow);
  const names = [workflow.name].filter((n): n is string => typeof n === "string");
  const ids = [registration.workflow_id, workflow.id].filter((n): n is string => typeof n === "string");
  return { names, ids };
}

/** An execution is the caller's: same workflow, started within the call, with the same input. */
const execution: ClaimCheck = async (input) => {
  const e = obj(input.resource);
  const workflow = await namedWorkflow(input);
  if (
    !workflow ||
    !(workflow.names.includes(e.workflow_name as string) || workflow.ids.includes(e.workflow_id as string))
  )
    return "it runs another workflow";
  const late = outsideWindow("execution", e.start_time, input.startedAt);
  if (late) return late;
  if (!covers(input.body.deployment_name, e.deployment_name)) return "it runs on another deployment";
  // The execution's record does not carry its input: its first event does.
  const data = await readOrNothing(input, "events.getWorkflowEvents", {
    workflow_exec_id: input.id,
    limit: 10,
  });
  const events = Array.isArray(obj(data).events) ? (obj(data).events as unknown[]) : [];
  const started = events
    .map(obj)
    .find((ev) => ev.event_type === "WORKFLOW_EXECUTION_STARTED" && ev.workflow_exec_id === input.id);
  const payload = obj(obj(started?.attributes).input);
  if (!started || !("value" in payload)) return "its input could not be read back";
  const encoded = payload.encoding_options;
  if (Array.isArray(encoded) && encoded.length > 0) return "its input is encoded and cannot be compared";
  if (!sameJson(input.body.input ?? null, payload.value ?? null)) return "it was started with another input";
  return null;
};

/**
 * A schedule is the caller's: same workflow, same input, and every part of the definition the caller
 * gave. The API reports no creation time for a schedule, so the definition is the proof.
 */
const schedule: ClaimCheck = async (input) => {
  const s = obj(input.resource);
  const workflow = await namedWorkflow(input);
  if (!workflow || !workflow.names.includes(s.workflow_name as string)) {
    // A workflow named by id: its name is what the schedule reports.
    const identifier = input.body.workflow_identifier;
    const named =
      typeof identifier === "string"
        ? obj(
            obj(await readOrNothing(input, "workflows.getWorkflow", { workflow_identifier: identifier }))
              .workflow,
          )
        : {};
    if (named.name !== s.workflow_name) return "it starts another workflow";
  }
  // `max_executions` comes back as the count left, and times may be written another way: those are
  // compared as what they mean.
  const {
    schedule_id: _id,
    input: given,
    max_executions: max,
    start_at: startAt,
    end_at: endAt,
    ...definition
  } = obj(input.body.schedule);
  if (!sameJson(given ?? null, s.input ?? null)) return "it starts its workflow with another input";
  if (!covers(definition, s) || !sameInstant(startAt, s.start_at) || !sameInstant(endAt, s.end_at))
    return "its definition differs";
  if (
    typeof max === "number" &&
    !(typeof s.remaining_executions === "number" && s.remaining_executions <= max)
  )
    return "its definition differs";
  if (!covers(input.body.deployment_name, s.deployment_name)) return "it runs on another deployment";
  return null;
};

/** A managed deployment is the caller's: same code, compute and hardening, created within the call. */
const deployment: ClaimCheck = async (input) => {
  const managed = obj(obj(input.resource).managed);
  if (Object.keys(managed).length === 0) return "it is not a managed deployment";
  const late = outsideWindow("deployment", managed.created_at, input.startedAt);
  if (late) return late;
  if (!covers(input.body.spec, managed.spec)) return "its code (spec) differs";
  if (!covers(input.body.resources, managed.resources)) return "its resources differ";
  if ((input.body.hardened ?? false) !== (managed.is_hardened ?? false)) return "its hardening differs";
  return null;
};

/**
 * The check for each read-back operation (the `read` of an `x-idempotency-field` row) and, where the
 * create answers another shape than the read, how to turn the read into the create's answer.
 */
export const CLAIMS: Readonly<Record<string, { check: ClaimCheck; answer?: (read: unknown) => unknown }>> = {
  "executions.getWorkflowExecution": { check: execution },
  "schedules.getSchedule": { check: schedule },
  // The create answers the managed service; the read wraps it in the deployment.
  "deployments.getDeployment": { check: deployment, answer: (read) => obj(read).managed },
};
