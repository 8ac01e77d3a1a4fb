import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { installSize } from "../lib/local-registry.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("installSize counts allocated blocks and lengths, a hard-linked file once, a symlink as itself", () => {
  dir = mkdtempSync(join(tmpdir(), "install-size-"));
  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, "a"), { recursive: true });
  const empty = installSize(modules);
  writeFileSync(join(modules, "a", "big.js"), "x".repeat(100_000));
  writeFileSync(join(modules, "a", "small.js"), "x");
  const one = installSize(modules);
  expect(one.apparentBytes - empty.apparentBytes).toBe(100_001);
  // Whole blocks: a 1-byte file takes at least one, so on disk is at least what it holds.
  expect(one.diskBytes - empty.diskBytes).toBeGreaterThanOrEqual(100_001);
  expect((one.diskBytes - empty.diskBytes) % 512).toBe(0);

  linkSync(join(modules, "a", "big.js"), join(modules, "a", "again.js"));
  const linked = installSize(modules);
  // The directory entry may grow; the 100 kB file is not counted twice.
  expect(linked.apparentBytes - one.apparentBytes).toBeLessThan(100_000);
  expect(linked.diskBytes - one.diskBytes).toBeLessThan(100_000);

  symlinkSync(join(modules, "a"), join(modules, "b"));
  const withLink = installSize(modules);
  expect(withLink.diskBytes - linked.diskBytes).toBeLessThan(100_000);
});
