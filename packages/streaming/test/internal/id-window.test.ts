import { expect, test } from "vitest";
import { createIdWindow } from "../../src/internal/id-window.js";

test("always remembers the last `capacity` ids, and forgets the oldest generation whole", () => {
  const window = createIdWindow(3);
  for (const id of ["a", "b", "c", "d"]) window.add(id);
  expect(["a", "b", "c", "d"].map((id) => window.has(id))).toEqual([true, true, true, true]);
  for (const id of ["e", "f", "g"]) window.add(id);
  // a, b, c were one generation: gone together once d, e, f filled the next and g started another.
  expect(["a", "b", "c", "d", "e", "f", "g"].map((id) => window.has(id))).toEqual([
    false,
    false,
    false,
    true,
    true,
    true,
    true,
  ]);
});

test("memory stays bounded over a million ids, and the last `capacity` are all there", () => {
  const window = createIdWindow(1024);
  for (let i = 0; i < 1_000_000; i++) window.add(String(i));
  expect(window.size).toBeLessThanOrEqual(2048);
  for (let i = 1_000_000 - 1024; i < 1_000_000; i++) expect(window.has(String(i))).toBe(true);
  expect(window.has("0")).toBe(false);
  expect(window.has(String(1_000_000 - 2049))).toBe(false);
});

test("capacity 0 remembers nothing", () => {
  const window = createIdWindow(0);
  window.add("a");
  expect(window.has("a")).toBe(false);
  expect(window.size).toBe(0);
});
