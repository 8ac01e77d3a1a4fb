/**
 * The paginator's cost against a hand-written loop over the client's named method, in the same run:
 * every contender lists the same pages from the same in-memory `fetch` (a `Response` per page, bodies
 * serialized once), so the figures are the client's and the paginator's own work, not the network's.
 *
 * Rounds are interleaved (A B C D, A B C D, …) so that drift and noise hit all alike; each figure is
 * the median of its rounds, as a ratio to the median of the hand loop over the named method. Beside
 * each ratio: its target, and the noise floor of this run (a second, identical hand loop measured as
 * a contender: what "no overhead" reads as today).
 *   pnpm --filter @mistral-workflows/pagination bench
 */
import { createClient } from "@mistral-workflows/client";
import { paginate, paginateWith, type PaginationSpec } from "../src/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 5_000);
const PAGE = Number(process.env.BENCH_PAGE_SIZE ?? 100);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 4);
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
const texts = bodies.map((b) => JSON.stringify(b));
const pageIndex = (token: string | null) => (token ? Number(token.slice(1)) : 0);

/** The one mock `fetch` every contender goes through: the page its `next_page_token` names. */
const mockFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  void init;
  const text = texts[pageIndex(url.searchParams.get("next_page_token"))]!;
  return new Response(text, { status: 200, headers: { "content-type": "application/json" } });
};
const BASE_URL = "http://bench.invalid";
const client = createClient({ apiKey: "bench-key", baseUrl: BASE_URL, fetch: mockFetch });

let sink = 0;
const consume = (s: { input?: unknown }) => {
  sink += (s.input as { ticket: number }).ticket;
};

async function handLoopNamed(): Promise<void> {
  let token: string | undefined;
  for (;;) {
    const body = await client.schedules.getSchedules({ page_size: PAGE, next_page_token: token });
    for (const s of body.schedules) consume(s);
    token = body.next_page_token || undefined;
    if (!token || body.schedules.length === 0) break;
  }
}

type Schedule = Body["schedules"][number];

/** The least a `for await` over items can cost: a minimal iterator, one resolved promise per item. */
function handItems(): AsyncIterable<Schedule> {
  let items: readonly Schedule[] = [];
  let index = 0;
  let token: string | undefined;
  let last = false;
  const step = (): Promise<IteratorResult<Schedule, undefined>> => {
    if (index < items.length) return Promise.resolve({ value: items[index++]!, done: false });
    if (last) return Promise.resolve({ value: undefined, done: true });
    return client.schedules.getSchedules({ page_size: PAGE, next_page_token: token }).then((body) => {
      items = body.schedules as readonly Schedule[];
      index = 0;
      token = body.next_page_token || undefined;
      last = !token || items.length === 0;
      return step();
    });
  };
  return { [Symbol.asyncIterator]: () => ({ next: step }) };
}

/** The least a `for await` over pages can cost: an async generator over the hand loop. */
async function* handPages() {
  let token: string | undefined;
  for (;;) {
    const body = await client.schedules.getSchedules({ page_size: PAGE, next_page_token: token });
    yield body;
    token = body.next_page_token || undefined;
    if (!token || body.schedules.length === 0) break;
  }
}

const contenders = {
  "hand loop over the named method": handLoopNamed,
  "the same hand loop again (noise floor)": handLoopNamed,
  "for await (item of paginate())": async () => {
    for await (const s of paginate(client, "schedules.getSchedules", { page_size: PAGE })) consume(s);
  },
  "for await (page of paginate().pages())": async () => {
    for await (const page of paginate(client, "schedules.getSchedules", { page_size: PAGE }).pages())
      for (const s of page.items) consume(s);
  },
  "floor: for await over a minimal iterator": async () => {
    for await (const s of handItems()) consume(s);
  },
  "floor: for await over an async generator": async () => {
    for await (const body of handPages()) for (const s of body.schedules) consume(s);
  },
  "hand loop over raw fetch + JSON.parse": async () => {
    let token: string | null = null;
    for (;;) {
      const query = `page_size=${PAGE}${token ? `&next_page_token=${token}` : ""}`;
      const response = await mockFetch(`${BASE_URL}/v1/workflows/schedules?${query}`, {
        headers: { authorization: "Bearer bench-key" },
      });
      const body = JSON.parse(await response.text()) as Body;
      for (const s of body.schedules) consume(s);
      token = body.next_page_token;
      if (!token || body.schedules.length === 0) break;
    }
  },
} satisfies Record<string, () => Promise<void>>;
type Name = keyof typeof contenders;
/** Each target, and the floor it is read against: the same shape of loop, hand-written. */
const targets: Partial<Record<Name, { max: number; floor: Name }>> = {
  "for await (item of paginate())": { max: 1.05, floor: "floor: for await over a minimal iterator" },
  "for await (page of paginate().pages())": { max: 1.03, floor: "floor: for await over an async generator" },
};

/**
 * CPU time (user + system, all threads: the garbage collector's too) per item, rather than wall time:
 * on a shared machine, time spent descheduled is not ours and would drown a few percent.
 */
async function measure(run: () => Promise<void>, repeat: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) await run();
  const { user, system } = process.cpuUsage(start);
  return ((user + system) * 1000) / (ITEMS * repeat); // ns per item
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Warms every contender up, then runs interleaved rounds, each in its own shuffled order (a fixed
 * seed, so runs compare): no contender always follows the same one, whose garbage it would collect. Returns, per contender, the median ns per item and the median of its
 * per-round ratios to the first contender (a ratio within a round cancels the machine's drift).
 */
async function compare<N extends string>(
  runs: Record<N, () => Promise<void>>,
  repeat: number,
): Promise<Record<N, { ns: number; ratio: number }>> {
  const names = Object.keys(runs) as N[];
  for (const name of names) await measure(runs[name], repeat * 2); // warm-up (JIT)
  const ns = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<N, number[]>;
  const ratios = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<N, number[]>;
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < ROUNDS; round++) {
    const took = {} as Record<N, number>;
    const order = [...names];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const name of order) took[name] = await measure(runs[name], repeat);
    for (const name of names) {
      ns[name].push(took[name]);
      ratios[name].push(took[name] / took[names[0]!]);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { ns: median(ns[n]), ratio: median(ratios[n]) }])) as Record<
    N,
    { ns: number; ratio: number }
  >;
}

const named = await compare(contenders, REPEAT);
const noise = named["the same hand loop again (noise floor)"].ratio;
console.log(
  `Mock fetch, client.schedules.getSchedules: ${ITEMS} items in ${PAGES} pages of ${PAGE}, ` +
    `${ROUNDS} interleaved rounds × ${REPEAT} listings; median CPU time per item, median ratio to the first line ` +
    `(an identical hand loop reads ${noise.toFixed(3)}×: this run's noise):`,
);
for (const name of Object.keys(contenders) as Name[]) {
  const { ns, ratio } = named[name];
  const target = targets[name];
  const verdict =
    target === undefined
      ? ""
      : `   target ≤ ${target.max.toFixed(2)}×: ${ratio <= target.max ? "met" : "MISSED"}, ` +
        `floor ${named[target.floor].ratio.toFixed(3)}×`;
  console.log(`  ${name.padEnd(42)} ${ns.toFixed(0).padStart(6)} ns   ${ratio.toFixed(3)}×${verdict}`);
}

// The paginator alone: pages resolved from memory, no client, so its overhead is not diluted by
// the request's. `for await` over items costs one promise per item, async iteration's own floor.
const spec = {
  items: "schedules",
  cursorParam: "next_page_token",
  nextCursor: "next_page_token",
  pageSizeParam: "page_size",
} as const satisfies PaginationSpec;
const fromMemory = async (params: Record<string, unknown>): Promise<Body> =>
  bodies[pageIndex((params.next_page_token as string | undefined) ?? null)]!;
const memory = await compare(
  {
    "hand loop over the same fetcher": async () => {
      let token: string | null = null;
      for (;;) {
        const body: Body = await fromMemory({
          page_size: PAGE,
          ...(token ? { next_page_token: token } : {}),
        });
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
    "for await (page of paginateWith().pages())": async () => {
      for await (const page of paginateWith(
        { operation: "bench", pagination: spec, fetchPage: fromMemory },
        { page_size: PAGE },
      ).pages())
        for (const s of page.items) consume(s);
    },
  },
  REPEAT * 20,
);
const memoryBase = memory["hand loop over the same fetcher"].ns;
console.log(`\nIn-memory pages (no client), median CPU time per item:`);
for (const [name, { ns, ratio }] of Object.entries(memory))
  console.log(
    `  ${name.padEnd(40)} ${ns.toFixed(0).padStart(6)} ns   ${ratio.toFixed(2)}×   ` +
      `${(ns - memoryBase >= 0 ? "+" : "") + (ns - memoryBase).toFixed(0)} ns/item`,
  );
if (sink === 42) console.log(); // keep `consume` from being optimised away
