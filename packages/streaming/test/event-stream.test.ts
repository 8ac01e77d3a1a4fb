import { describe, expect, test } from "vitest";
import { streamEvents } from "../src/index.js";
import { streamEventFixture } from "./helpers/fixtures.js";
import { cutAfter, drain, harness } from "./helpers/harness.js";
import { openSSE, sseEvent } from "./helpers/sse-server.js";

const ev = (n: number, id: string | number = n) => sseEvent(streamEventFixture(n), id);

describe("streamEvents", () => {
  test("sends the filters, and resumes with the last-event-id header and start_seq = last broker_sequence + 1", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n === 0) cutAfter(res, ev(10) + ev(11));
      else res.write(ev(12));
    });
    const stream = streamEvents(
      h.client,
      { workflow_name: "support-workflow", scope: "workflow", start_seq: 10 },
      h.options,
    );
    const seen: number[] = [];
    for await (const event of stream) if (seen.push(event.broker_sequence) === 3) break;
    expect(seen).toEqual([10, 11, 12]);
    const [first, second] = h.streams();
    expect(first!.path).toBe("/v1/workflows/events/stream");
    expect(first!.query.get("workflow_name")).toBe("support-workflow");
    expect(first!.query.get("scope")).toBe("workflow");
    expect(first!.query.get("start_seq")).toBe("10");
    expect(first!.headers["last-event-id"]).toBeUndefined();
    expect(second!.headers["last-event-id"]).toBe("11");
    expect(second!.query.get("start_seq")).toBe("12");
    expect(second!.query.get("workflow_name")).toBe("support-workflow");
  });

  test("an event whose broker_sequence was already delivered is dropped, even under a new id", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      if (n === 0) cutAfter(res, ev(1) + ev(2));
      else res.write(ev(2, "b-2") + ev(3, "b-3"));
    });
    const seen: number[] = [];
    for await (const event of streamEvents(h.client, {}, h.options))
      if (seen.push(event.broker_sequence) === 3) break;
    expect(seen).toEqual([1, 2, 3]);
  });

  test("never ends by itself: a body that ends is reconnected", async () => {
    const h = await harness((_req, res, n) => {
      openSSE(res);
      res.end(ev(n + 1));
    });
    const seen: number[] = [];
    for await (const event of streamEvents(h.client, {}, h.options))
      if (seen.push(event.broker_sequence) === 3) break;
    expect(seen).toEqual([1, 2, 3]);
    expect(h.reconnects.map((r) => r.reason)).toEqual(["ended", "ended"]);
    expect(h.server.requests.every((r) => r.path === "/v1/workflows/events/stream")).toBe(true); // no status reads
  });

  test("a `last-event-id` given in the input is the initial resume point", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(5, "5") + ev(6, "6"));
    });
    const stream = streamEvents(h.client, { "last-event-id": "5" }, h.options);
    for await (const event of stream) {
      expect(event.broker_sequence).toBe(6);
      break;
    }
    expect(h.streams()[0]!.headers["last-event-id"]).toBe("5");
  });
});
