import {
  APIConnectionError,
  AuthenticationError,
  InvalidArgumentError,
  NotFoundError,
  WorkflowsAPIError,
} from "@mistral-workflows/client";
import { afterEach, describe, expect, test, vi } from "vitest";
import { _reconnectDelayMs } from "../src/internal/reconnect-policy.js";
import {
  StreamDisconnectedError,
  StreamEventError,
  StreamParseError,
  connectSSE,
  decodeWorkflowEvent,
  streamExecution,
} from "../src/index.js";
import {
  EXECUTION_ID,
  executionFixture,
  streamEventFixture,
  terminalEventFixture,
} from "./helpers/fixtures.js";
import { cutAfter, drain, harness } from "./helpers/harness.js";
import { json, openSSE, sseEvent } from "./helpers/sse-server.js";

const ev = (n: number) => sseEvent(streamEventFixture(n), n);
const done = (n: number) => sseEvent(terminalEventFixture(n, "COMPLETED", "ok"), n);
const seqs = (items: { broker_sequence: number }[]) => items.map((e) => e.broker_sequence);
const input = { execution_id: EXECUTION_ID };

describe("reconnecting", () => {
  test("a dropped connection resumes after the last id, and every event arrives once", async () => {
    const h = await harness((req, res, n) => {
      openSSE(res);
      if (n === 0) cutAfter(res, ev(1) + ev(2) + ev(3).slice(0, 20));
      else res.end(ev(4) + done(5));
    });
    const stream = streamExecution(h.client, input, h.options);
    const { items, error } = await drain(stream);
    expect(error).toBeUndefined();
    expect(seqs(items)).toEqual([1, 2, 4, 5]);
    expect(h.streams()[0]!.query.has("last_event_id")).toBe(false);
    expect(h.streams()[1]!.query.get("last_event_id")).toBe("2");
    expect(h.reconnects).toMatchObject([{ attempt: 1, reason: "network", lastEventId: "2" }]);
    expect(h.reconnects[0]!.error).toBeInstanceOf(StreamDisconnectedError);
    expect(stream.lastEventId).toBe("5");
  });

  test("waits the server's retry: first, then doubles it while attempts fail", async () => {
    const h = await harness((_req, res, n) => {
      if (n === 1 || n === 2) return json(res, 503, { detail: "busy" });
      openSSE(res);
      if (n === 0)
        res.end(`retry: 250\n\n${ev(1)}`); // clean end before the terminal event
      else res.end(done(2));
    });
    const { items, error } = await drain(streamExecution(h.client, input, h.options));
    expect(error).toBeUndefined();
    expect(seqs(items)).toEqual([1, 2]);
    expect(h.delays).toEqual([250, 500, 1000]);
    expect(h.reconnects.map((r) => r.reason)).toEqual(["ended", "http", "http"]);
    expect(h.reconnects[1]!.error).toBeInstanceOf(WorkflowsAPIError);
    expect(h.server.requests.filter((r) => !r.path.endsWith("/stream"))).toHaveLength(1); // one status read, after the clean end
  });

  test("a 429 on reconnect waits its Retry-After", async () => {
    const h = await harness((_req, res, n) => {
      if (n === 1) return json(res, 429, { detail: "slow down" }, { "retry-after": "2" });
      openSSE(res);
      if (n === 0) cutAfter(res, ev(1));
      else res.end(done(2));
    });
    const { items } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1, 2]);
    expect(h.delays[1]).toBe(2000);
  });

  test("an HTTP error on reconnect other than 408/429/5xx ends the stream with its typed error", async () => {
    const h = await harness((_req, res, n) => {
      if (n === 1) return json(res, 404, { detail: "execution not found" });
      openSSE(res);
      cutAfter(res, ev(1));
    });
    const { items, error } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1]);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404 });
    expect(h.streams()).toHaveLength(2);
  });

  test("the first request's HTTP error is thrown as the client throws it, without reconnecting", async () => {
    const h = await harness((_req, res) => json(res, 401, { detail: "bad key" }));
    const { error } = await drain(streamExecution(h.client, input, h.options));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(h.streams()).toHaveLength(1);
  });

  test("gives up after maxReconnects attempts in a row without a new event", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n === 0) cutAfter(res, ev(1));
      else res.destroy();
    });
    const { items, error } = await drain(
      streamExecution(h.client, input, { ...h.options, maxReconnects: 2 }),
    );
    expect(seqs(items)).toEqual([1]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(h.streams()).toHaveLength(3);
    expect(h.reconnects.map((r) => r.attempt)).toEqual([1, 2]);
  });

  test("the attempt count restarts at each new event", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n < 6) cutAfter(res, ev(n + 1));
      else res.end(done(7));
    });
    const { items, error } = await drain(
      streamExecution(h.client, input, { ...h.options, maxReconnects: 1 }),
    );
    expect(error).toBeUndefined();
    expect(seqs(items)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(h.reconnects.every((r) => r.attempt === 1)).toBe(true);
  });

  test("maxReconnects: 0 never reconnects: a cut ends the stream with StreamDisconnectedError", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      cutAfter(res, ev(1));
    });
    const { error } = await drain(streamExecution(h.client, input, { ...h.options, maxReconnects: 0 }));
    expect(error).toBeInstanceOf(StreamDisconnectedError);
    expect(error).toMatchObject({ reason: "network", lastEventId: "1" });
    expect(h.streams()).toHaveLength(1);
  });

  test("onReconnect returning false ends the stream quietly", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      cutAfter(res, ev(1));
    });
    const { items, error } = await drain(
      streamExecution(h.client, input, { ...h.options, onReconnect: () => false }),
    );
    expect(seqs(items)).toEqual([1]);
    expect(error).toBeUndefined();
    expect(h.streams()).toHaveLength(1);
  });

  test("events resent after a resume are dropped by id", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n === 0) cutAfter(res, ev(1) + ev(2) + ev(3));
      else res.end(ev(2) + ev(3) + ev(4) + done(5)); // the server replays from before the resume point
    });
    const { items } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1, 2, 3, 4, 5]);
  });

  test("an event a server sends twice on one connection is delivered once (by SSE id, and by event_id)", async () => {
    const noId = (n: number) => `data: ${JSON.stringify(streamEventFixture(n))}\n\n`;
    const h = await harness((_req, res) => {
      openSSE(res);
      // A catch-up that overlaps the live events, then the same event without an SSE id.
      res.end(ev(1) + ev(2) + ev(3) + ev(2) + ev(3) + ev(4) + noId(4) + done(5));
    });
    const { items } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1, 2, 3, 4, 5]);
    expect(h.streams()).toHaveLength(1);
  });

  test("the lastEventId option resumes a stream saved earlier, and that event is not delivered again", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(ev(7) + ev(8) + done(9));
    });
    const { items } = await drain(streamExecution(h.client, input, { ...h.options, lastEventId: "7" }));
    expect(h.streams()[0]!.query.get("last_event_id")).toBe("7");
    expect(seqs(items)).toEqual([8, 9]);
  });

  test("stream.lastEventId moves in step with the loop, not with the bytes read ahead", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(ev(1) + ev(2) + done(3)); // one chunk: all three are parsed before the loop sees the first
    });
    const stream = streamExecution(h.client, input, h.options);
    const ids: (string | null)[] = [];
    for await (const _ of stream) ids.push(stream.lastEventId);
    expect(ids).toEqual(["1", "2", "3"]);
  });

  test("the request carries the client's auth, base URL and headers, and asks for text/event-stream", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(done(1));
    });
    await drain(
      streamExecution(h.client, { execution_id: "exec/1" }, { ...h.options, headers: { "x-trace": "t1" } }),
    );
    const req = h.streams()[0]!;
    expect(req.path).toBe("/v1/workflows/executions/exec%2F1/stream");
    expect(req.headers.authorization).toBe("Bearer test-key");
    expect(req.headers.accept).toBe("text/event-stream");
    expect(req.headers["x-trace"]).toBe("t1");
  });
});

describe("_reconnectDelayMs", () => {
  const options = { reconnectDelayMs: 1000, maxReconnectDelayMs: 5000 };
  const cases: [string, { attempt: number; server: number | null; random: number; want: number }][] = [
    ["first attempt, no jitter drawn", { attempt: 1, server: null, random: 0, want: 1000 }],
    ["doubles per attempt", { attempt: 3, server: null, random: 0, want: 4000 }],
    ["capped", { attempt: 10, server: null, random: 0, want: 5000 }],
    ["at most 25% jitter off", { attempt: 2, server: null, random: 1, want: 1500 }],
    ["server retry: is the base, without jitter", { attempt: 2, server: 300, random: 1, want: 600 }],
    ["server retry: above the cap is still honoured", { attempt: 1, server: 9000, random: 0, want: 9000 }],
    ["server retry: beyond 60 s counts as 60 s", { attempt: 1, server: 1e9, random: 0, want: 60_000 }],
  ];
  test.each(cases)("%s", (_name, { attempt, server, random, want }) => {
    expect(_reconnectDelayMs(attempt, new Error("x"), server, options, random)).toBe(want);
  });

  test("a Retry-After header wins", () => {
    const error = new WorkflowsAPIError(503, null, new Headers({ "retry-after-ms": "1234" }));
    expect(_reconnectDelayMs(4, error, 300, options, 0)).toBe(1234);
  });
});

describe("ending", () => {
  test("the terminal event ends the stream and closes the connection the server kept open", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(1) + done(2));
    });
    const { items } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1, 2]);
    await expect(h.streams()[0]!.closed).resolves.toBe(true);
  });

  test("a stream that ends or is aborted leaves no idle timer behind (a script that streams exits)", async () => {
    // Regression: a reader left suspended (the caller aborted mid-stream) kept re-arming its idle
    // timer forever, so Node, Bun and Deno processes never exited after the stream had ended.
    const IDLE_MS = 987_654;
    const pending = new Set<unknown>();
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    const setSpy = vi.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
      const handle = realSet(() => {
        pending.delete(handle);
        fn();
      }, ms);
      if (ms !== undefined && ms > IDLE_MS / 2) pending.add(handle);
      return handle;
    }) as typeof setTimeout);
    const clearSpy = vi.spyOn(globalThis, "clearTimeout").mockImplementation(((handle: never) => {
      pending.delete(handle);
      realClear(handle);
    }) as typeof clearTimeout);
    try {
      const h = await harness((_req, res) => {
        openSSE(res);
        res.write(ev(1) + ev(2) + done(3)); // the server keeps the connection open
      });
      const { items } = await drain(
        streamExecution(h.client, input, { ...h.options, idleTimeoutMs: IDLE_MS }),
      );
      expect(seqs(items)).toEqual([1, 2, 3]);
      const controller = new AbortController();
      let seen = 0;
      for await (const _event of streamExecution(h.client, input, {
        ...h.options,
        idleTimeoutMs: IDLE_MS,
        signal: controller.signal,
      })) {
        seen++;
        controller.abort();
      }
      expect(seen).toBe(1);
      expect(setSpy).toHaveBeenCalledWith(expect.any(Function), IDLE_MS);
      expect(pending.size).toBe(0);
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
    }
  });

  test("a child workflow's terminal event does not end the stream", async () => {
    const child = sseEvent(terminalEventFixture(2, "COMPLETED", 1, "child-exec"), 2);
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(ev(1) + child + done(3));
    });
    const { items } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1, 2, 3]);
  });

  test("resumed from the terminal event of a COMPLETED execution, the stream ends quietly at once", async () => {
    const h = await harness(
      (_req, res) => {
        openSSE(res);
        res.end(); // nothing after the resume point
      },
      () => executionFixture({ status: "COMPLETED" }),
    );
    const { items, error } = await drain(
      streamExecution(h.client, input, { ...h.options, lastEventId: "9" }),
    );
    expect(error).toBeUndefined();
    expect(items).toEqual([]);
    expect(h.streams()).toHaveLength(1);
    expect(h.delays).toEqual([]);
  });

  test("a COMPLETED execution whose connection ended after some events but before the terminal one reconnects for it", async () => {
    const h = await harness(
      (_req, res, n) => {
        openSSE(res);
        if (n === 0) res.end(ev(1) + ev(2));
        else res.end(done(3));
      },
      () => executionFixture({ status: "COMPLETED" }),
    );
    const { items, error } = await drain(streamExecution(h.client, input, h.options));
    expect(error).toBeUndefined();
    expect(seqs(items)).toEqual([1, 2, 3]);
    expect(h.streams()).toHaveLength(2);
  });

  test("a body that ends early, for an execution now TERMINATED, ends the stream quietly", async () => {
    const h = await harness(
      (_req, res) => {
        openSSE(res);
        res.end(ev(1));
      },
      () => executionFixture({ status: "TERMINATED" }),
    );
    const { items, error } = await drain(streamExecution(h.client, input, h.options));
    expect(error).toBeUndefined();
    expect(seqs(items)).toEqual([1]);
    expect(h.streams()).toHaveLength(1);
  });

  test("abort() ends the loop quietly, and the server sees the connection close", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(1) + ev(2));
    });
    const stream = streamExecution(h.client, input, h.options);
    const items: number[] = [];
    for await (const event of stream) {
      items.push(event.broker_sequence);
      if (items.length === 2) stream.abort();
    }
    expect(items).toEqual([1, 2]);
    await expect(h.streams()[0]!.closed).resolves.toBe(true);
  });

  test("break closes the connection (the server sees it)", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(1));
    });
    const stream = streamExecution(h.client, input, h.options);
    for await (const _ of stream) break;
    await expect(h.streams()[0]!.closed).resolves.toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
  });

  test("the signal option ends the stream quietly, even while it waits to reconnect", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      cutAfter(res, ev(1));
    });
    const controller = new AbortController();
    const stream = streamExecution(h.client, input, {
      signal: controller.signal,
      onReconnect: () => controller.abort(),
    });
    const { items, error } = await drain(stream);
    expect(seqs(items)).toEqual([1]);
    expect(error).toBeUndefined();
    expect(h.streams()).toHaveLength(1);
  });

  test("an already-aborted signal sends nothing", async () => {
    const h = await harness(() => {});
    const { items } = await drain(streamExecution(h.client, input, { signal: AbortSignal.abort() }));
    expect(items).toEqual([]);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe("bad data and error events", () => {
  test("an error event ends the stream with StreamEventError, without reconnecting", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(1) + sseEvent({ error: "consumer lost", reason: "stream_error" }, undefined, "error"));
    });
    const { items, error } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1]);
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ error: "consumer lost", reason: "stream_error", lastEventId: "1" });
    expect(h.streams()).toHaveLength(1);
    await expect(h.streams()[0]!.closed).resolves.toBe(true);
  });

  test("malformed data ends the stream with a StreamParseError carrying the raw text", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(1) + "id: 2\ndata: {oops\n\n" + ev(3));
    });
    const { items, error } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1]);
    expect(error).toBeInstanceOf(StreamParseError);
    expect(error).toMatchObject({ type: "invalid-json", raw: "{oops", id: "2" });
  });

  test("with onParseError, a malformed event is reported and the stream goes on", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(ev(1) + "id: 2\ndata: {oops\n\n" + sseEvent({ not: "an event" }, 3) + done(4));
    });
    const skipped: StreamParseError[] = [];
    const { items, error } = await drain(
      streamExecution(h.client, input, { ...h.options, onParseError: (e) => skipped.push(e) }),
    );
    expect(error).toBeUndefined();
    expect(seqs(items)).toEqual([1, 4]);
    expect(skipped.map((e) => [e.type, e.id])).toEqual([
      ["invalid-json", "2"],
      ["invalid-shape", "3"],
    ]);
  });
});

describe("idle timeout", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("no byte for idleTimeoutMs reconnects from the last id, closing the silent connection", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n === 0)
        res.write(ev(1) + ev(2)); // then silence, connection left open
      else res.end(done(3));
    });
    const stream = streamExecution(h.client, input, { ...h.options, idleTimeoutMs: 1_000 });
    const items: number[] = [];
    const reading = (async () => {
      for await (const event of stream) items.push(event.broker_sequence);
    })();
    await vi.waitFor(() => expect(items).toEqual([1, 2]));
    await vi.advanceTimersByTimeAsync(999);
    expect(h.streams()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await reading;
    expect(items).toEqual([1, 2, 3]);
    expect(h.reconnects).toMatchObject([{ reason: "idle", lastEventId: "2" }]);
    expect(h.streams()[1]!.query.get("last_event_id")).toBe("2");
    await expect(h.streams()[0]!.closed).resolves.toBe(true);
  });

  test("any byte, a heartbeat comment included, restarts the idle clock", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    let chunks = 0;
    // Count the body chunks the stream reads, through an injected fetch.
    const countingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const counted = response.body!.pipeThrough(
        new TransformStream({ transform: (chunk, c) => (chunks++, c.enqueue(chunk)) }),
      );
      return new Response(counted, { status: response.status, headers: response.headers });
    };
    let live: Parameters<Parameters<typeof harness>[0]>[1] | undefined;
    const h = await harness(
      (_req, res, n) => {
        openSSE(res);
        if (n === 0) {
          live = res;
          res.write(ev(1));
        } else res.end(done(2));
      },
      undefined,
      { fetch: countingFetch },
    );
    const stream = streamExecution(h.client, input, { ...h.options, idleTimeoutMs: 1_000 });
    const reading = drain(stream);
    await vi.waitFor(() => expect(chunks).toBe(1));
    await vi.advanceTimersByTimeAsync(600);
    live!.write(": heartbeat\n\n");
    await vi.waitFor(() => expect(chunks).toBe(2));
    await vi.advanceTimersByTimeAsync(600); // 1,200 ms since the event, 600 since the heartbeat
    expect(h.streams()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400);
    const { items } = await reading;
    expect(seqs(items)).toEqual([1, 2]);
    expect(h.reconnects.map((r) => r.reason)).toEqual(["idle"]);
  });
});

describe("idle timeout and a slow consumer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("time the loop body spends on an item is not idle time", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    let live: Parameters<Parameters<typeof harness>[0]>[1] | undefined;
    const h = await harness((_req, res) => {
      openSSE(res);
      live = res;
      res.write(ev(1));
    });
    const stream = streamExecution(h.client, input, { ...h.options, idleTimeoutMs: 1_000 });
    const items: number[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        items.push(event.broker_sequence);
        if (event.broker_sequence === 1) {
          live!.write(done(2)); // arrives while the loop body is still busy
          await new Promise((resolve) => setTimeout(resolve, 5_000));
        }
      }
    })();
    await vi.waitFor(() => expect(items).toEqual([1]));
    await vi.advanceTimersByTimeAsync(5_000);
    await reading;
    expect(items).toEqual([1, 2]);
    expect(h.reconnects).toEqual([]);
  });
});

describe("empty ids", () => {
  test("an empty `id:` resets the last id: the reconnect sends none", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n === 0) cutAfter(res, ev(1) + `id:\ndata: ${JSON.stringify(streamEventFixture(2))}\n\n`);
      else res.end(done(3));
    });
    const { items } = await drain(streamExecution(h.client, input, h.options));
    expect(seqs(items)).toEqual([1, 2, 3]);
    expect(h.streams()[1]!.query.has("last_event_id")).toBe(false);
  });
});

describe("connectSSE", () => {
  const sse = (text: string) => new Response(text, { headers: { "content-type": "text/event-stream" } });

  test("drops an item whose sequence is not above the highest delivered, and hands the highest to open", async () => {
    const opened: (number | null)[] = [];
    const bodies = [ev(1) + ev(2), sseEvent(streamEventFixture(2), "other-id-2") + ev(3)];
    const stream = connectSSE(
      {
        open: async (resume) => (opened.push(resume.lastSequence), sse(bodies[opened.length - 1] ?? "")),
        decode: decodeWorkflowEvent,
        sequenceOf: (e) => e.broker_sequence,
      },
      { sleep: async () => {}, maxReconnects: 1 },
    );
    const { items, error } = await drain(stream);
    expect(seqs(items)).toEqual([1, 2, 3]);
    expect(opened).toEqual([null, 2, 3]);
    expect(error).toBeInstanceOf(StreamDisconnectedError);
    expect(error).toMatchObject({ reason: "ended" });
  });

  test("next() called again before the last call settled still hands out items in order", async () => {
    let n = 0;
    const stream = connectSSE(
      // Each connection carries one event and ends; the next one resumes.
      {
        open: async () => sse(ev(++n)),
        decode: decodeWorkflowEvent,
        isTerminal: (e) => e.broker_sequence === 3,
      },
      { sleep: async () => {} },
    );
    const iterator = stream[Symbol.asyncIterator]();
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(results.map((r) => (r.done ? "done" : r.value.broker_sequence))).toEqual([1, 2, 3, "done"]);
  });

  test("rejects invalid options before sending anything", () => {
    const spec = { open: async () => sse(""), decode: decodeWorkflowEvent };
    expect(() => connectSSE(spec, { maxReconnects: -1 })).toThrowError(InvalidArgumentError);
    expect(() => connectSSE(spec, { dedupeWindow: 1.5 })).toThrowError(InvalidArgumentError);
    expect(() => connectSSE(spec, { idleTimeoutMs: Number.NaN })).toThrowError(InvalidArgumentError);
  });
});
