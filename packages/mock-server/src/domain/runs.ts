/**
 * Runs: each execution is one or more runs. The first starts with the execution; a continue-as-new, a
 * workflow retry or a reset ends the current run and starts a new one (new `run_id`, same execution
 * id). The engine tells the ledger when a run starts and ends; each run keeps its own history (the
 * history array the engine was writing while it ran) and its own times and status.
 */
import type { HistoryEvent, WorkflowExecutionStatus } from "../types.js";
import type { ExecutionRuntime } from "./execution.js";

/** One run of an execution. */
export interface MockRun {
  run_id: string;
  execution_id: string;
  /** 1 for the execution's first run, then 2, 3… */
  number: number;
  status: WorkflowExecutionStatus;
  start_time: string;
  end_time: string | null;
  /** The run's history (shared with the engine while the run is current). */
  history: HistoryEvent[];
  rt: ExecutionRuntime;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Every run of every execution, in the order they started. */
export class RunLedger {
  readonly runs = new Map<string, MockRun>();
  private readonly byExecution = new Map<string, MockRun[]>();

  /** A run started: `rt.rec.history` is the history it writes to. */
  started(rt: ExecutionRuntime, runId: string, at: number): void {
    const executionId = rt.rec.execution.execution_id;
    const list = this.byExecution.get(executionId) ?? [];
    const run: MockRun = {
      run_id: runId,
      execution_id: executionId,
      number: list.length + 1,
      status: "RUNNING",
      start_time: iso(at),
      end_time: null,
      history: rt.rec.history,
      rt,
    };
    list.push(run);
    this.byExecution.set(executionId, list);
    this.runs.set(runId, run);
  }

  /** A run ended with `status` (a run that already ended keeps its first ending). */
  ended(runId: string, status: WorkflowExecutionStatus, at: number): void {
    const run = this.runs.get(runId);
    if (!run || run.end_time !== null) return;
    run.status = status;
    run.end_time = iso(at);
  }

  /** The runs of one execution, oldest first. */
  of(executionId: string): readonly MockRun[] {
    return this.byExecution.get(executionId) ?? [];
  }

  /** Forgets the runs of an execution (evicted by retention). */
  forget(executionId: string): void {
    for (const run of this.byExecution.get(executionId) ?? []) this.runs.delete(run.run_id);
    this.byExecution.delete(executionId);
  }

  /** Whether the run is the execution's current (latest) one. */
  isCurrent(run: MockRun): boolean {
    return run.rt.rec.execution.run_id === run.run_id;
  }
}
