/**
 * `typegen`: writes typed definitions of the deployed workflows, with `@mistral-workflows/typegen`,
 * an optional peer loaded only when the command runs (see load-typegen.ts).
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import type { Define } from "../define.js";
import { examples } from "../help.js";
import { loadTypegen, TYPEGEN_PACKAGE } from "../load-typegen.js";

/** Registers `typegen`. */
export function registerTypegenCommand(program: Command, define: Define): void {
  program
    .command("typegen")
    .description(
      "write a TypeScript module declaring the deployed workflows (defineWorkflow, defineSignal, defineQuery, defineUpdate) with types from their JSON Schemas",
    )
    .summary(`write TypeScript types of the deployed workflows (needs ${TYPEGEN_PACKAGE})`)
    .option("--out <file>", "write to this file (default: standard output)")
    .option("--workflow <name...>", "only these workflows (default: every active, unarchived one)")
    .option("--import-from <module>", "where define* come from (default @mistral-workflows/handles)")
    .addHelpText(
      "after",
      `\nNeeds ${TYPEGEN_PACKAGE} (json-schema-to-typescript and prettier), installed next to the CLI;\n` +
        `without it, typegen says which command installs it and exits 2.\n` +
        examples([
          "mistral-workflows typegen --out src/workflows.generated.ts",
          "mistral-workflows typegen --workflow support-workflow report-generator --import-from @mistral-workflows/handles",
        ]),
    )
    .action(
      define(async (ctx, options: { out?: string; workflow?: string[]; importFrom?: string }) => {
        const { generateWorkflowModule } = await loadTypegen();
        const { source, workflows, warnings } = await generateWorkflowModule(ctx.client, {
          ...(options.workflow ? { workflows: options.workflow } : {}),
          ...(options.importFrom ? { importFrom: options.importFrom } : {}),
          signal: ctx.signal,
        });
        // Warnings quote server text; generateWorkflowModule escaped its control characters.
        for (const w of warnings) ctx.out.note(`warning: ${w.workflow}: ${w.type} is unknown: ${w.message}`);
        const count = workflows.length;
        if (!options.out) {
          // With --json, stdout stays NDJSON: the module is a field of one object.
          if (ctx.out.json) return void ctx.out.item({ workflows: count, warnings, source });
          return void ctx.out.stdout.write(source);
        }
        try {
          writeFileSync(options.out, source);
        } catch (error) {
          throw new UsageError(`--out: cannot write ${options.out}: ${(error as Error).message}`);
        }
        ctx.out.item(
          { file: options.out, workflows: count, warnings },
          `wrote ${count} workflow${count === 1 ? "" : "s"} to ${options.out}`,
        );
      }),
    );
}
