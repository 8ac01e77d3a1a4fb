/**
 * `pnpm check:breaking`: the contract gate. Compares the spec with
 *
 * 1. the spec of the last release (`spec/releases/latest.json`, committed, moved by `pnpm release`),
 *    always: a missing baseline is an error, never "nothing to compare";
 * 2. the spec at the merge base of a pull request (`GITHUB_BASE_REF`, or `--base-ref <git ref>`), too.
 *
 * Each change is listed per operation it reaches and classified breaking / addition / fix; the
 * changesets written since that comparison's base must give every affected package at least the bump
 * the changes need, and a breaking change its before/after note (the rule: scripts/lib/release-gate.ts
 * and CONTRIBUTING.md, "The contract gate").
 *
 *   pnpm check:breaking [--root <repository>] [--base released.json] [--base-ref <git ref>]
 *                       [--head openapi.yaml|bundled.json]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { changesetsSince, publishedPackages, readChangesets, type Changeset } from "./lib/changesets.ts";
import type { OpenAPIDocument } from "./lib/ref.ts";
import { evaluateGate } from "./lib/release-gate.ts";
import { gitIn } from "./lib/git.ts";
import { root as repoRoot } from "./lib/root.ts";
import { diffSpecs, type SpecChange } from "./lib/spec-diff.ts";
import { bundleSpecFresh } from "./lib/spec-validator.ts";

const { values } = parseArgs({
  options: {
    root: { type: "string" },
    base: { type: "string" },
    "base-ref": { type: "string" },
    head: { type: "string" },
  },
});
const root = resolve(values.root ?? repoRoot);
const BASELINE = "spec/releases/latest.json";

const { git, tryGit } = gitIn(root);
const inGit = tryGit("rev-parse", "--is-inside-work-tree") === "true";

function loadSpec(path: string): OpenAPIDocument {
  return path.endsWith(".json")
    ? (JSON.parse(readFileSync(path, "utf8")) as OpenAPIDocument)
    : bundleSpecFresh(path);
}

/** The spec as it was at commit `ref`: its `spec/` folder, bundled. */
function specAt(ref: string): OpenAPIDocument {
  const dir = mkdtempSync(join(tmpdir(), "spec-at-"));
  try {
    execFileSync("sh", ["-c", `git archive "$1" spec | tar -x -C "$2"`, "sh", ref, dir], { cwd: root });
    return bundleSpecFresh(join(dir, "spec", "openapi.yaml"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The published packages whose generated files derive from the spec: a spec change reaches them. */
const packages = publishedPackages(root);
const affected = packages.filter((p) => existsSync(join(root, p.dir, "src", "generated"))).map((p) => p.name);
const version = packages[0]?.version ?? "0.0.0";
const head = loadSpec(resolve(values.head ?? join(root, "spec", "openapi.yaml")));

interface Comparison {
  title: string;
  base: OpenAPIDocument;
  changesets: Changeset[];
  changesetsFrom: string;
}
const comparisons: Comparison[] = [];

const baselinePath = values.base ? resolve(values.base) : join(root, BASELINE);
if (!existsSync(baselinePath)) {
  console.error(
    `No released spec at ${baselinePath}. The baseline is committed and moved only by \`pnpm release\`;` +
      "\nrestore it from git rather than deleting it: without it nothing would be compared.",
  );
  process.exit(1);
}
const baseline = JSON.parse(readFileSync(baselinePath, "utf8")) as OpenAPIDocument;
const released = (baseline["x-released"] as { version?: string } | undefined)?.version ?? "unknown version";
// Changesets written since the release: those since the commit that last wrote the baseline.
const releaseCommit = inGit && !values.base ? tryGit("log", "-1", "--format=%H", "--", BASELINE) : null;
comparisons.push({
  title: `the last release (${released})`,
  base: baseline,
  changesets: releaseCommit ? changesetsSince(root, releaseCommit) : readChangesets(root),
  changesetsFrom: releaseCommit ? `since ${releaseCommit.slice(0, 12)}` : "all pending",
});

const target =
  values["base-ref"] ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : "");
if (target && inGit) {
  const mergeBase = tryGit("merge-base", "HEAD", target);
  if (!mergeBase) {
    console.error(
      `Cannot find the merge base with ${target}: fetch it (actions/checkout with fetch-depth: 0).`,
    );
    process.exit(1);
  }
  comparisons.push({
    title: `the merge base with ${target} (${mergeBase.slice(0, 12)})`,
    base: specAt(mergeBase),
    changesets: changesetsSince(root, mergeBase),
    changesetsFrom: `since ${mergeBase.slice(0, 12)}`,
  });
}

/** Changes grouped by the operation (or component) they reach, breaking ones first. */
function report(changes: SpecChange[]) {
  const order = { breaking: 0, addition: 1, fix: 2 };
  const sorted = [...changes].sort((a, b) => order[a.kind] - order[b.kind]);
  const width = Math.max(...sorted.map((c) => c.kind.length));
  for (const c of sorted)
    console.log(`  ${c.kind.toUpperCase().padEnd(width)}  ${c.code}: ${c.where} ${c.message}`);
}

let failed = false;
for (const cmp of comparisons) {
  const changes = diffSpecs(cmp.base, head);
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  console.log(
    `\nSpec compared with ${cmp.title}: ${count("breaking")} breaking, ${count("addition")} addition(s), ` +
      `${count("fix")} fix(es).`,
  );
  report(changes);
  const { required, problems } = evaluateGate(changes, cmp.changesets, affected, version);
  if (!required) continue;
  const ids = cmp.changesets.map((cs) => cs.id).join(", ") || "none";
  console.log(
    `Needs at least \`${required}\` for ${affected.join(", ")}; changesets ${cmp.changesetsFrom}: ${ids}.`,
  );
  for (const p of problems) console.error(`  ${p.package ? `${p.package}: ` : ""}${p.message}`);
  if (problems.length) failed = true;
}
if (failed) {
  console.error(
    "\nRun `pnpm changeset`, pick the packages above and the bump, and say what changes for users" +
      '\n(for a breaking change, a "Before" and an "After" showing a caller\'s code). Or make the change additive.',
  );
  process.exit(1);
}
