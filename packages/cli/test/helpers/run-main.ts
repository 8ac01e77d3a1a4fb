/**
 * Runs the program in this process (`main()` with in-memory streams), for tests that make many runs:
 * no process to spawn per run. `tty` makes stdout look like a terminal (colours, the live bar).
 */
import { Writable } from "node:stream";
import { main } from "../../src/program.js";

/** What one run gave. */
export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable that keeps what it is given, dressed as a terminal or not. */
function sink(tty: boolean): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY?: boolean; columns?: number };
  stream.text = "";
  if (tty) Object.assign(stream, { isTTY: true, columns: 120, rows: 40 });
  return stream;
}

/** Runs `main(args)` with `env` (nothing of the machine's) and resolves with its output. */
export async function runMain(
  args: string[],
  options: { env?: Record<string, string>; tty?: boolean; signal?: AbortSignal } = {},
): Promise<MainResult> {
  const stdout = sink(options.tty === true);
  const stderr = sink(options.tty === true);
  const code = await main(args, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    env: { ...(options.tty ? {} : { NO_COLOR: "1" }), ...options.env },
    signal: options.signal ?? new AbortController().signal,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
