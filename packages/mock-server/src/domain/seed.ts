/**
 * Seeding: adds fixtures (workflows, registrations, schedules, executions) to a domain, checking
 * each against the spec first and refusing, with a `TypeError` naming the fixture, what cannot be.
 */
import { registrationFixture, type ExecutionSeed, type SeedData } from "../fixtures.js";
import type { WorkflowExecutionStatus } from "../types.js";
import type { Domain } from "./domain.js";
import type { Outcome } from "./execution.js";
import { checkTiming } from "./schedule-times.js";

/** Checks a fixture against a component schema of the spec; returns the problems. */
export type FixtureCheck = (schema: string, value: unknown) => string[];

/** The outcome that ends an execution seeded with each status (keyed by the spec's statuses). */
const STATUS_OUTCOME: Readonly<Record<WorkflowExecutionStatus, Outcome>> = {
  COMPLETED: "completed",
  FAILED: "failed",
  CANCELED: "canceled",
  TERMINATED: "terminated",
  TIMED_OUT: "timed_out",
  CONTINUED_AS_NEW: "continued_as_new",
  RUNNING: "running",
  RETRYING_AFTER_ERROR: "running",
};

/** Adds `data` to `domain`; throws a `TypeError` naming the first fixture that does not fit. */
export function seedDomain(domain: Domain, data: SeedData, check: FixtureCheck, userId: string): void {
  const { store, schedules, clock } = domain;
  const verify = (kind: string, schema: string, value: unknown, label: string) => {
    const problems = check(schema, value);
    if (problems.length)
      throw new TypeError(`${kind} ${label} does not match the spec's ${schema}: ${problems.join("; ")}`);
  };
  const now = clock.nowMs();
  for (const w of data.workflows ?? []) {
    verify("workflowFixture", "WorkflowWithWorkerStatus", w, `"${w.name}"`);
    store.workflows.set(w.id, structuredClone(w));
  }
  for (const r of data.registrations ?? []) {
    verify("registrationFixture", "WorkflowRegistrationWithWorkerStatus", r, `"${r.id}"`);
    if (!store.workflows.has(r.workflow_id))
      throw new TypeError(`registrationFixture "${r.id}": no workflow with id "${r.workflow_id}"`);
    store.registrations.set(r.id, structuredClone(r));
  }
  for (const w of store.workflows.values())
    if (!store.registrationsOf(w.id).length) {
      const r = registrationFixture({ workflow_id: w.id, active: w.active });
      store.registrations.set(r.id, r);
    }
  for (const s of data.schedules ?? []) {
    verify("scheduleFixture", "ScheduleDefinitionOutput", s, `"${s.schedule_id}"`);
    const problems = checkTiming(s, ["schedule"]);
    if (problems.length)
      throw new TypeError(
        `scheduleFixture "${s.schedule_id}": ${problems.map((p) => `${p.loc.join(".")}: ${p.msg}`).join("; ")}`,
      );
    const workflow = store.findWorkflow(s.workflow_name);
    if (!workflow)
      throw new TypeError(`scheduleFixture "${s.schedule_id}": no workflow named "${s.workflow_name}"`);
    if (schedules.has(s.schedule_id)) schedules.remove(schedules.get(s.schedule_id));
    schedules.add({
      schedule: structuredClone(s),
      workflow,
      registration: store.pickRegistration(workflow, null, null),
      userId,
      maxExecutions: s.remaining_executions ?? null,
      at: now,
    });
  }
  for (const e of data.executions ?? []) seedExecution(domain, e, now, userId);
  clock.runDue(clock.nowMs());
}

function seedExecution(domain: Domain, e: ExecutionSeed, now: number, userId: string): void {
  const { store, engine } = domain;
  const workflow = store.findWorkflow(e.workflow_name);
  if (!workflow)
    throw new TypeError(`executionFixture "${e.execution_id}": no workflow named "${e.workflow_name}"`);
  const outcome = STATUS_OUTCOME[e.status as WorkflowExecutionStatus];
  if (!outcome) throw new TypeError(`executionFixture "${e.execution_id}": unknown status "${e.status}"`);
  if (store.executions.has(e.execution_id))
    throw new TypeError(`executionFixture "${e.execution_id}": an execution with this id exists`);
  engine.startExecution({
    executionId: e.execution_id,
    workflow,
    registration: store.pickRegistration(workflow, null, null),
    input: e.input,
    request: { input: e.input },
    userId,
    scheduleId: null,
    deploymentName: null,
    at: e.start_time ? Date.parse(e.start_time) : now - 600_000,
    behaviour: {
      ...e.behaviour,
      outcome,
      ...(e.result !== undefined && outcome === "completed" ? { result: e.result } : {}),
    },
  });
}
