/** `workflows ls|show|archive|unarchive` and `registrations ls`. */
import type { components } from "@mistral-workflows/client";
import { paginate } from "@mistral-workflows/pagination";
import type { Command } from "commander";
import type { Context } from "../context.js";
import { formatJson, shortId } from "../output/format.js";
import { limitOf, pageSizeFor, takeItems, withPaging, type PagingOptions } from "../paging.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { expectShape } from "../response-shape.js";

/** What the workflow list shows of a workflow (list items and full records both have it). */
type Workflow = Pick<
  components["schemas"]["Workflow"],
  "name" | "display_name" | "description" | "archived" | "tags"
>;
type Registration = components["schemas"]["WorkflowRegistration"];

/** Registers the workflow and registration commands. */
export function registerWorkflowCommands(program: Command, define: Define): void {
  const workflows = program.command("workflows").description("list, show, archive and unarchive workflows");

  withPaging(
    workflows
      .command("ls")
      .description("list the workflows")
      .option("--search <text>", "only workflows whose name contains text")
      .option("--archived", "only archived workflows")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows workflows ls",
          "mistral-workflows workflows ls --search support --limit 5",
          "mistral-workflows workflows ls --archived --all --json",
        ]),
      ),
  ).action(
    define(async (ctx, options: PagingOptions & { search?: string; archived?: boolean }) => {
      const limit = limitOf(options);
      const listing = paginate(ctx.client, "workflows.getWorkflows", {
        limit: pageSizeFor(limit),
        ...(options.search ? { search: options.search } : {}),
        ...(options.archived ? { archived: true } : {}),
      });
      const state = { more: false };
      await ctx.out.list(takeItems(listing.pages(), limit, state), workflowColumns(ctx));
      moreNote(ctx, state.more);
    }),
  );

  workflows
    .command("show <name>")
    .description("show one workflow and its registrations (with their signals, queries and updates)")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows workflows show support-workflow",
        "mistral-workflows workflows show support-workflow --json | jq .workflow",
      ]),
    )
    .action(
      define(async (ctx, name: string) => {
        const { workflow } = expectShape<Awaited<ReturnType<typeof ctx.client.workflows.getWorkflow>>>(
          await ctx.client.workflows.getWorkflow({ workflow_identifier: name }),
          "the workflow",
          { workflow: "object", "workflow.id": "string", "workflow.name": "string" },
        );
        const registrations = await paginate(ctx.client, "workflows.getWorkflowRegistrations", {
          workflow_id: workflow.id,
        }).toArray(100);
        if (ctx.out.json) return ctx.out.item({ workflow, registrations });
        ctx.out.record(null, [
          ["name", ctx.out.c.bold(workflow.name)],
          ["display name", workflow.display_name],
          ["id", workflow.id],
          ["description", workflow.description ?? "-"],
          ["archived", String(workflow.archived ?? false)],
          ["tags", (workflow.tags ?? []).join(", ") || "-"],
        ]);
        for (const r of registrations) {
          const d = r.definition;
          ctx.out.line();
          ctx.out.line(
            `${ctx.out.c.bold("registration")} ${r.id}${r.deployment_name ? ` (deployment ${r.deployment_name})` : ""}`,
          );
          ctx.out.line(`  input     ${formatJson(d.input_schema, 100)}`);
          if (d.output_schema) ctx.out.line(`  output    ${formatJson(d.output_schema, 100)}`);
          for (const [kind, list] of [
            ["signal", d.signals],
            ["query", d.queries],
            ["update", d.updates],
          ] as const)
            for (const h of list ?? [])
              ctx.out.line(`  ${kind.padEnd(8)}  ${h.name}${h.description ? `: ${h.description}` : ""}`);
        }
      }),
    );

  for (const [verb, archived] of [
    ["archive", true],
    ["unarchive", false],
  ] as const)
    workflows
      .command(`${verb} <name>`)
      .description(
        `${verb} a workflow (${archived ? "it can no longer be executed" : "it can be executed again"})`,
      )
      .addHelpText("after", examples([`mistral-workflows workflows ${verb} legacy-importer`]))
      .action(
        define(async (ctx, name: string) => {
          const response = archived
            ? await ctx.client.workflows.archiveWorkflow({ workflow_identifier: name })
            : await ctx.client.workflows.unarchiveWorkflow({ workflow_identifier: name });
          ctx.out.item(response, `${archived ? "archived" : "unarchived"} ${name}`);
        }),
      );

  const registrations = program.command("registrations").description("list workflow registrations");
  withPaging(
    registrations
      .command("ls")
      .description("list the registrations (one per deployed version of a workflow)")
      .option("--workflow-id <id>", "only this workflow's registrations")
      .option("--active-only", "only active registrations")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows registrations ls",
          "mistral-workflows registrations ls --active-only --limit 10",
          "mistral-workflows registrations ls --workflow-id 5c1b… --all --json",
        ]),
      ),
  ).action(
    define(async (ctx, options: PagingOptions & { workflowId?: string; activeOnly?: boolean }) => {
      const limit = limitOf(options);
      const listing = paginate(ctx.client, "workflows.getWorkflowRegistrations", {
        with_workflow: true,
        limit: pageSizeFor(limit),
        ...(options.workflowId ? { workflow_id: options.workflowId } : {}),
        ...(options.activeOnly ? { active_only: true } : {}),
      });
      const state = { more: false };
      await ctx.out.list(takeItems(listing.pages(), limit, state), [
        { header: "ID", cell: (r: Registration) => r.id },
        { header: "WORKFLOW", cell: (r) => r.workflow?.name ?? shortId(r.workflow_id) },
        { header: "DEPLOYMENT", cell: (r) => r.deployment_name ?? "-" },
        { header: "TASK QUEUE", cell: (r) => r.task_queue ?? "-" },
        {
          header: "HANDLERS",
          cell: (r) =>
            [
              ...(r.definition.signals ?? []).map((h) => `signal:${h.name}`),
              ...(r.definition.queries ?? []).map((h) => `query:${h.name}`),
              ...(r.definition.updates ?? []).map((h) => `update:${h.name}`),
            ].join(" ") || "-",
        },
      ]);
      moreNote(ctx, state.more);
    }),
  );
}

function workflowColumns(ctx: Context) {
  return [
    { header: "NAME", cell: (w: Workflow) => ctx.out.c.bold(w.name) },
    { header: "DISPLAY NAME", cell: (w: Workflow) => w.display_name },
    { header: "ARCHIVED", cell: (w: Workflow) => (w.archived ? "yes" : "no") },
    { header: "TAGS", cell: (w: Workflow) => (w.tags ?? []).join(", ") || "-" },
    { header: "DESCRIPTION", cell: (w: Workflow) => w.description ?? "-" },
  ];
}

/** Tells on stderr that the list was cut at the limit. */
export function moreNote(ctx: Context, more: boolean): void {
  if (more && !ctx.out.json) ctx.out.note(ctx.out.c.dim("(more: --limit N or --all)"));
}
