import { WorkflowsError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import {
  Stream,
  StreamEventError,
  StreamParseError,
  decodeWorkflowEvent,
  type WorkflowStreamEvent,
} from "../src/index.js";
import { streamEventFixture } from "./helpers/fixtures.js";
import { streamOf, utf8 } from "./helpers/sse-encoder.js";

/** A Stream over `items` that records whether its source was closed early. */
function streamOfItems<T>(items: T[]) {
  const log = { returned: false, pulled: 0 };
  const controller = new AbortController();
  async function* source() {
    try {
      for (const item of items) {
        if (controller.signal.aborted) return;
        log.pulled++;
        yield item;
      }
    } finally {
      log.returned = true;
    }
  }
  return { stream: new Stream(source, controller), log };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function readText(readable: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(readable).text();
}

describe("Stream", () => {
  test("is read once: a second for-await throws and points to tee()", async () => {
    const { stream } = streamOfItems([1, 2]);
    expect(await collect(stream)).toEqual([1, 2]);
    expect(stream.consumed).toBe(true);
    await expect(collect(stream)).rejects.toThrowError(/tee\(\)/);
    await expect(collect(stream)).rejects.toBeInstanceOf(WorkflowsError);
  });

  test("tee() gives two branches that each see every item, read at different speeds", async () => {
    const { stream, log } = streamOfItems([1, 2, 3, 4]);
    const [left, right] = stream.tee();
    const l = left[Symbol.asyncIterator]();
    expect((await l.next()).value).toBe(1);
    expect((await l.next()).value).toBe(2);
    expect(await collect(right)).toEqual([1, 2, 3, 4]);
    expect(await collect({ [Symbol.asyncIterator]: () => l })).toEqual([3, 4]);
    expect(log.pulled).toBe(4); // each item pulled from the source once
    expect(() => stream.tee()).toThrowError(WorkflowsError);
  });

  test("tee(): the source is closed only when both branches stop", async () => {
    const { stream, log } = streamOfItems([1, 2, 3]);
    const [left, right] = stream.tee();
    for await (const _ of left) break;
    expect(log.returned).toBe(false);
    for await (const _ of right) break;
    expect(log.returned).toBe(true);
  });

  test("tee(): an error reaches both branches", async () => {
    const controller = new AbortController();
    const stream = new Stream(async function* () {
      yield 1;
      throw new StreamParseError("bad", "invalid-json", "{", undefined, undefined);
    }, controller);
    const [left, right] = stream.tee();
    await expect(collect(left)).rejects.toBeInstanceOf(StreamParseError);
    await expect(collect(right)).rejects.toBeInstanceOf(StreamParseError);
  });

  test("toReadableStream() re-encodes the items as NDJSON, and fromReadableStream() reads them back", async () => {
    const items = [streamEventFixture(1), streamEventFixture(2)];
    const { stream } = streamOfItems(items);
    const text = await readText(stream.toReadableStream());
    expect(text).toBe(items.map((i) => `${JSON.stringify(i)}\n`).join(""));
    const back = Stream.fromReadableStream<WorkflowStreamEvent>(
      streamOf([utf8(text.slice(0, 10)), utf8(text.slice(10))]),
    );
    expect(await collect(back)).toEqual(items);
  });

  test("cancelling the ReadableStream closes the source", async () => {
    const { stream, log } = streamOfItems([1, 2, 3]);
    const reader = stream.toReadableStream().getReader();
    await reader.read();
    await reader.cancel();
    expect(log.returned).toBe(true);
  });

  test("fromReadableStream(): a line that is not JSON is a StreamParseError carrying it", async () => {
    const stream = Stream.fromReadableStream(streamOf([utf8('{"a":1}\nnope\n')]));
    await expect(collect(stream)).rejects.toMatchObject({ name: "StreamParseError", raw: "nope" });
  });
});

describe("Stream.fromSSEResponse", () => {
  const sse = (text: string) =>
    new Response(streamOf([utf8(text)]), { headers: { "content-type": "text/event-stream" } });

  test("decodes each event of one response and tracks lastEventId", async () => {
    const body = [1, 2].map((n) => `id: ${n}\ndata: ${JSON.stringify(streamEventFixture(n))}\n\n`).join("");
    const stream = Stream.fromSSEResponse(sse(body), decodeWorkflowEvent);
    expect((await collect(stream)).map((e) => e.broker_sequence)).toEqual([1, 2]);
    expect(stream.lastEventId).toBe("2");
  });

  test("an error event throws StreamEventError; malformed data goes to onParseError when given", async () => {
    const body = `data: nope\n\nid: 5\ndata: ${JSON.stringify(streamEventFixture(5))}\n\nevent: error\ndata: {"error":"x","reason":"stream_error"}\n\n`;
    const skipped: StreamParseError[] = [];
    const stream = Stream.fromSSEResponse(sse(body), decodeWorkflowEvent, undefined, {
      onParseError: (e) => skipped.push(e),
    });
    const seen: number[] = [];
    const error = await (async () => {
      try {
        for await (const e of stream) seen.push(e.broker_sequence);
      } catch (e) {
        return e;
      }
    })();
    expect(seen).toEqual([5]);
    expect(skipped.map((e) => e.raw)).toEqual(["nope"]);
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ reason: "stream_error", lastEventId: "5" });
  });

  test("abort() ends the iteration quietly and cancels the body", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(utf8(`data: ${JSON.stringify(streamEventFixture(1))}\n\n`)),
      cancel: () => void (cancelled = true),
    });
    const stream = Stream.fromSSEResponse(new Response(body), decodeWorkflowEvent);
    let n = 0;
    for await (const _ of stream) if (++n === 3) stream.abort();
    expect(n).toBe(3);
    expect(cancelled).toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
  });
});
