/**
 * The `mistral-workflows` program: global options, every command, and the one place where a command's
 * outcome becomes an exit code and its failure one line on stderr.
 */
import { Command, CommanderError } from "commander";
import { parseTimeout, resolveConfig, type GlobalOptions } from "./config.js";
import { connect } from "./context.js";
import type { Define } from "./define.js";
import { describeError, describeErrorDetails, exitCodeOf, type ErrorContext } from "./errors.js";
import { EXIT_CODES } from "./exit-codes.js";
import { createOutput } from "./output/output.js";
import { examples } from "./help.js";
import { renderTerminal } from "./output/terminal-text.js";
import { createRedactor, hideOptionValues, keysInArgv } from "./redact.js";
import { VERSION } from "./version.js";
import { registerCommands } from "./commands/index.js";
import { registerMockCommands } from "./commands/mock.js";

/** The process's streams and environment, passed in so nothing reads globals directly. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Fires when the user presses Ctrl-C. */
  signal: AbortSignal;
}

/** Exit code of a command interrupted by Ctrl-C: the shell's convention for SIGINT. */
const INTERRUPTED = 130;

/** Runs the program on `argv` (without `node` and the script) and resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT_CODES.ok;
  // Every key this run could know of, in every spelling, is kept out of every line written.
  const redact = createRedactor([io.env.MISTRAL_API_KEY, ...keysInArgv(argv)]);
  const safeErr = (text: string) => io.stderr.write(renderTerminal(redact(hideOptionValues(text))));
  let debug = false;
  const errorContext: ErrorContext = {};
  const program = new Command("mistral-workflows");
  const define: Define =
    (action) =>
    async (...args: any[]) => {
      const command = args[args.length - 1] as Command;
      const globals = command.optsWithGlobals<GlobalOptions>();
      debug = globals.debug === true;
      redact.add(globals.apiKey);
      const config = resolveConfig(globals, io.env);
      redact.add(config.apiKey);
      redact.add(config.encryption?.mainKey);
      redact.add(config.encryption?.secondaryKey);
      if (!config.mock) errorContext.baseUrl = config.baseUrl;
      const color = globals.color !== false && !config.json && io.stdout.isTTY === true && !io.env.NO_COLOR;
      const out = createOutput({ stdout: io.stdout, stderr: io.stderr, json: config.json, color, redact });
      const { client, mock } = await connect(config, `mistral-workflows-cli/${VERSION}`, io.env, io.signal);
      if (mock?.started)
        out.note(
          out.c.dim(
            `started a mock server at ${mock.url}; later --mock commands use it (stop it with: mistral-workflows mock stop)`,
          ),
        );
      exitCode = (await action({ client, out, config, signal: io.signal }, ...args.slice(0, -1))) ?? 0;
    };

  program
    .description("Run, watch and manage Mistral Workflows from a terminal.")
    .version(VERSION, "-V, --version", "print the version")
    .option("--api-key <key>", "API key (default: $MISTRAL_API_KEY)")
    .option(
      "--base-url <url>",
      "API base URL (default: $MISTRAL_WORKFLOWS_BASE_URL or https://api.mistral.ai)",
    )
    .option(
      "--mock",
      "use a local mock server, shared by every --mock command until `mock stop` (needs @mistral-workflows/mock-server)",
    )
    .option("--json", "print NDJSON: one object per line, with the API's field names")
    .option(
      "--timeout <duration>",
      "time limit of each request attempt: 30s, 1500ms (a bare number is seconds; default 60s)",
      parseTimeout,
    )
    .option(
      "--encryption-key-file <path>",
      "file holding the payload encryption key (a second line: the secondary key); default: $MISTRAL_WORKFLOWS_ENCRYPTION_KEY",
    )
    .option("--encryption-mode <mode>", "full (default) or partial, as the workers encrypt")
    .option("--debug", "print error details (response body, stack)")
    .option("--no-color", "no colours (also: NO_COLOR=1)")
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: safeErr,
    })
    .addHelpText(
      "after",
      examples([
        'mistral-workflows --mock run support-workflow --input \'{"ticket_id":"T-1"}\' --watch',
        "MISTRAL_API_KEY=... mistral-workflows schedules ls --json | jq .schedule_id",
        "mistral-workflows --api-key $KEY --base-url https://api.mistral.ai workflows ls",
        "mistral-workflows --debug --no-color status 4f1c…",
        "mistral-workflows --timeout 10s runs ls",
        "MISTRAL_WORKFLOWS_ENCRYPTION_KEY=... mistral-workflows run report-generator --input '{}' --wait",
        "mistral-workflows --encryption-key-file ./workflows.key --encryption-mode partial result 4f1c…",
        "mistral-workflows --version",
      ]) +
        "\n\nExit codes: 0 success/completed, 1 execution failed, canceled, terminated or timed out,\n" +
        "2 usage error, 3 API or connection error or unexpected response, 130 interrupted (Ctrl-C).",
    );
  registerCommands(program, define);
  registerMockCommands(program, { stdout: io.stdout, env: io.env, exit: (code) => (exitCode = code) });
  // Every subcommand inherits the behaviour set above.
  for (const command of allCommands(program))
    command
      .exitOverride()
      .showHelpAfterError("(add --help for usage)")
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: safeErr,
      });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander, with exit code 0.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    // Ctrl-C ended a request (or anything else) before the command could report: say so, exit 130.
    if (io.signal.aborted) {
      safeErr("interrupted\n");
      return INTERRUPTED;
    }
    safeErr(`${describeError(error, errorContext)}\n`);
    if (debug) safeErr(`${describeErrorDetails(error)}\n`);
    return exitCodeOf(error);
  }
  return exitCode;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}
