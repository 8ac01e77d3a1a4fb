import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

// The main entry must bundle for a browser (and workerd) with no Node built-in: Web Crypto for AES-GCM and
// SHA-256, Node's zstd reached only through process.getBuiltinModule at run time, never imported.
test("the main entry bundles for the browser without any node: import", async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    splitting: true,
    outdir: "out",
  });
  const code = out.outputFiles.map((f) => f.text).join("\n");
  expect(code).not.toMatch(/(?:from|import|require)\s*\(?\s*["']node:/);
  expect(code).not.toMatch(/(?:from|require\()\s*["'](?:fs|crypto|zlib|path)["']/);
  // The WebAssembly compressor is a separate chunk, loaded on first compression only.
  expect(out.outputFiles.length).toBeGreaterThan(1);
});
