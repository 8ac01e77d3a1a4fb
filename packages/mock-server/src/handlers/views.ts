/**
 * How the domain's records look on the wire: a workflow with or without `active`, a registration
 * with or without its workflow, an execution.
 */
import type { ExecutionRuntime } from "../domain/execution.js";
import type { Store } from "../domain/store.js";
import type { Workflow, WorkflowExecution, WorkflowRegistration } from "../types.js";

/** A workflow as embedded or returned by update/archive (the `Workflow` schema: no `active`). */
export function workflowOut(w: Workflow): Omit<Workflow, "active"> {
  const { active: _active, ...rest } = w;
  return rest;
}

/** A workflow with `active` computed: whether any of its registrations is served by a worker. */
export function workflowWithStatus(store: Store, w: Workflow): Workflow {
  return { ...w, active: store.registrationsOf(w.id).some((r) => r.active) };
}

/** A registration as lists show it (no `active`), with its workflow only when asked. */
export function registrationOut(store: Store, r: WorkflowRegistration, withWorkflow: boolean) {
  const { active: _active, workflow: _w, ...rest } = r;
  const w = store.workflows.get(r.workflow_id);
  return { ...rest, ...(withWorkflow ? { workflow: w ? workflowOut(w) : null } : {}) };
}

/** The execution as `WorkflowExecutionResponse`. */
export function executionOut(rt: ExecutionRuntime): WorkflowExecution {
  return { ...rt.rec.execution };
}
