import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");
const SDKS = ["@aws-sdk/client-s3", "@google-cloud/storage", "@azure/storage-blob"];

/** The value imports (not `import type`) of a module and of every relative module it reaches. */
function valueImports(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const text = readFileSync(entry, "utf8");
  const found: string[] = [];
  for (const [, specifier] of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
    if (specifier!.startsWith("."))
      found.push(...valueImports(join(dirname(entry), specifier!.replace(/\.js$/, ".ts")), seen));
    else found.push(specifier!);
  }
  return found;
}

test("the main entry loads no cloud SDK (only the codec's own libraries)", () => {
  const imports = valueImports(join(src, "index.ts"));
  for (const sdk of SDKS) expect(imports).not.toContain(sdk);
  expect(new Set(imports)).toEqual(new Set(["@msgpack/msgpack", "fzstd"]));
});

test.each(["s3", "gcs", "azure"])(
  "the %s store imports its SDK only for types, and loads it on first use",
  (store) => {
    const imports = valueImports(join(src, "stores", `${store}.ts`));
    for (const sdk of SDKS) expect(imports).not.toContain(sdk);
    const text = readFileSync(join(src, "stores", `${store}.ts`), "utf8");
    expect(text).toMatch(
      /lazySdk\("(@aws-sdk\/client-s3|@google-cloud\/storage|@azure\/storage-blob)", \(\) => import\("\1"\)\)/,
    );
  },
);
