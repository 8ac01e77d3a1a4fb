/**
 * The background mock server behind `--mock` (started by `mock.ts`, never by hand):
 * `node mock-daemon.js <state file> <step ms> <idle ms>`. Listens on 127.0.0.1 (a free port) with a
 * real clock, writes `{ url, pid }` to the state file once listening, and stops (removing the file)
 * on SIGTERM or SIGINT, or after `idle ms` without a request.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";

const [path, stepArg, idleArg] = process.argv.slice(2);
const stepMs = Number(stepArg);
const idleMs = Number(idleArg);
if (!path || !(stepMs > 0) || !(idleMs > 0)) {
  console.error("usage: mock-daemon <state file> <step ms> <idle ms>");
  process.exit(2);
}

const { startMockServer } = await import("@mistral-workflows/mock-server");
const server = await startMockServer({ port: 0, clock: "real", stepMs });

let stopping = false;
async function stop(): Promise<never> {
  if (!stopping) {
    stopping = true;
    rmSync(path!, { force: true });
    await server.close();
  }
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

// Written whole, then renamed: a reader never sees half a file.
writeFileSync(`${path}.tmp`, JSON.stringify({ url: server.url, pid: process.pid }));
renameSync(`${path}.tmp`, path);

// The request log keeps only the latest requests, so activity is a new last entry, not a longer list.
let last: unknown = server.api.requests.at(-1);
let idleSince = Date.now();
setInterval(
  () => {
    const latest = server.api.requests.at(-1);
    if (latest !== last) [last, idleSince] = [latest, Date.now()];
    else if (Date.now() - idleSince >= idleMs) void stop();
  },
  Math.min(idleMs, 30_000),
);
