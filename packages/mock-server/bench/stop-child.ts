/** Stopping a bench's server process: the shared end of every forked `serve` script. */
import type { ChildProcess } from "node:child_process";

/**
 * Asks the forked server to stop and resolves once it has exited; a stuck server is killed after
 * 5 s so a bench never hangs. The child's earlier `exit` listeners (which reject a start) are removed.
 */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((done) => {
    child.removeAllListeners("exit");
    child.once("exit", () => done());
    child.send("stop");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}
