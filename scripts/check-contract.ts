/**
 * `pnpm check:contract`: compares the spec with the pinned summary of Mistral's public OpenAPI document
 * (`spec/contract/public-summary.json`) on every `/v1/workflows` operation, prints the differences as a
 * table, and fails on any difference that `spec/contract/allow-list.yaml` does not explain.
 * `--all` also prints the explained ones.
 */
import { applyAllowList, diffSummaries, renderDriftTable } from "./lib/contract-diff.ts";
import { readAllowList, readSummary } from "./lib/contract-files.ts";
import { summarize } from "./lib/contract-summary.ts";
import { bundleSpec } from "./lib/render.ts";

const pub = readSummary();
const ours = summarize(bundleSpec(), pub.subset);
const drift = diffSummaries(pub, ours);
const { unexplained, allowed, unused } = applyAllowList(drift, readAllowList());

const src = pub.source;
console.log(
  `public document: ${src?.origin ?? "?"}${src?.path ? `/${src.path}` : ""}` +
    `${src?.commit ? ` @ ${src.commit}` : ""} (sha256 ${src?.sha256 ?? "?"})`,
);
console.log(
  `${Object.keys(pub.operations).length} public operations under ${pub.subset}; ` +
    `${drift.length} differences: ${allowed.length} explained by the allow-list, ${unexplained.length} not`,
);
if (process.argv.includes("--all") && allowed.length)
  console.log(`\nexplained:\n${renderDriftTable(allowed)}`);
for (const e of unused)
  console.warn(`warning: allow-list entry explains nothing now (${e.kind} ${e.operation} ${e.location})`);
if (unexplained.length) {
  console.log(`\nunexplained:\n${renderDriftTable(unexplained)}`);
  console.log(
    "\nMake the spec match the public document, or explain the difference in spec/contract/allow-list.yaml.",
  );
  process.exit(1);
}
