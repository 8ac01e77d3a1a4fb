/** `runs ls|show` and `metrics <workflow>`: executions across workflows, and a workflow's figures. */
import type { components } from "@mistral-workflows/client";
import { paginate } from "@mistral-workflows/pagination";
import type { Command } from "commander";
import { formatDuration, formatJson, formatUtc } from "../output/format.js";
import { limitOf, pageSizeFor, takeItems, withPaging, type PagingOptions } from "../paging.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { moreNote } from "./workflows.js";
import { EXECUTION_FIELDS, expectShape } from "../response-shape.js";

type Run = components["schemas"]["WorkflowExecutionWithoutResultResponse"];
type Status = NonNullable<Run["status"]>;

/** Registers `runs` and `metrics`. */
export function registerRunCommands(program: Command, define: Define): void {
  const runs = program.command("runs").description("list and show runs (executions) across workflows");

  withPaging(
    runs
      .command("ls")
      .description("list runs, newest first")
      .option("--workflow <name>", "only runs of this workflow")
      .option("--status <status...>", "only runs in these statuses, e.g. FAILED RUNNING")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows runs ls",
          "mistral-workflows runs ls --workflow support-workflow --status FAILED --limit 10",
          "mistral-workflows runs ls --all --json | jq -r .execution_id",
        ]),
      ),
  ).action(
    define(async (ctx, options: PagingOptions & { workflow?: string; status?: string[] }) => {
      const limit = limitOf(options);
      const listing = paginate(ctx.client, "runs.listRuns", {
        page_size: pageSizeFor(limit),
        ...(options.workflow ? { workflow_identifier: options.workflow } : {}),
        ...(options.status ? { status: options.status as Status[] } : {}),
      });
      const state = { more: false };
      await ctx.out.list(takeItems(listing.pages(), limit, state), [
        { header: "EXECUTION", cell: (r: Run) => r.execution_id },
        { header: "RUN", cell: (r) => r.run_id ?? "-" },
        { header: "WORKFLOW", cell: (r) => r.workflow_name },
        { header: "STATUS", cell: (r) => r.status ?? "-" },
        { header: "STARTED", cell: (r) => formatUtc(r.start_time) },
        {
          header: "DURATION",
          cell: (r) => (r.total_duration_ms == null ? "-" : formatDuration(r.total_duration_ms)),
        },
      ]);
      moreNote(ctx, state.more);
    }),
  );

  runs
    .command("show <run_id>")
    .description("show one run: its execution, status, times and result")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows runs show 0f3c…",
        "mistral-workflows runs show 0f3c… --json | jq .status",
      ]),
    )
    .action(
      define(async (ctx, runId: string) => {
        const r = expectShape<Run & { result?: unknown }>(
          await ctx.client.runs.getRun({ run_id: runId }),
          "the run",
          EXECUTION_FIELDS,
        );
        ctx.out.record(r, [
          ["run", ctx.out.c.bold(r.run_id ?? runId)],
          ["execution", r.execution_id],
          ["workflow", r.workflow_name],
          ["status", r.status ?? "-"],
          ["started", formatUtc(r.start_time)],
          ["ended", formatUtc(r.end_time)],
          ["duration", r.total_duration_ms == null ? "-" : formatDuration(r.total_duration_ms)],
          ["result", formatJson(r.result, 120)],
        ]);
      }),
    );

  program
    .command("metrics <workflow>")
    .description("show a workflow's execution count, successes, errors, latency and retry rate")
    .option("--since <time>", "from this ISO 8601 time (default: the API's window)")
    .option("--until <time>", "up to this ISO 8601 time")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows metrics support-workflow",
        "mistral-workflows metrics support-workflow --since 2025-01-01T00:00:00Z --until 2025-02-01T00:00:00Z --json",
      ]),
    )
    .action(
      define(async (ctx, workflow: string, options: { since?: string; until?: string }) => {
        const m = expectShape<Awaited<ReturnType<typeof ctx.client.metrics.getWorkflowMetrics>>>(
          await ctx.client.metrics.getWorkflowMetrics({
            workflow_name: workflow,
            ...(options.since ? { start_time: options.since } : {}),
            ...(options.until ? { end_time: options.until } : {}),
          }),
          "the metrics",
          Object.fromEntries(
            ["execution_count", "success_count", "error_count", "average_latency_ms", "retry_rate"].map(
              (name) => [`${name}.value`, "number"],
            ),
          ) as Record<string, "number">,
        );
        const count = m.execution_count.value;
        ctx.out.record(m, [
          ["workflow", ctx.out.c.bold(workflow)],
          ["executions", String(count)],
          ["succeeded", String(m.success_count.value)],
          ["failed", String(m.error_count.value)],
          ["success rate", count ? `${((m.success_count.value / count) * 100).toFixed(1)}%` : "-"],
          ["average latency", formatDuration(m.average_latency_ms.value)],
          ["retry rate", `${(m.retry_rate.value * 100).toFixed(1)}%`],
        ]);
      }),
    );
}
