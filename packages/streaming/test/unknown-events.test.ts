/**
 * An SSE event *name* a stream does not know (a `heartbeat` a newer server sends, say) is not an
 * error: every stream skips it, hands it to `onUnknownEvent`, and goes on. Only a malformed envelope
 * (an unnamed event, or a `log` event, whose data is not the documented payload) is a StreamParseError.
 */
import { describe, expect, test } from "vitest";
import {
  Stream,
  StreamParseError,
  decodeLogRecord,
  decodeWorkflowEvent,
  streamDeploymentLogs,
  streamEvents,
  streamExecution,
  streamExecutionLogs,
  type SSEMessage,
} from "../src/index.js";
import {
  EXECUTION_ID,
  executionFixture,
  logFixture,
  streamEventFixture,
  terminalEventFixture,
} from "./helpers/fixtures.js";
import { scripted } from "./helpers/scripted-fetch.js";
import {
  encodeSSE,
  seededRandom,
  splitRandom,
  streamOf,
  utf8,
  type FixtureBlock,
} from "./helpers/sse-encoder.js";

const RECORDS = 2_000;
/** An unknown event every 8 records: some with an id, some without, JSON and not. */
function unknownAt(n: number): FixtureBlock | null {
  if (n % 8 !== 0) return null;
  return n % 16 === 0
    ? { event: "heartbeat", id: `hb-${n}`, data: JSON.stringify({ at: n }) }
    : { event: "heartbeat", data: "ping" };
}
const logBlocks = (): FixtureBlock[] =>
  Array.from({ length: RECORDS }, (_, i) => i + 1).flatMap((n) => [
    { id: `cursor-${n}`, event: "log", data: JSON.stringify(logFixture(n)) },
    ...(unknownAt(n) ? [unknownAt(n)!] : []),
  ]);
const workflowBlocks = (last: "terminal" | "plain"): FixtureBlock[] =>
  Array.from({ length: RECORDS }, (_, i) => i + 1).flatMap((n) => [
    {
      id: String(n),
      data: JSON.stringify(
        n === RECORDS && last === "terminal"
          ? terminalEventFixture(n, "COMPLETED", "ok")
          : streamEventFixture(n),
      ),
    },
    ...(unknownAt(n) ? [unknownAt(n)!] : []),
  ]);
const unknownCount = RECORDS / 8;
const seeds = [1, 2, 3];

describe("an unknown SSE event name is skipped, not an error", () => {
  test.each(seeds)("execution log stream, split seed %i: every record arrives", async (seed) => {
    const s = scripted(
      () => ({ blocks: logBlocks(), then: "end" }),
      () => ({ status: 200, body: executionFixture({ status: "COMPLETED" }) }),
      seed,
      4_096,
    );
    const unknown: SSEMessage[] = [];
    const bodies: string[] = [];
    const stream = streamExecutionLogs(
      s.client,
      { execution_id: EXECUTION_ID },
      { ...s.options, onUnknownEvent: (m) => void unknown.push(m) },
    );
    for await (const record of stream) bodies.push(record.body);
    expect(bodies).toHaveLength(RECORDS);
    expect(bodies.at(-1)).toBe(`line ${RECORDS}`);
    expect(unknown).toHaveLength(unknownCount);
    expect(unknown[0]).toEqual({ event: "heartbeat", data: "ping", id: undefined });
    expect(unknown[1]).toEqual({ event: "heartbeat", data: '{"at":16}', id: "hb-16" });
    expect(s.streams).toHaveLength(1);
    expect(stream.lastEventId).toBe(`hb-${RECORDS}`); // the unknown event after the last record moved it
  });

  test.each(seeds)("deployment log stream, split seed %i: every record arrives", async (seed) => {
    const s = scripted(
      () => ({ blocks: logBlocks(), then: "end" }),
      () => ({ status: 404, body: { detail: "Deployment not found" } }),
      seed,
      4_096,
    );
    const bodies: string[] = [];
    for await (const record of streamDeploymentLogs(s.client, { name: "support-workers" }, s.options))
      bodies.push(record.body);
    expect(bodies).toHaveLength(RECORDS);
  });

  test.each(seeds)("execution stream, split seed %i: every event arrives", async (seed) => {
    const s = scripted(() => ({ blocks: workflowBlocks("terminal"), then: "end" }), undefined, seed, 4_096);
    let unknown = 0;
    const seen: number[] = [];
    const stream = streamExecution(
      s.client,
      { execution_id: EXECUTION_ID },
      { ...s.options, onUnknownEvent: () => void unknown++ },
    );
    for await (const event of stream) seen.push(event.broker_sequence);
    expect(seen).toHaveLength(RECORDS);
    expect(unknown).toBe(unknownCount - 1); // the one after the terminal event is never read
  });

  test.each(seeds)("global event stream, split seed %i: every event arrives", async (seed) => {
    const s = scripted(() => ({ blocks: workflowBlocks("plain"), then: "end" }), undefined, seed, 4_096);
    const seen: number[] = [];
    const stream = streamEvents(s.client, {}, s.options);
    for await (const event of stream) {
      seen.push(event.broker_sequence);
      if (seen.length === RECORDS) break;
    }
    expect(seen).toHaveLength(RECORDS);
  });

  test("a resume point after an unknown event with an id is that event's id", async () => {
    const s = scripted(
      (n) =>
        n === 0
          ? {
              blocks: [
                { id: "cursor-1", event: "log", data: JSON.stringify(logFixture(1)) },
                { id: "hb-1", event: "heartbeat", data: "{}" },
              ],
              then: "cut",
            }
          : { blocks: [{ id: "cursor-2", event: "log", data: JSON.stringify(logFixture(2)) }], then: "end" },
      () => ({ status: 200, body: executionFixture({ status: "COMPLETED" }) }),
    );
    const bodies: string[] = [];
    for await (const r of streamExecutionLogs(s.client, { execution_id: EXECUTION_ID }, s.options))
      bodies.push(r.body);
    expect(bodies).toEqual(["line 1", "line 2"]);
    expect(s.streams[1]!.headers.get("last-event-id")).toBe("hb-1");
  });

  test("Stream.fromSSEResponse skips unknown events too", async () => {
    const bytes = utf8(encodeSSE(logBlocks().slice(0, 40)));
    const response = new Response(streamOf(splitRandom(bytes, seededRandom(9), 11)));
    const unknown: SSEMessage[] = [];
    const bodies: string[] = [];
    const stream = Stream.fromSSEResponse(response, decodeLogRecord, undefined, {
      onUnknownEvent: (m) => void unknown.push(m),
    });
    for await (const record of stream) bodies.push(record.body);
    expect(bodies).toHaveLength(36);
    expect(unknown).toHaveLength(4);
  });
});

describe("only a malformed envelope is an error", () => {
  test("a `log` event whose data is not a log record ends the log stream", async () => {
    const s = scripted(() => ({
      blocks: [
        { id: "cursor-1", event: "log", data: JSON.stringify(logFixture(1)) },
        { id: "cursor-2", event: "log", data: '{"ping":true}' },
      ],
      then: "end",
    }));
    const bodies: string[] = [];
    const reading = (async () => {
      for await (const r of streamExecutionLogs(s.client, { execution_id: EXECUTION_ID }, s.options))
        bodies.push(r.body);
    })();
    await expect(reading).rejects.toMatchObject({
      name: "StreamParseError",
      type: "invalid-shape",
      id: "cursor-2",
    });
    expect(bodies).toEqual(["line 1"]);
  });

  test("an unnamed event that is not an envelope ends the execution stream", async () => {
    const s = scripted(() => ({ blocks: [{ id: "1", data: "{}" }], then: "end" }));
    const reading = (async () => {
      for await (const _ of streamExecution(s.client, { execution_id: EXECUTION_ID }, s.options));
    })();
    await expect(reading).rejects.toMatchObject({ name: "StreamParseError", type: "invalid-shape" });
  });

  test("a named event that carries an envelope is decoded as one", () => {
    const message = { event: "workflow_event", id: "1", data: JSON.stringify(streamEventFixture(1)) };
    expect(decodeWorkflowEvent(message, null).broker_sequence).toBe(1);
  });

  test("called directly, the decoders report an unknown name as StreamParseError(unknown-event)", () => {
    const heartbeat = { event: "heartbeat", id: undefined, data: "ping" };
    expect(() => decodeWorkflowEvent(heartbeat, null)).toThrowError(StreamParseError);
    expect(() => decodeWorkflowEvent(heartbeat, null)).toThrowError(
      expect.objectContaining({ type: "unknown-event", event: "heartbeat" }),
    );
    expect(() => decodeLogRecord(heartbeat, null)).toThrowError(
      expect.objectContaining({ type: "unknown-event", raw: "ping" }),
    );
  });
});
