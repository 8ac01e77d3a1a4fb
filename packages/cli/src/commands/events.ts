/** `events`: the stored events, paged; with `--follow`, the global live stream with its filters. */
import { paginate } from "@mistral-workflows/pagination";
import { streamEvents, type WorkflowEvent, type WorkflowEventType } from "@mistral-workflows/streaming";
import type { Command } from "commander";
import { eventLine } from "../output/event-line.js";
import { limitOf, pageSizeFor, takeItems, withPaging, type PagingOptions } from "../paging.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { moreNote } from "./workflows.js";

interface EventsOptions extends PagingOptions {
  follow?: boolean;
  workflow?: string;
  execution?: string;
  root?: string;
  type?: string[];
}

/** Registers `events`. */
export function registerEventCommands(program: Command, define: Define): void {
  withPaging(
    program
      .command("events")
      .description(
        "list workflow events; with --follow, stream them live (the global stream, resumed after drops; Ctrl-C stops)",
      )
      .option("--follow", "follow the live stream instead of listing stored events")
      .option("--workflow <name>", "only events of this workflow")
      .option("--execution <id>", "only events of this execution")
      .option("--root <id>", "only events under this root execution")
      .option("--type <event_type...>", "only these event types, e.g. WORKFLOW_EXECUTION_FAILED")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows events --execution 4f1c2d… --limit 50",
          "mistral-workflows events --root 4f1c2d… --all --json",
          "mistral-workflows events --follow --workflow support-workflow --type WORKFLOW_EXECUTION_FAILED",
        ]),
      ),
  ).action(
    define(async (ctx, options: EventsOptions) => {
      const types = options.type?.length ? new Set(options.type) : null;
      const keep = (e: WorkflowEvent) =>
        (!options.workflow || e.workflow_name === options.workflow) && (!types || types.has(e.event_type));
      if (options.follow) {
        const stream = streamEvents(
          ctx.client,
          {
            ...(options.workflow ? { workflow_name: options.workflow } : {}),
            ...(options.execution ? { workflow_exec_id: options.execution } : {}),
            ...(options.root ? { root_workflow_exec_id: options.root } : {}),
            ...(types ? { workflow_event_types: [...types] as WorkflowEventType[] } : {}),
          },
          {
            signal: ctx.signal,
            onReconnect: (info) => ctx.out.note(ctx.out.c.dim(`connection lost (${info.reason}); resuming…`)),
          },
        );
        const limit = limitOf({ ...options, all: options.all || options.limit === undefined });
        let shown = 0;
        for await (const item of stream) {
          ctx.out.item(item, eventLine(item, ctx.out.c, null));
          if (++shown >= limit) break;
        }
        return ctx.signal.aborted ? 130 : 0;
      }
      // The list endpoint filters by execution and root only: the workflow and type filters are
      // applied here, reading pages (full ones, as matches may be sparse) until `limit` events match.
      const filtered = Boolean(options.workflow || types);
      const limit = limitOf(options);
      const state = { more: false };
      const listing = paginate(ctx.client, "events.getWorkflowEvents", {
        limit: pageSizeFor(filtered ? Infinity : limit),
        ...(options.execution ? { workflow_exec_id: options.execution } : {}),
        ...(options.root ? { root_workflow_exec_id: options.root } : {}),
      });
      const c = ctx.out.c;
      for await (const e of takeItems(listing.pages(), limit, state, keep))
        ctx.out.item(
          e,
          `${c.dim(e.workflow_exec_id)}  ${eventLine({ data: e, broker_sequence: 0 } as never, c, null).replace(/^\S+\s+/, "")}`,
        );
      if (filtered && state.more && !ctx.out.json)
        return void ctx.out.note(c.dim("(more events may match: --limit N or --all)"));
      moreNote(ctx, state.more);
    }),
  );
}
