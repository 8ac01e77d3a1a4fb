/**
 * Soak bench: many clients against `startMockServer` (in its own process, see `soak-serve.ts`) for a
 * long time, to show that memory stays flat. Each client, in a loop: starts an execution, streams its
 * events to the end, pages through its events and through the global event list. One client follows
 * the global stream; a few open the global stream and never read (the server must drop them, not
 * buffer for them). Every `SOAK_SAMPLE_SECONDS` the server reports heap and RSS (after a full GC),
 * the executions it holds and the global-stream listeners attached; at the end the bench prints their
 * slope after the warm-up (`SOAK_WARMUP_SECONDS`, default the first quarter). `SOAK_RETAIN` sets the
 * server's `maxFinishedExecutions` (default 1000).
 *
 *   pnpm --filter @mistral-workflows/mock-server exec tsx bench/soak.bench.ts        # 10 minutes
 *   SOAK_SECONDS=120 SOAK_CLIENTS=20 pnpm --filter @mistral-workflows/mock-server exec tsx bench/soak.bench.ts
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { stopChild } from "./stop-child.js";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 20);
const STALLED = Number(process.env.SOAK_STALLED_READERS ?? 5);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? Math.max(5, Math.round(SECONDS / 40)));
/** Seconds left out of the slope: retention and the stalled readers' buffers fill up first. */
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? SECONDS / 4);
const HEADERS = { authorization: "Bearer soak", "content-type": "application/json" };

interface Sample {
  t: number;
  heapUsed: number;
  rss: number;
  executions: number;
  globalListeners: number;
}

let executions = 0;
let errors = 0;

async function drain(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

async function client(url: string, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    try {
      const started = await fetch(`${url}/v1/workflows/support-workflow/execute`, {
        method: "POST",
        headers: HEADERS,
        body: JSON.stringify({ input: { ticket: executions } }),
      });
      const { execution_id } = (await started.json()) as { execution_id: string };
      await drain(await fetch(`${url}/v1/workflows/executions/${execution_id}/stream`, { headers: HEADERS }));
      let cursor: string | null = null;
      do {
        const q = new URLSearchParams({ workflow_exec_id: execution_id, limit: "5" });
        if (cursor) q.set("cursor", cursor);
        const page = (await (
          await fetch(`${url}/v1/workflows/events/list?${q}`, { headers: HEADERS })
        ).json()) as {
          next_cursor: string | null;
        };
        cursor = page.next_cursor;
      } while (cursor);
      await drain(await fetch(`${url}/v1/workflows/events/list?limit=50`, { headers: HEADERS }));
      executions++;
    } catch {
      errors++;
    }
  }
}

/** Opens the global stream and never reads it: the server has to drop it once it falls behind. */
async function stalledReader(url: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch(`${url}/v1/workflows/events/stream`, { headers: HEADERS, signal });
      const reader = response.body!.getReader();
      await reader.read(); // the first chunk, then nothing: wait for the server to hang up
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (signal.aborted) done();
        }, 1000);
        reader.closed.then(done, () => {
          done();
        });
        function done() {
          clearInterval(poll);
          resolve();
        }
      });
    } catch {
      // dropped by the server, or the bench is over: open another one
    }
  }
}

function startServer(): Promise<{
  url: string;
  memory(): Promise<Omit<Sample, "t">>;
  close(): Promise<void>;
}> {
  const child = fork(fileURLToPath(new URL("./soak-serve.ts", import.meta.url)), {
    execArgv: ["--expose-gc", "--import", "tsx"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    child.once("message", (message: { url: string }) => {
      resolve({
        url: message.url,
        memory: () =>
          new Promise((done) => {
            child.once("message", (m) => done(m as Omit<Sample, "t">));
            child.send("memory");
          }),
        close: () => stopChild(child),
      });
    });
  });
}

/** Least-squares slope of `y` over `x`. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den ? num / den : 0;
}

const MB = 1024 * 1024;
const server = await startServer();
console.log(
  `soak: ${CLIENTS} clients, ${STALLED} stalled global-stream readers, ${SECONDS} s, a sample every ${SAMPLE_SECONDS} s`,
);
const start = performance.now();
const deadline = start + SECONDS * 1000;
const stop = new AbortController();
const stalled = Array.from({ length: STALLED }, () => stalledReader(server.url, stop.signal));
const follower = fetch(`${server.url}/v1/workflows/events/stream`, { headers: HEADERS, signal: stop.signal })
  .then(drain)
  .catch(() => 0);
const clients = Promise.all(Array.from({ length: CLIENTS }, () => client(server.url, deadline)));
const samples: Sample[] = [];
console.log("    t (s)  heap (MB)  rss (MB)  executions held  executions done  global listeners");
while (performance.now() < deadline) {
  await new Promise((resolve) =>
    setTimeout(resolve, Math.min(SAMPLE_SECONDS * 1000, deadline - performance.now())),
  );
  const m = await server.memory();
  const t = (performance.now() - start) / 1000;
  samples.push({ t, ...m });
  console.log(
    `${t.toFixed(0).padStart(9)}  ${(m.heapUsed / MB).toFixed(1).padStart(9)}  ${(m.rss / MB).toFixed(1).padStart(8)}  ${String(m.executions).padStart(15)}  ${String(executions).padStart(15)}  ${String(m.globalListeners).padStart(16)}`,
  );
}
await clients;
stop.abort();
await Promise.all([...stalled, follower]);
await server.close();

const steady = samples.filter((s) => s.t >= WARMUP_SECONDS);
const minutes = steady.map((s) => s.t / 60);
console.log(
  [
    `executions completed  ${executions} (${(executions / SECONDS).toFixed(0)}/s), errors ${errors}`,
    `slope after warm-up (last ${steady.length} samples, from ${steady[0]?.t.toFixed(0)} s):`,
    `  heap ${slope(
      minutes,
      steady.map((s) => s.heapUsed / MB),
    ).toFixed(2)} MB/min, rss ${slope(
      minutes,
      steady.map((s) => s.rss / MB),
    ).toFixed(2)} MB/min`,
  ].join("\n"),
);
process.exitCode = errors ? 1 : 0;
