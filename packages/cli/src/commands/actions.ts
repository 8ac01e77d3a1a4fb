/** `signal`, `query`, `update`, `cancel`, `terminate` and `reset`: acting on a running execution. */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { parseCount, parseJsonOption } from "../input.js";
import { formatJson } from "../output/format.js";
import { examples, type Define } from "../program.js";

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
          const body = {
            execution_id: id,
            name,
            ...(input !== undefined ? { input: input as Record<string, unknown> } : {}),
          };
          if (kind === "signal") {
            const response = await ctx.client.executions.signalWorkflowExecution(body);
            ctx.out.item(response, `signal ${name} sent to ${id}`);
          } else if (kind === "query") {
            const response = await ctx.client.executions.queryWorkflowExecution(body);
            ctx.out.item(response, JSON.stringify(response.result, null, 2));
          } else {
            const response = await ctx.client.executions.updateWorkflowExecution(body);
            ctx.out.item(response, JSON.stringify(response.result, null, 2));
          }
        }),
      );

  program
    .command("cancel <execution_id>")
    .description("ask an execution to cancel (it ends CANCELED)")
    .addHelpText("after", examples(["mistral-workflows cancel 4f1c2d…"]))
    .action(
      define(async (ctx, id: string) => {
        await ctx.client.executions.cancelWorkflowExecution({ execution_id: id });
        ctx.out.item({ execution_id: id, canceled: true }, `cancel requested for ${id}`);
      }),
    );

  program
    .command("terminate <execution_id>")
    .description("terminate an execution at once (no cleanup runs; it ends TERMINATED)")
    .option("--reason <text>", "why, shown in this command's output")
    .addHelpText("after", examples([`mistral-workflows terminate 4f1c2d… --reason "stuck on a dead API"`]))
    .action(
      define(async (ctx, id: string, options: { reason?: string }) => {
        await ctx.client.executions.terminateWorkflowExecution({ execution_id: id });
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
        await ctx.client.executions.resetWorkflow({
          execution_id: id,
          event_id: options.eventId,
          ...(options.reason ? { reason: options.reason } : {}),
        });
        const execution = await ctx.client.executions.getWorkflowExecution({ execution_id: id });
        ctx.out.item(
          execution,
          `reset ${id} to event ${options.eventId}: new run ${execution.run_id ?? "-"} ${formatJson(execution.status)}`,
        );
      }),
    );
}
