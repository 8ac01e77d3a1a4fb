import { defineConfig } from "tsup";

export default defineConfig({
  // `node` and each cloud store are their own entries, so the main one never loads node:fs or a cloud SDK.
  entry: ["src/index.ts", "src/node.ts", "src/stores/s3.ts", "src/stores/gcs.ts", "src/stores/azure.ts"],
  format: ["esm", "cjs"],
  // Shared modules (the error classes) become one chunk in both formats, so `instanceof` holds whichever
  // entry threw.
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
