/** `run`, `watch`, `status` and `result`: start executions and follow them to their end. */
import {
  ExecutionError,
  getExecutionHandle,
  startExecution,
  type ExecutionHandle,
} from "@mistral-workflows/handles";
import type { WorkflowExecution } from "@mistral-workflows/streaming";
import type { Command } from "commander";
import type { Context } from "../context.js";
import { UnexpectedResponseError, UsageError } from "../errors.js";
import { EXIT_CODES } from "../exit-codes.js";
import { parseJsonOption } from "../input.js";
import { formatDuration, formatJson, formatUtc } from "../output/format.js";
import { createLiveView } from "../output/live-view.js";
import { requirePlainResult } from "../encoded.js";
import { jsonLine } from "../output/terminal-text.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { EXECUTION_FIELDS, expectShape } from "../response-shape.js";

/** Exit code of a Ctrl-C'd watch: the shell's convention for SIGINT. */
const INTERRUPTED = 130;

/** Registers `run`, `watch`, `status` and `result`. */
export function registerExecutionCommands(program: Command, define: Define): void {
  program
    .command("run <workflow>")
    .description("start an execution of a workflow; with --watch, follow it live to its end")
    .option("--input <json>", "the input: JSON, @file, or @- for standard input")
    .option("--wait", "wait for the result and print it (exit 1 if the execution does not complete)")
    .option("--watch", "show the events live (a line each, a progress bar on a terminal), then the result")
    .option("--execution-id <id>", "choose the execution's id (a retried start then cannot run it twice)")
    .option("--deployment <name>", "run on this deployment")
    .addHelpText(
      "after",
      examples([
        'mistral-workflows run support-workflow --input \'{"ticket_id":"T-1"}\' --watch',
        "mistral-workflows run report-generator --input @input.json --wait --json",
        'mistral-workflows run support-workflow --input \'{"ticket_id":"T-2"}\' --execution-id ticket-T-2 --deployment support',
      ]),
    )
    .action(
      define(async (ctx, workflow: string, options: RunOptions) => {
        if (options.wait && options.watch) throw new UsageError("--wait and --watch: pick one.");
        const input = parseJsonOption(options.input);
        if (input !== undefined && (input === null || typeof input !== "object" || Array.isArray(input)))
          throw new UsageError("--input must be a JSON object.");
        const handle = await startExecution(
          ctx.client,
          workflow,
          input as Record<string, unknown> | undefined,
          {
            ...(options.executionId ? { executionId: options.executionId } : {}),
            ...(options.deployment ? { deploymentName: options.deployment } : {}),
          },
        );
        const id = handle.executionId;
        if (typeof id !== "string" || id === "")
          throw new UnexpectedResponseError("the started execution", "execution_id", "a string");
        if (options.watch || options.wait) {
          // First, whatever happens next (a stream that fails, Ctrl-C): the id is what resumes it.
          // (The live view's first line, `watching <workflow> <id>`, already carries it.)
          if (ctx.out.json) ctx.out.note(`started ${workflow} ${id}`);
          else if (!options.watch) ctx.out.line(`started ${workflow} ${ctx.out.c.bold(id)}`);
          return follow(ctx, handle, { live: options.watch === true });
        }
        if (ctx.out.json) ctx.out.item(await describe(handle));
        else ctx.out.line(`started ${workflow} ${ctx.out.c.bold(id)}`);
        if (!ctx.out.json)
          ctx.out.note(
            ctx.out.c.dim(`follow it with: mistral-workflows ${ctx.config.mock ? "--mock " : ""}watch ${id}`),
          );
      }),
    );

  program
    .command("watch <execution_id>")
    .description(
      "follow an execution live to its end (survives dropped connections); Ctrl-C stops watching, not the execution",
    )
    .addHelpText(
      "after",
      examples([
        "mistral-workflows watch 4f1c2d…",
        "mistral-workflows watch 4f1c2d… --json | jq -c '.data.event_type'",
      ]),
    )
    .action(
      define(async (ctx, id: string) => follow(ctx, getExecutionHandle(ctx.client, id), { live: true })),
    );

  program
    .command("status <execution_id>")
    .description("show an execution's status, times and result")
    .addHelpText(
      "after",
      examples([
        "mistral-workflows status 4f1c2d…",
        "mistral-workflows status 4f1c2d… --json | jq -r .status",
      ]),
    )
    .action(
      define(async (ctx, id: string) => {
        const execution = await describe(getExecutionHandle(ctx.client, id));
        requirePlainResult(execution.result, ctx.config);
        ctx.out.record(execution, statusRows(ctx, execution));
      }),
    );

  program
    .command("result <execution_id>")
    .description(
      "wait for an execution's result and print it (exit 1 if it failed, was canceled, terminated or timed out)",
    )
    .addHelpText(
      "after",
      examples(["mistral-workflows result 4f1c2d…", "mistral-workflows result 4f1c2d… --json > result.json"]),
    )
    .action(
      define(async (ctx, id: string) => follow(ctx, getExecutionHandle(ctx.client, id), { live: false })),
    );
}

/** The execution's record, checked for the fields the commands print. */
export async function describe(handle: ExecutionHandle): Promise<WorkflowExecution> {
  return expectShape<WorkflowExecution>(await handle.describe(), "the execution", EXECUTION_FIELDS);
}

interface RunOptions {
  input?: string;
  wait?: boolean;
  watch?: boolean;
  executionId?: string;
  deployment?: string;
}

/** The label/value rows of `status`. */
function statusRows(ctx: Context, e: WorkflowExecution): [string, string][] {
  const end = e.end_time ? Date.parse(e.end_time) : NaN;
  const duration = e.total_duration_ms ?? (Number.isNaN(end) ? null : end - Date.parse(e.start_time));
  return [
    ["execution", ctx.out.c.bold(e.execution_id)],
    ["workflow", e.workflow_name],
    ["status", colorStatus(ctx, e.status)],
    ["run", e.run_id ?? "-"],
    ["started", formatUtc(e.start_time)],
    ["ended", formatUtc(e.end_time)],
    ["duration", duration == null ? "-" : formatDuration(duration)],
    ["result", formatJson(e.result, 120)],
  ];
}

function colorStatus(ctx: Context, status: string | null | undefined): string {
  const c = ctx.out.c;
  if (!status) return "-";
  if (status === "COMPLETED") return c.green(status);
  if (status === "RUNNING") return c.cyan(status);
  if (status === "CANCELED" || status === "RETRYING_AFTER_ERROR") return c.yellow(status);
  return c.red(status);
}

/**
 * Follows execution `id` to its end: live (every event shown) or quietly, then prints the result and
 * returns 0, or prints how it ended and returns 1. Ctrl-C stops following (returns 130) and says the
 * execution goes on.
 */
async function follow(ctx: Context, handle: ExecutionHandle, options: { live: boolean }): Promise<number> {
  const id = handle.executionId;
  const view = options.live ? createLiveView(ctx.out, id, handle.workflowName) : null;
  const started = Date.now();
  try {
    const result = await handle.result({
      signal: ctx.signal,
      onEvent: view ? (event) => view.event(event) : undefined,
      onReconnect: (info) => view?.reconnect(info),
      onPollFallback: (error) => {
        const text = `the event stream failed (${error.message}); checking the execution's status every second instead`;
        if (view) view.note(text);
        else ctx.out.note(ctx.out.c.dim(text));
      },
    });
    view?.stop();
    return await printOutcome(ctx, handle, { result }, started);
  } catch (error) {
    view?.stop();
    if (ctx.signal.aborted) {
      ctx.out.note(
        `stopped watching; execution ${id} is still running (resume with: mistral-workflows ${ctx.config.mock ? "--mock " : ""}watch ${id}).`,
      );
      return INTERRUPTED;
    }
    if (error instanceof ExecutionError) return printOutcome(ctx, handle, { error }, started);
    ctx.out.note(`could not follow execution ${id} (try again with: mistral-workflows watch ${id}).`);
    throw error;
  }
}

async function printOutcome(
  ctx: Context,
  handle: ExecutionHandle,
  outcome: { result: unknown } | { error: ExecutionError },
  startedMs: number,
): Promise<number> {
  const c = ctx.out.c;
  if ("result" in outcome) {
    requirePlainResult(outcome.result, ctx.config);
    // With --json the last line is the finished execution's record, read once the result is known.
    if (ctx.out.json) ctx.out.item(await describe(handle));
    else {
      ctx.out.line(
        `${c.green("✔ COMPLETED")} ${c.dim(`after ${formatDuration(Date.now() - startedMs)} of watching`)}`,
      );
      // Pretty JSON's line breaks are layout (JSON escapes those in strings): one line each.
      for (const line of jsonLine(outcome.result, 2).split("\n")) ctx.out.line(line);
    }
    return EXIT_CODES.ok;
  }
  const error = outcome.error;
  if (ctx.out.json) ctx.out.item(error.execution);
  else ctx.out.line(`${c.red(`✖ ${error.status}`)} ${error.message}`);
  return EXIT_CODES.executionFailed;
}
