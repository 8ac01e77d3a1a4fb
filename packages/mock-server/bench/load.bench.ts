/**
 * Load bench: 200 concurrent clients against `startMockServer` on 127.0.0.1 (in its own process, see
 * `serve.ts`, so the load does not share the server's event loop) for 30 s. Each client, in a
 * loop: starts an execution, streams its events to the end (every fifth stream has its connection
 * dropped after 4 events by the `x-mock-fault` header, and resumes with Last-Event-ID), pages through
 * the execution's stored events and compares them with what it streamed, then pages through schedules
 * and logs. One more client follows the global event stream and checks that
 * `broker_sequence` has no gap.
 *
 * Prints requests/s, latency percentiles, errors and lost events (0 expected), and exits non-zero if any
 * request failed or any event was lost. Stops by itself.
 *
 *   pnpm --filter @mistral-workflows/mock-server bench          # 200 clients, 30 s
 *   BENCH_CLIENTS=50 BENCH_SECONDS=5 pnpm --filter @mistral-workflows/mock-server bench
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { stopChild } from "./stop-child.js";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const HEADERS = { authorization: "Bearer bench", "content-type": "application/json" };

interface SseEvent {
  id?: string;
  data: string;
}

/** Reads an SSE body to its end; returns the complete events and whether the connection broke. */
async function readEvents(response: Response, onEvent: (e: SseEvent) => void): Promise<{ broken: boolean }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { broken: false };
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: SseEvent = { data: "" };
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) event.id = line.slice(4);
          else if (line.startsWith("data: ")) event.data += line.slice(6);
        }
        if (event.data) onEvent(event);
      }
    }
  } catch {
    return { broken: true };
  }
}

const latencies: number[] = [];
let requests = 0;
let errors = 0;
let lostEvents = 0;
let streamedEvents = 0;
let streams = 0;
let reconnects = 0;
const errorSamples: string[] = [];

function fail(what: string): void {
  errors++;
  if (errorSamples.length < 5) errorSamples.push(what);
}

/** Fetches with timing; counts the request and, for a non-2xx, an error. */
async function timed(url: string, init: RequestInit = {}): Promise<Response | null> {
  const started = performance.now();
  requests++;
  try {
    const response = await fetch(url, {
      ...init,
      headers: { ...HEADERS, ...(init.headers as Record<string, string>) },
    });
    latencies.push(performance.now() - started);
    if (!response.ok) {
      fail(`${init.method ?? "GET"} ${url} -> ${response.status}`);
      await response.body?.cancel();
      return null;
    }
    return response;
  } catch (error) {
    fail(`${init.method ?? "GET"} ${url} -> ${(error as Error).message}`);
    return null;
  }
}

async function json<T>(url: string, init?: RequestInit): Promise<T | null> {
  const response = await timed(url, init);
  return response ? ((await response.json()) as T) : null;
}

async function client(base: string, deadline: number, n: number): Promise<void> {
  let iteration = 0;
  while (performance.now() < deadline) {
    iteration++;
    const started = await json<{ execution_id: string }>(`${base}/v1/workflows/support-workflow/execute`, {
      method: "POST",
      body: JSON.stringify({ input: { ticket_id: `T-${n}-${iteration}`, _mock: { stepMs: 25 } } }),
    });
    if (!started) continue;
    const id = started.execution_id;

    // Stream to the end, resuming after the last id if the connection breaks.
    const seen: string[] = [];
    let lastId: string | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const headers: Record<string, string> = lastId
        ? { "last-event-id": lastId }
        : iteration % 5 === 0
          ? { "x-mock-fault": "drop-after-events=4" }
          : {};
      const response = await timed(`${base}/v1/workflows/executions/${id}/stream`, { headers });
      if (!response) break;
      const { broken } = await readEvents(response, (e) => {
        const data = JSON.parse(e.data) as { data: { event_id: string } };
        seen.push(data.data.event_id);
        lastId = e.id;
      });
      if (!broken) break;
      reconnects++;
    }
    streams++;
    streamedEvents += seen.length;

    // Page through the stored events of the execution and compare.
    const stored: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { events: { event_id: string }[]; next_cursor?: string | null } | null = await json(
        `${base}/v1/workflows/events/list?workflow_exec_id=${id}&limit=5${cursor ? `&cursor=${cursor}` : ""}`,
      );
      if (!page) break;
      stored.push(...page.events.map((e) => e.event_id));
      cursor = page.next_cursor ?? null;
    } while (cursor);
    const got = new Set(seen);
    lostEvents += stored.filter((e) => !got.has(e)).length;
    if (seen.length !== new Set(seen).size) fail(`duplicate events in the stream of ${id}`);

    // Page through schedules and the execution's logs.
    let token: string | null = null;
    for (let p = 0; p < 3; p++) {
      const page: { next_page_token?: string | null } | null = await json(
        `${base}/v1/workflows/schedules?page_size=25${token ? `&next_page_token=${token}` : ""}`,
      );
      token = page?.next_page_token ?? null;
      if (!token) break;
    }
    await json(`${base}/v1/workflows/executions/${id}/logs?limit=5&order=desc`);
  }
}

/** Follows the global stream and counts gaps in `broker_sequence` as lost events. */
async function globalWatcher(base: string, signal: AbortSignal): Promise<{ events: number; gaps: number }> {
  let last = 0;
  let events = 0;
  let gaps = 0;
  requests++;
  const response = await fetch(`${base}/v1/workflows/events/stream`, { headers: HEADERS, signal }).catch(
    () => null,
  );
  if (!response?.ok) {
    fail("global stream did not open");
    return { events, gaps };
  }
  await readEvents(response, (e) => {
    const seq = Number(e.id);
    if (last && seq !== last + 1) gaps += seq - last - 1;
    last = seq;
    events++;
  });
  return { events, gaps };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

/** Starts `serve.ts` in a child process; resolves with its URL and a way to stop it. */
function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const child = fork(fileURLToPath(new URL("./serve.ts", import.meta.url)), [], {
    execArgv: [
      "--import",
      "tsx",
      ...(process.env.BENCH_SERVER_PROF
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`]
        : []),
    ],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
    child.once("message", (message) => {
      const url = (message as { url: string }).url;
      resolve({
        url,
        close: () => stopChild(child),
      });
    });
  });
}

async function main(): Promise<void> {
  const server = await startServer();
  console.log(`mock server on ${server.url}; ${CLIENTS} clients for ${SECONDS} s`);
  // Warm-up (the server compiles each operation's validators on first use), not measured.
  await client(server.url, performance.now() + 500, -1);
  latencies.length = requests = lostEvents = streamedEvents = streams = reconnects = 0;
  const watcher = new AbortController();
  const watching = globalWatcher(server.url, watcher.signal);
  const startedAt = performance.now();
  const deadline = startedAt + SECONDS * 1000;
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(server.url, deadline, i)));
  const elapsed = (performance.now() - startedAt) / 1000;
  // Let the last events reach the watcher, then stop it.
  await new Promise((resolve) => setTimeout(resolve, 200));
  watcher.abort();
  const global = await watching;
  await server.close();

  const sorted = latencies.sort((a, b) => a - b);
  const lost = lostEvents + global.gaps;
  const rows: [string, string][] = [
    ["duration", `${elapsed.toFixed(1)} s`],
    ["clients", `${CLIENTS} (+1 global stream watcher)`],
    ["requests", `${requests}`],
    ["requests/s", `${(requests / elapsed).toFixed(0)}`],
    ["latency p50", `${percentile(sorted, 50).toFixed(1)} ms (request sent to response headers)`],
    ["latency p99", `${percentile(sorted, 99).toFixed(1)} ms`],
    ["latency max", `${(sorted.at(-1) ?? 0).toFixed(1)} ms`],
    ["streams completed", `${streams} (${reconnects} resumed after a drop)`],
    ["events streamed", `${streamedEvents} per-execution, ${global.events} on the global stream`],
    ["errors", `${errors}`],
    ["lost events", `${lost}`],
  ];
  console.log(rows.map(([k, v]) => `${k.padEnd(18)} ${v}`).join("\n"));
  if (errorSamples.length) console.log(`first errors:\n  ${errorSamples.join("\n  ")}`);
  process.exitCode = errors || lost ? 1 : 0;
}

await main();
