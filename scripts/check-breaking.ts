/**
 * `pnpm check:breaking`: compares the spec with the spec of the last release
 * (`spec/releases/latest.json`, written by `pnpm release`) and lists every change. Breaking changes
 * fail the check unless a pending changeset bumps a published package `major`; the rest is reported.
 * Before the first release there is no snapshot, so there is nothing to compare and the check passes.
 *
 *   pnpm check:breaking [--base released.json] [--head openapi.yaml|bundled.json]
 *
 * The rules (what counts as breaking) are in scripts/lib/spec-diff.ts and CONTRIBUTING.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findMajorChangeset, publishedPackages, readChangesets } from "./lib/changesets.ts";
import type { OpenAPIDocument } from "./lib/ref.ts";
import { root } from "./lib/root.ts";
import { diffSpecs } from "./lib/spec-diff.ts";
import { bundleSpecFresh } from "./lib/spec-validator.ts";

const RELEASED_SPEC = join(root, "spec", "releases", "latest.json");

const { values } = parseArgs({ options: { base: { type: "string" }, head: { type: "string" } } });
const basePath = values.base ? resolve(values.base) : RELEASED_SPEC;
if (!existsSync(basePath)) {
  console.log(`No released spec at ${basePath}: nothing released yet, nothing to compare.`);
  process.exit(0);
}
const base = JSON.parse(readFileSync(basePath, "utf8")) as OpenAPIDocument;
const head = values.head?.endsWith(".json")
  ? (JSON.parse(readFileSync(resolve(values.head), "utf8")) as OpenAPIDocument)
  : bundleSpecFresh(values.head ? resolve(values.head) : undefined);

const released = (base["x-released"] as { version?: string } | undefined)?.version ?? "unknown version";
const changes = diffSpecs(base, head);
const breaking = changes.filter((c) => c.severity === "breaking");
const other = changes.filter((c) => c.severity !== "breaking");
console.log(
  `Spec compared with the last release (${released}): ${breaking.length} breaking, ${other.length} other.`,
);
for (const c of breaking) console.log(`  BREAKING ${c.code}: ${c.where} ${c.message}`);
for (const c of other) console.log(`  ${c.code}: ${c.where} ${c.message}`);

if (breaking.length) {
  const published = publishedPackages(root).map((p) => p.name);
  const major = findMajorChangeset(readChangesets(root), published);
  if (major) {
    console.log(`\nBreaking changes allowed by the major changeset .changeset/${major.id}.md.`);
  } else {
    console.error(
      "\nBreaking changes need a major release: run `pnpm changeset`, choose `major`, and describe the" +
        "\nmigration (before/after) in the summary. Or make the change additive instead.",
    );
    process.exit(1);
  }
}
