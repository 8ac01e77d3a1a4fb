import { expect, test, vi } from "vitest";

test("streaming's errors are instances of their classes in another copy of streaming and client", async () => {
  const first = await import("../src/errors.js");
  const firstTasks = await import("../src/task-errors.js");
  vi.resetModules();
  const second = await import("../src/errors.js");
  const secondTasks = await import("../src/task-errors.js");
  const client = await import("@mistral-workflows/client");
  expect(second.ExecutionFailedError).not.toBe(first.ExecutionFailedError);

  const failed = new first.ExecutionFailedError("failed", "FAILED", "exec-1", {} as never, null);
  expect(failed instanceof second.ExecutionFailedError).toBe(true);
  expect(failed instanceof second.ExecutionError).toBe(true);
  expect(failed instanceof client.WorkflowsError).toBe(true);
  expect(failed instanceof second.ExecutionCanceledError).toBe(false);
  const dropped = new first.StreamDisconnectedError("dropped", "idle", null);
  expect(dropped instanceof second.StreamDisconnectedError).toBe(true);
  expect(dropped instanceof client.APIConnectionError).toBe(true);
  const task = new firstTasks.TaskStateError("bad", "patch-failed" as never, "t", "e", "1");
  expect(task instanceof secondTasks.TaskStateError).toBe(true);
  expect(task instanceof second.ExecutionError).toBe(false);
});
