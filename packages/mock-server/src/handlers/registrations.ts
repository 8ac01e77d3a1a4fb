/** Workflow registrations (versions): list (paged by cursor), get, and execute a given one. */
import { decodeCursor, encodeCursor } from "./cursor.js";
import { invalid } from "./errors.js";
import { notFound } from "../domain/errors.js";
import type { WorkflowRegistration } from "../types.js";
import { startExecution } from "./start-execution.js";
import type { HandlerGroup } from "./types.js";
import { registrationOut } from "./views.js";

/** Handlers of the registrations resource, by SDK name. */
export const registrationHandlers = {
  "workflows.getWorkflowRegistrations": ({ domain, query }) => {
    const { store } = domain;
    let regs = [...store.registrations.values()];
    const workflowOf = (r: WorkflowRegistration) => store.workflows.get(r.workflow_id);
    if (query.workflow_id) regs = regs.filter((r) => r.workflow_id === query.workflow_id);
    if (query.task_queue) regs = regs.filter((r) => r.task_queue === query.task_queue);
    if (query.active_only) regs = regs.filter((r) => r.active);
    if (query.include_shared === false) regs = regs.filter((r) => !workflowOf(r)?.shared_namespace);
    if (query.workflow_search) {
      const needle = String(query.workflow_search).toLowerCase();
      regs = regs.filter((r) => {
        const w = workflowOf(r);
        return (
          !!w && (w.name.toLowerCase().includes(needle) || w.display_name.toLowerCase().includes(needle))
        );
      });
    }
    if (query.archived !== undefined && query.archived !== null)
      regs = regs.filter((r) => !!workflowOf(r)?.archived === query.archived);
    if (query.available_in_chat_assistant !== undefined && query.available_in_chat_assistant !== null)
      regs = regs.filter(
        (r) => !!workflowOf(r)?.available_in_chat_assistant === query.available_in_chat_assistant,
      );
    const limit = Math.min(Math.max(1, query.limit ?? 50), 1000);
    let start = 0;
    if (query.cursor) {
      const c = decodeCursor<{ after: string }>("registrations", query.cursor);
      if (!c) throw invalid(["query", "cursor"], "Invalid cursor", query.cursor);
      const ids = [...store.registrations.keys()];
      const pos = ids.indexOf(c.after);
      start = regs.findIndex((r) => ids.indexOf(r.id) > pos);
      if (start < 0) start = regs.length;
    }
    const page = regs.slice(start, start + limit);
    const more = start + limit < regs.length;
    const items = page.map((r) => registrationOut(store, r, !!query.with_workflow));
    return {
      body: {
        workflow_registrations: items,
        next_cursor: more ? encodeCursor("registrations", { after: page[page.length - 1]!.id }) : null,
        workflow_versions: items,
      },
    };
  },
  "workflows.getWorkflowRegistration": ({ domain, path, query }) => {
    const { store } = domain;
    const r = store.registrations.get(path.workflow_registration_id);
    const w = r && store.workflows.get(r.workflow_id);
    if (!r || (query.include_shared === false && w?.shared_namespace))
      throw notFound("Workflow registration", path.workflow_registration_id);
    const out = { ...registrationOut(store, r, !!query.with_workflow), active: r.active };
    return { body: { workflow_registration: out, workflow_version: out } };
  },
  "workflows.executeWorkflowRegistration": (ctx) => {
    const r = ctx.domain.store.registration(ctx.path.workflow_registration_id);
    return startExecution(ctx, ctx.domain.store.workflow(r.workflow_id), r);
  },
} satisfies HandlerGroup;
