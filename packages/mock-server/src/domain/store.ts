/**
 * The mock's records and the lookups over them: workflows, registrations, executions (one map, of
 * the engine's runtimes) and the global event log. Retention lives here too: finished executions
 * past the limit or the age are evicted oldest first, with their events.
 */
import type { StreamEvent, Workflow, WorkflowRegistration } from "../types.js";
import { notFound } from "./errors.js";
import type { ExecutionRuntime } from "./execution.js";
import { EventLog } from "./event-log.js";
import { RunLedger } from "./runs.js";

/** How long finished executions are kept. */
export interface RetentionOptions {
  /** Finished executions kept at most; the oldest finished are evicted first. @default 1000 */
  maxFinishedExecutions?: number;
  /** Clock milliseconds a finished execution is kept after it ended. @default no limit */
  maxFinishedAgeMs?: number;
}

/** Everything the mock holds, and the lookups the engine and the handlers need. */
export class Store {
  readonly workflows = new Map<string, Workflow>();
  readonly registrations = new Map<string, WorkflowRegistration>();
  /** Executions by id, in insertion order. */
  readonly executions = new Map<string, ExecutionRuntime>();
  /** Every workflow event published, in `broker_sequence` order (evicted executions' ones excepted). */
  readonly events = new EventLog();
  /** Every run of every execution held (a continue-as-new, retry or reset starts a new run). */
  readonly runs = new RunLedger();
  /** Connectors whose credentials were supplied (keys made by the task stories' `connectorWait`). */
  readonly connectors = new Set<string>();
  /** Finished executions, in the order they ended (what retention evicts from). */
  private readonly finished = new Set<ExecutionRuntime>();
  private order = 0;

  constructor(
    private readonly retention: Required<Pick<RetentionOptions, "maxFinishedExecutions">> & RetentionOptions,
  ) {}

  /** The next insertion order number. */
  nextOrder(): number {
    return this.order++;
  }

  /** Finds a workflow by name or ID. */
  findWorkflow(identifier: string): Workflow | undefined {
    const byId = this.workflows.get(identifier);
    if (byId) return byId;
    for (const w of this.workflows.values()) if (w.name === identifier) return w;
    return undefined;
  }

  /** The workflow by name or ID; throws `not_found`. */
  workflow(identifier: string): Workflow {
    const w = this.findWorkflow(identifier);
    if (!w) throw notFound("Workflow", identifier);
    return w;
  }

  /** The registration; throws `not_found`. */
  registration(id: string): WorkflowRegistration {
    const r = this.registrations.get(id);
    if (!r) throw notFound("Workflow registration", id);
    return r;
  }

  /** The execution; throws `not_found` (also for an evicted one). */
  execution(id: string): ExecutionRuntime {
    const rt = this.executions.get(id);
    if (!rt) throw notFound("Workflow execution", id);
    return rt;
  }

  /** Registrations of a workflow, oldest first. */
  registrationsOf(workflowId: string): WorkflowRegistration[] {
    return [...this.registrations.values()].filter((r) => r.workflow_id === workflowId);
  }

  /**
   * The registration an execution of `workflow` runs on: the newest active one matching the routing.
   * Throws `not_found` when a deployment or task queue is asked for and none matches.
   */
  pickRegistration(
    workflow: Workflow,
    deployment: string | null | undefined,
    taskQueue: string | null | undefined,
  ): WorkflowRegistration | null {
    const regs = this.registrationsOf(workflow.id).filter(
      (r) => (!deployment || r.deployment_name === deployment) && (!taskQueue || r.task_queue === taskQueue),
    );
    if (!regs.length && (deployment || taskQueue))
      throw notFound(
        `Registration of workflow '${workflow.name}' on ${deployment ? "deployment" : "task queue"}`,
        (deployment || taskQueue)!,
      );
    return [...regs].reverse().find((r) => r.active) ?? regs[regs.length - 1] ?? null;
  }

  /** Adds a new execution. */
  addExecution(rt: ExecutionRuntime): void {
    this.executions.set(rt.rec.execution.execution_id, rt);
  }

  /** Appends an event to the global log. */
  addEvent(event: StreamEvent): void {
    this.events.push(event);
  }

  /** Notes that an execution ended (at clock time `at`), then applies retention. */
  markFinished(rt: ExecutionRuntime, at: number): void {
    rt.endedAt = at;
    this.finished.delete(rt);
    this.finished.add(rt);
    this.evict(at);
  }

  /** Notes that a finished execution runs again (a reset). */
  markRunning(rt: ExecutionRuntime): void {
    rt.endedAt = null;
    this.finished.delete(rt);
  }

  /** Evicts finished executions past the limit, or older than the age limit at clock time `now`. */
  evict(now: number): void {
    const { maxFinishedExecutions: max, maxFinishedAgeMs: age } = this.retention;
    for (const rt of this.finished) {
      const tooMany = this.finished.size > max;
      const tooOld = age !== undefined && rt.endedAt !== null && now - rt.endedAt > age;
      if (!tooMany && !tooOld) break;
      this.remove(rt);
    }
  }

  private remove(rt: ExecutionRuntime): void {
    this.finished.delete(rt);
    this.executions.delete(rt.rec.execution.execution_id);
    this.runs.forget(rt.rec.execution.execution_id);
    this.events.removeExecution(rt.rec.execution.execution_id, rt.rec.events);
  }
}
