/**
 * Event streams of a client with a `payloadCodec`: encoded payloads among an event's attributes arrive
 * decoded, across a cut and a resume, with nothing lost or repeated; a payload the codec cannot decode
 * ends the stream with the codec's error, and the stream's `lastEventId` stays before that event.
 */
import type { PayloadCodec } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { streamEvents, streamExecution } from "../src/index.js";
import { EXECUTION_ID, streamEventFixture, terminalEventFixture } from "./helpers/fixtures.js";
import { cutAfter, drain, harness } from "./helpers/harness.js";
import { openSSE, sseEvent } from "./helpers/sse-server.js";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

class CannotDecodeError extends Error {}

/** A codec stand-in: base64 JSON under one `encrypted` option; `"poison"` cannot be decoded. */
const codec: PayloadCodec = {
  encodeInput: async () => {
    throw new Error("not used");
  },
  isEncoded: () => false,
  decodeResult: async (value) => value,
  async decodeEventPayload(payload) {
    const text = Buffer.from(payload.value as string, "base64").toString();
    if (text === '"poison"') throw new CannotDecodeError("cannot decode");
    return { ...payload, value: JSON.parse(text), encoding_options: [] };
  },
};

/** A token event whose payload is encoded. */
const encodedEvent = (sequence: number, value: unknown) => {
  const event = streamEventFixture(sequence);
  (event.data.attributes as Record<string, unknown>).payload = {
    type: "json_patch",
    value: b64(value),
    encoding_options: ["encrypted"],
  };
  return event;
};
const patch = (n: number) => [{ op: "append", path: "/text", value: `token ${n}` }];

test("streamExecution decodes each event's encoded payload, across a cut, exactly once", async () => {
  const h = await harness(
    (_req, res, n) => {
      openSSE(res);
      if (n === 0) {
        res.write(sseEvent(encodedEvent(1, patch(1)), 1));
        cutAfter(res, sseEvent(encodedEvent(2, patch(2)), 2).slice(0, 40));
      } else {
        res.write(sseEvent(encodedEvent(2, patch(2)), 2));
        res.end(sseEvent(terminalEventFixture(3, "COMPLETED", "done"), 3));
      }
    },
    undefined,
    { payloadCodec: codec },
  );
  const { items, error } = await drain(streamExecution(h.client, { execution_id: EXECUTION_ID }, h.options));
  expect(error).toBeUndefined();
  expect(items.map((e) => e.data.event_id)).toEqual(["evt-1", "evt-2", "evt-3"]);
  expect(items.slice(0, 2).map((e) => (e.data.attributes as { payload: unknown }).payload)).toEqual([
    { type: "json_patch", value: patch(1), encoding_options: [] },
    { type: "json_patch", value: patch(2), encoding_options: [] },
  ]);
  expect(h.streams().map((r) => r.query.get("last_event_id"))).toEqual([null, "1"]);
});

test("a payload the codec cannot decode ends the stream with the codec's error", async () => {
  const h = await harness(
    (_req, res) => {
      openSSE(res);
      res.write(sseEvent(encodedEvent(1, patch(1)), 1));
      res.end(sseEvent(encodedEvent(2, "poison"), 2));
    },
    undefined,
    { payloadCodec: codec },
  );
  const stream = streamEvents(h.client, {}, h.options);
  const { items, error } = await drain(stream);
  expect(items.map((e) => e.data.event_id)).toEqual(["evt-1"]);
  expect(error).toBeInstanceOf(CannotDecodeError);
  expect(stream.lastEventId).toBe("1");
});

test("without a codec, payloads pass through as they arrived", async () => {
  const h = await harness((_req, res) => {
    openSSE(res);
    res.end(
      sseEvent(encodedEvent(1, patch(1)), 1) + sseEvent(terminalEventFixture(2, "COMPLETED", "done"), 2),
    );
  });
  const { items } = await drain(streamExecution(h.client, { execution_id: EXECUTION_ID }, h.options));
  expect((items[0]!.data.attributes as { payload: { value: unknown } }).payload.value).toBe(b64(patch(1)));
});
