import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
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

describe("the release workflow", () => {
  const release = parse(read(".github/workflows/release.yml"));
  const text = read(".github/workflows/release.yml");
  const runs = (job: string): string[] =>
    release.jobs[job].steps.flatMap((s: { run?: string; with?: Record<string, string> }) =>
      [s.run, s.with?.version, s.with?.publish].filter(Boolean),
    );

  test("runs on pushes to main, and releases only after the whole test command passed", () => {
    expect(release.on.push.branches).toEqual(["main"]);
    expect(runs("test")).toEqual(["bash .ci/run"]);
    expect(release.jobs.release.needs).toBe("test");
  });

  test("versions through a pull request and publishes with provenance through the release script", () => {
    const action = release.jobs.release.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith("changesets/action@"),
    );
    expect(action.with.version).toBe("pnpm release --version-only");
    expect(action.with.publish).toBe("pnpm release --skip-version --provenance");
    expect(release.jobs.release.permissions["id-token"]).toBe("write");
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.scripts.release).toBe("tsx scripts/release.ts");
  });

  test("holds no secret but the workflow's own token", () => {
    const secrets = [...text.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1]);
    expect(new Set(secrets)).toEqual(new Set(["GITHUB_TOKEN"]));
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
  });
});
