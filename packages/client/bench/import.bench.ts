/**
 * Import time: a fresh Node process that imports the client, paginate and streamExecution (from the
 * built packages) and creates a client, against an empty process, against a process importing a
 * one-line module file (what Node's module loader costs before any of our code runs), and against
 * the official `@mistralai/mistralai` doing the same (import + `new Mistral()`), in the same run.
 *   pnpm --filter @mistral-workflows/client bench
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

const scratch = mkdtempSync(join(tmpdir(), "import-bench-"));
const oneLine = join(scratch, "one-line.mjs");
writeFileSync(oneLine, "export default 1;\n");

const programs = {
  empty: "",
  oneLine: `await import(${JSON.stringify(pathToFileURL(oneLine).href)});`,
  ours: `const { createClient } = await import(${JSON.stringify(url("client"))});
await import(${JSON.stringify(url("pagination"))}); await import(${JSON.stringify(url("streaming"))});
createClient({ apiKey: "k" });`,
  official: `const { Mistral } = await import(${JSON.stringify(official)}); new Mistral({ apiKey: "k" });`,
};

/** Wall time of a fresh `node --input-type=module -e <source>`, in milliseconds. */
function run(source: string): number {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", source], { stdio: "inherit" });
  if (child.status !== 0) throw new Error("the import failed");
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// Interleaved rounds, so that drift in the machine's load hits every program alike; medians.
const samples: Record<keyof typeof programs, number[]> = { empty: [], oneLine: [], ours: [], official: [] };
for (let round = 0; round < ROUNDS; round++)
  for (const name of Object.keys(programs) as (keyof typeof programs)[])
    samples[name].push(run(programs[name]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [empty, floor, ours, theirs] = [samples.empty, samples.oneLine, samples.ours, samples.official].map(
  median,
) as [number, number, number, number];
rmSync(scratch, { recursive: true, force: true });
console.log(
  `import time (median of ${ROUNDS} interleaved fresh processes, minus an empty process of ${empty.toFixed(0)} ms):`,
);
console.log(`  a one-line module file (the loader's floor): ${(floor - empty).toFixed(0)} ms`);
console.log(
  `  ours (client + pagination + streaming): ${(ours - empty).toFixed(0)} ms, ${(ours - floor).toFixed(0)} ms above the floor`,
);
console.log(`  official @mistralai/mistralai:          ${(theirs - empty).toFixed(0)} ms`);
console.log(`  ratio official / ours: ${((theirs - empty) / Math.max(1, ours - empty)).toFixed(1)}×`);
