import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { BIN, assertBuilt, cleanEnv, jsonLines, startCliMock, TEST_KEY } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  mock = await startCliMock({ sseRetryMs: 10 });
});
afterAll(() => mock.close());

async function start(input: object): Promise<string> {
  const r = await mock.cli(["--json", "run", "support-workflow", "--input", JSON.stringify(input)]);
  expect(r.code).toBe(0);
  return jsonLines(r)[0].execution_id;
}

test("watch survives dropped connections and prints each event exactly once", async () => {
  const id = await start({ ticket_id: "T-drop" });
  const remove = mock.api.faults.add({ operations: ["executions.stream"], dropAfterEvents: 3, times: 2 });
  try {
    const r = await mock.cli(["watch", id]);
    expect(r.code).toBe(0);
    const stored = mock.api.state.executions.get(id)!.events;
    const printed = r.lines.filter((l) => /^#\d+/.test(l)).map((l) => Number(/^#(\d+)/.exec(l)![1]));
    expect(printed).toEqual(stored.map((e) => e.broker_sequence));
    expect(new Set(printed).size).toBe(printed.length);
    expect(r.stderr.match(/connection lost/g)).toHaveLength(2);
    const streams = mock.api.requests.filter(
      (q) => q.operation === "executions.stream" && q.path.includes(id),
    );
    expect(streams).toHaveLength(3); // the first connection and two resumes
    expect(streams[1]!.query.last_event_id ?? streams[1]!.headers["last-event-id"]).toBe(String(printed[2]));
  } finally {
    remove();
  }
});

test("watch --json through drops: each event once, every line JSON", async () => {
  const id = await start({ ticket_id: "T-drop-json" });
  const remove = mock.api.faults.add({ operations: ["executions.stream"], dropAfterEvents: 4, times: 1 });
  try {
    const r = await mock.cli(["--json", "watch", id]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r);
    const events = lines.slice(0, -1);
    expect(events.map((e) => e.broker_sequence)).toEqual(
      mock.api.state.executions.get(id)!.events.map((e) => e.broker_sequence),
    );
    expect(lines.at(-1)).toMatchObject({ execution_id: id, status: "COMPLETED" });
  } finally {
    remove();
  }
});

test("Ctrl-C during watch stops cleanly, says so, and leaves the execution running", async () => {
  assertBuilt();
  const id = await start({ ticket_id: "T-int", _mock: { outcome: "running" } });
  const child = spawn(process.execPath, [BIN, "--base-url", mock.server.url, "watch", id], {
    env: cleanEnv({ MISTRAL_API_KEY: TEST_KEY }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  await new Promise<void>((resolve) => {
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      if (stdout.includes("CUSTOM_TASK_IN_PROGRESS")) resolve();
    });
  });
  child.kill("SIGINT");
  expect(await exited).toBe(130);
  expect(stderr).toContain(`stopped watching; execution ${id} is still running`);
  expect(stderr).toContain(`mistral-workflows watch ${id}`);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(mock.api.state.executions.get(id)?.execution.status).toBe("RUNNING");
  await mock.cli(["cancel", id]);
});

const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

test.skipIf(!hasScript)(
  "on a terminal (a pseudo-terminal through `script`), run --watch shows the live view: colours and a progress bar",
  async () => {
    assertBuilt();
    const command = [
      process.execPath,
      BIN,
      "--base-url",
      mock.server.url,
      "run",
      "support-workflow",
      "--input",
      '{"ticket_id":"T-tty"}',
      "--watch",
    ]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(" ");
    const env = cleanEnv({ MISTRAL_API_KEY: TEST_KEY, TERM: "xterm-256color", COLUMNS: "120", LINES: "40" });
    delete env.NO_COLOR;
    const child = spawn("script", ["-qfec", command, "/dev/null"], { env, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/\u001b\[3\dm/); // colours
    expect(out).toMatch(/[█░]{24} +\d+%/); // the progress bar, full width
    expect(out).toMatch(/events · /); // the bar's counter and elapsed time
    expect(out).toContain("WORKFLOW_EXECUTION_COMPLETED");
    expect(out).toContain("✔ COMPLETED");
  },
);
if (!hasScript) console.warn("skipped the pseudo-terminal test: `script` (util-linux) is not installed");
