import { defineConfig } from "tsup";

export default defineConfig({
  // Each cloud store is its own entry, so the main entry never loads a cloud SDK.
  entry: ["src/index.ts", "src/stores/s3.ts", "src/stores/gcs.ts", "src/stores/azure.ts"],
  format: ["esm", "cjs"],
  // Shared modules (the error classes) become one chunk in both formats, so `instanceof BlobNotFoundError`
  // holds whichever entry threw it.
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
