/**
 * Builders of custom-task stream events for the task-state tests.
 */
import type { TaskPayload, WorkflowStreamEvent } from "../../src/index.js";
import { EXECUTION_ID, streamEventFixture } from "./fixtures.js";

type Kind = "STARTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELED" | "TIMED_OUT";

/** A `CUSTOM_TASK_<kind>` event at `sequence`, of task `taskId` in execution `exec`. */
export function taskEvent(
  sequence: number,
  kind: Kind,
  extra: { payload?: TaskPayload | unknown; failure?: { message: string } } = {},
  taskId = "answer",
  exec = EXECUTION_ID,
): WorkflowStreamEvent {
  const attributes: Record<string, unknown> = {
    custom_task_id: taskId,
    custom_task_type: "llm_call",
    ...extra,
  };
  return streamEventFixture(sequence, {
    workflow_exec_id: exec,
    data: { event_type: `CUSTOM_TASK_${kind}`, attributes } as never,
  });
}

/** A `json` payload. */
export const json = (value: unknown): TaskPayload => ({ type: "json", value });
/** A `json_patch` payload. */
export const patch = (...ops: unknown[]): TaskPayload => ({ type: "json_patch", value: ops as never });

/** An async iterable of `events`, in order. */
export async function* fromArray<T>(events: T[]): AsyncGenerator<T> {
  for (const e of events) yield e;
}
