#!/usr/bin/env node
/**
 * The whole test suite, as CI runs it: spec lint, generated-code freshness, spec examples, breaking
 * changes, the contract with Mistral's public document, changesets, the import graph, build, type-check, formatting, packed packages, size budgets, an install from a
 * local registry, the runtime matrix (Node 20/22/24, Bun, Deno, workerd, Chromium: one check per
 * runtime), then every vitest test (client contract tests included). Prints `N passed, N failed` last
 * (each non-vitest check counts as one) and exits non-zero if anything failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const checks = [
  ["spec lint", ["pnpm", "lint:spec"]],
  ["generated files up to date", ["pnpm", "check:generated"]],
  ["spec examples validate (Ajv 2020-12)", ["pnpm", "check:examples"]],
  ["no breaking spec change without a major changeset", ["pnpm", "check:breaking"]],
  ["spec matches Mistral's public document (allow-list aside)", ["pnpm", "check:contract"]],
  ["changeset for every changed published package", ["pnpm", "check:changeset"]],
  ["import graph: no circle, dependencies point one way (dependency-cruiser)", ["pnpm", "check:graph"]],
  ["build", ["pnpm", "build"]],
  ["type-check", ["pnpm", "typecheck"]],
  ["README and guide programs run as written", ["pnpm", "check:snippets"]],
  ["formatting", ["pnpm", "format:check"]],
  ["packages: exports, publint, attw, import/require", ["pnpm", "check:packages"]],
  ["size budgets (size-limit)", ["pnpm", "check:size"]],
  ["install each package from a local registry (Verdaccio)", ["pnpm", "test:install"]],
];
/** The runtime matrix counts one check per runtime, read from the table it writes. */
const runtimesReport = join(root, ".runtimes-results.json");
let passed = 0;
let failed = 0;
const failures = [];
/** Why each failed runtime failed, repeated at the end: a CI log is often read from its tail. */
const reasons = [];
for (const [name, [cmd, ...args]] of checks) {
  console.log(`\n> ${name}: ${cmd} ${args.join(" ")}`);
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (status === 0) passed++;
  else (failed++, failures.push(name));
}

rmSync(runtimesReport, { force: true });
console.log("\n> runtime matrix (one check per runtime): pnpm test:runtimes");
const matrix = spawnSync("pnpm", ["test:runtimes", "--json", runtimesReport], {
  cwd: root,
  stdio: "inherit",
});
if (existsSync(runtimesReport)) {
  const { rows } = JSON.parse(readFileSync(runtimesReport, "utf8"));
  for (const row of rows) {
    if (row.ok) passed++;
    else {
      failed++;
      failures.push(`runtime ${row.id}`);
      reasons.push(`runtime ${row.id}: ${tail(row.reason ?? "no reason given")}`);
    }
  }
  if (matrix.status !== 0 && rows.every((row) => row.ok))
    (failed++, failures.push("runtime matrix (suite error)"));
} else {
  failed++;
  failures.push("runtime matrix (no report)");
}

const results = join(root, ".vitest-results.json");
rmSync(results, { force: true });
console.log("\n> tests: vitest run");
const vitest = spawnSync(
  "pnpm",
  ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests) failures.push(`${report.numFailedTests} vitest test(s)`);
  if (vitest.status !== 0 && !report.numFailedTests) (failed++, failures.push("vitest (suite error)"));
} else {
  failed++;
  failures.push("vitest (no report)");
}
if (reasons.length) console.log(`\n${reasons.join("\n")}`);
if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** The last lines of a long reason (a child's output), control characters shown, never raw. */
function tail(text, lines = 25) {
  const visible = text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return visible.split("\n").slice(-lines).join("\n");
}
