import { expect, test } from "vitest";
import { createIdWindow } from "../../src/internal/id-window.js";

test("remembers the last `capacity` ids and forgets the oldest first", () => {
  const window = createIdWindow(3);
  for (const id of ["a", "b", "c", "d"]) window.add(id);
  expect([...window.snapshot()!].sort()).toEqual(["b", "c", "d"]);
  expect(window.size).toBe(3);
});

test("memory stays bounded over a million ids", () => {
  const window = createIdWindow(1024);
  for (let i = 0; i < 1_000_000; i++) window.add(String(i));
  expect(window.size).toBe(1024);
  const snapshot = window.snapshot()!;
  expect(snapshot.size).toBe(1024);
  expect(snapshot.has("998976")).toBe(true);
  expect(snapshot.has("998975")).toBe(false);
});

test("a snapshot does not change as ids are added after it", () => {
  const window = createIdWindow(2);
  window.add("a");
  const snapshot = window.snapshot()!;
  window.add("b");
  window.add("c");
  expect([...snapshot]).toEqual(["a"]);
});

test("capacity 0 remembers nothing", () => {
  const window = createIdWindow(0);
  window.add("a");
  expect(window.snapshot()).toBeNull();
  expect(window.size).toBe(0);
});
