/** `schedules ls|show|create|pause|resume|trigger|rm`. */
import type { components } from "@mistral-workflows/client";
import { createSchedule, getScheduleHandle } from "@mistral-workflows/handles";
import { paginate } from "@mistral-workflows/pagination";
import type { Command } from "commander";
import { parseCount, parseJsonOption } from "../input.js";
import { formatJson, formatLocal, formatUtc } from "../output/format.js";
import { limitOf, pageSizeFor, takeItems, withPaging, type PagingOptions } from "../paging.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { moreNote } from "./workflows.js";
import { expectShape } from "../response-shape.js";

type Schedule = components["schemas"]["ScheduleDefinitionOutput"];

/** How a schedule fires, in a few words: its cron expressions, intervals and calendars. */
export function describeSpec(s: Schedule): string {
  const parts = [
    ...(s.cron_expressions ?? []).map((c) => `cron ${c}`),
    ...(s.intervals ?? []).map((i) => `every ${i.every}`),
    ...(s.calendars ?? []).map(() => "calendar"),
  ];
  return `${parts.join(", ") || "-"}${s.time_zone_name ? ` (${s.time_zone_name})` : ""}`;
}

/** Registers the schedule commands. */
export function registerScheduleCommands(program: Command, define: Define): void {
  const schedules = program
    .command("schedules")
    .description("list, create, pause, resume, trigger and delete schedules");

  withPaging(
    schedules
      .command("ls")
      .description("list schedules with their next run")
      .option("--workflow <name>", "only this workflow's schedules")
      .option("--status <status>", "active or paused")
      .addHelpText(
        "after",
        examples([
          "mistral-workflows schedules ls",
          "mistral-workflows schedules ls --workflow support-workflow --status paused --limit 5",
          "mistral-workflows schedules ls --all --json | jq -r .schedule_id",
        ]),
      ),
  ).action(
    define(async (ctx, options: PagingOptions & { workflow?: string; status?: "active" | "paused" }) => {
      const limit = limitOf(options);
      const listing = paginate(ctx.client, "schedules.getSchedules", {
        page_size: pageSizeFor(limit),
        ...(options.workflow ? { workflow_name: options.workflow } : {}),
        ...(options.status ? { status: options.status } : {}),
      });
      const state = { more: false };
      const c = ctx.out.c;
      await ctx.out.list(takeItems(listing.pages(), limit, state), [
        { header: "SCHEDULE", cell: (s: Schedule) => s.schedule_id },
        { header: "WORKFLOW", cell: (s) => s.workflow_name },
        { header: "STATE", cell: (s) => (s.paused ? c.yellow("paused") : c.green("active")) },
        { header: "WHEN", cell: (s) => describeSpec(s) },
        { header: "NEXT RUN (UTC)", cell: (s) => formatUtc(s.future_executions?.[0]?.scheduled_at) },
      ]);
      moreNote(ctx, state.more);
    }),
  );

  schedules
    .command("show <schedule_id>")
    .description("show a schedule, its next runs in local time and UTC, and its recent executions")
    .option("--next <n>", "how many next runs to show (at most 10, default 5)", (v: string) =>
      parseCount(v, "--next"),
    )
    .addHelpText(
      "after",
      examples([
        "mistral-workflows schedules show daily-report",
        "TZ=Europe/Paris mistral-workflows schedules show daily-report --next 10",
      ]),
    )
    .action(
      define(async (ctx, scheduleId: string, options: { next?: number }) => {
        const s = expectShape<Schedule>(
          await getScheduleHandle(ctx.client, scheduleId).describe(),
          "the schedule",
          { schedule_id: "string", workflow_name: "string", paused: "boolean", future_executions: "array?" },
        );
        if (ctx.out.json) return ctx.out.item(s);
        const c = ctx.out.c;
        ctx.out.record(null, [
          ["schedule", c.bold(s.schedule_id)],
          ["workflow", s.workflow_name],
          ["state", s.paused ? c.yellow(`paused${s.note ? ` (${s.note})` : ""}`) : c.green("active")],
          ["when", describeSpec(s)],
          ["input", formatJson(s.input, 100)],
          ["remaining", s.remaining_executions == null ? "unlimited" : String(s.remaining_executions)],
        ]);
        const next = (s.future_executions ?? []).slice(0, options.next ?? 5);
        ctx.out.line();
        ctx.out.line(c.bold("next runs") + c.dim("  (local time | UTC)"));
        if (!next.length) ctx.out.line(c.dim(s.paused ? "  none while paused" : "  none"));
        for (const run of next)
          ctx.out.line(`  ${formatLocal(run.scheduled_at)}  |  ${formatUtc(run.scheduled_at)}`);
        const recent = s.recent_executions ?? [];
        if (recent.length) {
          ctx.out.line();
          ctx.out.line(c.bold("recent executions"));
          for (const r of recent) ctx.out.line(`  ${formatUtc(r.started_at)}  ${r.execution_id}`);
        }
      }),
    );

  schedules
    .command("create <workflow>")
    .description("schedule a workflow on one or more cron expressions")
    .requiredOption("--cron <expr...>", "cron expression(s), e.g. '0 9 * * 1-5'")
    .option("--tz <zone>", "IANA time zone of the cron expressions (default UTC)")
    .option("--input <json>", "the executions' input: JSON, or @file")
    .option("--schedule-id <id>", "choose the schedule's id (makes a retried create safe)")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows schedules create report-generator --cron '0 9 * * 1-5' --tz Europe/Paris",
        "mistral-workflows schedules create support-workflow --cron '*/30 * * * *' --input '{\"ticket_id\":\"T-1\"}' --schedule-id triage",
      ]),
    )
    .action(
      define(
        async (
          ctx,
          workflow: string,
          options: { cron: string[]; tz?: string; input?: string; scheduleId?: string },
        ) => {
          const input = parseJsonOption(options.input) ?? null;
          const handle = await createSchedule(
            ctx.client,
            workflow,
            input,
            { cron_expressions: options.cron, ...(options.tz ? { time_zone_name: options.tz } : {}) },
            options.scheduleId ? { scheduleId: options.scheduleId } : {},
          );
          if (ctx.out.json) ctx.out.item(await handle.describe());
          else ctx.out.line(`created schedule ${ctx.out.c.bold(handle.scheduleId)}`);
        },
      ),
    );

  for (const verb of ["pause", "resume"] as const)
    schedules
      .command(`${verb} <schedule_id>`)
      .description(
        verb === "pause"
          ? "pause a schedule (no run starts until it is resumed)"
          : "resume a paused schedule",
      )
      .option("--note <text>", "why (kept with the schedule)")
      .addHelpText(
        "after",
        examples([
          `mistral-workflows schedules ${verb} daily-report --note "${verb === "pause" ? "holidays" : "back"}"`,
        ]),
      )
      .action(
        define(async (ctx, scheduleId: string, options: { note?: string }) => {
          const handle = getScheduleHandle(ctx.client, scheduleId);
          if (verb === "pause") await handle.pause(options.note);
          else await handle.resume(options.note);
          const s = await handle.describe();
          ctx.out.item(s, `${verb === "pause" ? "paused" : "resumed"} ${scheduleId}`);
        }),
      );

  schedules
    .command("trigger <schedule_id>")
    .description("start one run of a schedule now")
    .addHelpText("after", examples(["mistral-workflows schedules trigger daily-report"]))
    .action(
      define(async (ctx, scheduleId: string) => {
        await getScheduleHandle(ctx.client, scheduleId).trigger();
        ctx.out.item({ schedule_id: scheduleId, triggered: true }, `triggered ${scheduleId}`);
      }),
    );

  schedules
    .command("rm <schedule_id>")
    .description("delete a schedule (its past executions stay)")
    .addHelpText("after", examples(["mistral-workflows schedules rm daily-report"]))
    .action(
      define(async (ctx, scheduleId: string) => {
        await getScheduleHandle(ctx.client, scheduleId).delete();
        ctx.out.item({ schedule_id: scheduleId, deleted: true }, `deleted ${scheduleId}`);
      }),
    );
}
