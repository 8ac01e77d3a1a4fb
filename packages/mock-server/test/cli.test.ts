import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, test } from "vitest";
import { workflowFixture } from "../src/index.js";

const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
});

/** Starts the CLI from source and resolves with its URL once it says it listens. */
function startCli(args: string[]): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, output: () => output });
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
}

test("the CLI serves the API on 127.0.0.1 with seed, faults, a manual clock and request logs", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mock-cli-"));
  const seedFile = join(dir, "seed.json");
  writeFileSync(seedFile, JSON.stringify({ workflows: [workflowFixture({ name: "from-file" })] }));
  const { url, output } = await startCli([
    "--port",
    "0",
    "--clock",
    "manual",
    "--now",
    "2030-01-01T00:00:00Z",
    "--seed-file",
    seedFile,
    "--fault",
    "status=503; times=1",
    "--log",
  ]);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const headers = { authorization: "Bearer k" };
  expect((await fetch(`${url}/v1/workflows/from-file`, { headers })).status).toBe(503);
  expect((await (await fetch(`${url}/v1/workflows/from-file`, { headers })).json()).workflow.name).toBe(
    "from-file",
  );
  const clock = await (
    await fetch(`${url}/_mock/clock/advance`, { method: "POST", body: JSON.stringify({ ms: 1000 }) })
  ).json();
  expect(clock).toMatchObject({ mode: "manual", now: "2030-01-01T00:00:01.000Z" });
  await expect.poll(() => output()).toContain("GET /v1/workflows/from-file -> 200 (workflows.getWorkflow)");
});

/** Runs the CLI to its exit; resolves with its exit code and output. */
async function runCli(args: string[]): Promise<{ code: unknown; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const code = await new Promise((resolve) => child.on("exit", resolve));
  return { code, out, err };
}

test.each([["--help"], ["-h"]])("%s prints the options and exits", async (flag) => {
  const { code, out } = await runCli([flag]);
  expect(code).toBe(0);
  expect(out).toContain("--seed-file");
  expect(out).toContain("--cors-origin");
});

test("--version prints the package's version", async () => {
  const { code, out } = await runCli(["--version"]);
  expect(code).toBe(0);
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  expect(out.trim()).toBe(version);
});

test("a port in use fails with a hint to pass --port 0", async () => {
  const { url } = await startCli(["--port", "0"]);
  const { code, err } = await runCli(["--port", new URL(url).port]);
  expect(code).toBe(1);
  expect(err).toContain("already in use: pass port 0 (--port 0)");
});

test("--seed-file takes partial fixtures; --cors-origin; GET / describes the server; --log covers control endpoints", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mock-cli-"));
  const seedFile = join(dir, "seed.json");
  writeFileSync(
    seedFile,
    JSON.stringify({
      workflows: [{ name: "billing" }],
      schedules: [{ schedule_id: "nightly", workflow_name: "billing", cron_expressions: ["0 2 * * *"] }],
      executions: [{ workflow_name: "billing", status: "FAILED" }],
    }),
  );
  const { url, output } = await startCli([
    "--port",
    "0",
    "--clock",
    "manual",
    "--seed-file",
    seedFile,
    "--log",
  ]);
  const headers = { authorization: "Bearer k" };
  expect((await (await fetch(`${url}/v1/workflows/billing`, { headers })).json()).workflow.display_name).toBe(
    "Billing",
  );
  expect(
    (await (await fetch(`${url}/v1/workflows/schedules/nightly`, { headers })).json()).workflow_name,
  ).toBe("billing");
  const root = await fetch(`${url}/`);
  expect(root.status).toBe(200);
  expect(await root.json()).toMatchObject({ name: "Mistral Workflows API mock server", base_url: url });
  await fetch(`${url}/_mock/clock/advance`, { method: "POST", body: JSON.stringify({ ms: 60_000 }) });
  await expect
    .poll(() => output())
    .toMatch(/^\d{4}-\d\d-\d\dT\S+Z POST \/_mock\/clock\/advance -> 200 \[clock /m);
});

test("a seed file with a bad entry fails naming it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mock-cli-"));
  const seedFile = join(dir, "seed.json");
  writeFileSync(seedFile, JSON.stringify({ executions: [{}, 3] }));
  const { code, err } = await runCli(["--port", "0", "--seed-file", seedFile]);
  expect(code).toBe(1);
  expect(err).toContain("executions[1]: expected an object");
});

test("--worker-encryption-key-file plays an encrypting deployment for the named workflows", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mock-cli-"));
  const keyFile = join(dir, "key.txt");
  const key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  writeFileSync(keyFile, `${key}\n`);
  const { url, output } = await startCli([
    "--port",
    "0",
    "--worker-encryption-key-file",
    keyFile,
    "--worker-workflow",
    "report-generator",
  ]);
  const execute = (workflow: string) =>
    fetch(`${url}/v1/workflows/${workflow}/execute`, {
      method: "POST",
      headers: { authorization: "Bearer test", "content-type": "application/json" },
      body: JSON.stringify({ input: { n: 1 } }),
    });
  const refused = await execute("report-generator");
  expect(refused.status).toBe(500);
  expect(await refused.json()).toEqual({ detail: "An error occurred", code: "WF_1302" });
  expect((await execute("support-workflow")).ok).toBe(true);
  expect(output()).not.toContain(key);
});
