/**
 * The `int64` option: integers past 2^53 (the API's nanosecond timestamps) come back exact, as
 * strings or bigints, while every other number stays a number; the default path is plain JSON.parse.
 */
import { expect, test } from "vitest";
import { createClient, InvalidArgumentError } from "../src/index.js";

const TEXT =
  '{"events":[{"event_timestamp":1759870563120000123,"n":42,"x":1.5,"big_float":1e400}],"next_cursor":null}';
const fetch: typeof globalThis.fetch = async () =>
  new Response(TEXT, { status: 200, headers: { "content-type": "application/json" } });
const first = async (client: ReturnType<typeof createClient>) =>
  ((await client.events.getWorkflowEvents({})) as unknown as { events: Record<string, unknown>[] })
    .events[0]!;

test("by default an unsafe integer is a (rounded) number", async () => {
  const event = await first(createClient({ apiKey: "k", fetch }));
  expect(typeof event.event_timestamp).toBe("number");
  expect(String(BigInt(event.event_timestamp as number))).not.toBe("1759870563120000123"); // the last digits are gone
});

test('"string" keeps its exact digits; safe numbers stay numbers', async () => {
  const event = await first(createClient({ apiKey: "k", fetch, int64: "string" }));
  expect(event).toEqual({ event_timestamp: "1759870563120000123", n: 42, x: 1.5, big_float: Infinity });
});

test('"bigint" gives a bigint', async () => {
  const event = await first(createClient({ apiKey: "k", fetch, int64: "bigint" }));
  expect(event.event_timestamp).toBe(1759870563120000123n);
  expect(event.n).toBe(42);
});

test("any other value is refused at createClient()", () => {
  expect(() => createClient({ apiKey: "k", int64: "long" as never })).toThrow(InvalidArgumentError);
});
