import { createClient } from "@mistral-workflows/client";
import { afterAll, beforeAll, expect, test } from "vitest";
import { jsonLines, startCliMock, TEST_KEY } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  mock = await startCliMock({ deploymentStepMs: 20 });
});
afterAll(() => mock.close());

const client = () => createClient({ apiKey: TEST_KEY, baseUrl: mock.server.url });

/** Waits (bounded by the test's timeout) until the deployment reaches `phase`. */
async function until(name: string, phase: string) {
  for (;;) {
    const d = await client().deployments.getDeployment({ name });
    if (d.managed?.status.phase === phase) return d;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test("deployments ls, show, stop, start, restart and logs", async () => {
  await client().deployments.createDeployment({
    name: "billing",
    spec: { github_url: "https://github.com/acme/billing-worker", revision: "v1.2.0" },
    resources: { replicas: 2 },
  });
  await until("billing", "running");

  const ls = await mock.cli(["deployments", "ls"]);
  expect(ls.code).toBe(0);
  expect(ls.lines[0]).toMatch(/^NAME\s+STATE\s+WORKERS\s+UPDATED$/);
  expect(ls.stdout).toMatch(/^billing\s+active\s+2\/2\s+/m);
  const listed = jsonLines(await mock.cli(["--json", "deployments", "ls", "--all"]));
  expect(listed.map((d) => d.name)).toContain("billing");

  const show = await mock.cli(["deployments", "show", "billing"]);
  expect(show.code).toBe(0);
  expect(show.stdout).toMatch(/source\s+https:\/\/github.com\/acme\/billing-worker@v1.2.0/);
  expect(show.stdout.match(/^billing-g\d+-\d+\s+yes/gm)).toHaveLength(2);

  const stop = await mock.cli(["deployments", "stop", "billing"]);
  expect(stop.code).toBe(0);
  expect(stop.lines).toEqual(["stop requested for billing"]);
  await until("billing", "stopped");
  expect((await mock.cli(["deployments", "ls"])).stdout).toMatch(/^billing\s+stopped\s+0\/2/m);

  // The log stream of a stopped deployment ends after its last line: --follow returns.
  const logs = jsonLines(await mock.cli(["--json", "deployments", "logs", "billing", "--all"]));
  expect(logs.length).toBeGreaterThan(3);
  const followed = jsonLines(await mock.cli(["--json", "deployments", "logs", "billing", "--follow"]));
  expect(followed.map((l) => l.body)).toEqual(logs.map((l) => l.body));
  const two = await mock.cli(["deployments", "logs", "billing", "--limit", "2"]);
  expect(two.lines).toHaveLength(2);
  expect(two.stderr).toContain("more: --limit N or --all");

  expect((await mock.cli(["deployments", "start", "billing"])).code).toBe(0);
  await until("billing", "running");
  const restart = await mock.cli(["--json", "deployments", "restart", "billing"]);
  expect(restart.code).toBe(0);
  expect(jsonLines(restart)).toHaveLength(1);

  const missing = await mock.cli(["deployments", "show", "nope"]);
  expect(missing.code).toBe(3);
  expect(missing.stderr).toMatch(/^error: 404 /);
});

test("runs ls, runs show and metrics reflect the executions", async () => {
  const ids: string[] = [];
  for (const outcome of ["completed", "completed", "failed"]) {
    const r = await mock.cli([
      "--json",
      "run",
      "report-generator",
      "--input",
      JSON.stringify({ week: "W1", _mock: { outcome } }),
      "--wait",
    ]);
    ids.push(jsonLines(r).at(-1).execution_id);
  }
  const runs = jsonLines(await mock.cli(["--json", "runs", "ls", "--workflow", "report-generator", "--all"]));
  expect(runs.map((r) => r.execution_id).sort()).toEqual([...ids].sort());
  const failed = jsonLines(
    await mock.cli(["--json", "runs", "ls", "--workflow", "report-generator", "--status", "FAILED"]),
  );
  expect(failed.map((r) => r.execution_id)).toEqual([ids[2]]);
  const table = await mock.cli(["runs", "ls", "--workflow", "report-generator", "--limit", "1"]);
  expect(table.lines[0]).toMatch(/^EXECUTION\s+RUN\s+WORKFLOW\s+STATUS\s+STARTED\s+DURATION$/);
  expect(table.lines).toHaveLength(2);

  const run = runs.find((r) => r.execution_id === ids[0]);
  const show = await mock.cli(["runs", "show", run.run_id]);
  expect(show.code).toBe(0);
  expect(show.stdout).toMatch(new RegExp(`execution\\s+${ids[0]}`));
  expect(show.stdout).toMatch(/status\s+COMPLETED/);

  const metrics = await mock.cli(["--json", "metrics", "report-generator"]);
  expect(metrics.code).toBe(0);
  const m = jsonLines(metrics)[0];
  expect(m.execution_count.value).toBe(3);
  expect(m.success_count.value).toBe(2);
  expect(m.error_count.value).toBe(1);
  const human = await mock.cli(["metrics", "report-generator"]);
  expect(human.stdout).toMatch(/executions\s+3/);
  expect(human.stdout).toMatch(/success rate\s+66\.7%/);
});
