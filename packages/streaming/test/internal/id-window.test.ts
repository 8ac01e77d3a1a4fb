import { expect, test } from "vitest";
import { createIdWindow } from "../../src/internal/id-window.js";

test("remembers the last `capacity` ids and forgets the oldest first", () => {
  const window = createIdWindow(3);
  for (const id of ["a", "b", "c", "d"]) window.add(id);
  expect(["a", "b", "c", "d"].map((id) => window.has(id))).toEqual([false, true, true, true]);
  expect(window.size).toBe(3);
});

test("memory stays bounded over a million ids", () => {
  const window = createIdWindow(1024);
  for (let i = 0; i < 1_000_000; i++) window.add(String(i));
  expect(window.size).toBe(1024);
  expect(window.has("998976")).toBe(true);
  expect(window.has("998975")).toBe(false);
});

test("capacity 0 remembers nothing", () => {
  const window = createIdWindow(0);
  window.add("a");
  expect(window.has("a")).toBe(false);
});
