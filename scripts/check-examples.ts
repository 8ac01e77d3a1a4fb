/**
 * `pnpm check:examples`: bundles the spec and validates every example in it (media types, parameters,
 * headers, schemas) against its schema with Ajv's JSON Schema 2020-12 validator and ajv-formats.
 * Fails on any invalid example, and when the spec holds no example at all (a walk that finds nothing
 * must not pass silently).
 *
 *   pnpm check:examples [path/to/openapi.yaml]
 */
import { resolve } from "node:path";
import { checkExamples, type ExampleKind } from "./lib/examples.ts";
import { bundleSpecFresh } from "./lib/spec-validator.ts";

const entry = process.argv[2] ? resolve(process.argv[2]) : undefined;
const results = checkExamples(bundleSpecFresh(entry));
const invalid = results.filter((r) => r.errors.length);
for (const r of invalid) {
  console.error(`✗ ${r.kind} example ${r.where}\n  against ${r.schema}`);
  for (const e of r.errors) console.error(`    ${e}`);
}
const byKind = new Map<ExampleKind, number>();
for (const r of results) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
const summary = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(", ");
if (!results.length) {
  console.error("No example found in the spec: the walk is broken or every example is gone.");
  process.exit(1);
}
if (invalid.length) {
  console.error(`\n${invalid.length} of ${results.length} examples are invalid (${summary}).`);
  process.exit(1);
}
console.log(`all ${results.length} examples validate against their schemas (${summary})`);
