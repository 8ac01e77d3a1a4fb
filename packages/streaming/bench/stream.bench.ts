/**
 * Throughput of the typed, resumable stream against raw eventsource-parser + JSON.parse, on the same
 * bytes in the same run, at event sizes from ~190 B to 100 kB (plus the official `@mistralai/mistralai`
 * SDK's stream at 10 kB); then a memory check over 1,000,000 events.
 *   pnpm --filter @mistral-workflows/streaming bench
 *
 * Every contender reads the same execution stream (`StreamEventSsePayload` events, the last one
 * terminal) from the body of a `Response` built in memory from the same 64 KiB chunks, so the figures
 * measure parsing, decoding and iteration, not the loopback network. What each one does per round:
 * - raw eventsource-parser + JSON.parse (the baseline): `fetch` the body, read it with a reader, decode
 *   each chunk with one streaming `TextDecoder`, feed eventsource-parser, `JSON.parse` each event's
 *   data in its `onEvent` callback. No types, no checks, no resume, no iteration: the floor of a
 *   callback API;
 * - the same behind a minimal async iterator: as above, but the parsed events are handed out by a
 *   hand-written `next()` to a `for await` loop, one chunk's events at a time. The difference to the
 *   baseline is what `for await` itself costs per event, which no async-iterable stream can avoid;
 * - `streamExecution`: `for await` over the typed stream, its request sent through `createClient`
 *   with the in-memory body as its `fetch` (the client's request pipeline runs once per round), each
 *   event decoded, checked, deduplicated and typed, with resume, idle timeout and abort armed;
 * - the official SDK (10 kB only): `for await` over `executions.stream`, its `fetch` seam the same body.
 * Rounds are interleaved and the median is printed, as a ratio to the baseline, of the wall time and,
 * steadier on a busy machine, of the process's CPU time.
 */
import { Mistral } from "@mistralai/mistralai";
import { HTTPClient } from "@mistralai/mistralai/lib/http.js";
import { createClient } from "@mistral-workflows/client";
import { createParser } from "eventsource-parser";
import { streamExecution, type WorkflowStreamEvent } from "../src/index.js";

/** Bytes of events read per contender and round, at every size. */
const BYTES = Number(process.env.BENCH_BYTES ?? 8e6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const MEMORY_EVENTS = Number(process.env.BENCH_MEMORY_EVENTS ?? 1_000_000);
const SIZES = (process.env.BENCH_SIZES ?? "190,222,650,10000,100000").split(",").map(Number);
const CHUNK = 64 * 1024;
const EXECUTION_ID = "019b2bd7-96e7-7219-8c0b-45a73da50088";
/**
 * A client-chosen execution id, as short as users pick them: with it the smallest envelope is ~190 B
 * on the wire, where a UUID makes it ~225 B.
 */
const SHORT_EXECUTION_ID = "job-7";
const executionIdFor = (size: number) => (size < 220 ? SHORT_EXECUTION_ID : EXECUTION_ID);
let executionId = EXECUTION_ID;

/**
 * One event of about `size` bytes on the wire, padded with streamed text in `attributes.payload`.
 * Below 900 B, the smallest envelope the API sends (a token event); from 900 B, the complete envelope
 * the official SDK's schema requires.
 */
function payload(sequence: number, terminal: boolean, size: number): WorkflowStreamEvent {
  const small = size < 900;
  const execId = executionIdFor(size);
  const base = small
    ? { event_id: `e${sequence}`, workflow_exec_id: execId }
    : {
        event_id: `019b2bd7-b2c4-7d11-8e0f-${String(sequence).padStart(12, "0")}`,
        // A real nanosecond timestamp (~1.8e18) is past Number.MAX_SAFE_INTEGER, which the official
        // SDK's schema rejects; a safe integer keeps the payload valid for every contender.
        event_timestamp: 1759870563120000 + sequence,
        root_workflow_exec_id: execId,
        parent_workflow_exec_id: null,
        continued_run_id: null,
        first_execution_run_id: "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
        schedule_id: null,
        workflow_exec_id: execId,
        workflow_run_id: "019b2bd7-a1f0-7c3e-9d42-6f1e2b7c8d90",
        workflow_name: "support-workflow",
      };
  const event = {
    stream: "token",
    ...(small ? {} : { timestamp: "2025-10-07T20:56:03.120Z" }),
    broker_sequence: sequence,
    data: terminal
      ? {
          ...base,
          event_type: "WORKFLOW_EXECUTION_COMPLETED",
          attributes: { task_id: "t", result: { type: "json", value: {} }, attempt: 1 },
        }
      : { ...base, event_type: "CUSTOM_TASK_IN_PROGRESS", attributes: {} as Record<string, unknown> },
    workflow_context: small
      ? {}
      : {
          namespace: "default",
          workflow_name: "support-workflow",
          workflow_exec_id: execId,
          parent_workflow_exec_id: null,
          root_workflow_exec_id: execId,
        },
  };
  const frame = `id: ${sequence}\ndata: \n\n`.length;
  if (!terminal) {
    const attributes = {
      custom_task_id: "answer-1",
      custom_task_type: "token-stream",
      payload: { type: "json_patch", value: "" },
    };
    event.data.attributes = attributes;
    const pad = size - frame - JSON.stringify(event).length;
    if (pad > 0) attributes.payload.value = "token ".repeat(pad / 6 + 1).slice(0, pad);
    // Below the size of a token event with its attributes, every event is the bare envelope, so all
    // events of a size are about the same (not bare ones with short sequence numbers mixed in).
    else if (small && pad < 0) event.data.attributes = {};
  }
  return event as unknown as WorkflowStreamEvent;
}

const encoder = new TextEncoder();
const block = (sequence: number, terminal: boolean, size = 1000) =>
  `id: ${sequence}\ndata: ${JSON.stringify(payload(sequence, terminal, size))}\n\n`;

let chunks: Uint8Array[] = [];
function body(): ReadableStream<Uint8Array> {
  let i = 0;
  const own = chunks;
  return new ReadableStream({
    pull(controller) {
      if (i < own.length) controller.enqueue(own[i++]!);
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

/** eventsource-parser + JSON.parse as above, handed out one event per `next()`, a chunk at a time. */
function minimalIterator(): AsyncIterable<unknown> {
  return {
    [Symbol.asyncIterator]() {
      let batch: unknown[] = [];
      let index = 0;
      let ended = false;
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      const decoder = new TextDecoder();
      const parser = createParser({ onEvent: (message) => void batch.push(JSON.parse(message.data)) });
      const pull = async (): Promise<IteratorResult<unknown>> => {
        reader ??= (await memoryFetch()).body!.getReader();
        for (;;) {
          if (index < batch.length) return { done: false, value: batch[index++] };
          if (ended) return { done: true, value: undefined };
          batch = [];
          index = 0;
          const { done, value } = await reader.read();
          if (done) ended = true;
          else parser.feed(decoder.decode(value, { stream: true }));
        }
      };
      return {
        next: () => (index < batch.length ? Promise.resolve({ done: false, value: batch[index++] }) : pull()),
      };
    },
  };
}

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
  "the same behind a minimal async iterator": async () => {
    let count = 0;
    for await (const _event of minimalIterator()) count++;
    return count;
  },
  "@mistral-workflows/streaming streamExecution": async () => {
    let count = 0;
    for await (const _event of streamExecution(client, { execution_id: executionId })) count++;
    return count;
  },
  "@mistralai/mistralai executions.stream (official)": async () => {
    let count = 0;
    const stream = await official.workflows.executions.stream({ executionId });
    for await (const _event of stream) count++;
    return count;
  },
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(
  `Throughput: ${(BYTES / 1e6).toFixed(0)} MB of events per contender and round, median of ${ROUNDS} interleaved rounds, Node ${process.version}`,
);
const benchStart = performance.now();
for (const size of SIZES) {
  executionId = executionIdFor(size);
  const events = Math.max(10, Math.round(BYTES / size));
  const wire = encoder.encode(
    Array.from({ length: events }, (_, i) => block(i + 1, i + 1 === events, size)).join(""),
  );
  chunks = [];
  for (let at = 0; at < wire.length; at += CHUNK) chunks.push(wire.subarray(at, at + CHUNK));
  // The official SDK is ~30× slower and needs the complete envelope: measured at 10 kB only.
  const names = Object.keys(contenders).filter((name) => size === 10_000 || !name.includes("official"));
  const timings = new Map<string, number[]>(names.map((name) => [name, []]));
  const cpuTimings = new Map<string, number[]>(names.map((name) => [name, []]));
  // Warm-up: three rounds, so each contender's code is optimised before it is timed (with one, the
  // first size's figures moved by ±10% between runs as functions were still being tiered up).
  for (let round = 0; round < 3; round++) for (const name of names) await contenders[name]!();
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      const cpu = process.cpuUsage();
      const start = performance.now();
      const count = await contenders[name]!();
      const seconds = (performance.now() - start) / 1000;
      const { user, system } = process.cpuUsage(cpu);
      if (count !== events) throw new Error(`${name} delivered ${count} events, expected ${events}`);
      timings.get(name)!.push(seconds);
      cpuTimings.get(name)!.push((user + system) / 1e6);
    }
  }
  console.log(
    `\n${Math.round(wire.length / events).toLocaleString("en")} B/event, ${events.toLocaleString("en")} events:`,
  );
  const baseline = events / median(timings.get(names[0]!)!);
  const cpuBaseline = median(cpuTimings.get(names[0]!)!);
  for (const [name, seconds] of timings) {
    const perSecond = events / median(seconds);
    console.log(
      `  ${name.padEnd(52)} ${Math.round(perSecond).toLocaleString("en").padStart(10)} events/s ` +
        `${(wire.length / 1e6 / median(seconds)).toFixed(1).padStart(8)} MB/s  ${(perSecond / baseline).toFixed(2)}× raw` +
        `  (CPU time: ${(cpuBaseline / median(cpuTimings.get(name)!)).toFixed(2)}× raw)`,
    );
  }
}
console.log(`\nThroughput rounds took ${((performance.now() - benchStart) / 1000).toFixed(0)} s.`);

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
console.log(`\nWhole bench: ${((performance.now() - benchStart) / 1000).toFixed(0)} s.`);
