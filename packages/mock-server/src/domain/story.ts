/**
 * The scripted story every execution runs, one step every `stepMs` of clock time: started, a custom
 * task reporting progress, an activity, then the ending its behaviour asks for (completed, failed,
 * canceled, terminated, timed out, continued as new, or waiting).
 */
import type { WorkflowExecutionStatus } from "../types.js";
import { payload, type ExecutionRuntime, type Step, type StepResult } from "./execution.js";
import type { IdSource } from "./ids.js";
import type { Recorder } from "./recorder.js";
import type { TaskStories } from "./task-stories.js";

/** What the story needs from the engine. */
export interface StoryHost {
  /** Sets the terminal status and tells everyone waiting. */
  finish(rt: ExecutionRuntime, at: number, status: WorkflowExecutionStatus, result: unknown): void;
  /** Runs the plan's next step at clock time `at`. */
  scheduleNext(rt: ExecutionRuntime, at: number): void;
  /** Ends the current run as `endedAs` and makes `newRunId` current, starting at `startAt`. */
  switchRun(
    rt: ExecutionRuntime,
    newRunId: string,
    endedAs: WorkflowExecutionStatus,
    at: number,
    startAt: number,
  ): void;
}

const WORDS = "Thanks for reaching out. Your ticket was triaged, answered and closed.".split(" ");

/** Plans and plays the story's steps. */
export class Story {
  constructor(
    private readonly recorder: Recorder,
    private readonly ids: IdSource,
    private readonly host: StoryHost,
    private readonly tasks: TaskStories,
  ) {}

  /** The steps of a run: the first run of the story, or the run a continue-as-new starts. */
  plan(rt: ExecutionRuntime, firstRun: boolean): Step[] {
    const b = rt.rec.behaviour;
    const steps: Step[] = [(at) => this.stepStarted(rt, at)];
    // Connector sign-in comes first (skipped for connectors already authorized, e.g. after a reset).
    if (firstRun) steps.push(...this.tasks.connectorSteps(rt));
    if (rt.run.attempt <= (b.retries ?? 0)) {
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
    if (firstRun && (b.story === "live_tasks" || b.story === "child_task")) {
      steps.push(...(b.story === "live_tasks" ? this.tasks.liveTasks(rt) : this.tasks.childTask(rt)));
      steps.push((at) => (b.outcome === "failed" ? this.stepFailed(rt, at) : this.stepCompleted(rt, at)));
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

  private stepStarted(rt: ExecutionRuntime, at: number): StepResult {
    const e = rt.rec.execution;
    this.recorder.publish(rt, at, "WORKFLOW_EXECUTION_STARTED", {
      task_id: this.ids.uuid4(),
      workflow_name: e.workflow_name,
      display_name: rt.workflow.display_name,
      input: { type: "json", value: rt.rec.input ?? null },
      attempt: rt.run.attempt,
    });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED", {
      workflowExecutionStartedEventAttributes: {
        workflowType: { name: e.workflow_name },
        taskQueue: { name: rt.registration?.task_queue ?? "default", kind: "TASK_QUEUE_KIND_NORMAL" },
        input: { payloads: [payload(rt.rec.input ?? null)] },
        attempt: rt.run.attempt,
        originalExecutionRunId: e.run_id,
        firstExecutionRunId: rt.lineage.firstRunId,
        ...(rt.lineage.continuedFrom ? { continuedExecutionRunId: rt.lineage.continuedFrom } : {}),
      },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED", {});
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_STARTED", {});
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_TASK_COMPLETED", {});
    this.recorder.point(rt, at, "workflow.started", rt.trace.root, { "workflow.name": e.workflow_name });
    this.recorder.point(rt, at, "workflow_task.completed", rt.trace.root, {}, true);
    this.recorder.log(rt, at, "INFO", `Workflow ${e.workflow_name} started`, rt.trace.root);
    return "next";
  }

  private stepCustomStarted(rt: ExecutionRuntime, at: number): StepResult {
    const span = this.recorder.openSpan(rt, at, "CustomTask:progress", "SPAN_KIND_INTERNAL");
    rt.story.custom = {
      id: "progress",
      type: "progress",
      progress: 0,
      text: "",
      open: true,
      span,
      traceId: span.span_id,
    };
    const state = { progress: 0, text: "" };
    this.recorder.publish(rt, at, "CUSTOM_TASK_STARTED", {
      custom_task_id: rt.story.custom.id,
      custom_task_type: rt.story.custom.type,
      payload: { type: "json", value: state },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_MARKER_RECORDED", {
      markerRecordedEventAttributes: {
        markerName: "custom_task_started",
        details: { payload: payload(state) },
      },
    });
    this.recorder.progressEntry(rt, at, rt.story.custom.traceId, "progress", span, "RUNNING");
    this.recorder.log(rt, at, "INFO", "Task progress started", span);
    return "next";
  }

  private stepProgress(rt: ExecutionRuntime, at: number, k: number): StepResult {
    const c = rt.story.custom!;
    const n = rt.rec.behaviour.steps;
    const from = Math.floor(((k - 1) * WORDS.length) / n);
    const to = Math.floor((k * WORDS.length) / n);
    const text = WORDS.slice(from, to).join(" ") + (k < n ? " " : "");
    c.progress = Math.round((k / n) * 1000) / 1000;
    c.text += text;
    this.recorder.publish(rt, at, "CUSTOM_TASK_IN_PROGRESS", {
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
    this.recorder.log(rt, at, "INFO", `Progress ${k}/${n}`, c.span);
    return "next";
  }

  private stepWait(rt: ExecutionRuntime, at: number, signal: string | null): StepResult {
    if (signal !== null && rt.run.signals.has(signal)) return "next";
    rt.run.waitingFor = signal ?? "";
    this.recorder.log(rt, at, "INFO", signal ? `Waiting for signal '${signal}'` : "Waiting", rt.trace.root);
    return "wait";
  }

  private stepCustomCompleted(rt: ExecutionRuntime, at: number): StepResult {
    const c = rt.story.custom!;
    c.open = false;
    c.span.end_ms = at;
    const state = { progress: 1, text: c.text };
    this.recorder.publish(rt, at, "CUSTOM_TASK_COMPLETED", {
      custom_task_id: c.id,
      custom_task_type: c.type,
      payload: { type: "json", value: state },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_MARKER_RECORDED", {
      markerRecordedEventAttributes: {
        markerName: "custom_task_completed",
        details: { payload: payload(state) },
      },
    });
    this.recorder.progressEntry(rt, at, c.traceId, "progress", c.span, "COMPLETED");
    this.recorder.log(rt, at, "INFO", "Task progress completed", c.span);
    return "next";
  }

  private stepActivityStarted(rt: ExecutionRuntime, at: number): StepResult {
    const span = this.recorder.openSpan(rt, at, "RunActivity:process_result", "SPAN_KIND_CLIENT");
    const input = { text: rt.story.custom?.text ?? "" };
    rt.story.activity = {
      // Temporal numbers activities by their scheduling event; the logs filter takes that number (`^\d+$`).
      id: "1",
      name: "process_result",
      open: true,
      span,
      traceId: span.span_id,
      attempt: 1,
    };
    span.attributes["activity.name"] = rt.story.activity.name;
    span.attributes["activity.id"] = rt.story.activity.id;
    this.recorder.publish(rt, at, "ACTIVITY_TASK_STARTED", {
      task_id: rt.story.activity.id,
      activity_name: rt.story.activity.name,
      input: { type: "json", value: input },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED", {
      activityTaskScheduledEventAttributes: {
        activityId: rt.story.activity.id,
        activityType: { name: rt.story.activity.name },
        input: { payloads: [payload(input)] },
      },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_STARTED", {
      activityTaskStartedEventAttributes: { attempt: 1 },
    });
    this.recorder.progressEntry(rt, at, rt.story.activity.traceId, rt.story.activity.name, span, "RUNNING");
    this.recorder.log(rt, at, "INFO", `Activity ${rt.story.activity.name} started`, span, true);
    return "next";
  }

  private stepActivityCompleted(rt: ExecutionRuntime, at: number): StepResult {
    const a = rt.story.activity!;
    a.open = false;
    a.span.end_ms = at;
    const result = {
      processed: true,
      words: (rt.story.custom?.text ?? "").split(" ").filter(Boolean).length,
    };
    this.recorder.publish(rt, at, "ACTIVITY_TASK_COMPLETED", {
      task_id: a.id,
      activity_name: a.name,
      result: { type: "json", value: result },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_COMPLETED", {
      activityTaskCompletedEventAttributes: { result: { payloads: [payload(result)] } },
    });
    this.recorder.progressEntry(rt, at, a.traceId, a.name, a.span, "COMPLETED");
    this.recorder.log(rt, at, "INFO", `Activity ${a.name} completed`, a.span, true);
    return "next";
  }

  private failureMessage(rt: ExecutionRuntime): string {
    return rt.rec.behaviour.error ?? "Activity failed: simulated error";
  }

  private stepActivityRetrying(rt: ExecutionRuntime, at: number): StepResult {
    const a = rt.story.activity!;
    this.recorder.publish(rt, at, "ACTIVITY_TASK_RETRYING", {
      task_id: a.id,
      activity_name: a.name,
      attempt: a.attempt,
      failure: { message: this.failureMessage(rt) },
    });
    this.recorder.log(
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
    const a = rt.story.activity!;
    a.open = false;
    a.span.end_ms = at;
    const failure = { message: this.failureMessage(rt) };
    this.recorder.publish(rt, at, "ACTIVITY_TASK_FAILED", {
      task_id: a.id,
      activity_name: a.name,
      attempt: a.attempt,
      failure,
    });
    this.recorder.history(rt, at, "EVENT_TYPE_ACTIVITY_TASK_FAILED", {
      activityTaskFailedEventAttributes: { failure },
    });
    this.recorder.progressEntry(rt, at, a.traceId, a.name, a.span, "FAILED", failure.message);
    this.recorder.log(
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
    return { status: "done", answer: rt.story.custom?.text ?? "", input: clean };
  }

  private stepCompleted(rt: ExecutionRuntime, at: number): StepResult {
    const result = this.defaultResult(rt);
    this.recorder.publish(rt, at, "WORKFLOW_EXECUTION_COMPLETED", {
      task_id: this.ids.uuid4(),
      result: { type: "json", value: result },
      attempt: rt.run.attempt,
    });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED", {
      workflowExecutionCompletedEventAttributes: { result: { payloads: [payload(result)] } },
    });
    this.recorder.point(rt, at, "workflow.completed", rt.trace.root, {});
    this.recorder.log(rt, at, "INFO", `Workflow ${rt.rec.execution.workflow_name} completed`, rt.trace.root);
    this.host.finish(rt, at, "COMPLETED", result);
    return "end";
  }

  private stepFailed(rt: ExecutionRuntime, at: number): StepResult {
    const failure = { message: this.failureMessage(rt) };
    this.recorder.publish(rt, at, "WORKFLOW_EXECUTION_FAILED", {
      task_id: this.ids.uuid4(),
      failure,
      attempt: rt.run.attempt,
    });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_FAILED", {
      workflowExecutionFailedEventAttributes: { failure },
    });
    this.recorder.point(rt, at, "workflow.failed", rt.trace.root, { error: failure.message });
    this.recorder.log(
      rt,
      at,
      "ERROR",
      `Workflow ${rt.rec.execution.workflow_name} failed: ${failure.message}`,
      rt.trace.root,
    );
    this.host.finish(rt, at, "FAILED", null);
    return "end";
  }

  /** Ends the custom task (if open) with `eventType`. */
  private closeCustom(
    rt: ExecutionRuntime,
    at: number,
    eventType: "CUSTOM_TASK_CANCELED" | "CUSTOM_TASK_TIMED_OUT",
    extra: Record<string, unknown>,
  ) {
    const c = rt.story.custom;
    if (!c?.open) return;
    c.open = false;
    c.span.end_ms = at;
    this.recorder.publish(rt, at, eventType, { custom_task_id: c.id, custom_task_type: c.type, ...extra });
    this.recorder.progressEntry(
      rt,
      at,
      c.traceId,
      "progress",
      c.span,
      "FAILED",
      eventType === "CUSTOM_TASK_CANCELED" ? "canceled" : "timed out",
    );
  }

  /** Ends the run `CANCELED` (a requested cancellation, or the `canceled` outcome). */
  stepCanceled(rt: ExecutionRuntime, at: number, reason: string | null): StepResult {
    this.closeCustom(rt, at, "CUSTOM_TASK_CANCELED", { reason: reason ?? "Workflow execution canceled" });
    if (rt.story.activity?.open) {
      rt.story.activity.open = false;
      rt.story.activity.span.end_ms = at;
    }
    this.recorder.publish(rt, at, "WORKFLOW_EXECUTION_CANCELED", { task_id: this.ids.uuid4(), reason });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED", {
      workflowExecutionCanceledEventAttributes: {},
    });
    this.recorder.point(rt, at, "workflow.canceled", rt.trace.root, {});
    this.recorder.log(
      rt,
      at,
      "WARNING",
      `Workflow ${rt.rec.execution.workflow_name} canceled`,
      rt.trace.root,
    );
    this.host.finish(rt, at, "CANCELED", null);
    return "end";
  }

  /** Ends the run `TERMINATED`, without any workflow event. */
  stepTerminated(rt: ExecutionRuntime, at: number, reason: string): StepResult {
    for (const s of [rt.story.custom?.span, rt.story.activity?.span])
      if (s && s.end_ms === null) s.end_ms = at;
    if (rt.story.custom) rt.story.custom.open = false;
    if (rt.story.activity) rt.story.activity.open = false;
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED", {
      workflowExecutionTerminatedEventAttributes: { reason },
    });
    this.recorder.point(rt, at, "workflow.terminated", rt.trace.root, { reason });
    this.recorder.log(
      rt,
      at,
      "WARNING",
      `Workflow ${rt.rec.execution.workflow_name} terminated: ${reason}`,
      rt.trace.root,
    );
    this.host.finish(rt, at, "TERMINATED", null);
    return "end";
  }

  private stepTimedOut(rt: ExecutionRuntime, at: number): StepResult {
    this.closeCustom(rt, at, "CUSTOM_TASK_TIMED_OUT", { timeout_type: "START_TO_CLOSE" });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT", {
      workflowExecutionTimedOutEventAttributes: { retryState: "RETRY_STATE_TIMEOUT" },
    });
    this.recorder.point(rt, at, "workflow.timed_out", rt.trace.root, {});
    this.recorder.log(rt, at, "ERROR", `Workflow ${rt.rec.execution.workflow_name} timed out`, rt.trace.root);
    this.host.finish(rt, at, "TIMED_OUT", null);
    return "end";
  }

  private stepContinuedAsNew(rt: ExecutionRuntime, at: number): StepResult {
    const newRunId = this.ids.uuid4();
    const input = rt.rec.input ?? null;
    this.recorder.publish(rt, at, "WORKFLOW_EXECUTION_CONTINUED_AS_NEW", {
      task_id: this.ids.uuid4(),
      new_execution_run_id: newRunId,
      workflow_name: rt.rec.execution.workflow_name,
      input: { type: "json", value: input },
    });
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW", {
      workflowExecutionContinuedAsNewEventAttributes: {
        newExecutionRunId: newRunId,
        input: { payloads: [payload(input)] },
      },
    });
    this.recorder.log(rt, at, "INFO", `Workflow continued as new run ${newRunId}`, rt.trace.root);
    rt.lineage.continuedFrom = rt.rec.execution.run_id ?? null;
    this.host.switchRun(rt, newRunId, "CONTINUED_AS_NEW", at, at + rt.rec.behaviour.stepMs);
    rt.run.plan = this.plan(rt, false);
    rt.run.cursor = 0;
    this.host.scheduleNext(rt, at + rt.rec.behaviour.stepMs);
    return "wait";
  }

  /**
   * A failing attempt ends: its run closes `RETRYING_AFTER_ERROR` and the workflow is retried as a new
   * run (the next attempt) one step later. No workflow event: the execution goes on.
   */
  private stepRetry(rt: ExecutionRuntime, at: number): StepResult {
    const newRunId = this.ids.uuid4();
    const failure = { message: this.failureMessage(rt) };
    this.recorder.history(rt, at, "EVENT_TYPE_WORKFLOW_EXECUTION_FAILED", {
      workflowExecutionFailedEventAttributes: {
        failure,
        retryState: "RETRY_STATE_IN_PROGRESS",
        newExecutionRunId: newRunId,
      },
    });
    this.recorder.log(
      rt,
      at,
      "WARNING",
      `Workflow attempt ${rt.run.attempt} failed: ${failure.message}; retrying`,
      rt.trace.root,
    );
    this.host.switchRun(rt, newRunId, "RETRYING_AFTER_ERROR", at, at + rt.rec.behaviour.stepMs);
    rt.run.attempt++;
    rt.story.custom = null;
    rt.story.activity = null;
    rt.run.plan = this.plan(rt, true);
    rt.run.cursor = 0;
    this.host.scheduleNext(rt, at + rt.rec.behaviour.stepMs);
    return "wait";
  }
}
