/**
 * Workflows and registrations: list/get registrations, get/update/archive/unarchive a workflow, and
 * start executions (by workflow or by registration), optionally waiting for the result.
 */
import type { Workflow, WorkflowRegistration } from "../../types.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { HttpError, invalid } from "../http-error.js";
import type { ExecutionRuntime, World } from "../world.js";
import type { Handler, HandlerContext, HandlerResult } from "./context.js";

/** A workflow as embedded or returned by update/archive (the `Workflow` schema: no `active`). */
export function workflowOut(w: Workflow): Omit<Workflow, "active"> {
  const { active: _active, ...rest } = w;
  return rest;
}

/** A workflow with `active` computed: whether any of its registrations is served by a worker. */
export function workflowWithStatus(world: World, w: Workflow): Workflow {
  return { ...w, active: world.registrationsOf(w.id).some((r) => r.active) };
}

function registrationOut(world: World, r: WorkflowRegistration, withWorkflow: boolean, withActive: boolean) {
  const { active, workflow: _w, ...rest } = r;
  const w = world.workflows.get(r.workflow_id);
  return {
    ...rest,
    ...(withActive ? { active } : {}),
    ...(withWorkflow ? { workflow: w ? workflowOut(w) : null } : {}),
  };
}

/** The execution as `WorkflowExecutionResponse`. */
export function executionOut(rt: ExecutionRuntime) {
  return { ...rt.rec.execution };
}

const getWorkflowRegistrations: Handler = ({ world, query }) => {
  let regs = [...world.registrations.values()];
  const workflowOf = (r: WorkflowRegistration) => world.workflows.get(r.workflow_id);
  if (query.workflow_id) regs = regs.filter((r) => r.workflow_id === query.workflow_id);
  if (query.task_queue) regs = regs.filter((r) => r.task_queue === query.task_queue);
  if (query.active_only) regs = regs.filter((r) => r.active);
  if (query.include_shared === false) regs = regs.filter((r) => !workflowOf(r)?.shared_namespace);
  if (query.workflow_search) {
    const needle = String(query.workflow_search).toLowerCase();
    regs = regs.filter((r) => {
      const w = workflowOf(r);
      return !!w && (w.name.toLowerCase().includes(needle) || w.display_name.toLowerCase().includes(needle));
    });
  }
  if (query.archived !== undefined && query.archived !== null)
    regs = regs.filter((r) => !!workflowOf(r)?.archived === query.archived);
  if (query.available_in_chat_assistant !== undefined && query.available_in_chat_assistant !== null)
    regs = regs.filter(
      (r) => !!workflowOf(r)?.available_in_chat_assistant === query.available_in_chat_assistant,
    );
  const limit = Math.min(Math.max(1, query.limit ?? 50), 1000);
  let start = 0;
  if (query.cursor) {
    const c = decodeCursor<{ after: string }>("registrations", query.cursor);
    if (!c) throw invalid(["query", "cursor"], "Invalid cursor", query.cursor);
    const ids = [...world.registrations.keys()];
    const pos = ids.indexOf(c.after);
    start = regs.findIndex((r) => ids.indexOf(r.id) > pos);
    if (start < 0) start = regs.length;
  }
  const page = regs.slice(start, start + limit);
  const more = start + limit < regs.length;
  const items = page.map((r) => registrationOut(world, r, !!query.with_workflow, false));
  return {
    body: {
      workflow_registrations: items,
      next_cursor: more ? encodeCursor("registrations", { after: page[page.length - 1]!.id }) : null,
      workflow_versions: items,
    },
  };
};

const getWorkflowRegistration: Handler = ({ world, path, query }) => {
  const r = world.registrations.get(path.workflow_registration_id);
  const w = r && world.workflows.get(r.workflow_id);
  if (!r || (query.include_shared === false && w?.shared_namespace))
    throw new HttpError(404, `Workflow registration '${path.workflow_registration_id}' not found`);
  const out = registrationOut(world, r, !!query.with_workflow, true);
  return { body: { workflow_registration: out, workflow_version: out } };
};

const getWorkflow: Handler = ({ world, path }) => {
  const w = world.workflowOr404(path.workflow_identifier);
  return { body: { workflow: workflowWithStatus(world, w) } };
};

const updateWorkflow: Handler = ({ world, path, body }) => {
  const w = world.workflowOr404(path.workflow_identifier);
  // Fields left out, or sent as null, keep their values.
  for (const key of ["display_name", "description", "available_in_chat_assistant", "tags"] as const)
    if (body[key] !== undefined && body[key] !== null) (w as Record<string, unknown>)[key] = body[key];
  return { body: { workflow: workflowOut(w) } };
};

const archive =
  (archived: boolean): Handler =>
  ({ world, path }) => {
    const w = world.workflowOr404(path.workflow_identifier);
    w.archived = archived;
    return { body: { workflow: workflowOut(w) } };
  };

/** Starts an execution from an execute request; waits for its result if asked. */
async function execute(
  ctx: HandlerContext,
  workflow: Workflow,
  registration: WorkflowRegistration | null,
): Promise<HandlerResult> {
  const { world, body, now } = ctx;
  if (workflow.archived)
    throw new HttpError(400, `Workflow '${workflow.name}' is archived; unarchive it to run it`);
  const executionId = body.execution_id || world.ids.uuid7(now);
  const deployment = body.deployment_name ?? null;
  const reg = registration ?? world.pickRegistration(workflow, deployment, body.task_queue);
  const rt = world.startExecution({
    executionId,
    workflow,
    registration: reg,
    input: body.input ?? null,
    request: body,
    userId: ctx.userId,
    scheduleId: null,
    deploymentName: deployment,
    at: now,
  });
  if (!body.wait_for_result) return { body: executionOut(rt) };
  const timeoutSeconds = body.timeout_seconds ?? ctx.defaultWaitSeconds;
  const clock = world.clock;
  if (clock.mode === "manual") {
    // Nobody else can move a manual clock while this request waits, so waiting means moving it.
    clock.runUntil(() => world.isDone(rt), now + timeoutSeconds * 1000);
  } else if (!world.isDone(rt)) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutSeconds * 1000);
      function done() {
        clearTimeout(timer);
        rt.terminalWaiters.delete(done);
        resolve();
      }
      rt.terminalWaiters.add(done);
    });
  }
  const e = rt.rec.execution;
  // A completed execution answers with its result; any other outcome (still running at the timeout,
  // failed, canceled…) with the execution itself, whose `status` says what happened.
  if (e.status === "COMPLETED")
    return { body: { workflow_name: e.workflow_name, execution_id: e.execution_id, result: e.result } };
  return { body: executionOut(rt) };
}

const executeWorkflow: Handler = (ctx) =>
  execute(ctx, ctx.world.workflowOr404(ctx.path.workflow_identifier), null);

const executeWorkflowRegistration: Handler = (ctx) => {
  const r = ctx.world.registrations.get(ctx.path.workflow_registration_id);
  if (!r) throw new HttpError(404, `Workflow registration '${ctx.path.workflow_registration_id}' not found`);
  const w = ctx.world.workflows.get(r.workflow_id);
  if (!w) throw new HttpError(404, `Workflow '${r.workflow_id}' not found`);
  return execute(ctx, w, r);
};

/** Handlers of the workflows group, by operationId. */
export const workflowHandlers: Record<string, Handler> = {
  get_workflow_registrations_v1_workflows_registrations_get: getWorkflowRegistrations,
  get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get:
    getWorkflowRegistration,
  execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post:
    executeWorkflowRegistration,
  get_workflow_v1_workflows__workflow_identifier__get: getWorkflow,
  update_workflow_v1_workflows__workflow_identifier__put: updateWorkflow,
  execute_workflow_v1_workflows__workflow_identifier__execute_post: executeWorkflow,
  archive_workflow_v1_workflows__workflow_identifier__archive_put: archive(true),
  unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put: archive(false),
};
