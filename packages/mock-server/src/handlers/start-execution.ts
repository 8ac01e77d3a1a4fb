/**
 * Starting an execution from an execute request (by workflow or by registration), waiting for its
 * result when `wait_for_result` asks for it.
 */
import { rejected } from "../domain/errors.js";
import type { Workflow, WorkflowRegistration } from "../types.js";
import type { HandlerContext, HandlerResult } from "./types.js";
import { executionOut } from "./views.js";

type ExecuteOperation = "workflows.executeWorkflow" | "workflows.executeWorkflowRegistration";

/** Starts an execution of `workflow`; with `wait_for_result`, answers once it ends or the wait times out. */
export async function startExecution<N extends ExecuteOperation>(
  ctx: HandlerContext<N>,
  workflow: Workflow,
  registration: WorkflowRegistration | null,
): Promise<HandlerResult<N>> {
  const { domain, now } = ctx;
  const body = ctx.body as unknown as HandlerContext<"workflows.executeWorkflow">["body"];
  const { store, engine, clock } = domain;
  if (workflow.archived) throw rejected(`Workflow '${workflow.name}' is archived; unarchive it to run it`);
  const executionId = body.execution_id || domain.ids.uuid7(now);
  const deployment = body.deployment_name ?? null;
  const reg = registration ?? store.pickRegistration(workflow, deployment, body.task_queue);
  const rt = engine.startExecution({
    executionId,
    workflow,
    registration: reg,
    input: body.input ?? null,
    request: body as Record<string, unknown>,
    userId: ctx.userId,
    scheduleId: null,
    deploymentName: deployment,
    at: now,
  });
  if (!body.wait_for_result) return { body: executionOut(rt) } as HandlerResult<N>;
  const timeoutSeconds = body.timeout_seconds ?? ctx.defaultWaitSeconds;
  if (clock.mode === "manual") {
    // Nobody else can move a manual clock while this request waits, so waiting means moving it.
    clock.runUntil(() => engine.isDone(rt), now + timeoutSeconds * 1000);
  } else if (!engine.isDone(rt)) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutSeconds * 1000);
      function done() {
        clearTimeout(timer);
        rt.listeners.terminal.delete(done);
        resolve();
      }
      rt.listeners.terminal.add(done);
    });
  }
  const e = rt.rec.execution;
  // A completed execution answers with its result; any other outcome (still running at the timeout,
  // failed, canceled…) with the execution itself, whose `status` says what happened.
  if (e.status === "COMPLETED")
    return {
      body: { workflow_name: e.workflow_name, execution_id: e.execution_id, result: e.result },
    } as HandlerResult<N>;
  return { body: executionOut(rt) } as HandlerResult<N>;
}
