/**
 * Runs every runnable example in `examples/` as a user would (`tsx`, against the built packages), so
 * the examples cannot rot: each must exit 0 and print its closing line. Needs `pnpm build` first (the
 * test command builds before it tests). The vitest example (`examples/*.test.ts`) runs with the tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { testAgainstTheMock } from "../../examples/usage.ts";
import { root } from "../lib/root.ts";

const examples = join(root, "examples");
const tsx = join(root, "node_modules", "tsx", "dist", "esm", "index.mjs");

/** Each runnable example and the last line it prints when all went well. */
const RUNNABLE: [file: string, closing: RegExp][] = [
  ["handle-errors.ts", /^every error class handled$/],
  ["resume-listing.ts", /^8 schedules, each handled exactly once$/],
  ["relay-server.ts", /^relayed \d+ events across two connections, none lost or repeated$/],
  ["manage-schedules.ts", /^deleted daily-digest$/],
];

describe("examples", () => {
  test("the packages are built (run `pnpm build` first)", () => {
    for (const pkg of ["client", "streaming", "pagination", "mock-server"])
      expect(existsSync(join(root, "packages", pkg, "dist", "index.js")), pkg).toBe(true);
  });

  test.each(RUNNABLE)("%s runs to its end", (file, closing) => {
    const run = spawnSync(process.execPath, ["--import", tsx, file], {
      cwd: examples,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, MISTRAL_API_KEY: "" },
    });
    expect(run.status, `${file} failed:\n${run.stderr}`).toBe(0);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(closing);
  });

  test("the root README's mock snippet reads the execution to its end", async () => {
    const types: string[] = [];
    await testAgainstTheMock((line) => types.push(line));
    expect(types[0]).toBe("WORKFLOW_EXECUTION_STARTED");
    expect(types.at(-1)).toBe("WORKFLOW_EXECUTION_COMPLETED");
  });

  test("the root README names every runnable example and every vitest example", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const tests = readdirSync(examples).filter((f) => f.endsWith(".test.ts"));
    for (const file of [...RUNNABLE.map(([f]) => f), ...tests])
      expect(readme, `README.md names examples/${file}`).toContain(`examples/${file}`);
  });
});
