/**
 * The `mistral-workflows` executable: wires the process to {@link main}. Ctrl-C aborts the running
 * command (a watch then stops cleanly and says the execution goes on); a second Ctrl-C quits at once.
 */
import { main } from "./program.js";

const controller = new AbortController();
process.on("SIGINT", () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
});
// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
});
