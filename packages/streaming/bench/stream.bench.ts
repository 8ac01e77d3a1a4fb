/**
 * Throughput of the typed, resumable stream against raw eventsource-parser + JSON.parse and against the
 * official `@mistralai/mistralai` SDK's stream, on the same bytes in the same run; then a memory check
 * over 1,000,000 events.
 *   pnpm --filter @mistral-workflows/streaming bench
 *
 * Every contender reads the same execution stream (`StreamEventSsePayload` events, ~1.1 KB each, the
 * last one terminal) from the body of a `Response` built in memory from the same 64 KiB chunks and
 * handed over by its SDK's own `fetch` seam, so the figures measure parsing, decoding and iteration,
 * not the loopback network. Rounds are interleaved and the median is printed.
 */
import { Mistral } from "@mistralai/mistralai";
import { HTTPClient } from "@mistralai/mistralai/lib/http.js";
import { createClient } from "@mistral-workflows/client";
import { createParser } from "eventsource-parser";
import { streamExecution, type WorkflowStreamEvent } from "../src/index.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MEMORY_EVENTS = Number(process.env.BENCH_MEMORY_EVENTS ?? 1_000_000);
const CHUNK = 64 * 1024;
const EXECUTION_ID = "019b2bd7-96e7-7219-8c0b-45a73da50088";

function payload(sequence: number, terminal: boolean): WorkflowStreamEvent {
  const base = {
    event_id: `019b2bd7-b2c4-7d11-8e0f-${String(sequence).padStart(12, "0")}`,
    // A real nanosecond timestamp (~1.8e18) is past Number.MAX_SAFE_INTEGER, which the official SDK's
    // schema rejects; a safe integer keeps the payload valid for every contender.
    event_timestamp: 1759870563120000 + sequence,
    root_workflow_exec_id: EXECUTION_ID,
    parent_workflow_exec_id: null,
    continued_run_id: null,
    first_execution_run_id: "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
    schedule_id: null,
    workflow_exec_id: EXECUTION_ID,
    workflow_run_id: "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
    workflow_name: "support-workflow",
  };
  return {
    stream: "token",
    timestamp: "2025-10-07T20:56:03.120Z",
    broker_sequence: sequence,
    data: terminal
      ? {
          ...base,
          event_type: "WORKFLOW_EXECUTION_COMPLETED",
          attributes: { task_id: "task-1", result: { type: "json", value: { answer: "done" } }, attempt: 1 },
        }
      : {
          ...base,
          event_type: "CUSTOM_TASK_IN_PROGRESS",
          attributes: {
            custom_task_id: "answer-1",
            custom_task_type: "token-stream",
            payload: {
              type: "json_patch",
              value: [
                {
                  op: "append",
                  path: "/text",
                  value: `Hello, this is token ${sequence} of the streamed answer. `,
                },
                { op: "replace", path: "/progress", value: sequence / EVENTS },
              ],
            },
          },
        },
    workflow_context: {
      namespace: "default",
      workflow_name: "support-workflow",
      workflow_exec_id: EXECUTION_ID,
      parent_workflow_exec_id: null,
      root_workflow_exec_id: EXECUTION_ID,
    },
    metadata: { tenant: "acme", channel: "support" },
  };
}

const encoder = new TextEncoder();
const block = (sequence: number, terminal: boolean) =>
  `id: ${sequence}\ndata: ${JSON.stringify(payload(sequence, terminal))}\n\n`;

// The payload, encoded once and cut into the chunks every contender reads.
const wire = encoder.encode(
  Array.from({ length: EVENTS }, (_, i) => block(i + 1, i + 1 === EVENTS)).join(""),
);
const chunks: Uint8Array[] = [];
for (let at = 0; at < wire.length; at += CHUNK) chunks.push(wire.subarray(at, at + CHUNK));

function body(): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}
const memoryFetch = async (): Promise<Response> =>
  new Response(body(), { status: 200, headers: { "content-type": "text/event-stream" } });

const client = createClient({
  apiKey: "bench-key",
  baseUrl: "http://bench.invalid",
  fetch: memoryFetch,
  maxRetries: 0,
});
const official = new Mistral({
  apiKey: "bench-key",
  serverURL: "http://bench.invalid",
  httpClient: new HTTPClient({ fetcher: memoryFetch }),
});

const contenders: Record<string, () => Promise<number>> = {
  "raw eventsource-parser + JSON.parse": async () => {
    let count = 0;
    const parser = createParser({
      onEvent(message) {
        JSON.parse(message.data);
        count++;
      },
    });
    const reader = (await memoryFetch()).body!.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    return count;
  },
  "@mistral-workflows/streaming streamExecution": async () => {
    let count = 0;
    for await (const _event of streamExecution(client, { execution_id: EXECUTION_ID })) count++;
    return count;
  },
  "@mistralai/mistralai executions.stream (official)": async () => {
    let count = 0;
    const stream = await official.workflows.executions.stream({ executionId: EXECUTION_ID });
    for await (const _event of stream) count++;
    return count;
  },
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(
  `Throughput: ${EVENTS.toLocaleString("en")} events, ${(wire.length / 1e6).toFixed(1)} MB ` +
    `(${Math.round(wire.length / EVENTS)} B/event), median of ${ROUNDS} interleaved rounds, Node ${process.version}\n`,
);
const timings = new Map<string, number[]>(Object.keys(contenders).map((name) => [name, []]));
for (const run of Object.values(contenders)) await run(); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(contenders)) {
    const start = performance.now();
    const count = await run();
    const seconds = (performance.now() - start) / 1000;
    if (count !== EVENTS) throw new Error(`${name} delivered ${count} events, expected ${EVENTS}`);
    timings.get(name)!.push(seconds);
  }
}
const rows = [...timings].map(([name, seconds]) => {
  const s = median(seconds);
  return { name, eventsPerSecond: EVENTS / s, megabytesPerSecond: wire.length / 1e6 / s };
});
const baseline = rows[0]!.eventsPerSecond;
for (const row of rows)
  console.log(
    `${row.name.padEnd(52)} ${Math.round(row.eventsPerSecond).toLocaleString("en").padStart(10)} events/s ` +
      `${row.megabytesPerSecond.toFixed(1).padStart(8)} MB/s  ${(row.eventsPerSecond / baseline).toFixed(2)}× raw`,
  );

// Memory: 1,000,000 events through one typed stream, generated on the fly so the source holds nothing.
// Heap is read after a full GC (run with --expose-gc, as the `bench` script does) at every quarter.
const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const PER_PULL = 1_000;
let produced = 0;
const generatedFetch = async (): Promise<Response> =>
  new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (produced >= MEMORY_EVENTS) return controller.close();
        let text = "";
        for (let i = 0; i < PER_PULL && produced < MEMORY_EVENTS; i++) {
          produced++;
          text += block(produced, produced === MEMORY_EVENTS);
        }
        controller.enqueue(encoder.encode(text));
      },
    }),
    { status: 200, headers: { "content-type": "text/event-stream" } },
  );
const memoryClient = createClient({
  apiKey: "bench-key",
  baseUrl: "http://bench.invalid",
  fetch: generatedFetch,
});

console.log(
  `\nMemory: ${MEMORY_EVENTS.toLocaleString("en")} events through streamExecution${gc ? "" : " (no --expose-gc: figures include garbage)"}`,
);
const before = heapMB();
console.log(`heap before: ${before.toFixed(1)} MB`);
let seen = 0;
const start = performance.now();
for await (const _event of streamExecution(memoryClient, { execution_id: EXECUTION_ID })) {
  if (++seen % (MEMORY_EVENTS / 4) === 0 && seen < MEMORY_EVENTS)
    console.log(`heap at ${seen.toLocaleString("en").padStart(9)} events: ${heapMB().toFixed(1)} MB`);
}
const after = heapMB();
console.log(
  `heap after:  ${after.toFixed(1)} MB (${after - before >= 0 ? "+" : ""}${(after - before).toFixed(1)} MB) for ${seen.toLocaleString("en")} events in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);
if (seen !== MEMORY_EVENTS) throw new Error(`memory run delivered ${seen} events, expected ${MEMORY_EVENTS}`);
