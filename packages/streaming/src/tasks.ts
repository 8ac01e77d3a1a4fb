/**
 * `@mistral-workflows/streaming/tasks`: the custom-task fold (`taskStates`, `createTaskTracker`),
 * behind its own entry point so that importing a stream alone never loads the JSON Patch library it
 * applies patches with.
 */
export { TaskStateError } from "./task-errors.js";
export type { TaskStateErrorType } from "./task-errors.js";
export { createTaskTracker, taskStates } from "./task-states.js";
export type { TaskSnapshot, TaskStatesFoldOptions, TaskStatus, TaskTracker } from "./task-states.js";
export type { TaskPayload, TaskStatesOptions } from "./task-options.js";
