import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

test("--help prints the options and exits", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", cli, "--help"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  const code = await new Promise((resolve) => child.on("exit", resolve));
  expect(code).toBe(0);
  expect(out).toContain("--seed-file");
});
