/**
 * An in-process `fetch` for the stream tests that need exact bytes and injected time: each stream
 * request gets SSE blocks from the encoder, cut into seeded random chunks, and then ends cleanly, drops
 * (the body errors as a reset connection does), or stays open for the test to push more (heartbeats).
 * Other GETs (the status reads) answer JSON from the test. No socket, no timer of its own, so fake
 * timers see every wait.
 */
import { createClient, type WorkflowsClient } from "@mistral-workflows/client";
import type { ReconnectInfo } from "../../src/index.js";
import { encodeSSE, seededRandom, splitRandom, utf8, type FixtureBlock } from "./sse-encoder.js";

/** How a scripted stream response goes. */
export type StreamReply =
  | {
      blocks: FixtureBlock[];
      /** `end`: the body ends cleanly; `cut`: it fails mid-way; `open`: it stays open (see `push`). */
      then: "end" | "cut" | "open";
    }
  | { status: number; body: unknown };

/** One request the fetch received. */
export interface ScriptedRequest {
  url: URL;
  headers: Headers;
}

export interface Scripted {
  client: WorkflowsClient;
  /** Stream requests, in order. */
  streams: ScriptedRequest[];
  /** Every other request (the status reads), in order. */
  reads: ScriptedRequest[];
  /** The delays the stream's `sleep` was asked for. */
  delays: number[];
  reconnects: ReconnectInfo[];
  /** Stream options that record the delays and reconnects, and wait for no one. */
  options: { sleep: (ms: number) => Promise<void>; onReconnect: (info: ReconnectInfo) => void };
  /** Writes more blocks (split at random as well) to the last stream left `open`, unless it was closed. */
  push(blocks: FixtureBlock[]): void;
  /** Whether the last stream left `open` was cancelled by the reader. */
  cancelled(): boolean;
}

const sseHeaders = { "content-type": "text/event-stream" };

/**
 * A client over a scripted fetch: stream paths (ending in `/stream`) answer `stream(n, url)`, `n`
 * counting from 0; any other request answers `read(url)` as JSON. `seed` picks the chunk splits, each
 * of 1..`maxChunk` bytes.
 */
export function scripted(
  stream: (n: number, url: URL) => StreamReply,
  read: (url: URL) => { status: number; body: unknown } = () => ({ status: 404, body: {} }),
  seed = 1,
  maxChunk = 23,
): Scripted {
  const random = seededRandom(seed);
  const streams: ScriptedRequest[] = [];
  const reads: ScriptedRequest[] = [];
  let live: ReadableStreamDefaultController<Uint8Array> | null = null;
  let liveCancelled = false;
  const chunks = (blocks: FixtureBlock[]) => splitRandom(utf8(encodeSSE(blocks)), random, maxChunk);
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const seen = { url, headers: request.headers };
    if (!url.pathname.endsWith("/stream")) {
      reads.push(seen);
      const { status, body } = read(url);
      return json(status, body);
    }
    streams.push(seen);
    const reply = stream(streams.length - 1, url);
    if ("status" in reply) return json(reply.status, reply.body);
    const parts = chunks(reply.blocks);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (reply.then !== "open") return;
        // Everything at once, so that what `push` adds later comes after it.
        for (const part of parts.splice(0)) controller.enqueue(part);
        live = controller;
        liveCancelled = false;
      },
      // One chunk per read, so each split is a read of its own; then the ending.
      pull(controller) {
        const part = parts.shift();
        if (part) return controller.enqueue(part);
        if (reply.then === "end") controller.close();
        else if (reply.then === "cut") controller.error(new TypeError("terminated"));
      },
      cancel() {
        if (live !== null && reply.then === "open") liveCancelled = true;
      },
    });
    return new Response(body, { status: 200, headers: sseHeaders });
  };

  const delays: number[] = [];
  const reconnects: ReconnectInfo[] = [];
  return {
    client: createClient({ apiKey: "test-key", baseUrl: "http://api.test", maxRetries: 0, fetch }),
    streams,
    reads,
    delays,
    reconnects,
    options: {
      sleep: async (ms) => void delays.push(ms),
      onReconnect: (info) => void reconnects.push(info),
    },
    push(blocks) {
      // A server writing to a connection the reader closed: the bytes go nowhere.
      if (liveCancelled) return;
      for (const part of chunks(blocks)) live!.enqueue(part);
    },
    cancelled: () => liveCancelled,
  };
}
