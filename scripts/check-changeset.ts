/**
 * `pnpm check:changeset`: fails when a published package changed since the base without a changeset
 * naming it. The rule, in full, is in CONTRIBUTING.md ("Changesets"); in short:
 *
 * - Base: `--base <ref>` or `CHANGESET_BASE`; else, on a pull request (`GITHUB_BASE_REF`), the merge
 *   base with the target branch; else the last release, i.e. the last commit that wrote
 *   `spec/releases/latest.json`. With none of these (nothing released yet, or a clone without that
 *   history) there is nothing to compare with: the check says so and passes.
 * - A package changed when its published inputs changed: `src/**`, `tsup.config.ts`, or `package.json`
 *   beyond `devDependencies` and `scripts`. Tests, benchmarks, READMEs and tsconfig do not count.
 * - It is covered by a changeset added or edited since the base that names it with a bump, or by an
 *   empty changeset (`pnpm changeset --empty`: "this change needs no release").
 *
 *   pnpm check:changeset [--base <ref>] [--root <repository>]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { changesetsSince, publishedPackages } from "./lib/changesets.ts";
import { gitIn } from "./lib/git.ts";
import { root as repoRoot } from "./lib/root.ts";

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" } } });
const root = values.root ?? repoRoot;
const { git, tryGit } = gitIn(root);

function findBase(explicit: string | undefined): { ref: string; why: string } | null {
  if (explicit)
    return { ref: git("rev-parse", "--verify", `${explicit}^{commit}`), why: `given base ${explicit}` };
  const target = process.env.GITHUB_BASE_REF;
  if (target) {
    const mergeBase = tryGit("merge-base", "HEAD", `origin/${target}`);
    if (mergeBase) return { ref: mergeBase, why: `merge base with origin/${target}` };
    console.log(`(origin/${target} is not in this clone; falling back to the last release)`);
  }
  const release = tryGit("log", "-1", "--format=%H", "--", "spec/releases/latest.json");
  if (release) return { ref: release, why: "last release (last commit writing spec/releases/latest.json)" };
  return null;
}

/** package.json as consumers see it: `devDependencies` and `scripts` do not reach them. */
function publishedManifest(text: string | null): string {
  if (text === null) return "";
  const { devDependencies: _dev, scripts: _scripts, ...rest } = JSON.parse(text);
  return JSON.stringify(rest);
}

if (!tryGit("rev-parse", "--is-inside-work-tree")) {
  console.log("Not a git work tree: no history to compare with, nothing to check.");
  process.exit(0);
}
const base = findBase(values.base ?? process.env.CHANGESET_BASE);
if (!base) {
  console.log(
    "No base to compare with: nothing has been released (no commit writes spec/releases/latest.json)" +
      "\nand this is not a pull request build. Every change so far ships in the first release.",
  );
  process.exit(0);
}

// Changed since the base: committed, staged, unstaged and untracked files (in CI the last three are empty).
const changed = new Set(
  [git("diff", "--name-only", base.ref), git("ls-files", "--others", "--exclude-standard")]
    .join("\n")
    .split("\n")
    .filter(Boolean),
);

const packages = publishedPackages(root);
const touched = new Map<string, string[]>();
for (const pkg of packages) {
  const files = [...changed].filter((f) => {
    if (!f.startsWith(`${pkg.dir}/`)) return false;
    const rel = f.slice(pkg.dir.length + 1);
    if (rel === "package.json") {
      const before = tryGit("show", `${base.ref}:${f}`);
      const now = existsSync(join(root, f)) ? readFileSync(join(root, f), "utf8") : null;
      return publishedManifest(before) !== publishedManifest(now);
    }
    return rel.startsWith("src/") || rel === "tsup.config.ts";
  });
  if (files.length) touched.set(pkg.name, files);
}

const changesets = changesetsSince(root, base.ref);
const empty = changesets.find((cs) => cs.releases.length === 0);
const covered = new Set(
  changesets.flatMap((cs) => cs.releases.filter((r) => r.type !== "none").map((r) => r.name)),
);

console.log(`Base: ${base.ref.slice(0, 12)} (${base.why}).`);
console.log(`Changesets since then: ${changesets.map((cs) => cs.id).join(", ") || "none"}.`);
const missing = [...touched].filter(([name]) => !covered.has(name));
for (const [name, files] of touched) {
  const state = covered.has(name)
    ? "covered"
    : empty
      ? `covered by empty changeset ${empty.id}`
      : "NO CHANGESET";
  console.log(`  ${name}: ${files.length} changed file(s), ${state}`);
  if (!covered.has(name) && !empty) for (const f of files.slice(0, 5)) console.log(`      ${f}`);
}
if (!touched.size) console.log("No published package changed.");
if (missing.length && !empty) {
  console.error(
    `\n${missing.map(([n]) => n).join(", ")} changed without a changeset. Run \`pnpm changeset\`, pick the` +
      "\npackages and the bump, and write one sentence on the effect for users (or `pnpm changeset --empty`" +
      "\nif the change needs no release).",
  );
  process.exit(1);
}
