/** Streams of a client with `int64`: each event's nanosecond timestamp arrives with its exact digits. */
import { expect, test } from "vitest";
import { streamExecution } from "../src/index.js";
import { EXECUTION_ID, streamEventFixture, terminalEventFixture } from "./helpers/fixtures.js";
import { drain, harness } from "./helpers/harness.js";
import { openSSE, sseEvent } from "./helpers/sse-server.js";

/** An event whose `event_timestamp` is written with all its digits (past 2^53). */
const exact = (sequence: number) =>
  JSON.stringify(streamEventFixture(sequence)).replace(
    /"event_timestamp":\d+/,
    `"event_timestamp":17598705631200001${String(sequence).padStart(2, "0")}`,
  );

test('with int64: "string", event_timestamp keeps every digit', async () => {
  const h = await harness(
    (_req, res) => {
      openSSE(res);
      res.end(
        sseEvent(exact(1), 1) +
          sseEvent(exact(2), 2) +
          sseEvent(terminalEventFixture(3, "COMPLETED", "done"), 3),
      );
    },
    undefined,
    { int64: "string" },
  );
  const { items, error } = await drain(streamExecution(h.client, { execution_id: EXECUTION_ID }, h.options));
  expect(error).toBeUndefined();
  expect(items.slice(0, 2).map((e) => (e.data as { event_timestamp: unknown }).event_timestamp)).toEqual([
    "1759870563120000101",
    "1759870563120000102",
  ]);
});
