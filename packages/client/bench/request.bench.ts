/**
 * Per-request cost of a named method and of the raw path client against raw `fetch` + `JSON.parse` on
 * the same loopback server, in the same run: sequentially, and as throughput with 64 requests in
 * flight; plus the official `@mistralai/mistralai` SDK's equivalent call, and the cold `import` time
 * of the built client against bare `node`. Every figure is printed as a ratio to its baseline.
 *   pnpm --filter @mistral-workflows/client bench       (build first: the import figure uses dist/)
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Mistral } from "@mistralai/mistralai";
import { createClient } from "../src/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 64);
const IMPORT_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 15);

const schedule = JSON.stringify({
  schedule_id: "019b2bd7-96e7-7219-8c0b-45a73da50088",
  workflow_name: "support-workflow",
  input: { ticket: 42, priority: "high" },
  paused: false,
  cron_expressions: ["0 9 * * MON-FRI"],
  time_zone_name: "Europe/Paris",
  remaining_executions: null,
  future_executions: Array.from({ length: 10 }, (_, i) => ({
    scheduled_at: `2026-12-0${(i % 9) + 1}T09:00:00Z`,
  })),
  recent_executions: [
    { scheduled_at: "2026-11-20T09:00:00Z", started_at: "2026-11-20T09:00:01Z", execution_id: "exec-1" },
  ],
});

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(schedule) });
  res.end(schedule);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const id = "019b2bd7-96e7-7219-8c0b-45a73da50088";

const client = createClient({ apiKey: "bench-key", baseUrl });
const untimed = createClient({ apiKey: "bench-key", baseUrl, timeoutMs: Infinity });
const official = new Mistral({ apiKey: "bench-key", serverURL: baseUrl });

const contenders: Record<string, () => Promise<unknown>> = {
  "raw fetch + JSON.parse": async () => {
    const res = await fetch(`${baseUrl}/v1/workflows/schedules/${encodeURIComponent(id)}`, {
      headers: { Authorization: "Bearer bench-key" },
    });
    return JSON.parse(await res.text());
  },
  // The same call with what every SDK call carries: a per-request timeout (AbortController + timer).
  "raw fetch + JSON.parse + timeout signal": async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const res = await fetch(`${baseUrl}/v1/workflows/schedules/${encodeURIComponent(id)}`, {
        headers: { Authorization: "Bearer bench-key" },
        signal: controller.signal,
      });
      return JSON.parse(await res.text());
    } finally {
      clearTimeout(timer);
    }
  },
  "@mistral-workflows/client named method": () => client.schedules.getSchedule({ schedule_id: id }),
  "@mistral-workflows/client named, timeoutMs: ∞": () => untimed.schedules.getSchedule({ schedule_id: id }),
  "@mistral-workflows/client raw path client": () =>
    client.GET("/v1/workflows/schedules/{schedule_id}", { params: { path: { schedule_id: id } } }),
  "@mistralai/mistralai (official)": () => official.workflows.schedules.getSchedule({ scheduleId: id }),
};

async function measure(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e3 / REQUESTS; // µs per request
}

/** Requests per second with `IN_FLIGHT` requests outstanding at all times. */
async function throughput(fn: () => Promise<unknown>): Promise<number> {
  let left = REQUESTS * 2;
  const worker = async () => {
    while (left-- > 0) await fn();
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return (REQUESTS * 2) / (Number(process.hrtime.bigint() - start) / 1e9);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Interleaved rounds (the order rotates every round, so drift hits all alike); medians per contender. */
async function compare(
  run: (fn: () => Promise<unknown>) => Promise<number>,
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const entries = Object.entries(contenders);
  for (let round = 0; round < ROUNDS; round++)
    for (let i = 0; i < entries.length; i++) {
      const [name, fn] = entries[(i + round) % entries.length]!;
      samples[name]!.push(await run(fn));
    }
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]));
}

// Warm up every contender (JIT, connection pool).
for (const fn of Object.values(contenders)) for (let i = 0; i < 300; i++) await fn();
const sequential = await compare(measure);
const baseline = sequential["raw fetch + JSON.parse"]!;
// The floor of an SDK call: raw fetch with the per-request timeout every SDK call carries. Targets:
// ≤ 1.05× it sequentially, ≥ 0.95× its throughput with 64 in flight.
const FLOOR = "raw fetch + JSON.parse + timeout signal";
const seqFloor = sequential[FLOOR]!;
console.log(
  `GET /v1/workflows/schedules/{id}, ${REQUESTS} sequential requests × ${ROUNDS} rounds, median per request:`,
);
for (const [name, m] of Object.entries(sequential))
  console.log(
    `  ${name.padEnd(44)} ${m.toFixed(1).padStart(7)} µs   ${(m / baseline).toFixed(2)}× raw fetch   ${(m / seqFloor).toFixed(2)}× floor (target ≤ 1.05)`,
  );

const concurrent = await compare(throughput);
const raw = concurrent["raw fetch + JSON.parse"]!;
const floor = concurrent[FLOOR]!;
console.log(
  `\nThe same, ${IN_FLIGHT} requests in flight, ${REQUESTS * 2} requests × ${ROUNDS} rounds, median throughput:`,
);
for (const [name, rps] of Object.entries(concurrent))
  console.log(
    `  ${name.padEnd(44)} ${Math.round(rps).toLocaleString("en").padStart(7)} req/s   ${(rps / raw).toFixed(2)}× raw fetch   ${(rps / floor).toFixed(2)}× floor (target ≥ 0.95)`,
  );
server.close();

// Cold import: a fresh `node` importing the built package, against a fresh `node` importing nothing.
const dist = new URL("../dist/index.js", import.meta.url).href;
const startNode = (code: string) => {
  const start = process.hrtime.bigint();
  const { status } = spawnSync(process.execPath, ["--input-type=module", "-e", code], { stdio: "ignore" });
  if (status !== 0) throw new Error(`node exited with ${status} (is the client built?)`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const bare: number[] = [];
const imported: number[] = [];
for (let round = 0; round < IMPORT_ROUNDS; round++) {
  bare.push(startNode(""));
  imported.push(startNode(`await import(${JSON.stringify(dist)});`));
}
const [b, c] = [median(bare), median(imported)];
console.log(
  `\nCold start, median of ${IMPORT_ROUNDS} interleaved runs: bare node ${b.toFixed(1)} ms, ` +
    `node + import of the client ${c.toFixed(1)} ms: +${(c - b).toFixed(1)} ms (${(c / b).toFixed(2)}×)`,
);
