/**
 * `pnpm release`: versions, builds, checks and publishes every published package together, then keeps
 * the released spec for the breaking-change check. Run it on an up-to-date `main` with a clean tree
 * (CONTRIBUTING.md, "Releasing"):
 *
 * 1. `changeset version`, if changesets are pending: one version for all `@mistral-workflows/*`
 *    packages (`fixed` in .changeset/config.json), CHANGELOG.md entries, changesets consumed;
 * 2. `pnpm build`, then `check:packages` (manifest, tarball, publint, attw, import/require);
 * 3. `pnpm publish -r`: each package whose version is not on the registry yet, with `workspace:` and
 *    `catalog:` ranges rewritten to real versions;
 * 4. writes the bundled spec to `spec/releases/latest.json` with `x-released.version`, the baseline of
 *    `pnpm check:breaking` until the next release, and the marker `pnpm check:changeset` measures from.
 *
 * Then commit everything it changed as the release commit, and tag it `v<version>`.
 *
 *   pnpm release [--registry <url>] [--tag <dist-tag>] [--dry-run] [--provenance]
 *                [--version-only] [--skip-version] [--allow-dirty] [--snapshot <path>]
 *
 * The release workflow (.github/workflows/release.yml) runs it in two halves: `--version-only` (steps 1
 * and 4: the version pull request carries the new versions, changelogs and spec baseline), then, once
 * that is merged, `--skip-version --provenance` (steps 2 and 3, and 4 finds the baseline already
 * written). `--skip-version`, `--allow-dirty` and `--snapshot` also serve the local-registry install
 * test (scripts/test-install.ts), which publishes through this same path without touching the
 * repository's versions, tree or snapshot.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { publishedPackages, readChangesets } from "./lib/changesets.ts";
import { root } from "./lib/root.ts";
import { writeSpecBaseline } from "./lib/spec-baseline.ts";

const { values } = parseArgs({
  options: {
    registry: { type: "string" },
    tag: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "skip-version": { type: "boolean", default: false },
    "allow-dirty": { type: "boolean", default: false },
    snapshot: { type: "string" },
    "version-only": { type: "boolean", default: false },
    provenance: { type: "boolean", default: false },
  },
});

function step(title: string, cmd: string, args: string[]) {
  console.log(`\n> ${title}: ${cmd} ${args.join(" ")}`);
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (status !== 0) {
    console.error(`release stopped: "${title}" failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}

if (!values["allow-dirty"]) {
  const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).trim();
  if (dirty) {
    console.error(`release needs a clean tree (commit or remove these first):\n${dirty}`);
    process.exit(1);
  }
}

const pending = readChangesets(root);
if (pending.length && !values["skip-version"])
  step(`version (${pending.length} changeset(s))`, "pnpm", ["exec", "changeset", "version"]);

const packages = publishedPackages(root);
const versions = new Set(packages.map((p) => p.version));
if (versions.size !== 1) {
  console.error(
    `published packages must share one version (fixed group), found: ${[...versions].join(", ")}`,
  );
  process.exit(1);
}
const [version] = [...versions] as [string];
const snapshot = values.snapshot ? resolve(values.snapshot) : join(root, "spec", "releases", "latest.json");
if (values["version-only"]) {
  await writeSpecBaseline(snapshot, version);
  console.log(`\nversioned ${packages.map((p) => p.name).join(", ")} at ${version}; wrote ${snapshot}`);
  process.exit(0);
}
console.log(`\nreleasing ${packages.map((p) => p.name).join(", ")} at ${version}`);

step("build", "pnpm", ["build"]);
step("package checks", "pnpm", ["check:packages"]);

const publishArgs = ["publish", "-r", "--filter", "./packages/*", "--access", "public", "--no-git-checks"];
if (values.registry) publishArgs.push("--registry", values.registry);
if (values.tag) publishArgs.push("--tag", values.tag);
if (values["dry-run"]) publishArgs.push("--dry-run");
// npm provenance: the registry links each tarball to the workflow run that built it (needs the CI's
// OIDC token: `id-token: write`).
if (values.provenance) publishArgs.push("--provenance");
step("publish", "pnpm", publishArgs);

if (values["dry-run"]) {
  console.log("\ndry run: spec snapshot not written.");
  process.exit(0);
}
await writeSpecBaseline(snapshot, version);
console.log(`\nwrote ${snapshot} (spec of ${version})`);
if (!values.snapshot)
  console.log(
    `\nNext: commit the versions, changelogs and spec/releases/latest.json as "Release v${version}",` +
      `\ntag it (git tag v${version}) and push both.`,
  );
