import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources of sibling packages, so `vitest` needs no build first.
    alias: {
      "@mistral-workflows/mock-server/testing": fileURLToPath(
        new URL("./packages/mock-server/src/testing.ts", import.meta.url),
      ),
      "@mistral-workflows/streaming/tasks": fileURLToPath(
        new URL("./packages/streaming/src/tasks.ts", import.meta.url),
      ),
      "@mistral-workflows/encoding/node": fileURLToPath(
        new URL("./packages/encoding/src/node.ts", import.meta.url),
      ),
      "@mistral-workflows/encoding": src("encoding"),
      "@mistral-workflows/client": src("client"),
      "@mistral-workflows/pagination": src("pagination"),
      "@mistral-workflows/streaming": src("streaming"),
      "@mistral-workflows/mock-server": src("mock-server"),
      "@mistral-workflows/handles": src("handles"),
      "@mistral-workflows/typegen": src("typegen"),
      "@mistral-workflows/cli": src("cli"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "scripts/test/**/*.test.ts", "examples/**/*.test.ts"],
    coverage: {
      provider: "v8",
      include: ["packages/*/src/**"],
      exclude: ["**/generated/**"],
      reporter: ["text-summary"],
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
