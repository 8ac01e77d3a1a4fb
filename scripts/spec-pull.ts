/**
 * `pnpm spec:pull <path-or-url> [--commit <sha>] [--origin <repository>] [--path <path in repository>]`:
 * rebuilds `spec/contract/public-summary.json` from Mistral's public OpenAPI document (YAML or JSON),
 * recording where it came from and the sha256 of its bytes. For a maintainer with network access:
 *
 *   pnpm spec:pull https://raw.githubusercontent.com/mistralai/platform-docs-public/<commit>/public/openapi.yaml \
 *     --commit <commit> --origin mistralai/platform-docs-public --path public/openapi.yaml
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import YAML from "yaml";
import { SUMMARY_PATH } from "./lib/contract-files.ts";
import { summarize } from "./lib/contract-summary.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { commit: { type: "string" }, origin: { type: "string" }, path: { type: "string" } },
});
const from = positionals[0];
if (!from) {
  console.error(
    "usage: pnpm spec:pull <path-or-url> [--commit <sha>] [--origin <repository>] [--path <path>]",
  );
  process.exit(2);
}
const bytes = /^https?:\/\//.test(from)
  ? new Uint8Array(await (await fetchOk(from)).arrayBuffer())
  : new Uint8Array(readFileSync(from));
const doc = YAML.parse(new TextDecoder().decode(bytes), { maxAliasCount: 1000 });
if (!doc || typeof doc.openapi !== "string" || typeof doc.paths !== "object")
  throw new Error(`${from}: not an OpenAPI document`);
const summary = summarize(doc);
summary.source = {
  origin: values.origin ?? from,
  ...(values.path ? { path: values.path } : {}),
  ...(values.commit ? { commit: values.commit } : {}),
  sha256: createHash("sha256").update(bytes).digest("hex"),
};
// Keys first, operations last, so the header reads first.
const { source, subset, operations } = summary;
writeFileSync(SUMMARY_PATH, `${JSON.stringify({ source, subset, operations }, null, 2)}\n`);
console.log(`wrote ${SUMMARY_PATH}: ${Object.keys(operations).length} operations under ${subset}`);

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
