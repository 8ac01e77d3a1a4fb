import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const workflow = parse(read(".github/workflows/ci.yml"));
const job = workflow.jobs.test;
const steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] = job.steps;

test("the GitHub workflow runs exactly .ci/run, which runs the README's test command", () => {
  expect(steps.filter((s) => s.run).map((s) => s.run)).toEqual(["bash .ci/run"]);
  expect(read(".ci/run")).toMatch(/^npm test <\/dev\/null$/m);
  const pkg = JSON.parse(read("package.json"));
  expect(pkg.scripts.test).toBe("node scripts/bootstrap.mjs run test:all");
});

test("it uses the Node major the packages support, and CI's time limit", () => {
  const setupNode = steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
  const major = String(setupNode?.with?.["node-version"]);
  const engines = JSON.parse(read("packages/client/package.json")).engines.node as string;
  expect(engines).toMatch(new RegExp(`^>=${major}\\.`));
  expect(job["timeout-minutes"]).toBeLessThanOrEqual(90);
});

test("it checks out the history that check:changeset compares with", () => {
  const checkout = steps.find((s) => s.uses?.startsWith("actions/checkout@"));
  expect(checkout?.with?.["fetch-depth"]).toBe(0);
});
