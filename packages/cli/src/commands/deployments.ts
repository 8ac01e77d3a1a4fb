/** `deployments ls|show|start|stop|restart|logs`: the workers that run the workflows. */
import type { components } from "@mistral-workflows/client";
import { paginate } from "@mistral-workflows/pagination";
import { streamDeploymentLogs, type DeploymentLogRecord } from "@mistral-workflows/streaming";
import type { Command } from "commander";
import type { Context } from "../context.js";
import { formatUtc } from "../output/format.js";
import { limitOf, pageSizeFor, takeItems, withPaging, type PagingOptions } from "../paging.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { moreNote } from "./workflows.js";
import { expectShape } from "../response-shape.js";

type Deployment = components["schemas"]["DeploymentResponse"];
type Worker = components["schemas"]["DeploymentWorkerResponse"];

/** Registers the deployment commands. */
export function registerDeploymentCommands(program: Command, define: Define): void {
  const deployments = program
    .command("deployments")
    .description("list, show, start, stop and restart deployments; read their logs");

  withPaging(
    deployments
      .command("ls")
      .description("list deployments with their state and workers")
      .option("--workflow <name>", "only deployments that run this workflow")
      .option("--active-only", "only active deployments (default: stopped ones too)")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows deployments ls",
          "mistral-workflows deployments ls --workflow support-workflow --active-only --limit 5",
          "mistral-workflows deployments ls --all --json | jq -r .name",
        ]),
      ),
  ).action(
    define(async (ctx, options: PagingOptions & { workflow?: string; activeOnly?: boolean }) => {
      const limit = limitOf(options);
      const listing = paginate(ctx.client, "deployments.listDeployments", {
        limit: pageSizeFor(limit),
        ...(options.workflow ? { workflow_name: options.workflow } : {}),
        active_only: options.activeOnly === true, // the API's default hides stopped deployments
      });
      const state = { more: false };
      const c = ctx.out.c;
      await ctx.out.list(takeItems(listing.pages(), limit, state), [
        { header: "NAME", cell: (d: Deployment) => c.bold(d.name) },
        { header: "STATE", cell: (d) => stateOf(ctx, d) },
        { header: "WORKERS", cell: (d) => `${d.active_worker_count ?? 0}/${d.worker_count ?? 0}` },
        { header: "UPDATED", cell: (d) => formatUtc(d.updated_at) },
      ]);
      moreNote(ctx, state.more);
    }),
  );

  deployments
    .command("show <name>")
    .description("show a deployment and its workers")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows deployments show support",
        "mistral-workflows deployments show support --json | jq .workers",
      ]),
    )
    .action(
      define(async (ctx, name: string) => {
        const d = expectShape<Deployment>(
          await ctx.client.deployments.getDeployment({ name }),
          "the deployment",
          {
            id: "string",
            name: "string",
            is_active: "boolean",
            workers: "array?",
          },
        );
        if (ctx.out.json) return ctx.out.item(d);
        const c = ctx.out.c;
        ctx.out.record(null, [
          ["deployment", c.bold(d.name)],
          ["state", stateOf(ctx, d)],
          ["id", d.id],
          ["workers", `${d.active_worker_count ?? 0} active of ${d.worker_count ?? 0}`],
          ["created", formatUtc(d.created_at)],
          ["updated", formatUtc(d.updated_at)],
          ...(d.managed
            ? ([
                [
                  "source",
                  `${d.managed.spec.github_url}${d.managed.spec.revision ? `@${d.managed.spec.revision}` : ""}`,
                ],
                ["phase", d.managed.status.phase ?? "-"],
              ] as [string, string][])
            : []),
        ]);
        const workers = (d as { workers?: Worker[] }).workers ?? [];
        ctx.out.line();
        await ctx.out.list(
          workers,
          [
            { header: "WORKER", cell: (w: Worker) => w.name },
            { header: "ACTIVE", cell: (w) => (w.is_active ? c.green("yes") : c.dim("no")) },
            { header: "SINCE", cell: (w) => formatUtc(w.created_at) },
          ],
          "(no workers)",
        );
      }),
    );

  for (const verb of ["start", "stop", "restart"] as const)
    deployments
      .command(`${verb} <name>`)
      .description(`${verb} a deployment's workers`)
      .addHelpText("after", examples([`mistral-workflows deployments ${verb} support`]))
      .action(
        define(async (ctx, name: string) => {
          const d = ctx.client.deployments;
          const response =
            verb === "start"
              ? await d.startDeployment({ name })
              : verb === "stop"
                ? await d.stopDeployment({ name })
                : await d.restartDeployment({ name });
          ctx.out.item(response ?? { name, [verb]: true }, `${verb} requested for ${name}`);
        }),
      );

  withPaging(
    deployments
      .command("logs <name>")
      .description("print a deployment's log lines; with --follow, keep printing new ones (Ctrl-C stops)")
      .option("--follow", "stream new lines as they are written (resumes after a dropped connection)")
      .option("--workflow <name>", "only lines about this workflow")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows deployments logs support --limit 50 --workflow support-workflow",
          "mistral-workflows deployments logs support --all --json | jq -r .body",
          "mistral-workflows deployments logs support --follow",
        ]),
      ),
  ).action(
    define(async (ctx, name: string, options: PagingOptions & { follow?: boolean; workflow?: string }) => {
      const filter = options.workflow ? { workflow_name: options.workflow } : {};
      if (options.follow) {
        const limit = options.limit ?? Infinity;
        let shown = 0;
        for await (const record of streamDeploymentLogs(
          ctx.client,
          { name, ...filter },
          { signal: ctx.signal },
        )) {
          ctx.out.item(record, logLine(ctx, record));
          if (++shown >= limit) break;
        }
        return ctx.signal.aborted ? 130 : 0;
      }
      const limit = limitOf(options);
      const state = { more: false };
      const listing = paginate(ctx.client, "deployments.getDeploymentLogs", {
        name,
        limit: pageSizeFor(limit),
        ...filter,
      });
      for await (const record of takeItems(listing.pages(), limit, state))
        ctx.out.item(record, logLine(ctx, record));
      moreNote(ctx, state.more);
    }),
  );
}

function stateOf(ctx: Context, d: Deployment): string {
  const c = ctx.out.c;
  const phase = d.managed?.status.phase;
  if (d.managed?.stopped) return c.yellow("stopped");
  if (!d.is_active) return c.dim("inactive");
  return phase && phase.toLowerCase() !== "running" ? c.cyan(phase.toLowerCase()) : c.green("active");
}

function logLine(ctx: Context, r: DeploymentLogRecord): string {
  return `${ctx.out.c.dim(r.timestamp)}  ${r.severity_text.toUpperCase().padEnd(5)}  ${r.body}`;
}
