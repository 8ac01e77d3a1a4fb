/**
 * CONTRIBUTING.md's maintainer path, run as written on a scratch copy (`scripts/maintainer-path.ts`):
 * here for a new operation and a removed field (an addition and a breaking change; each run is a few
 * real `pnpm generate` / `check:*` processes, so the test command takes two). `pnpm test:maintainer-path`
 * walks all six kinds of change of the contract gate's fixtures.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CASES, createScratch, MaintainerPathError, walk } from "../maintainer-path.ts";

let dir: string;
beforeAll(async () => {
  dir = await createScratch();
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kind = (fixture: string) => CASES.find((c) => c.fixture === fixture)!;
const read = (path: string) => readFileSync(join(dir, path), "utf8");

test("the path walks all six kinds of change of the gate's fixtures", () => {
  expect(CASES.map((c) => c.what)).toEqual([
    "added field",
    "added parameter",
    "removed field",
    "narrowed type",
    "new operation",
    "removed operation",
  ]);
});

test("a new operation: stale until generated, a named method and a marked migration row, then a minor changeset", async () => {
  const out = await walk(dir, kind("operation-added"));
  expect(out["stale"]).toMatch(/Generated files are stale/);
  expect(read("packages/client/src/generated/operations.ts")).toContain("items.deleteItem");
  expect(read("docs/migrating-from-mistralai.md")).toMatch(
    /DELETE \/items\/\{item_id\}.*not in \d+\.\d+\.\d+ \(newer\)/,
  );
  expect(out["unreleased"]).toMatch(/minor/);
  expect(out["check:changeset"]).not.toMatch(/no changeset/i);
}, 240_000);

test("a removed field: breaking, and passes only with a changeset that has a before/after note", async () => {
  const out = await walk(dir, kind("response-property-removed"), { stale: false });
  expect(out["unreleased"]).toMatch(/breaking/i);
  expect(read("packages/client/src/generated/schema.d.ts")).not.toMatch(/created_at/);
}, 240_000);

test("a step that does not end as documented fails with the step and its output", async () => {
  // Without its mark, the official SDK lacks the new operation: `pnpm generate` must refuse it.
  const error = await walk(dir, kind("operation-added"), { stale: false, mark: false }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MaintainerPathError);
  expect((error as MaintainerPathError).step).toBe("pnpm generate");
  expect((error as MaintainerPathError).output).toMatch(
    /items\.\w+: @mistralai\/mistralai .*x-not-in-official-sdk/,
  );
}, 240_000);
