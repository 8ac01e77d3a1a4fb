import { describe, expect, test } from "vitest";
import { StreamParseError, createSSEParser, iterSSEMessages, type SSEMessage } from "../src/index.js";
import {
  encodeSSE,
  seededRandom,
  splitRandom,
  streamOf,
  utf8,
  type FixtureBlock,
} from "./helpers/sse-encoder.js";

interface Parsed {
  events: SSEMessage[];
  retries: number[];
  comments: string[];
  errors: string[];
}

/** Feeds `chunks` to a fresh parser, then ends the stream, and returns everything it reported. */
function parse(chunks: Uint8Array[]): Parsed {
  const out: Parsed = { events: [], retries: [], comments: [], errors: [] };
  const parser = createSSEParser({
    onEvent: (m) => out.events.push({ ...m }),
    onRetry: (ms) => out.retries.push(ms),
    onComment: (c) => out.comments.push(c),
    onError: (e) => out.errors.push(e.type),
  });
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return out;
}

/** The same bytes in one chunk, one byte at a time, and in 50 seeded random splits. */
function splits(bytes: Uint8Array): Uint8Array[][] {
  const out = [[bytes], Array.from(bytes, (b) => Uint8Array.of(b))];
  for (let seed = 1; seed <= 50; seed++) out.push(splitRandom(bytes, seededRandom(seed), 7));
  return out;
}

const ev = (data: string, id?: string, event?: string): SSEMessage => ({ data, id, event });

// [name, { given: bytes or blocks, want: events (+ retries/comments) }]: each case runs in every split.
const cases: [string, { given: string | Uint8Array; want: Partial<Parsed> & { events: SSEMessage[] } }][] = [
  [
    "LF line endings",
    {
      given: encodeSSE([
        { id: "1", data: "a" },
        { id: "2", data: "b" },
      ]),
      want: { events: [ev("a", "1"), ev("b", "2")] },
    },
  ],
  [
    "CRLF line endings",
    {
      given: encodeSSE([{ id: "1", data: "a" }, { data: "b" }], { eol: "\r\n" }),
      want: { events: [ev("a", "1"), ev("b")] },
    },
  ],
  [
    "CR line endings",
    {
      given: encodeSSE([{ id: "1", data: "a" }, { data: "b" }], { eol: "\r" }),
      want: { events: [ev("a", "1"), ev("b")] },
    },
  ],
  [
    "mixed line endings in one stream",
    {
      given: "data: a\r\ndata: b\rdata: c\n\r\nid: 9\rdata: d\r\r",
      want: { events: [ev("a\nb\nc"), ev("d", "9")] },
    },
  ],
  [
    "a leading BOM is dropped",
    { given: encodeSSE([{ data: "a" }], { bom: true }), want: { events: [ev("a")] } },
  ],
  ["only the first BOM is dropped", { given: "\uFEFFdata: \uFEFFa\n\n", want: { events: [ev("\uFEFFa")] } }],
  [
    "multi-byte UTF-8 in data",
    { given: encodeSSE([{ data: "héllo ✓ 😀 日本" }]), want: { events: [ev("héllo ✓ 😀 日本")] } },
  ],
  [
    "comments are reported, never dispatched",
    { given: ": heartbeat\n\n:\n\ndata: a\n\n", want: { events: [ev("a")], comments: ["heartbeat", ""] } },
  ],
  [
    "multi-line data joins with \\n",
    {
      given: encodeSSE([{ data: "line 1\nline 2\n\nline 4" }]),
      want: { events: [ev("line 1\nline 2\n\nline 4")] },
    },
  ],
  [
    "one space after the colon is removed, no more",
    { given: "data:a\n\ndata:  b\n\n", want: { events: [ev("a"), ev(" b")] } },
  ],
  ["a field with no colon is a field with an empty value", { given: "data\n\n", want: { events: [ev("")] } }],
  ["an empty data line is an event with empty data", { given: "data:\n\n", want: { events: [ev("")] } }],
  [
    "retry: sets the reconnection delay",
    { given: "retry: 2500\n\ndata: a\n\n", want: { events: [ev("a")], retries: [2500] } },
  ],
  [
    "a non-numeric retry: is ignored",
    {
      given: "retry: soon\ndata: a\n\n",
      want: { events: [ev("a")], retries: [], errors: ["invalid-retry"] },
    },
  ],
  [
    "events without id leave id undefined",
    {
      given: encodeSSE([{ id: "1", data: "a" }, { data: "b" }, { data: "c" }]),
      want: { events: [ev("a", "1"), ev("b"), ev("c")] },
    },
  ],
  [
    "event names",
    {
      given: encodeSSE([
        { event: "log", data: "a" },
        { event: "error", data: "b" },
      ]),
      want: { events: [ev("a", undefined, "log"), ev("b", undefined, "error")] },
    },
  ],
  ["an id containing NUL is ignored", { given: "id: a\u0000b\ndata: x\n\n", want: { events: [ev("x")] } }],
  [
    "unknown fields are ignored",
    { given: "foo: bar\ndata: a\n\n", want: { events: [ev("a")], errors: ["unknown-field"] } },
  ],
  ["a block with no data dispatches nothing", { given: "event: ping\n\nid: 7\n\n", want: { events: [] } }],
  [
    "a final event without its blank line is discarded",
    {
      given: encodeSSE([
        { id: "1", data: "kept" },
        { id: "2", data: "lost", unterminated: true },
      ]),
      want: { events: [ev("kept", "1")] },
    },
  ],
  [
    "a final event ended by CR CR is kept (a lone CR at the end is a line end)",
    { given: "data: a\r\r", want: { events: [ev("a")] } },
  ],
  ["a final data line ended by one CR only is discarded", { given: "data: a\r", want: { events: [] } }],
];

describe("createSSEParser", () => {
  test.each(cases)("%s, in every chunk split", (_name, { given, want }) => {
    const bytes = typeof given === "string" ? utf8(given) : given;
    for (const chunks of splits(bytes)) {
      const got = parse(chunks);
      expect(got.events).toEqual(want.events);
      if (want.retries) expect(got.retries).toEqual(want.retries);
      if (want.comments) expect(got.comments).toEqual(want.comments);
      if (want.errors) expect(got.errors).toEqual(want.errors);
    }
  });

  // Regression: a CRLF split between two chunks must end one line, not two (which would end the event early).
  test("CR and LF in different chunks make one line end", () => {
    const got = parse([utf8("data: a\r"), utf8("\ndata: b\r"), utf8("\n\r"), utf8("\n")]);
    expect(got.events).toEqual([ev("a\nb")]);
  });

  // Regression: "é" is C3 A9 and "😀" is F0 9F 98 80; a chunk ending inside them must not yield U+FFFD.
  test("a chunk boundary inside a UTF-8 character keeps the character", () => {
    const got = parse([
      Uint8Array.of(0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0xc3),
      Uint8Array.of(0xa9, 0xf0, 0x9f),
      Uint8Array.of(0x98),
      Uint8Array.of(0x80, 0x0a, 0x0a),
    ]);
    expect(got.events).toEqual([ev("é😀")]);
  });

  test("a BOM split across chunks is still dropped", () => {
    const got = parse([
      Uint8Array.of(0xef),
      Uint8Array.of(0xbb),
      Uint8Array.of(0xbf, 0x64),
      utf8("ata: a\n\n"),
    ]);
    expect(got.events).toEqual([ev("a")]);
  });

  test("reset() discards a half-received event (a new connection starts clean)", () => {
    const events: SSEMessage[] = [];
    const parser = createSSEParser({ onEvent: (m) => events.push(m) });
    parser.feed(utf8("id: 1\ndata: half"));
    parser.reset();
    parser.feed(utf8("data: whole\n\n"));
    expect(events).toEqual([ev("whole")]);
  });

  test("an event larger than maxEventSize throws a StreamParseError of type event-too-large", () => {
    const parser = createSSEParser({ onEvent: () => {} }, { maxEventSize: 64 });
    expect(() => parser.feed(utf8(`data: ${"x".repeat(100)}`))).toThrowError(
      expect.objectContaining({ name: "StreamParseError", type: "event-too-large" }),
    );
  });

  test("10,000 encoded events come back identical in random splits", () => {
    const random = seededRandom(42);
    const blocks: FixtureBlock[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      event: i % 3 === 0 ? "log" : undefined,
      data: JSON.stringify({ i, text: "multi\nline ✓ 😀" }),
      comment: i % 97 === 0 ? " keep-alive" : undefined,
    }));
    for (const eol of ["\n", "\r\n", "\r"] as const) {
      const got = parse(splitRandom(utf8(encodeSSE(blocks, { eol })), random, 4096));
      expect(got.events).toHaveLength(blocks.length);
      expect(got.events.every((m, i) => m.id === String(i) && JSON.parse(m.data).i === i)).toBe(true);
    }
  });
});

describe("iterSSEMessages", () => {
  test("yields the events of a byte stream in order", async () => {
    const bytes = utf8(
      encodeSSE([{ id: "1", data: "a" }, { data: "b" }, { data: "cut", unterminated: true }]),
    );
    const got: SSEMessage[] = [];
    for await (const m of iterSSEMessages(streamOf(splitRandom(bytes, seededRandom(3), 5)))) got.push(m);
    expect(got).toEqual([ev("a", "1"), ev("b")]);
  });

  test("stopping early cancels the byte stream", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(utf8("data: x\n\n")),
      cancel: () => void (cancelled = true),
    });
    for await (const _ of iterSSEMessages(body)) break;
    expect(cancelled).toBe(true);
  });

  test("the error type of an over-long event is a StreamParseError", async () => {
    const body = streamOf([utf8(`data: ${"x".repeat(100)}`)]);
    await expect(iterSSEMessages(body, {}, { maxEventSize: 10 }).next()).rejects.toBeInstanceOf(
      StreamParseError,
    );
  });
});
