/**
 * The execution engine: starts executions and runs their plan on the clock, one step at a time, and
 * applies what the API asks of a running execution (cancel, terminate, signal, query, update, reset).
 * It refuses with domain errors (`conflict` for a finished execution, `rejected` for a broken rule),
 * never with HTTP statuses.
 */
import type { TaskClock } from "../clock.js";
import type {
  ExecutionBehaviour,
  MockExecution,
  Workflow,
  WorkflowExecutionStatus,
  WorkflowRegistration,
} from "../types.js";
import { resolveBehaviour, type BehaviourDefaults } from "./behaviour.js";
import { conflict, DomainError, rejected } from "./errors.js";
import { isTerminalStatus, payload, type ExecutionRuntime, type SpanRecord } from "./execution.js";
import type { IdSource } from "./ids.js";
import { Recorder } from "./recorder.js";
import type { Store } from "./store.js";
import { Story, type StoryHost } from "./story.js";
import { connectorWait, TaskStories, type TaskStoryHost } from "./task-stories.js";

/** Hooks the schedules register to hear about executions ending. */
export type ExecutionEndHook = (rt: ExecutionRuntime, at: number) => void;

/** Options of the {@link Engine}: its behaviours' defaults. */
export type EngineOptions = BehaviourDefaults;

/** Runs executions. */
export class Engine implements StoryHost, TaskStoryHost {
  readonly recorder: Recorder;
  private readonly story: Story;
  readonly endHooks: ExecutionEndHook[] = [];

  constructor(
    readonly store: Store,
    readonly clock: TaskClock,
    readonly ids: IdSource,
    private readonly options: EngineOptions,
  ) {
    this.recorder = new Recorder(store, ids);
    this.story = new Story(this.recorder, ids, this, new TaskStories(this.recorder, ids, this));
  }

  /** Whether the execution has reached a terminal status. */
  isDone(rt: ExecutionRuntime): boolean {
    return isTerminalStatus(rt.rec.execution.status);
  }

  /** Resolves an execution's behaviour from its input's `_mock`, the server's per-workflow ones and the defaults. */
  resolveBehaviour(
    workflowName: string,
    input: unknown,
    extra?: ExecutionBehaviour,
  ): MockExecution["behaviour"] {
    return resolveBehaviour(this.options, workflowName, input, extra);
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
    /** The execution that starts this one as a child workflow. */
    parent?: ExecutionRuntime;
  }): ExecutionRuntime {
    const { executionId, workflow, at } = args;
    if (this.store.executions.has(executionId))
      throw conflict(`Workflow execution '${executionId}' already exists`, { code: "WF_1101" });
    const behaviour = this.resolveBehaviour(workflow.name, args.input, args.behaviour);
    const runId = this.ids.uuid4();
    const custom = args.request.custom_tracing_attributes;
    const rec: MockExecution = {
      execution: {
        workflow_name: workflow.name,
        workflow_id: workflow.id,
        deployment_name: args.deploymentName ?? args.registration?.deployment_name ?? null,
        execution_id: executionId,
        parent_execution_id: args.parent?.rec.execution.execution_id ?? null,
        root_execution_id: args.parent?.rec.execution.root_execution_id ?? executionId,
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
      run: { plan: [], cursor: 0, task: null, waitingFor: null, signals: new Set(), attempt: 1 },
      lineage: { firstRunId: runId, continuedFrom: null },
      trace: { id: traceId, root: rootSpan, spans: [rootSpan], entries: [] },
      story: { custom: null, activity: null },
      listeners: { events: new Set(), logs: new Set(), terminal: new Set() },
      metadata: {
        ...(custom && typeof custom === "object" ? (custom as Record<string, unknown>) : {}),
        ...(behaviour.metadata ?? {}),
        ...(args.scheduleId ? { schedule_id: args.scheduleId } : {}),
      },
      order: this.store.nextOrder(),
      endedAt: null,
    };
    this.store.addExecution(rt);
    this.store.runs.started(rt, runId, at);
    rt.run.plan = this.story.plan(rt, true);
    this.runFrom(rt, at);
    return rt;
  }

  /** Runs the plan's next step at `at`, then schedules the one after. */
  private runFrom(rt: ExecutionRuntime, at: number): void {
    rt.run.task = null;
    const step = rt.run.plan[rt.run.cursor++];
    if (!step) return;
    const result = step(at);
    if (result === "next" && rt.run.cursor < rt.run.plan.length)
      this.scheduleNext(rt, at + rt.rec.behaviour.stepMs);
  }

  /** Runs the plan's next step at clock time `at` (replacing any pending one). */
  scheduleNext(rt: ExecutionRuntime, at: number): void {
    rt.run.task?.cancel();
    rt.run.task = this.clock.schedule(at, (when) => this.runFrom(rt, when));
  }

  /**
   * Ends the current run as `endedAs` at `at` and makes `newRunId` the current one, with an empty
   * history, starting at `startAt` (a continue-as-new or a workflow retry).
   */
  switchRun(
    rt: ExecutionRuntime,
    newRunId: string,
    endedAs: WorkflowExecutionStatus,
    at: number,
    startAt: number,
  ): void {
    const e = rt.rec.execution;
    this.store.runs.ended(e.run_id ?? "", endedAs, at);
    e.run_id = newRunId;
    rt.rec.history = [];
    this.store.runs.started(rt, newRunId, startAt);
  }

  /** Starts a child workflow of `parent` (same workflow, parent and root ids set) at `at`. */
  startChild(parent: ExecutionRuntime, at: number, behaviour: ExecutionBehaviour): ExecutionRuntime {
    return this.startExecution({
      executionId: this.ids.uuid7(at),
      workflow: parent.workflow,
      registration: parent.registration,
      input: null,
      request: {},
      userId: parent.rec.execution.user_id ?? null,
      scheduleId: null,
      deploymentName: parent.rec.execution.deployment_name ?? null,
      at,
      behaviour,
      parent,
    });
  }

  /** Whether credentials for the connector were supplied (for any credentials name, or this one). */
  isConnectorAuthorized(connectorName: string, credentialsName: string | null): boolean {
    const c = this.store.connectors;
    return (
      c.has(connectorWait(connectorName, null) + "*") || c.has(connectorWait(connectorName, credentialsName))
    );
  }

  /**
   * Supplies credentials for a connector (`credentialsName` null: for every credentials name) and wakes,
   * one step later, every execution waiting for them.
   */
  authorizeConnector(connectorName: string, credentialsName: string | null, at: number): void {
    this.store.connectors.add(
      connectorWait(connectorName, credentialsName) + (credentialsName === null ? "*" : ""),
    );
    for (const rt of this.store.executions.values()) {
      const waiting = rt.run.waitingFor;
      if (!waiting?.startsWith("connector:") || this.isDone(rt)) continue;
      const [name, credentials] = waiting.slice("connector:".length).split("\u0000");
      if (name === connectorName && (credentialsName === null || credentials === credentialsName)) {
        rt.run.waitingFor = null;
        this.scheduleNext(rt, at + rt.rec.behaviour.stepMs);
      }
    }
  }

  /** Runs `run` at clock time `at`. */
  schedule(at: number, run: (at: number) => void): void {
    this.clock.schedule(at, run);
  }

  /** Sets the terminal status and tells everyone waiting. */
  finish(rt: ExecutionRuntime, at: number, status: WorkflowExecutionStatus, result: unknown): void {
    rt.run.task?.cancel();
    rt.run.task = null;
    rt.run.waitingFor = null;
    const e = rt.rec.execution;
    this.store.runs.ended(e.run_id ?? "", status, at);
    e.status = status;
    e.end_time = new Date(at).toISOString();
    e.total_duration_ms = Math.max(0, at - Date.parse(e.start_time));
    e.result = result ?? null;
    rt.trace.root.end_ms = at;
    rt.trace.root.attributes["workflow.status"] = status;
    for (const l of [...rt.listeners.events]) l.onEnd();
    for (const l of [...rt.listeners.logs]) l.onEnd();
    for (const w of [...rt.listeners.terminal]) w();
    rt.listeners.terminal.clear();
    for (const hook of this.endHooks) hook(rt, at);
    this.store.markFinished(rt, at);
  }

  /** Throws `conflict` if the execution has ended. */
  private ensureRunning(rt: ExecutionRuntime): void {
    if (isTerminalStatus(rt.rec.execution.status))
      throw conflict(`Workflow execution '${rt.rec.execution.execution_id}' already completed`, {
        code: "WF_1102",
        status: rt.rec.execution.status,
      });
  }

  /** Requests cancellation: the workflow cancels its task and ends `CANCELED` at once. */
  cancel(rt: ExecutionRuntime, at: number): void {
    this.ensureRunning(rt);
    rt.rec.stop_requests.push("cancel");
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED", {});
    this.story.stepCanceled(rt, at, "Cancellation requested");
  }

  /** Terminates: ends `TERMINATED` at once, without any workflow event. */
  terminate(rt: ExecutionRuntime, at: number, reason = "Terminated via the API"): void {
    this.ensureRunning(rt);
    rt.rec.stop_requests.push("terminate");
    this.story.stepTerminated(rt, at, reason);
  }

  /** Records a signal; a run waiting for it goes on one step later. */
  signal(rt: ExecutionRuntime, at: number, name: string, input: unknown): void {
    this.ensureRunning(rt);
    rt.rec.signals.push({ name, input, received_at: new Date(at).toISOString() });
    rt.run.signals.add(name);
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED", {
      workflowExecutionSignaledEventAttributes: {
        signalName: name,
        input: { payloads: [payload(input ?? null)] },
      },
    });
    this.recorder.point(rt, at, `signal.${name}`, rt.trace.root, { "signal.name": name });
    this.recorder.log(rt, at, "INFO", `Received signal '${name}'`, rt.trace.root);
    if (rt.run.waitingFor === name) {
      rt.run.waitingFor = null;
      this.scheduleNext(rt, at + rt.rec.behaviour.stepMs);
    }
  }

  /** Throws `rejected` if the workflow declares handlers of this kind and none is `name`. */
  private checkHandler(rt: ExecutionRuntime, kind: "queries" | "updates", name: string): void {
    const declared = rt.registration?.definition[kind] ?? [];
    if (declared.length && !declared.some((h) => h.name === name))
      throw rejected(
        `Workflow '${rt.workflow.name}' has no ${kind === "queries" ? "query" : "update"} handler '${name}' (known: ${declared.map((h) => h.name).join(", ")})`,
      );
  }

  /** The workflow's current state as the default query answers it. */
  snapshot(rt: ExecutionRuntime): Record<string, unknown> {
    return {
      status: rt.rec.execution.status,
      progress: rt.story.custom?.progress ?? 0,
      text: rt.story.custom?.text ?? "",
      waiting_for_signal: rt.run.waitingFor || null,
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
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED", {
      workflowExecutionUpdateAcceptedEventAttributes: {
        acceptedRequest: { input: { name, args: { payloads: [payload(input ?? null)] } } },
      },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED", {
      workflowExecutionUpdateCompletedEventAttributes: {
        outcome: { success: { payloads: [payload(result)] } },
      },
    });
    this.recorder.point(rt, at, `update.${name}`, rt.trace.root, { "update.name": name });
    this.recorder.log(rt, at, "INFO", `Applied update '${name}'`, rt.trace.root);
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
      throw new DomainError("invalid", "Invalid event ID for reset", [], {
        code: "WF_1001",
        valid_reset_events: Array.from({ length: n }, (_, i) => i + 1),
      });
    rt.run.task?.cancel();
    const e = rt.rec.execution;
    const previous = e.run_id ?? "";
    // A reset ends the current run if it was still going; a finished run keeps its status.
    this.store.runs.ended(previous, "TERMINATED", at);
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
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_FAILED", {
      workflowTaskFailedEventAttributes: {
        cause: "WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW",
        failure: { message: body.reason ?? "Reset via the API" },
        baseRunId: previous,
        newRunId,
      },
    });
    if (body.exclude_signals) rt.run.signals.clear();
    if (body.exclude_updates) rt.rec.state = {};
    e.run_id = newRunId;
    this.store.runs.started(rt, newRunId, at);
    e.status = "RUNNING";
    this.store.markRunning(rt);
    e.end_time = null;
    e.total_duration_ms = null;
    e.result = null;
    rt.story.custom = null;
    rt.story.activity = null;
    rt.run.waitingFor = null;
    rt.lineage.continuedFrom = null;
    rt.trace.root.end_ms = null;
    rt.run.plan = this.story.plan(rt, true);
    rt.run.cursor = 0;
    this.recorder.log(
      rt,
      at,
      "WARNING",
      `Workflow reset to event ${body.event_id}${body.reason ? `: ${body.reason}` : ""}`,
      rt.trace.root,
    );
    this.runFrom(rt, at);
  }
}
