/** `pnpm generate`: regenerates every file derived from the spec. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderAll, root } from "./lib/render.ts";

const files = await renderAll((undocumented) => {
  for (const e of undocumented)
    console.warn(
      `warning: ${e.package}${e.entry === "." ? "" : e.entry.slice(1)} exports ${e.name} without JSDoc`,
    );
});
for (const [path, contents] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), contents);
  console.log(`wrote ${path}`);
}
