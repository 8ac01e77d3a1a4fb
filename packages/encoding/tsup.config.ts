import { defineConfig } from "tsup";

export default defineConfig({
  // `node` is its own entry so the main one never loads node:fs.
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  // Shared modules (the error classes) become one chunk in both formats, so `instanceof` holds whichever
  // entry threw.
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
