/**
 * Import time: a fresh Node process that imports the client, paginate and streamExecution (from the
 * built packages) and creates a client, against an empty process and against the official
 * `@mistralai/mistralai` doing the same (import + `new Mistral()`), measured in the same run.
 *   pnpm --filter @mistral-workflows/client bench
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 15);
const here = dirname(fileURLToPath(import.meta.url));
const packages = join(here, "..", "..");
const url = (pkg: string) => pathToFileURL(join(packages, pkg, "dist", "index.js")).href;
const official = pathToFileURL(
  createRequire(join(here, "..", "package.json")).resolve("@mistralai/mistralai"),
).href;

const programs = {
  empty: "",
  ours: `const { createClient } = await import(${JSON.stringify(url("client"))});
await import(${JSON.stringify(url("pagination"))}); await import(${JSON.stringify(url("streaming"))});
createClient({ apiKey: "k" });`,
  official: `const { Mistral } = await import(${JSON.stringify(official)}); new Mistral({ apiKey: "k" });`,
};

/** Median wall time of a fresh `node --input-type=module -e <source>`, in milliseconds. */
function median(source: string): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", source], { stdio: "inherit" });
    if (run.status !== 0) throw new Error("the import failed");
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const empty = median(programs.empty);
const ours = median(programs.ours);
const theirs = median(programs.official);
console.log(
  `import time (median of ${ROUNDS} fresh processes, minus an empty process of ${empty.toFixed(0)} ms):`,
);
console.log(`  ours (client + pagination + streaming): ${(ours - empty).toFixed(0)} ms`);
console.log(`  official @mistralai/mistralai:          ${(theirs - empty).toFixed(0)} ms`);
console.log(`  ratio official / ours: ${((theirs - empty) / Math.max(1, ours - empty)).toFixed(1)}×`);
