/**
 * The workflow list (filters, sort, paging) and the bulk archive / unarchive, which report per
 * workflow whether the change was made.
 */
import type { Store } from "../domain/store.js";
import type { Workflow, WorkflowExecutionStatus } from "../types.js";
import { offsetPage } from "./offset-page.js";
import type { Handler, HandlerGroup } from "./types.js";
import { workflowOut } from "./views.js";

const asList = <T>(value: T | T[] | null | undefined): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** A workflow as the list shows it (`WorkflowBasicDefinition`). */
function basicOut(w: Workflow) {
  return {
    id: w.id,
    name: w.name,
    display_name: w.display_name,
    description: w.description ?? null,
    metadata: { shared_namespace: w.shared_namespace ?? null },
    archived: !!w.archived,
    tags: [...(w.tags ?? [])],
  };
}

function hasLiveDeployment(store: Store, w: Workflow): boolean {
  return store.registrationsOf(w.id).some((r) => r.active);
}

const getWorkflows: Handler<"workflows.getWorkflows"> = (ctx) => {
  const q = ctx.query;
  const { store } = ctx.domain;
  let workflows = [...store.workflows.values()];
  const statuses = asList<WorkflowExecutionStatus>(q.status);
  if (statuses.length) {
    // A workflow matches when one of its executions is in one of the statuses.
    const names = new Set(
      [...store.executions.values()]
        .map((rt) => rt.rec.execution)
        .filter((e) => statuses.includes(e.status as WorkflowExecutionStatus))
        .map((e) => e.workflow_name),
    );
    workflows = workflows.filter((w) => names.has(w.name));
  }
  if (q.include_shared === false) workflows = workflows.filter((w) => !w.shared_namespace);
  if (q.available_in_chat_assistant !== undefined && q.available_in_chat_assistant !== null)
    workflows = workflows.filter((w) => !!w.available_in_chat_assistant === q.available_in_chat_assistant);
  const deployments = asList<string>(q.deployment_name);
  if (deployments.length)
    workflows = workflows.filter((w) =>
      store.registrationsOf(w.id).some((r) => r.deployment_name && deployments.includes(r.deployment_name)),
    );
  if (q.deployment_status)
    workflows = workflows.filter((w) => hasLiveDeployment(store, w) === (q.deployment_status === "active"));
  else if (q.active_only) workflows = workflows.filter((w) => hasLiveDeployment(store, w));
  if (q.archived !== undefined && q.archived !== null)
    workflows = workflows.filter((w) => !!w.archived === q.archived);
  const tags = asList<string>(q.tags);
  if (tags.length) workflows = workflows.filter((w) => tags.every((t) => w.tags?.includes(t)));
  if (q.search) {
    const needle = q.search.toLowerCase();
    workflows = workflows.filter((w) =>
      [w.name, w.display_name, w.description ?? "", w.id].some((t) => t.toLowerCase().includes(needle)),
    );
  }
  const dir = q.order === "desc" ? -1 : 1;
  const key = (w: Workflow) => (q.sort_by === "display_name" ? w.display_name : w.name);
  workflows.sort((a, b) => dir * key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
  const { items, next } = offsetPage("workflows", workflows, q.cursor, q.limit ?? 50);
  return { body: { workflows: items.map(basicOut), next_cursor: next } };
};

type BulkName = "workflows.bulkArchiveWorkflows" | "workflows.bulkUnarchiveWorkflows";
type BulkError = { workflow_id: string; workflow: ReturnType<typeof workflowOut> | null; message: string };

/** Bulk archive (`archived: true`) or unarchive: each id either changes (or already was so) or errs. */
const bulk =
  (archived: boolean): Handler<BulkName> =>
  ({ domain, body }) => {
    const done: ReturnType<typeof workflowOut>[] = [];
    const errored: BulkError[] = [];
    for (const id of new Set(body.workflow_ids)) {
      const w = domain.store.workflows.get(id);
      if (!w) errored.push({ workflow_id: id, workflow: null, message: `Workflow '${id}' not found` });
      else if (w.shared_namespace)
        errored.push({
          workflow_id: id,
          workflow: workflowOut(w),
          message: `Workflow '${w.name}' is shared and cannot be ${archived ? "archived" : "unarchived"} here`,
        });
      else {
        w.archived = archived;
        done.push(workflowOut(w));
      }
    }
    return { body: archived ? { archived: done, errored } : { unarchived: done, errored } };
  };

/** Handlers of the workflow list and bulk operations, by SDK name. */
export const workflowListHandlers = {
  "workflows.getWorkflows": getWorkflows,
  "workflows.bulkArchiveWorkflows": bulk(true),
  "workflows.bulkUnarchiveWorkflows": bulk(false),
} satisfies HandlerGroup;
