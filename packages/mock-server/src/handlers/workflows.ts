/** Workflows: get, update, archive, unarchive, and execute by workflow name or id. */
import { startExecution } from "./start-execution.js";
import type { Handler, HandlerGroup } from "./types.js";
import { workflowOut, workflowWithStatus } from "./views.js";

const archive =
  (archived: boolean): Handler<"workflows.archiveWorkflow" | "workflows.unarchiveWorkflow"> =>
  ({ domain, path }) => {
    const w = domain.store.workflow(path.workflow_identifier);
    w.archived = archived;
    return { body: { workflow: workflowOut(w) } };
  };

/** Handlers of the workflows resource, by SDK name. */
export const workflowHandlers = {
  "workflows.getWorkflow": ({ domain, path }) => {
    const w = domain.store.workflow(path.workflow_identifier);
    return { body: { workflow: workflowWithStatus(domain.store, w) } };
  },
  "workflows.updateWorkflow": ({ domain, path, body }) => {
    const w = domain.store.workflow(path.workflow_identifier);
    // Fields left out, or sent as null, keep their values.
    if (body.display_name != null) w.display_name = body.display_name;
    if (body.description != null) w.description = body.description;
    if (body.available_in_chat_assistant != null)
      w.available_in_chat_assistant = body.available_in_chat_assistant;
    if (body.tags != null) w.tags = body.tags;
    return { body: { workflow: workflowOut(w) } };
  },
  "workflows.archiveWorkflow": archive(true),
  "workflows.unarchiveWorkflow": archive(false),
  "workflows.executeWorkflow": (ctx) =>
    startExecution(ctx, ctx.domain.store.workflow(ctx.path.workflow_identifier), null),
} satisfies HandlerGroup;
