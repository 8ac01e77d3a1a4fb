import { expect, test } from "vitest";
import { MAX_TRAIL_CHARS, createReplayTrail } from "../../src/internal/replay-trail.js";

/** Feeds one connection's events (`data`, with an id or not) and returns the data of those not repeats. */
function connection(trail: ReturnType<typeof createReplayTrail>, events: [string, boolean][]): string[] {
  trail.startConnection();
  const fresh: string[] = [];
  for (const [data, hasId] of events) {
    if (trail.isRepeat(data)) {
      if (hasId) trail.anchorRepeat();
      continue;
    }
    if (hasId) trail.anchor();
    else trail.record(data);
    fresh.push(data);
  }
  return fresh;
}

test("the events after the last id are repeats at the start of the next connection only", () => {
  const trail = createReplayTrail(8);
  connection(trail, [
    ["a", true],
    ["b", false],
    ["c", false],
  ]);
  expect(
    connection(trail, [
      ["b", true],
      ["c", false],
      ["d", true],
      ["c", false],
    ]),
  ).toEqual(["d", "c"]);
});

test("a repeat that comes with an id moves the anchor: the next resume expects only what followed it", () => {
  const trail = createReplayTrail(8);
  connection(trail, [
    ["b", false],
    ["c", false],
  ]);
  expect(connection(trail, [["b", true]])).toEqual([]); // cut right after it
  // Resumed after b's id: c comes first, and a b after it is a new event.
  expect(
    connection(trail, [
      ["c", false],
      ["b", false],
    ]),
  ).toEqual(["b"]);
});

test("the first difference ends the matching for that connection, not for the next", () => {
  const trail = createReplayTrail(8);
  connection(trail, [
    ["b", false],
    ["c", false],
  ]);
  expect(
    connection(trail, [
      ["x", false],
      ["b", false],
    ]),
  ).toEqual(["x", "b"]);
  expect(
    connection(trail, [
      ["b", false],
      ["c", false],
      ["x", false],
      ["b", false],
      ["y", false],
    ]),
  ).toEqual(["y"]);
});

test("keeps at most `capacity` events, the oldest, and 0 keeps none", () => {
  const trail = createReplayTrail(2);
  connection(trail, [
    ["a", false],
    ["b", false],
    ["c", false],
  ]);
  expect(
    connection(trail, [
      ["a", false],
      ["b", false],
      ["c", false],
    ]),
  ).toEqual(["c"]);
  const none = createReplayTrail(0);
  connection(none, [["a", false]]);
  expect(connection(none, [["a", false]])).toEqual(["a"]);
});

test("keeps at most MAX_TRAIL_CHARS characters of data", () => {
  const trail = createReplayTrail(1024);
  const big = "x".repeat(MAX_TRAIL_CHARS / 2);
  connection(trail, [
    [big + "1", false],
    [big + "2", false],
  ]);
  expect(
    connection(trail, [
      [big + "1", false],
      [big + "2", false],
    ]),
  ).toEqual([big + "2"]);
});
