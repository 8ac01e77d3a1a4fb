/**
 * Per-item cost of the paginator against a hand-written loop over the same pages, in the same run:
 *   1. pages served from memory, so the figure is the paginator's own overhead;
 *   2. pages served by a loopback HTTP server through the client's named method, as in real use.
 *   pnpm --filter @mistral-workflows/pagination bench
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "@mistral-workflows/client";
import { paginate, paginateWith, type PaginationSpec } from "../src/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20_000);
const PAGE = Number(process.env.BENCH_PAGE_SIZE ?? 100);
const PAGES = Math.ceil(ITEMS / PAGE);

const schedule = (i: number) => ({
  schedule_id: `019b2bd7-96e7-7219-8c0b-${String(i).padStart(12, "0")}`,
  workflow_name: "support-workflow",
  input: { ticket: i, priority: "high" },
  paused: false,
  cron_expressions: ["0 9 * * MON-FRI"],
  time_zone_name: "Europe/Paris",
});
const bodies = Array.from({ length: PAGES }, (_, p) => ({
  schedules: Array.from({ length: Math.min(PAGE, ITEMS - p * PAGE) }, (_, i) => schedule(p * PAGE + i)),
  next_page_token: p + 1 < PAGES ? `t${p + 1}` : null,
}));
type Body = (typeof bodies)[number];
const pageIndex = (token: unknown) => (typeof token === "string" ? Number(token.slice(1)) : 0);

let sink = 0;
const consume = (s: { input: { ticket: number } }) => {
  sink += s.input.ticket;
};

async function measure(run: () => Promise<void>, repeat: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) await run();
  return Number(process.hrtime.bigint() - start) / (ITEMS * repeat); // ns per item
}

/** Warms every contender up, then interleaves rounds so that drift and noise hit all alike. */
async function compare(
  title: string,
  repeat: number,
  contenders: Record<string, () => Promise<void>>,
): Promise<void> {
  for (const run of Object.values(contenders)) await measure(run, repeat * 2); // warm-up (JIT, sockets)
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, run] of Object.entries(contenders)) samples[name]!.push(await measure(run, repeat));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [baselineName] = Object.keys(contenders);
  const baseline = median(samples[baselineName!]!);
  console.log(
    `${title}: ${ITEMS} items in ${PAGES} pages of ${PAGE}, ${ROUNDS} rounds × ${repeat} listings, median per item:`,
  );
  for (const [name, xs] of Object.entries(samples)) {
    const m = median(xs);
    const extra =
      name === baselineName
        ? ""
        : `   ${(m - baseline >= 0 ? "+" : "") + (m - baseline).toFixed(0)} ns/item overhead`;
    console.log(
      `  ${name.padEnd(40)} ${m.toFixed(0).padStart(7)} ns   ${(m / baseline).toFixed(2)}× hand-written${extra}`,
    );
  }
}

// 1. In memory: the same fetcher for both, resolving to pre-built pages.
const spec = {
  items: "schedules",
  cursorParam: "next_page_token",
  nextCursor: "next_page_token",
  pageSizeParam: "page_size",
} as const satisfies PaginationSpec;
const fromMemory = async (params: Record<string, unknown>): Promise<Body> =>
  bodies[pageIndex(params.next_page_token)]!;

await compare("In-memory pages", 20, {
  "hand-written loop": async () => {
    let token: string | null = null;
    for (;;) {
      const body: Body = await fromMemory({ page_size: PAGE, ...(token ? { next_page_token: token } : {}) });
      for (const s of body.schedules) consume(s);
      token = body.next_page_token;
      if (!token || body.schedules.length === 0) break;
    }
  },
  "for await (item of paginateWith())": async () => {
    for await (const s of paginateWith(
      { operation: "bench", pagination: spec, fetchPage: fromMemory },
      { page_size: PAGE },
    ))
      consume(s);
  },
  "for await (page of .pages())": async () => {
    for await (const page of paginateWith(
      { operation: "bench", pagination: spec, fetchPage: fromMemory },
      {
        page_size: PAGE,
      },
    ).pages())
      for (const s of page.items) consume(s);
  },
});

// 2. Loopback HTTP through the client's named method, with the page bodies serialized once.
const texts = bodies.map((b) => JSON.stringify(b));
const server = createServer((req, res) => {
  req.resume();
  const token = new URL(req.url ?? "/", "http://x").searchParams.get("next_page_token");
  const text = texts[pageIndex(token)]!;
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const client = createClient({
  apiKey: "bench-key",
  baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
});

console.log();
await compare("Loopback HTTP, client.schedules.getSchedules", 2, {
  "hand-written loop": async () => {
    let token: string | undefined;
    for (;;) {
      const body = await client.schedules.getSchedules({ page_size: PAGE, next_page_token: token });
      for (const s of body.schedules) consume(s as never);
      token = body.next_page_token || undefined;
      if (!token || body.schedules.length === 0) break;
    }
  },
  "for await (item of paginate())": async () => {
    for await (const s of paginate(client, "schedules.getSchedules", { page_size: PAGE }))
      consume(s as never);
  },
  "for await (page of .pages())": async () => {
    for await (const page of paginate(client, "schedules.getSchedules", { page_size: PAGE }).pages())
      for (const s of page.items) consume(s as never);
  },
});
server.close();
if (sink === 42) console.log(); // keep `consume` from being optimised away
