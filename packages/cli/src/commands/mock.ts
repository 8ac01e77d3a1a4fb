/**
 * `mistral-workflows mock start|status|stop`: the background mock server that `--mock` commands share
 * (see mock.ts). These commands need no API key and no client.
 */
import type { Command } from "commander";
import { examples } from "../help.js";
import { connectMock, mockStatePath, runningMock, stopBackgroundMock } from "../mock.js";

/** What the mock commands write to and read from. */
export interface MockCommandIo {
  stdout: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Receives the command's exit code. */
  exit(code: number): void;
}

/** Adds `mock start`, `mock status` and `mock stop` to `program`. */
export function registerMockCommands(program: Command, io: MockCommandIo): void {
  const mock = program
    .command("mock")
    .description("the background mock server that --mock commands share (start, status, stop)")
    .addHelpText("after", examples(["mistral-workflows mock start", "mistral-workflows mock stop"]));
  const hint = (url: string) =>
    `${url}\n` +
    `--mock commands use it; so does any client given: export MISTRAL_WORKFLOWS_BASE_URL=${url} MISTRAL_API_KEY=mock\n`;
  mock
    .command("start")
    .description("start it (or say where it already runs); it stops after 30 minutes without a request")
    .addHelpText("after", examples(["mistral-workflows mock start", "mistral-workflows --mock workflows ls"]))
    .action(async () => {
      const state = await connectMock(io.env);
      io.stdout.write(`${state.started ? "started" : "already running"}: ${hint(state.url)}`);
    });
  mock
    .command("status")
    .description("where it runs; exit code 1 when none does")
    .addHelpText("after", examples(["mistral-workflows mock status || mistral-workflows mock start"]))
    .action(async () => {
      const state = await runningMock(mockStatePath(io.env));
      io.stdout.write(state ? `running: ${hint(state.url)}` : "no mock server running\n");
      if (!state) io.exit(1);
    });
  mock
    .command("stop")
    .description("stop it, with everything it holds")
    .addHelpText("after", examples(["mistral-workflows mock stop"]))
    .action(async () => {
      const stopped = await stopBackgroundMock(mockStatePath(io.env));
      io.stdout.write(stopped ? "stopped\n" : "no mock server running\n");
    });
}
