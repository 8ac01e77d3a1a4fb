/**
 * Per-request cost of a named method against raw `fetch` + `JSON.parse` on the same loopback server,
 * in the same run, plus the official `@mistralai/mistralai` SDK's equivalent call.
 *   pnpm --filter @mistral-workflows/client bench
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Mistral } from "@mistralai/mistralai";
import { createClient } from "../src/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);

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

// Warm up every contender (JIT, connection pool), then interleave rounds so drift hits all alike.
for (const fn of Object.values(contenders)) for (let i = 0; i < 300; i++) await fn();
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const entries = Object.entries(contenders);
for (let round = 0; round < ROUNDS; round++)
  for (let i = 0; i < entries.length; i++) {
    // Rotate the order every round, so no contender always runs right after the same neighbour.
    const [name, fn] = entries[(i + round) % entries.length]!;
    samples[name]!.push(await measure(fn));
  }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const baseline = median(samples["raw fetch + JSON.parse"]!);
console.log(
  `GET /v1/workflows/schedules/{id}, ${REQUESTS} sequential requests × ${ROUNDS} rounds, median per request:`,
);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(
    `  ${name.padEnd(44)} ${m.toFixed(1).padStart(7)} µs   ${(m / baseline).toFixed(2)}× raw fetch`,
  );
}
server.close();
