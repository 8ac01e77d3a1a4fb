/**
 * An event that came without an `id:` does not move the resume point, so a server resuming after the
 * last id sends it again. Log records have no id of their own to tell the repeat by: the stream
 * recognises it by its data, in its place right after the resume point. Nothing lost, nothing
 * repeated, across any cut.
 */
import { describe, expect, test } from "vitest";
import { streamDeploymentLogs, streamExecutionLogs } from "../src/index.js";
import { EXECUTION_ID, executionFixture, logFixture } from "./helpers/fixtures.js";
import { scripted, type StreamReply } from "./helpers/scripted-fetch.js";
import { seededRandom, type FixtureBlock } from "./helpers/sse-encoder.js";

const TOTAL = 400;
const CUTS = 20;
const record = (n: number) => ({ ...logFixture(n), body: `line ${n}`, span_id: `span-${n}` });
const block = (n: number, withId: boolean): FixtureBlock => ({
  ...(withId ? { id: `cursor-${n}` } : {}),
  event: "log",
  data: JSON.stringify(record(n)),
});

/**
 * A log server that cuts each of the first `CUTS` connections after a random number of records, the
 * last one (or two) of them sent without an `id:`, sometimes with half of the next record after them.
 * It resumes after the `Last-Event-ID` it receives, as the spec says, or, with `knowsPosition`, after
 * the last record it sent (a server that tracks the position itself, so the repeats never come).
 */
function logServer(seed: number, knowsPosition = false) {
  const random = seededRandom(seed);
  let sentUpTo = 0;
  return (n: number, url: URL, lastEventId: string | null): StreamReply => {
    void url;
    const after = knowsPosition ? sentUpTo : lastEventId ? Number(lastEventId.slice("cursor-".length)) : 0;
    if (n >= CUTS) {
      const rest = Array.from({ length: TOTAL - after }, (_, i) => block(after + 1 + i, true));
      return { blocks: rest, then: "end" };
    }
    const count = 2 + Math.floor(random() * 30);
    const last = Math.min(after + count, TOTAL - 1);
    const withoutId = n % 3 === 0 ? 2 : 1;
    const blocks: FixtureBlock[] = [];
    for (let i = after + 1; i <= last; i++) blocks.push(block(i, i <= last - withoutId));
    if (n % 4 === 1) blocks.push({ ...block(last + 1, true), unterminated: true });
    sentUpTo = last;
    return { blocks, then: "cut" };
  };
}

const expected = Array.from({ length: TOTAL }, (_, i) => `line ${i + 1}`);

describe("an event sent without an id just before a cut is delivered once", () => {
  test.each([1, 2, 3, 4])("execution logs, 20 cuts, seed %i", async (seed) => {
    const server = logServer(seed);
    const s = scripted(
      (n, url) => server(n, url, s.streams[n]!.headers.get("last-event-id")),
      () => ({ status: 200, body: executionFixture({ status: "COMPLETED" }) }),
      seed,
      512,
    );
    const bodies: string[] = [];
    const stream = streamExecutionLogs(
      s.client,
      { execution_id: EXECUTION_ID },
      { ...s.options, maxReconnects: CUTS },
    );
    for await (const r of stream) bodies.push(r.body);
    expect(bodies).toEqual(expected);
    expect(s.streams).toHaveLength(CUTS + 1);
    expect(stream.lastEventId).toBe(`cursor-${TOTAL}`);
  });

  test.each([1, 2])("deployment logs, 20 cuts, seed %i", async (seed) => {
    const server = logServer(seed);
    const s = scripted(
      (n, url) => server(n, url, s.streams[n]!.headers.get("last-event-id")),
      () => ({ status: 404, body: { detail: "Deployment not found" } }),
      seed,
      512,
    );
    const bodies: string[] = [];
    const stream = streamDeploymentLogs(
      s.client,
      { name: "support-workers" },
      { ...s.options, maxReconnects: CUTS },
    );
    for await (const r of stream) bodies.push(r.body);
    expect(bodies).toEqual(expected);
  });

  test("a server that does not send them again loses nothing either", async () => {
    const server = logServer(7, true);
    const s = scripted(
      (n, url) => server(n, url, s.streams[n]!.headers.get("last-event-id")),
      () => ({ status: 200, body: executionFixture({ status: "COMPLETED" }) }),
      7,
      512,
    );
    const bodies: string[] = [];
    for await (const r of streamExecutionLogs(
      s.client,
      { execution_id: EXECUTION_ID },
      { ...s.options, maxReconnects: CUTS },
    ))
      bodies.push(r.body);
    expect(bodies).toEqual(expected);
  });

  test("the repeat is recognised only in its place: a later record with the same data is delivered", async () => {
    const same = { event: "log", data: JSON.stringify(record(2)) };
    const s = scripted(
      (n) =>
        n === 0
          ? { blocks: [block(1, true), same], then: "cut" }
          : { blocks: [{ ...same, id: "cursor-2" }, block(3, true), same], then: "end" },
      () => ({ status: 200, body: executionFixture({ status: "COMPLETED" }) }),
    );
    const bodies: string[] = [];
    for await (const r of streamExecutionLogs(s.client, { execution_id: EXECUTION_ID }, s.options))
      bodies.push(r.body);
    expect(bodies).toEqual(["line 1", "line 2", "line 3", "line 2"]);
    expect(s.streams[1]!.headers.get("last-event-id")).toBe("cursor-1");
  });
});
