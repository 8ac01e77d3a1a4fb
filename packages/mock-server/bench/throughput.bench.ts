/**
 * Throughput bench: requests/s and p99 latency of `GET /v1/workflows/schedules/{id}` at 50 and 200
 * concurrent clients against the mock server, beside the same load against a minimal `node:http`
 * server answering the same bytes (the floor of this machine). Both servers run in their own process;
 * runs alternate between them, and the median run of each is printed with its ratio to the floor.
 *
 *   pnpm --filter @mistral-workflows/mock-server exec tsx bench/throughput.bench.ts
 *   BENCH_SECONDS=3 BENCH_ROUNDS=3 BENCH_CLIENTS=50,200 …
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { stopChild } from "./stop-child.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLIENTS = (process.env.BENCH_CLIENTS ?? "50,200").split(",").map(Number);
const HEADERS = { authorization: "Bearer bench" };
const PATH = "/v1/workflows/schedules/bench-000";

/** Forks `file` (a server process); resolves with the URL it reports and a way to stop it. */
function start(file: string, message?: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [], { execArgv: ["--import", "tsx"] });
  if (message !== undefined) child.send(message as never);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code}`)));
    child.once("message", (reply) =>
      resolve({
        url: (reply as { url: string }).url,
        close: () => stopChild(child),
      }),
    );
  });
}

/** `clients` loops of fetch + read for `SECONDS`: requests/s and p99 (ms, request to full body). */
async function load(url: string, clients: number): Promise<{ rps: number; p99: number }> {
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const response = await fetch(url + PATH, { headers: HEADERS });
        await response.text();
        if (response.status !== 200) throw new Error(`status ${response.status}`);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p99: latencies[Math.floor(latencies.length * 0.99)]! };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const mock = await start("./serve.ts");
const sample = await fetch(mock.url + PATH, { headers: HEADERS });
const answer = {
  status: sample.status,
  headers: Object.fromEntries(
    [...sample.headers].filter(([name]) => !["date", "connection", "keep-alive"].includes(name)),
  ),
  body: await sample.text(),
};
const floor = await start("./floor-serve.ts", answer);
console.log(
  `GET ${PATH} (${answer.body.length} B body), ${SECONDS} s per run, median of ${ROUNDS} alternating runs, Node ${process.version}`,
);
for (const clients of CLIENTS) {
  const runs = { mock: [] as { rps: number; p99: number }[], floor: [] as { rps: number; p99: number }[] };
  await load(mock.url, clients); // warm-up: validators compiled, sockets open
  await load(floor.url, clients);
  for (let round = 0; round < ROUNDS; round++) {
    runs.mock.push(await load(mock.url, clients));
    runs.floor.push(await load(floor.url, clients));
  }
  const m = { rps: median(runs.mock.map((r) => r.rps)), p99: median(runs.mock.map((r) => r.p99)) };
  const f = { rps: median(runs.floor.map((r) => r.rps)), p99: median(runs.floor.map((r) => r.p99)) };
  console.log(`\n${clients} concurrent clients:`);
  console.log(
    `  minimal node:http server   ${Math.round(f.rps).toString().padStart(6)} req/s   p99 ${f.p99.toFixed(1)} ms`,
  );
  console.log(
    `  mock server                ${Math.round(m.rps).toString().padStart(6)} req/s   p99 ${m.p99.toFixed(1)} ms   ` +
      `${(m.rps / f.rps).toFixed(2)}× the floor's req/s, ${(m.p99 / f.p99).toFixed(2)}× its p99`,
  );
}
await Promise.all([mock.close(), floor.close()]);
