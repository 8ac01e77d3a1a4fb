/**
 * An execution as the engine holds it: the record tests read (`MockExecution`) plus its run state,
 * lineage, trace, the story's open tasks and who listens to it, each in its own small group.
 */
import type { ClockTask } from "../clock.js";
import { FINAL_EXECUTION_STATUS } from "../generated/execution-statuses.js";
import type {
  ExecutionBehaviour,
  ExecutionLogRecord,
  MockExecution,
  StreamEvent,
  Workflow,
  WorkflowRegistration,
} from "../types.js";

/**
 * Whether `status` is terminal: final in the spec's `x-final` (generated into this package, which
 * imports nothing at run time from the client). A status unknown to the spec counts as still running.
 */
export function isTerminalStatus(status: string | null | undefined): boolean {
  return (
    typeof status === "string" &&
    Object.hasOwn(FINAL_EXECUTION_STATUS, status) &&
    (FINAL_EXECUTION_STATUS as Readonly<Record<string, boolean>>)[status] === true
  );
}

/** How an execution ends (`ExecutionBehaviour.outcome`). */
export type Outcome = NonNullable<ExecutionBehaviour["outcome"]>;

/** Every outcome, in the order error messages list them (keyed, so none can be forgotten). */
export const OUTCOMES = Object.keys({
  completed: 1,
  failed: 1,
  canceled: 1,
  terminated: 1,
  timed_out: 1,
  continued_as_new: 1,
  running: 1,
} satisfies Record<Outcome, 1>) as Outcome[];

/** A progress or point event of an execution's trace. */
export interface TraceEntry {
  kind: "progress" | "point";
  id: string;
  name: string;
  at: number;
  span_id: string;
  attributes: Record<string, string | number | boolean | null>;
  internal: boolean;
  status?: "RUNNING" | "COMPLETED" | "FAILED";
  start_ms?: number;
  end_ms?: number | null;
  error?: string | null;
}

/** A span of an execution's trace. */
export interface SpanRecord {
  span_id: string;
  parent_span_id: string | null;
  name: string;
  start_ms: number;
  end_ms: number | null;
  attributes: Record<string, string | number | boolean | null>;
  kind: "SPAN_KIND_INTERNAL" | "SPAN_KIND_SERVER" | "SPAN_KIND_CLIENT";
}

/** What a step of the plan tells the engine: run the next one, wait (for a signal), or stop. */
export type StepResult = "next" | "wait" | "end";
/** One step of an execution's plan, run at clock time `at`. */
export type Step = (at: number) => StepResult;

/** Listener of one execution's events (the execution stream). */
export interface ExecutionListener {
  onEvent(event: StreamEvent): void;
  /** The execution reached a terminal status; every event it will emit has been delivered. */
  onEnd(): void;
}

/** Listener of one execution's log lines (the log stream). */
export interface LogListener {
  onLog(index: number, record: ExecutionLogRecord): void;
  onEnd(): void;
}

/** The custom task the story runs (progress events), while it exists. */
export interface CustomTask {
  id: string;
  type: string;
  progress: number;
  text: string;
  open: boolean;
  span: SpanRecord;
  traceId: string;
}

/** The activity the story runs, while it exists. */
export interface ActivityTask {
  id: string;
  name: string;
  open: boolean;
  span: SpanRecord;
  traceId: string;
  attempt: number;
}

/** The engine's private part of an execution. */
export interface ExecutionRuntime {
  /** What tests read through `api.state.executions`. */
  rec: MockExecution;
  workflow: Workflow;
  registration: WorkflowRegistration | null;
  /** The current run: its plan, where it is, what it waits for. */
  run: {
    plan: Step[];
    cursor: number;
    task: ClockTask | null;
    /** The signal the run waits for (`""`: waits forever), or `null`. */
    waitingFor: string | null;
    /** Signal names that count for `wait_for_signal` in the current run. */
    signals: Set<string>;
    attempt: number;
  };
  /** Runs of the same execution: the first, the chain, the one it continued from. */
  lineage: { firstRunId: string; continuedFrom: string | null };
  trace: { id: string; root: SpanRecord; spans: SpanRecord[]; entries: TraceEntry[] };
  /** The story's tasks of the current run. */
  story: { custom: CustomTask | null; activity: ActivityTask | null };
  listeners: { events: Set<ExecutionListener>; logs: Set<LogListener>; terminal: Set<() => void> };
  /** Metadata attached to every event (stream events' `metadata`). */
  metadata: Record<string, unknown>;
  /** Insertion order in the store (retention evicts the oldest finished first). */
  order: number;
  /** Clock time it reached a terminal status, or `null`. */
  endedAt: number | null;
}

/** A Temporal JSON payload (decoded form; the history endpoint encodes it unless asked not to). */
export function payload(value: unknown): { metadata: { encoding: string }; data: unknown } {
  return { metadata: { encoding: "json/plain" }, data: value };
}
