import { readFileSync } from "node:fs";
import { extractSnippets } from "./lib/snippets.ts";
for (const f of process.argv.slice(2)) {
  const { programs } = extractSnippets(f, readFileSync(f, "utf8"));
  for (const p of programs) console.log(`=== ${f}:${p.line}\n${p.code}`);
}
