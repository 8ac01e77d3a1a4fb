/** `history`, `logs` and `trace`: what an execution did. */
import type { components } from "@mistral-workflows/client";
import { getExecutionHandle } from "@mistral-workflows/handles";
import type { ExecutionLogRecord } from "@mistral-workflows/streaming";
import type { Command } from "commander";
import type { Context } from "../context.js";
import { formatDuration } from "../output/format.js";
import type { TreeNode } from "../output/tree.js";
import { limitOf, pageSizeFor, takeItems, withPaging, type PagingOptions } from "../paging.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { moreNote } from "./workflows.js";
import { expectShape } from "../response-shape.js";

type Span = components["schemas"]["WorkflowExecutionTraceSummarySpan"];

/** Registers `history`, `logs` and `trace`. */
export function registerInspectCommands(program: Command, define: Define): void {
  program
    .command("history <execution_id>")
    .description("print an execution's history (Temporal's events), payloads decoded")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows history 4f1c2d…",
        "mistral-workflows history 4f1c2d… --json | jq -r .eventType",
      ]),
    )
    .action(
      define(async (ctx, id: string) => {
        // The spec documents the history as any JSON value (Temporal's): nothing to check but events.
        const history = (await getExecutionHandle(ctx.client, id).history({ decodePayloads: true })) as {
          events?: unknown;
        } | null;
        const events = (Array.isArray(history?.events) ? history.events : []).filter(
          (e): e is Record<string, unknown> => e !== null && typeof e === "object",
        );
        await ctx.out.list(events, [
          { header: "ID", cell: (e) => String(e.eventId ?? "") },
          { header: "TIME", cell: (e) => String(e.eventTime ?? "") },
          { header: "TYPE", cell: (e) => String(e.eventType ?? "").replace(/^EVENT_TYPE_/, "") },
        ]);
      }),
    );

  withPaging(
    program
      .command("logs <execution_id>")
      .description("print an execution's log lines; with --follow, keep printing new ones until it ends")
      .option("--follow", "stream new lines as they are written (resumes after a dropped connection)")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows logs 4f1c2d… --limit 50",
          "mistral-workflows logs 4f1c2d… --all --json | jq -r .body",
          "mistral-workflows logs 4f1c2d… --follow",
        ]),
      ),
  ).action(
    define(async (ctx, id: string, options: PagingOptions & { follow?: boolean }) => {
      if (options.follow) {
        for await (const item of getExecutionHandle(ctx.client, id).followLogs({}, { signal: ctx.signal }))
          ctx.out.item(item, logLine(ctx, item));
        return ctx.signal.aborted ? 130 : 0;
      }
      const limit = limitOf(options);
      const state = { more: false };
      const listing = getExecutionHandle(ctx.client, id).logs({ limit: pageSizeFor(limit) });
      for await (const record of takeItems(listing.pages(), limit, state))
        ctx.out.item(record, logLine(ctx, record));
      moreNote(ctx, state.more);
    }),
  );

  program
    .command("trace <execution_id>")
    .description("show an execution's trace as a tree of spans with their durations")
    .addHelpText(
      "after",
      examples(["mistral-workflows trace 4f1c2d…", "mistral-workflows trace 4f1c2d… --json | jq .span_tree"]),
    )
    .action(
      define(async (ctx, id: string) => {
        const summary = expectShape<components["schemas"]["WorkflowExecutionTraceSummaryResponse"]>(
          await getExecutionHandle(ctx.client, id).trace(),
          "the trace",
          { workflow_name: "string", execution_id: "string", span_tree: "object?" },
        );
        const root: TreeNode = summary.span_tree
          ? spanNode(ctx, summary.span_tree)
          : { label: ctx.out.c.dim("(no spans yet)") };
        ctx.out.tree(summary, {
          label: `${ctx.out.c.bold(summary.workflow_name)} ${summary.execution_id} ${summary.status ?? ""}`,
          children: [root],
        });
      }),
    );
}

function logLine(ctx: Context, r: ExecutionLogRecord): string {
  const c = ctx.out.c;
  const severity = r.severity_text.toUpperCase();
  const colored = /ERROR|FATAL/.test(severity)
    ? c.red(severity)
    : /WARN/.test(severity)
      ? c.yellow(severity)
      : c.dim(severity);
  return `${c.dim(r.timestamp)}  ${colored.padEnd(5)}  ${r.body}`;
}

function spanNode(ctx: Context, span: Span): TreeNode {
  const duration =
    span.end_time_unix_nano == null
      ? ctx.out.c.cyan("running")
      : formatDuration((span.end_time_unix_nano - span.start_time_unix_nano) / 1e6);
  const events = span.events.length ? ctx.out.c.dim(` (${span.events.length} events)`) : "";
  return {
    label: `${span.name}  ${ctx.out.c.dim(duration)}${events}`,
    children: (span.children ?? []).map((child) => spanNode(ctx, child)),
  };
}
