/**
 * The mock's state and the execution engine: workflows, registrations, executions and the event
 * broker. An execution is a plan of steps run on the clock, one every `step_ms`; each step publishes
 * workflow events (with a global, increasing `broker_sequence`), writes log lines, history and trace
 * data. Cancel, terminate, signals, updates and resets act on the plan.
 */
import type { TaskClock, ClockTask } from "../clock.js";
import type {
  ExecutionBehaviour,
  ExecutionLogRecord,
  MockExecution,
  MockSchedule,
  MockState,
  StreamEvent,
  Workflow,
  WorkflowEvent,
  WorkflowExecutionStatus,
  WorkflowRegistration,
} from "../types.js";
import { HttpError } from "./http-error.js";
import type { IdSource } from "./ids.js";
import { RunLedger } from "./runs.js";

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

type StepResult = "next" | "wait" | "end";
type Step = (at: number) => StepResult;

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

/** The engine's private part of an execution. */
export interface ExecutionRuntime {
  rec: MockExecution;
  workflow: Workflow;
  registration: WorkflowRegistration | null;
  firstRunId: string;
  chainRunId: string;
  continuedFrom: string | null;
  traceId: string;
  rootSpan: SpanRecord;
  spans: SpanRecord[];
  trace: TraceEntry[];
  plan: Step[];
  cursor: number;
  task: ClockTask | null;
  waitingFor: string | null;
  /** Signal names that count for `wait_for_signal` in the current run. */
  runSignals: Set<string>;
  custom: {
    id: string;
    type: string;
    progress: number;
    text: string;
    open: boolean;
    span: SpanRecord;
    traceId: string;
  } | null;
  activity: {
    id: string;
    name: string;
    open: boolean;
    span: SpanRecord;
    traceId: string;
    attempt: number;
  } | null;
  listeners: Set<ExecutionListener>;
  logListeners: Set<LogListener>;
  terminalWaiters: Set<() => void>;
  metadata: Record<string, unknown>;
  attempt: number;
}

/** Hooks the schedules part registers to hear about executions ending. */
export interface ExecutionEndHook {
  (rt: ExecutionRuntime, at: number): void;
}

const TERMINAL = new Set<WorkflowExecutionStatus>([
  "COMPLETED",
  "FAILED",
  "CANCELED",
  "TERMINATED",
  "TIMED_OUT",
]);

const WORDS = "Thanks for reaching out. Your ticket was triaged, answered and closed.".split(" ");

/** Everything the mock holds, and what changes it. */
export class World implements MockState {
  readonly workflows = new Map<string, Workflow>();
  readonly registrations = new Map<string, WorkflowRegistration>();
  readonly executions = new Map<string, MockExecution>();
  readonly schedules = new Map<string, MockSchedule>();
  readonly events: StreamEvent[] = [];
  readonly runtimes = new Map<string, ExecutionRuntime>();
  /** Global stream listeners. */
  readonly eventListeners = new Set<(event: StreamEvent) => void>();
  readonly endHooks: ExecutionEndHook[] = [];
  /** Every run of every execution (a continue-as-new, retry or reset starts a new run). */
  readonly runs = new RunLedger();
  private sequence = 0;

  constructor(
    readonly clock: TaskClock,
    readonly ids: IdSource,
    readonly options: { stepMs: number; behaviours: Record<string, ExecutionBehaviour> },
  ) {}

  // ---- workflows -------------------------------------------------------------------------

  /** Finds a workflow by name or ID. */
  findWorkflow(identifier: string): Workflow | undefined {
    const byId = this.workflows.get(identifier);
    if (byId) return byId;
    for (const w of this.workflows.values()) if (w.name === identifier) return w;
    return undefined;
  }

  /** The workflow, or a 404. */
  workflowOr404(identifier: string): Workflow {
    const w = this.findWorkflow(identifier);
    if (!w) throw new HttpError(404, `Workflow '${identifier}' not found`);
    return w;
  }

  /** Registrations of a workflow, oldest first. */
  registrationsOf(workflowId: string): WorkflowRegistration[] {
    return [...this.registrations.values()].filter((r) => r.workflow_id === workflowId);
  }

  /** The registration an execution of `workflow` runs on: the newest active one matching the routing. */
  pickRegistration(
    workflow: Workflow,
    deployment: string | null | undefined,
    taskQueue: string | null | undefined,
  ) {
    const regs = this.registrationsOf(workflow.id).filter(
      (r) => (!deployment || r.deployment_name === deployment) && (!taskQueue || r.task_queue === taskQueue),
    );
    if (!regs.length && (deployment || taskQueue))
      throw new HttpError(
        404,
        `No registration of workflow '${workflow.name}' on ${deployment ? `deployment '${deployment}'` : `task queue '${taskQueue}'`}`,
      );
    return [...regs].reverse().find((r) => r.active) ?? regs[regs.length - 1] ?? null;
  }

  // ---- executions: queries ---------------------------------------------------------------

  /** The execution's runtime, or a 404. */
  runtimeOr404(executionId: string): ExecutionRuntime {
    const rt = this.runtimes.get(executionId);
    if (!rt) throw new HttpError(404, `Workflow execution '${executionId}' not found`);
    return rt;
  }

  /** Whether the execution has reached a terminal status. */
  isDone(rt: ExecutionRuntime): boolean {
    return TERMINAL.has(rt.rec.execution.status as WorkflowExecutionStatus);
  }

  // ---- executions: lifecycle -------------------------------------------------------------

  /** Resolves an execution's behaviour from its input's `_mock`, the server's per-workflow ones and the defaults. */
  resolveBehaviour(
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
    const merged = {
      ...this.options.behaviours[workflowName],
      ...extra,
      ...(asObject as ExecutionBehaviour),
    };
    const outcomes = [
      "completed",
      "failed",
      "canceled",
      "terminated",
      "timed_out",
      "continued_as_new",
      "running",
    ];
    if (!outcomes.includes(merged.outcome ?? "completed"))
      throw new HttpError(422, [
        {
          loc: ["body", "input", "_mock", "outcome"],
          msg: `Input should be ${outcomes.map((o) => `'${o}'`).join(", ")}`,
          type: "enum",
          input: merged.outcome,
        },
      ]);
    return {
      ...merged,
      outcome: merged.outcome ?? "completed",
      steps: Math.max(1, Math.floor(merged.steps ?? 5)),
      retries: Math.max(0, Math.floor(merged.retries ?? 0)),
      step_ms: Math.max(0, merged.step_ms ?? this.options.stepMs),
    };
  }

  /**
   * Creates an execution and runs its first step (`WORKFLOW_EXECUTION_STARTED`) at `at`; the rest
   * follows on the clock. `at` may be in the past (seeded executions): due steps then run at once.
   */
  startExecution(args: {
    executionId: string;
    workflow: Workflow;
    registration: WorkflowRegistration | null;
    input: unknown;
    request: Record<string, unknown>;
    userId: string | null;
    scheduleId: string | null;
    deploymentName: string | null;
    at: number;
    behaviour?: ExecutionBehaviour;
  }): ExecutionRuntime {
    const { executionId, workflow, at } = args;
    if (this.runtimes.has(executionId))
      throw new HttpError(409, `Workflow execution '${executionId}' already exists`);
    const behaviour = this.resolveBehaviour(workflow.name, args.input, args.behaviour);
    const runId = this.ids.uuid4();
    const custom = args.request.custom_tracing_attributes;
    const rec: MockExecution = {
      execution: {
        workflow_name: workflow.name,
        workflow_id: workflow.id,
        deployment_name: args.deploymentName ?? args.registration?.deployment_name ?? null,
        execution_id: executionId,
        parent_execution_id: null,
        root_execution_id: executionId,
        run_id: runId,
        user_id: args.userId,
        status: "RUNNING",
        start_time: new Date(at).toISOString(),
        end_time: null,
        total_duration_ms: null,
        result: null,
      },
      input: args.input,
      behaviour,
      schedule_id: args.scheduleId,
      request: args.request,
      events: [],
      logs: [],
      signals: [],
      queries: [],
      updates: [],
      resets: [],
      stop_requests: [],
      state: {},
      history: [],
    };
    const traceId = this.ids.hex(16);
    const rootSpan: SpanRecord = {
      span_id: this.ids.hex(8),
      parent_span_id: null,
      name: `RunWorkflow:${workflow.name}`,
      start_ms: at,
      end_ms: null,
      attributes: {
        "workflow.name": workflow.name,
        "workflow.execution_id": executionId,
        "workflow.run_id": runId,
      },
      kind: "SPAN_KIND_SERVER",
    };
    const rt: ExecutionRuntime = {
      rec,
      workflow,
      registration: args.registration,
      firstRunId: runId,
      chainRunId: runId,
      continuedFrom: null,
      traceId,
      rootSpan,
      spans: [rootSpan],
      trace: [],
      plan: [],
      cursor: 0,
      task: null,
      waitingFor: null,
      runSignals: new Set(),
      custom: null,
      activity: null,
      listeners: new Set(),
      logListeners: new Set(),
      terminalWaiters: new Set(),
      metadata: {
        ...(custom && typeof custom === "object" ? (custom as Record<string, unknown>) : {}),
        ...(behaviour.metadata ?? {}),
        ...(args.scheduleId ? { schedule_id: args.scheduleId } : {}),
      },
      attempt: 1,
    };
    this.executions.set(executionId, rec);
    this.runtimes.set(executionId, rt);
    this.runs.started(rt, runId, at);
    rt.plan = this.planRun(rt, true);
    this.runFrom(rt, at);
    return rt;
  }

  /** Runs the plan's next step at `at`, then schedules the one after. */
  private runFrom(rt: ExecutionRuntime, at: number): void {
    rt.task = null;
    const step = rt.plan[rt.cursor++];
    if (!step) return;
    const result = step(at);
    if (result === "next" && rt.cursor < rt.plan.length) this.scheduleNext(rt, at + rt.rec.behaviour.step_ms);
  }

  private scheduleNext(rt: ExecutionRuntime, at: number): void {
    rt.task?.cancel();
    rt.task = this.clock.schedule(at, (when) => this.runFrom(rt, when));
  }

  private planRun(rt: ExecutionRuntime, firstRun: boolean): Step[] {
    const b = rt.rec.behaviour;
    const steps: Step[] = [(at) => this.stepStarted(rt, at)];
    if (rt.attempt <= (b.retries ?? 0)) {
      // A failing attempt: the activity fails, then the workflow is retried as a new run.
      steps.push(
        (at) => this.stepActivityStarted(rt, at),
        (at) => this.stepActivityFailed(rt, at),
        (at) => this.stepRetry(rt, at),
      );
      return steps;
    }
    if (!firstRun && b.outcome === "continued_as_new") {
      // The continued run: straight to the activity and the result.
      steps.push(
        (at) => this.stepActivityStarted(rt, at),
        (at) => this.stepActivityCompleted(rt, at),
        (at) => this.stepCompleted(rt, at),
      );
      return steps;
    }
    steps.push((at) => this.stepCustomStarted(rt, at));
    const half = Math.ceil(b.steps / 2);
    for (let k = 1; k <= b.steps; k++) {
      steps.push((at) => this.stepProgress(rt, at, k));
      if (k === half && b.outcome === "canceled") return [...steps, (at) => this.stepCanceled(rt, at, null)];
      if (k === half && b.outcome === "terminated")
        return [...steps, (at) => this.stepTerminated(rt, at, "Terminated by the workflow's mock behaviour")];
      if (k === half && b.outcome === "timed_out") return [...steps, (at) => this.stepTimedOut(rt, at)];
    }
    if (b.outcome === "running") steps.push((at) => this.stepWait(rt, at, null));
    else if (b.wait_for_signal) steps.push((at) => this.stepWait(rt, at, b.wait_for_signal!));
    steps.push((at) => this.stepCustomCompleted(rt, at));
    if (b.outcome === "continued_as_new") {
      steps.push((at) => this.stepContinuedAsNew(rt, at));
      return steps;
    }
    steps.push((at) => this.stepActivityStarted(rt, at));
    if (b.outcome === "failed")
      steps.push(
        (at) => this.stepActivityRetrying(rt, at),
        (at) => this.stepActivityFailed(rt, at),
        (at) => this.stepFailed(rt, at),
      );
    else
      steps.push(
        (at) => this.stepActivityCompleted(rt, at),
        (at) => this.stepCompleted(rt, at),
      );
    return steps;
  }

  // ---- steps ---------------------------------------------------------------------------------

  private stepStarted(rt: ExecutionRuntime, at: number): StepResult {
    const e = rt.rec.execution;
    this.publish(rt, at, "WORKFLOW_EXECUTION_STARTED", {
      task_id: this.ids.uuid4(),
      workflow_name: e.workflow_name,
      display_name: rt.workflow.display_name,
      input: { type: "json", value: rt.rec.input ?? null },
      attempt: rt.attempt,
    });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED", {
      workflowExecutionStartedEventAttributes: {
        workflowType: { name: e.workflow_name },
        taskQueue: { name: rt.registration?.task_queue ?? "default", kind: "TASK_QUEUE_KIND_NORMAL" },
        input: { payloads: [payload(rt.rec.input ?? null)] },
        attempt: rt.attempt,
        originalExecutionRunId: e.run_id,
        firstExecutionRunId: rt.firstRunId,
        ...(rt.continuedFrom ? { continuedExecutionRunId: rt.continuedFrom } : {}),
      },
    });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED", {});
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_STARTED", {});
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_COMPLETED", {});
    this.point(rt, at, "workflow.started", rt.rootSpan, { "workflow.name": e.workflow_name });
    this.point(rt, at, "workflow_task.completed", rt.rootSpan, {}, true);
    this.log(rt, at, "INFO", `Workflow ${e.workflow_name} started`, rt.rootSpan);
    return "next";
  }

  private stepCustomStarted(rt: ExecutionRuntime, at: number): StepResult {
    const span = this.openSpan(rt, at, "CustomTask:progress", "SPAN_KIND_INTERNAL");
    rt.custom = {
      id: "progress",
      type: "progress",
      progress: 0,
      text: "",
      open: true,
      span,
      traceId: span.span_id,
    };
    const state = { progress: 0, text: "" };
    this.publish(rt, at, "CUSTOM_TASK_STARTED", {
      custom_task_id: rt.custom.id,
      custom_task_type: rt.custom.type,
      payload: { type: "json", value: state },
    });
    this.history(rt, at, "EVENT_TYPE_MARKER_RECORDED", {
      markerRecordedEventAttributes: {
        markerName: "custom_task_started",
        details: { payload: payload(state) },
      },
    });
    this.progressEntry(rt, at, rt.custom.traceId, "progress", span, "RUNNING");
    this.log(rt, at, "INFO", "Task progress started", span);
    return "next";
  }

  private stepProgress(rt: ExecutionRuntime, at: number, k: number): StepResult {
    const c = rt.custom!;
    const n = rt.rec.behaviour.steps;
    const from = Math.floor(((k - 1) * WORDS.length) / n);
    const to = Math.floor((k * WORDS.length) / n);
    const text = WORDS.slice(from, to).join(" ") + (k < n ? " " : "");
    c.progress = Math.round((k / n) * 1000) / 1000;
    c.text += text;
    this.publish(rt, at, "CUSTOM_TASK_IN_PROGRESS", {
      custom_task_id: c.id,
      custom_task_type: c.type,
      payload: {
        type: "json_patch",
        value: [
          { op: "replace", path: "/progress", value: c.progress },
          { op: "append", path: "/text", value: text },
        ],
      },
    });
    this.log(rt, at, "INFO", `Progress ${k}/${n}`, c.span);
    return "next";
  }

  private stepWait(rt: ExecutionRuntime, at: number, signal: string | null): StepResult {
    if (signal !== null && rt.runSignals.has(signal)) return "next";
    rt.waitingFor = signal ?? "";
    this.log(rt, at, "INFO", signal ? `Waiting for signal '${signal}'` : "Waiting", rt.rootSpan);
    return "wait";
  }

  private stepCustomCompleted(rt: ExecutionRuntime, at: number): StepResult {
    const c = rt.custom!;
    c.open = false;
    c.span.end_ms = at;
    const state = { progress: 1, text: c.text };
    this.publish(rt, at, "CUSTOM_TASK_COMPLETED", {
      custom_task_id: c.id,
      custom_task_type: c.type,
      payload: { type: "json", value: state },
    });
    this.history(rt, at, "EVENT_TYPE_MARKER_RECORDED", {
      markerRecordedEventAttributes: {
        markerName: "custom_task_completed",
        details: { payload: payload(state) },
      },
    });
    this.progressEntry(rt, at, c.traceId, "progress", c.span, "COMPLETED");
    this.log(rt, at, "INFO", "Task progress completed", c.span);
    return "next";
  }

  private stepActivityStarted(rt: ExecutionRuntime, at: number): StepResult {
    const span = this.openSpan(rt, at, "RunActivity:process_result", "SPAN_KIND_CLIENT");
    const input = { text: rt.custom?.text ?? "" };
    rt.activity = {
      id: "activity-1",
      name: "process_result",
      open: true,
      span,
      traceId: span.span_id,
      attempt: 1,
    };
    span.attributes["activity.name"] = rt.activity.name;
    span.attributes["activity.id"] = rt.activity.id;
    this.publish(rt, at, "ACTIVITY_TASK_STARTED", {
      task_id: rt.activity.id,
      activity_name: rt.activity.name,
      input: { type: "json", value: input },
    });
    this.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED", {
      activityTaskScheduledEventAttributes: {
        activityId: rt.activity.id,
        activityType: { name: rt.activity.name },
        input: { payloads: [payload(input)] },
      },
    });
    this.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_STARTED", {
      activityTaskStartedEventAttributes: { attempt: 1 },
    });
    this.progressEntry(rt, at, rt.activity.traceId, rt.activity.name, span, "RUNNING");
    this.log(rt, at, "INFO", `Activity ${rt.activity.name} started`, span, true);
    return "next";
  }

  private stepActivityCompleted(rt: ExecutionRuntime, at: number): StepResult {
    const a = rt.activity!;
    a.open = false;
    a.span.end_ms = at;
    const result = { processed: true, words: (rt.custom?.text ?? "").split(" ").filter(Boolean).length };
    this.publish(rt, at, "ACTIVITY_TASK_COMPLETED", {
      task_id: a.id,
      activity_name: a.name,
      result: { type: "json", value: result },
    });
    this.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_COMPLETED", {
      activityTaskCompletedEventAttributes: { result: { payloads: [payload(result)] } },
    });
    this.progressEntry(rt, at, a.traceId, a.name, a.span, "COMPLETED");
    this.log(rt, at, "INFO", `Activity ${a.name} completed`, a.span, true);
    return "next";
  }

  private failureMessage(rt: ExecutionRuntime): string {
    return rt.rec.behaviour.error ?? "Activity failed: simulated error";
  }

  private stepActivityRetrying(rt: ExecutionRuntime, at: number): StepResult {
    const a = rt.activity!;
    this.publish(rt, at, "ACTIVITY_TASK_RETRYING", {
      task_id: a.id,
      activity_name: a.name,
      attempt: a.attempt,
      failure: { message: this.failureMessage(rt) },
    });
    this.log(
      rt,
      at,
      "WARNING",
      `Activity ${a.name} attempt ${a.attempt} failed: ${this.failureMessage(rt)}; retrying`,
      a.span,
      true,
    );
    a.attempt++;
    return "next";
  }

  private stepActivityFailed(rt: ExecutionRuntime, at: number): StepResult {
    const a = rt.activity!;
    a.open = false;
    a.span.end_ms = at;
    const failure = { message: this.failureMessage(rt) };
    this.publish(rt, at, "ACTIVITY_TASK_FAILED", {
      task_id: a.id,
      activity_name: a.name,
      attempt: a.attempt,
      failure,
    });
    this.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_FAILED", {
      activityTaskFailedEventAttributes: { failure },
    });
    this.progressEntry(rt, at, a.traceId, a.name, a.span, "FAILED", failure.message);
    this.log(
      rt,
      at,
      "ERROR",
      `Activity ${a.name} failed after ${a.attempt} attempts: ${failure.message}`,
      a.span,
      true,
    );
    return "next";
  }

  private defaultResult(rt: ExecutionRuntime): unknown {
    if (rt.rec.behaviour.result !== undefined) return rt.rec.behaviour.result;
    const input = rt.rec.input;
    const clean =
      input && typeof input === "object" && !Array.isArray(input)
        ? Object.fromEntries(Object.entries(input).filter(([k]) => k !== "_mock"))
        : (input ?? null);
    return { status: "done", answer: rt.custom?.text ?? "", input: clean };
  }

  private stepCompleted(rt: ExecutionRuntime, at: number): StepResult {
    const result = this.defaultResult(rt);
    this.publish(rt, at, "WORKFLOW_EXECUTION_COMPLETED", {
      task_id: this.ids.uuid4(),
      result: { type: "json", value: result },
      attempt: rt.attempt,
    });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED", {
      workflowExecutionCompletedEventAttributes: { result: { payloads: [payload(result)] } },
    });
    this.point(rt, at, "workflow.completed", rt.rootSpan, {});
    this.log(rt, at, "INFO", `Workflow ${rt.rec.execution.workflow_name} completed`, rt.rootSpan);
    this.finish(rt, at, "COMPLETED", result);
    return "end";
  }

  private stepFailed(rt: ExecutionRuntime, at: number): StepResult {
    const failure = { message: this.failureMessage(rt) };
    this.publish(rt, at, "WORKFLOW_EXECUTION_FAILED", {
      task_id: this.ids.uuid4(),
      failure,
      attempt: rt.attempt,
    });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_FAILED", {
      workflowExecutionFailedEventAttributes: { failure },
    });
    this.point(rt, at, "workflow.failed", rt.rootSpan, { error: failure.message });
    this.log(
      rt,
      at,
      "ERROR",
      `Workflow ${rt.rec.execution.workflow_name} failed: ${failure.message}`,
      rt.rootSpan,
    );
    this.finish(rt, at, "FAILED", null);
    return "end";
  }

  /** Ends the custom task (if open) with `eventType`. */
  private closeCustom(
    rt: ExecutionRuntime,
    at: number,
    eventType: "CUSTOM_TASK_CANCELED" | "CUSTOM_TASK_TIMED_OUT",
    extra: Record<string, unknown>,
  ) {
    const c = rt.custom;
    if (!c?.open) return;
    c.open = false;
    c.span.end_ms = at;
    this.publish(rt, at, eventType, { custom_task_id: c.id, custom_task_type: c.type, ...extra });
    this.progressEntry(
      rt,
      at,
      c.traceId,
      "progress",
      c.span,
      "FAILED",
      eventType === "CUSTOM_TASK_CANCELED" ? "canceled" : "timed out",
    );
  }

  private stepCanceled(rt: ExecutionRuntime, at: number, reason: string | null): StepResult {
    this.closeCustom(rt, at, "CUSTOM_TASK_CANCELED", { reason: reason ?? "Workflow execution canceled" });
    if (rt.activity?.open) {
      rt.activity.open = false;
      rt.activity.span.end_ms = at;
    }
    this.publish(rt, at, "WORKFLOW_EXECUTION_CANCELED", { task_id: this.ids.uuid4(), reason });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED", {
      workflowExecutionCanceledEventAttributes: {},
    });
    this.point(rt, at, "workflow.canceled", rt.rootSpan, {});
    this.log(rt, at, "WARNING", `Workflow ${rt.rec.execution.workflow_name} canceled`, rt.rootSpan);
    this.finish(rt, at, "CANCELED", null);
    return "end";
  }

  private stepTerminated(rt: ExecutionRuntime, at: number, reason: string): StepResult {
    for (const s of [rt.custom?.span, rt.activity?.span]) if (s && s.end_ms === null) s.end_ms = at;
    if (rt.custom) rt.custom.open = false;
    if (rt.activity) rt.activity.open = false;
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED", {
      workflowExecutionTerminatedEventAttributes: { reason },
    });
    this.point(rt, at, "workflow.terminated", rt.rootSpan, { reason });
    this.log(
      rt,
      at,
      "WARNING",
      `Workflow ${rt.rec.execution.workflow_name} terminated: ${reason}`,
      rt.rootSpan,
    );
    this.finish(rt, at, "TERMINATED", null);
    return "end";
  }

  private stepTimedOut(rt: ExecutionRuntime, at: number): StepResult {
    this.closeCustom(rt, at, "CUSTOM_TASK_TIMED_OUT", { timeout_type: "START_TO_CLOSE" });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT", {
      workflowExecutionTimedOutEventAttributes: { retryState: "RETRY_STATE_TIMEOUT" },
    });
    this.point(rt, at, "workflow.timed_out", rt.rootSpan, {});
    this.log(rt, at, "ERROR", `Workflow ${rt.rec.execution.workflow_name} timed out`, rt.rootSpan);
    this.finish(rt, at, "TIMED_OUT", null);
    return "end";
  }

  private stepContinuedAsNew(rt: ExecutionRuntime, at: number): StepResult {
    const newRunId = this.ids.uuid4();
    const input = rt.rec.input ?? null;
    this.publish(rt, at, "WORKFLOW_EXECUTION_CONTINUED_AS_NEW", {
      task_id: this.ids.uuid4(),
      new_execution_run_id: newRunId,
      workflow_name: rt.rec.execution.workflow_name,
      input: { type: "json", value: input },
    });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW", {
      workflowExecutionContinuedAsNewEventAttributes: {
        newExecutionRunId: newRunId,
        input: { payloads: [payload(input)] },
      },
    });
    this.log(rt, at, "INFO", `Workflow continued as new run ${newRunId}`, rt.rootSpan);
    rt.continuedFrom = rt.rec.execution.run_id ?? null;
    this.runs.ended(rt.continuedFrom ?? "", "CONTINUED_AS_NEW", at);
    rt.rec.execution.run_id = newRunId;
    rt.rec.history = [];
    this.runs.started(rt, newRunId, at + rt.rec.behaviour.step_ms);
    rt.plan = this.planRun(rt, false);
    rt.cursor = 0;
    this.scheduleNext(rt, at + rt.rec.behaviour.step_ms);
    return "wait";
  }

  /**
   * A failing attempt ends: its run closes `RETRYING_AFTER_ERROR` and the workflow is retried as a new
   * run (next attempt) one step later. No workflow event: the execution goes on.
   */
  private stepRetry(rt: ExecutionRuntime, at: number): StepResult {
    const e = rt.rec.execution;
    const previous = e.run_id ?? "";
    const newRunId = this.ids.uuid4();
    const failure = { message: this.failureMessage(rt) };
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_FAILED", {
      workflowExecutionFailedEventAttributes: {
        failure,
        retryState: "RETRY_STATE_IN_PROGRESS",
        newExecutionRunId: newRunId,
      },
    });
    this.log(
      rt,
      at,
      "WARNING",
      `Workflow attempt ${rt.attempt} failed: ${failure.message}; retrying`,
      rt.rootSpan,
    );
    this.runs.ended(previous, "RETRYING_AFTER_ERROR", at);
    rt.attempt++;
    e.run_id = newRunId;
    rt.rec.history = [];
    rt.custom = null;
    rt.activity = null;
    this.runs.started(rt, newRunId, at + rt.rec.behaviour.step_ms);
    rt.plan = this.planRun(rt, true);
    rt.cursor = 0;
    this.scheduleNext(rt, at + rt.rec.behaviour.step_ms);
    return "wait";
  }

  /** Sets the terminal status and tells everyone waiting. */
  private finish(rt: ExecutionRuntime, at: number, status: WorkflowExecutionStatus, result: unknown): void {
    rt.task?.cancel();
    rt.task = null;
    rt.waitingFor = null;
    const e = rt.rec.execution;
    this.runs.ended(e.run_id ?? "", status, at);
    e.status = status;
    e.end_time = new Date(at).toISOString();
    e.total_duration_ms = Math.max(0, at - Date.parse(e.start_time));
    e.result = result ?? null;
    rt.rootSpan.end_ms = at;
    rt.rootSpan.attributes["workflow.status"] = status;
    for (const l of [...rt.listeners]) l.onEnd();
    for (const l of [...rt.logListeners]) l.onEnd();
    for (const w of [...rt.terminalWaiters]) w();
    rt.terminalWaiters.clear();
    for (const hook of this.endHooks) hook(rt, at);
  }

  // ---- executions: API actions -----------------------------------------------------------

  private ensureRunning(rt: ExecutionRuntime): void {
    if (this.isDone(rt))
      throw new HttpError(409, `Workflow execution '${rt.rec.execution.execution_id}' already completed`);
  }

  /** Requests cancellation: the workflow cancels its task and ends `CANCELED` at once. */
  cancel(rt: ExecutionRuntime, at: number): void {
    this.ensureRunning(rt);
    rt.rec.stop_requests.push("cancel");
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED", {});
    this.stepCanceled(rt, at, "Cancellation requested");
  }

  /** Terminates: ends `TERMINATED` at once, without any workflow event. */
  terminate(rt: ExecutionRuntime, at: number, reason = "Terminated via the API"): void {
    this.ensureRunning(rt);
    rt.rec.stop_requests.push("terminate");
    this.stepTerminated(rt, at, reason);
  }

  /** Records a signal; a run waiting for it goes on one step later. */
  signal(rt: ExecutionRuntime, at: number, name: string, input: unknown): void {
    this.ensureRunning(rt);
    rt.rec.signals.push({ name, input, received_at: new Date(at).toISOString() });
    rt.runSignals.add(name);
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED", {
      workflowExecutionSignaledEventAttributes: {
        signalName: name,
        input: { payloads: [payload(input ?? null)] },
      },
    });
    this.point(rt, at, `signal.${name}`, rt.rootSpan, { "signal.name": name });
    this.log(rt, at, "INFO", `Received signal '${name}'`, rt.rootSpan);
    if (rt.waitingFor === name) {
      rt.waitingFor = null;
      this.scheduleNext(rt, at + rt.rec.behaviour.step_ms);
    }
  }

  private checkHandler(rt: ExecutionRuntime, kind: "queries" | "updates", name: string): void {
    const declared = rt.registration?.definition[kind] ?? [];
    if (declared.length && !declared.some((h) => h.name === name))
      throw new HttpError(
        400,
        `Workflow '${rt.workflow.name}' has no ${kind === "queries" ? "query" : "update"} handler '${name}' (known: ${declared.map((h) => h.name).join(", ")})`,
      );
  }

  /** The workflow's current state as the default query answers it. */
  snapshot(rt: ExecutionRuntime): Record<string, unknown> {
    return {
      status: rt.rec.execution.status,
      progress: rt.custom?.progress ?? 0,
      text: rt.custom?.text ?? "",
      waiting_for_signal: rt.waitingFor || null,
      signals_received: rt.rec.signals.map((s) => s.name),
      state: rt.rec.state,
    };
  }

  /** Answers a query (also on finished executions, as Temporal allows) and records it. */
  query(rt: ExecutionRuntime, at: number, name: string, input: unknown): unknown {
    this.checkHandler(rt, "queries", name);
    const results = rt.rec.behaviour.query_results;
    const result = results && name in results ? results[name] : this.snapshot(rt);
    rt.rec.queries.push({ name, input, received_at: new Date(at).toISOString(), result });
    return result;
  }

  /** Applies an update: an object input is merged into the workflow's state. */
  update(rt: ExecutionRuntime, at: number, name: string, input: unknown): unknown {
    this.ensureRunning(rt);
    this.checkHandler(rt, "updates", name);
    if (input && typeof input === "object" && !Array.isArray(input) && !("b64payload" in input))
      Object.assign(rt.rec.state, input);
    const results = rt.rec.behaviour.update_results;
    const result =
      results && name in results
        ? results[name]
        : { accepted: true, update: name, state: { ...rt.rec.state } };
    rt.rec.updates.push({ name, input, received_at: new Date(at).toISOString(), result });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED", {
      workflowExecutionUpdateAcceptedEventAttributes: {
        acceptedRequest: { input: { name, args: { payloads: [payload(input ?? null)] } } },
      },
    });
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED", {
      workflowExecutionUpdateCompletedEventAttributes: {
        outcome: { success: { payloads: [payload(result)] } },
      },
    });
    this.point(rt, at, `update.${name}`, rt.rootSpan, { "update.name": name });
    this.log(rt, at, "INFO", `Applied update '${name}'`, rt.rootSpan);
    return result;
  }

  /**
   * Resets to history event `eventId`: the current run ends, a new run (new `run_id`) starts from the
   * beginning of the story; the history keeps the events up to `eventId`, then a reset marker.
   */
  reset(
    rt: ExecutionRuntime,
    at: number,
    body: { event_id: number; reason?: string | null; exclude_signals?: boolean; exclude_updates?: boolean },
  ): void {
    const n = rt.rec.history.length;
    if (body.event_id < 1 || body.event_id > n)
      throw new HttpError(400, `event_id ${body.event_id} is not in the execution's history (1-${n})`);
    rt.task?.cancel();
    const e = rt.rec.execution;
    const previous = e.run_id ?? "";
    // A reset ends the current run if it was still going; a finished run keeps its status.
    this.runs.ended(previous, "TERMINATED", at);
    rt.rec.resets.push({
      event_id: body.event_id,
      reason: body.reason ?? null,
      exclude_signals: !!body.exclude_signals,
      exclude_updates: !!body.exclude_updates,
      at: new Date(at).toISOString(),
      previous_run_id: previous,
    });
    const kept = rt.rec.history.slice(0, body.event_id);
    rt.rec.history = kept;
    const newRunId = this.ids.uuid4();
    this.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_FAILED", {
      workflowTaskFailedEventAttributes: {
        cause: "WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW",
        failure: { message: body.reason ?? "Reset via the API" },
        baseRunId: previous,
        newRunId,
      },
    });
    if (body.exclude_signals) rt.runSignals.clear();
    if (body.exclude_updates) rt.rec.state = {};
    e.run_id = newRunId;
    this.runs.started(rt, newRunId, at);
    e.status = "RUNNING";
    e.end_time = null;
    e.total_duration_ms = null;
    e.result = null;
    rt.custom = null;
    rt.activity = null;
    rt.waitingFor = null;
    rt.continuedFrom = null;
    rt.rootSpan.end_ms = null;
    rt.plan = this.planRun(rt, true);
    rt.cursor = 0;
    this.log(
      rt,
      at,
      "WARNING",
      `Workflow reset to event ${body.event_id}${body.reason ? `: ${body.reason}` : ""}`,
      rt.rootSpan,
    );
    this.runFrom(rt, at);
  }

  // ---- publishing --------------------------------------------------------------------------

  private publish(
    rt: ExecutionRuntime,
    at: number,
    eventType: WorkflowEvent["event_type"],
    attributes: Record<string, unknown>,
  ): void {
    const e = rt.rec.execution;
    const data = {
      event_id: this.ids.uuid7(at),
      event_timestamp: at * 1_000_000,
      root_workflow_exec_id: e.root_execution_id,
      parent_workflow_exec_id: e.parent_execution_id ?? null,
      continued_run_id: rt.continuedFrom,
      first_execution_run_id: rt.firstRunId,
      chain_run_id: rt.chainRunId,
      schedule_id: rt.rec.schedule_id,
      workflow_exec_id: e.execution_id,
      workflow_run_id: e.run_id ?? "",
      workflow_name: e.workflow_name,
      event_type: eventType,
      attributes,
    } as unknown as WorkflowEvent;
    const stream = eventType.startsWith("ACTIVITY_")
      ? "activity"
      : eventType.startsWith("CUSTOM_TASK_")
        ? ((attributes.custom_task_type as string) ?? "custom")
        : "workflow";
    const event: StreamEvent = {
      stream,
      timestamp: new Date(at).toISOString(),
      data,
      workflow_context: {
        namespace: "default",
        workflow_name: e.workflow_name,
        workflow_exec_id: e.execution_id,
        parent_workflow_exec_id: e.parent_execution_id ?? null,
        root_workflow_exec_id: e.root_execution_id,
      },
      metadata: { ...rt.metadata },
      broker_sequence: ++this.sequence,
    };
    rt.rec.events.push(event);
    this.events.push(event);
    for (const l of [...rt.listeners]) l.onEvent(event);
    for (const l of [...this.eventListeners]) l(event);
  }

  private history(
    rt: ExecutionRuntime,
    at: number,
    eventType: string,
    attributes: Record<string, unknown>,
  ): void {
    rt.rec.history.push({
      eventId: String(rt.rec.history.length + 1),
      eventTime: new Date(at).toISOString(),
      eventType,
      taskId: String(1_048_576 + rt.rec.history.length),
      ...attributes,
    });
  }

  private log(
    rt: ExecutionRuntime,
    at: number,
    severity: string,
    body: string,
    span: SpanRecord,
    activity = false,
  ): void {
    const e = rt.rec.execution;
    const attrs: Record<string, string> = {
      workflow_name: e.workflow_name,
      execution_id: e.execution_id,
      run_id: e.run_id ?? "",
      logger: activity ? "activity" : "workflow",
    };
    if (activity && rt.activity) {
      attrs.activity_id = rt.activity.id;
      attrs.activity_name = rt.activity.name;
    }
    const record: ExecutionLogRecord = {
      timestamp: new Date(at).toISOString(),
      trace_id: rt.traceId,
      span_id: span.span_id,
      severity_text: severity,
      body,
      log_attributes: attrs,
    };
    rt.rec.logs.push(record);
    const index = rt.rec.logs.length - 1;
    for (const l of [...rt.logListeners]) l.onLog(index, record);
  }

  private openSpan(rt: ExecutionRuntime, at: number, name: string, kind: SpanRecord["kind"]): SpanRecord {
    const span: SpanRecord = {
      span_id: this.ids.hex(8),
      parent_span_id: rt.rootSpan.span_id,
      name,
      start_ms: at,
      end_ms: null,
      attributes: { "workflow.run_id": rt.rec.execution.run_id ?? "" },
      kind,
    };
    rt.spans.push(span);
    return span;
  }

  private progressEntry(
    rt: ExecutionRuntime,
    at: number,
    id: string,
    name: string,
    span: SpanRecord,
    status: "RUNNING" | "COMPLETED" | "FAILED",
    error: string | null = null,
  ): void {
    rt.trace.push({
      kind: "progress",
      id,
      name,
      at,
      span_id: span.span_id,
      attributes: { "span.name": span.name },
      internal: false,
      status,
      start_ms: span.start_ms,
      end_ms: status === "RUNNING" ? null : at,
      error,
    });
  }

  private point(
    rt: ExecutionRuntime,
    at: number,
    name: string,
    span: SpanRecord,
    attributes: TraceEntry["attributes"],
    internal = false,
  ): void {
    rt.trace.push({
      kind: "point",
      id: this.ids.hex(8),
      name,
      at,
      span_id: span.span_id,
      attributes,
      internal,
    });
  }
}

/** A Temporal JSON payload (decoded form; the history endpoint encodes it unless asked not to). */
export function payload(value: unknown): { metadata: { encoding: string }; data: unknown } {
  return { metadata: { encoding: "json/plain" }, data: value };
}
