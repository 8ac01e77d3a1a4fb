/**
 * End to end: 10,000 events over a real socket, with the connection cut 100 times at byte offsets
 * chosen at random (seeded), two of them forced inside a 4-byte UTF-8 character and between a CR and
 * its LF. On each reconnect the server honours `last_event_id` but replays a few events from before it,
 * as a server that resumes from a coarser cursor would. Every event must arrive exactly once, in order.
 */
import { expect, test } from "vitest";
import { streamExecution } from "../src/index.js";
import { EXECUTION_ID, streamEventFixture, terminalEventFixture } from "./helpers/fixtures.js";
import { harness } from "./helpers/harness.js";
import { openSSE } from "./helpers/sse-server.js";
import { seededRandom, utf8 } from "./helpers/sse-encoder.js";

const TOTAL = 10_000;
const CUTS = 100;
const REPLAY = 3;

test("10,000 events with 100 disconnects at random byte offsets arrive exactly once and in order", async () => {
  const random = seededRandom(20_251_007);

  // The whole stream, CRLF line endings, a heartbeat now and then; event i starts at starts[i - 1].
  const parts: Uint8Array[] = [];
  const starts: number[] = [];
  let size = 0;
  for (let i = 1; i <= TOTAL; i++) {
    const payload = i === TOTAL ? terminalEventFixture(i, "COMPLETED", "done") : streamEventFixture(i);
    const text = `${i % 500 === 0 ? ": keep-alive\r\n\r\n" : ""}id: ${i}\r\ndata: ${JSON.stringify(payload)}\r\n\r\n`;
    const bytes = utf8(text);
    starts.push(size);
    parts.push(bytes);
    size += bytes.length;
  }
  const wire = new Uint8Array(size);
  parts.reduce((at, p) => (wire.set(p, at), at + p.length), 0);

  // 98 random cuts, plus one inside "😀" (F0 9F 98 80) and one between "\r" and "\n".
  const cuts = new Set<number>();
  while (cuts.size < CUTS - 2) cuts.add(1 + Math.floor(random() * (size - 1)));
  const emoji = wire.indexOf(0xf0, starts[4_321]!);
  const crlf = wire.indexOf(0x0d, starts[6_789]!);
  cuts.add(emoji + 2).add(crlf + 1);
  expect(cuts.size).toBe(CUTS);
  const cutList = [...cuts].sort((a, b) => a - b);

  let sentBytes = 0;
  const h = await harness(async (req, res, n) => {
    const after = req.query.get("last_event_id");
    const from = after === null ? 0 : Math.max(0, Number(after) - REPLAY);
    const start = starts[from]!;
    const end = n < cutList.length ? cutList[n]! : size;
    expect(end).toBeGreaterThan(start);
    openSSE(res);
    const cut = end < size;
    // Random write sizes, so the client's chunks split events anywhere too.
    for (let at = start; at < end;) {
      const next = Math.min(end, at + 1 + Math.floor(random() * 16_384));
      const piece = wire.subarray(at, next);
      sentBytes += piece.length;
      at = next;
      if (at === end && cut) await new Promise((flushed) => res.write(piece, flushed));
      else if (!res.write(piece)) await new Promise((drained) => res.once("drain", drained));
    }
    // Most cuts drop the socket mid-body; every tenth ends the body cleanly mid-event instead (a proxy
    // closing politely), which the stream must also resume from.
    if (cut && n % 10 !== 9) res.destroy();
    else res.end();
  });

  const stream = streamExecution(
    h.client,
    { execution_id: EXECUTION_ID },
    { ...h.options, maxReconnects: CUTS },
  );
  const seen: number[] = [];
  for await (const event of stream) seen.push(event.broker_sequence);

  expect(seen).toHaveLength(TOTAL);
  expect(seen.every((seq, i) => seq === i + 1)).toBe(true);
  expect(h.streams()).toHaveLength(CUTS + 1);
  expect(
    h
      .streams()
      .slice(1)
      .every((r) => r.query.has("last_event_id")),
  ).toBe(true);
  expect(sentBytes).toBeGreaterThan(size); // the replays did happen, and were dropped
  expect(new Set(h.reconnects.map((r) => r.reason))).toEqual(new Set(["network", "ended"]));
  expect(stream.lastEventId).toBe(String(TOTAL));
}, 60_000);
