/** `signal`, `query`, `update`, `cancel`, `terminate` and `reset`: acting on a running execution. */
import { getExecutionHandle } from "@mistral-workflows/handles";
import type { Command } from "commander";
import { requirePlainResult } from "../encoded.js";
import { UsageError } from "../errors.js";
import { parseCount, parseJsonOption } from "../input.js";
import { formatJson } from "../output/format.js";
import { jsonLine } from "../output/terminal-text.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";

/** Registers the commands that act on an execution. */
export function registerActionCommands(program: Command, define: Define): void {
  for (const kind of ["signal", "query", "update"] as const)
    program
      .command(`${kind} <execution_id> <name>`)
      .description(
        {
          signal: "send a signal to a running execution",
          query: "ask a running or finished execution a query and print the answer",
          update: "send an update to a running execution and print its result",
        }[kind],
      )
      .option("--input <json>", `the ${kind}'s input: a JSON object, or @file`)
      .addHelpText(
        "after",
        examples(
          {
            signal: [`mistral-workflows signal 4f1c2d… approve --input '{"approved":true}'`],
            query: [`mistral-workflows query 4f1c2d… get_status --input '{}' --json | jq .result`],
            update: [`mistral-workflows update 4f1c2d… set_priority --input '{"priority":"high"}'`],
          }[kind],
        ),
      )
      .action(
        define(async (ctx, id: string, name: string, options: { input?: string }) => {
          const input = parseJsonOption(options.input);
          if (input !== undefined && (input === null || typeof input !== "object" || Array.isArray(input)))
            throw new UsageError("--input must be a JSON object.");
          const handle = getExecutionHandle(ctx.client, id);
          if (kind === "signal") {
            await handle.signal(name, input);
            ctx.out.item({ execution_id: id, signal_name: name }, `signal ${name} sent to ${id}`);
          } else if (kind === "query") {
            const result = await handle.query(name, input);
            requirePlainResult(result, ctx.config);
            ctx.out.item({ query_name: name, result }, jsonLine(result, 2).split("\n"));
          } else {
            const result = await handle.update(name, input);
            requirePlainResult(result, ctx.config);
            ctx.out.item({ update_name: name, result }, jsonLine(result, 2).split("\n"));
          }
        }),
      );

  program
    .command("cancel <execution_id>")
    .description("ask an execution to cancel (it ends CANCELED)")
    .addHelpText("after", examples(["mistral-workflows cancel 4f1c2d…"]))
    .action(
      define(async (ctx, id: string) => {
        await getExecutionHandle(ctx.client, id).cancel();
        ctx.out.item({ execution_id: id, canceled: true }, `cancel requested for ${id}`);
      }),
    );

  program
    .command("terminate <execution_id>")
    .description("terminate an execution at once (no cleanup runs; it ends TERMINATED)")
    .option("--reason <text>", "why, printed with the outcome (the API itself records no reason)")
    .addHelpText("after", examples([`mistral-workflows terminate 4f1c2d… --reason "stuck on a dead API"`]))
    .action(
      define(async (ctx, id: string, options: { reason?: string }) => {
        await getExecutionHandle(ctx.client, id).terminate();
        ctx.out.item(
          { execution_id: id, terminated: true, ...(options.reason ? { reason: options.reason } : {}) },
          `terminated ${id}${options.reason ? ` (${options.reason})` : ""}`,
        );
      }),
    );

  program
    .command("reset <execution_id>")
    .description("reset an execution to a history event: a new run starts from there")
    .requiredOption("--event-id <n>", "the history event to reset to (see: history)", (v: string) =>
      parseCount(v, "--event-id"),
    )
    .option("--reason <text>", "why (kept in the history)")
    .addHelpText(
      "after",
      examples([`mistral-workflows reset 4f1c2d… --event-id 4 --reason "retry after the fix"`]),
    )
    .action(
      define(async (ctx, id: string, options: { eventId: number; reason?: string }) => {
        const handle = getExecutionHandle(ctx.client, id);
        await handle.reset({
          eventId: options.eventId,
          ...(options.reason ? { reason: options.reason } : {}),
        });
        const execution = await handle.describe();
        ctx.out.item(
          execution,
          `reset ${id} to event ${options.eventId}: new run ${execution.run_id ?? "-"} ${formatJson(execution.status)}`,
        );
      }),
    );
}
