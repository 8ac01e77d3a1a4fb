/** `pnpm check:generated`: fails when a committed generated file differs from a fresh generation. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderAll, root } from "./lib/render.ts";

let undocumented: string[] = [];
const files = await renderAll((list) => {
  undocumented = list.map((e) => `${e.package}${e.entry === "." ? "" : e.entry.slice(1)}: ${e.name}`);
});
const stale: string[] = [];
for (const [path, contents] of files) {
  const full = join(root, path);
  if (!existsSync(full) || readFileSync(full, "utf8") !== contents) stale.push(path);
}
if (undocumented.length)
  console.error(
    `Exports without JSDoc (document them, then \`pnpm generate\`):\n  ${undocumented.join("\n  ")}`,
  );
if (stale.length) {
  console.error(`Generated files are stale (run \`pnpm generate\` and commit):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
if (undocumented.length) process.exit(1);
console.log(`generated files are up to date (${files.size} files)`);
