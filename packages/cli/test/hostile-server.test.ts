/**
 * Server text is data: a server whose every string carries terminal escapes (OSC 52 writes the
 * clipboard, CSI 2J clears the screen, U+009B is a one-character CSI) must not reach the terminal raw
 * through any command, in people's output, in JSON lines or in errors on stderr.
 */
import {
  executionFixture,
  registrationFixture,
  scheduleFixture,
  startMockServer,
  workflowFixture,
  type RunningMockServer,
} from "@mistral-workflows/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runMain, type MainResult } from "./helpers/run-main.js";

/** OSC 52 (clipboard), BEL, C1 CSI + "2J", CSI 2J, CR, and a JSON-unsafe line separator. */
const H = "\u001b]52;c;aGk=\u0007\u009b2J\u001b[2J\r\u2028";
const NAME = `evil${H}`;
const KEY = "sk-hostile-test-key";
/** Raw control characters a terminal acts on (line feed and tab excepted). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** What a JSON line may not hold raw: DEL, C1 controls, U+2028/2029 (C0 is escaped by JSON itself). */
const JSON_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** The hostile text as the output layer shows it. */
const VISIBLE = "\\x1b]52;c;aGk=\\x07\\x9b2J\\x1b[2J";

let server: RunningMockServer;
beforeAll(async () => {
  const workflow = workflowFixture({
    name: NAME,
    display_name: `display${H}`,
    description: `description${H}`,
    tags: [`tag${H}`],
  });
  const base = registrationFixture({ workflow_id: workflow.id });
  server = await startMockServer({
    stepMs: 20,
    heartbeatMs: 0,
    apiKey: KEY,
    workflows: [workflow],
    registrations: [
      registrationFixture({
        workflow_id: workflow.id,
        deployment_name: `deployment${H}`,
        task_queue: `queue${H}`,
        definition: {
          ...base.definition,
          signals: [{ name: `signal${H}`, description: `about${H}`, input_schema: {} }],
        } as never,
      }),
    ],
    executions: [
      executionFixture({
        execution_id: "failed-1",
        workflow_name: NAME,
        status: "FAILED",
        behaviour: { error: `boom${H}` },
      }),
      executionFixture({ execution_id: "done-1", workflow_name: NAME, result: { text: `result${H}` } }),
      executionFixture({
        execution_id: "spoof-1",
        status: "FAILED",
        behaviour: { error: "boom\n✔ COMPLETED (not really)\tx" },
      }),
      executionFixture({
        execution_id: "running-1",
        workflow_name: NAME,
        status: "RUNNING",
        behaviour: {
          outcome: "running",
          query_results: { q: `answer${H}` },
          update_results: { u: `upd${H}` },
        },
      }),
    ],
    schedules: [
      scheduleFixture({ schedule_id: "sched-1", workflow_name: NAME, input: { x: H }, note: `note${H}` }),
    ],
  });
});
afterAll(() => server.close());

const cli = (args: string[], tty = false) =>
  runMain(["--base-url", server.url, ...args], { env: { MISTRAL_API_KEY: KEY }, tty });

function expectSafe(r: MainResult, json: boolean): void {
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  if (!json) return void expect(r.stdout).not.toMatch(RAW_CONTROL);
  for (const line of r.stdout.split("\n").filter(Boolean)) {
    expect(line).not.toMatch(JSON_UNSAFE);
    expect(() => JSON.parse(line)).not.toThrow();
  }
}

const runId = () => server.api.state.executions.get("failed-1")!.execution.run_id!;

/** Every command, with the exit code it gives here; a function where an argument is known late. */
const commands: [string, () => string[], number][] = [
  ["workflows ls", () => ["workflows", "ls", "--all"], 0],
  ["workflows show", () => ["workflows", "show", NAME], 0],
  ["workflows archive", () => ["workflows", "archive", NAME], 0],
  ["workflows unarchive", () => ["workflows", "unarchive", NAME], 0],
  ["registrations ls", () => ["registrations", "ls", "--all"], 0],
  ["status", () => ["status", "done-1"], 0],
  ["result (failed)", () => ["result", "failed-1"], 1],
  ["watch (failed)", () => ["watch", "failed-1"], 1],
  [
    "run --wait",
    () => ["run", NAME, "--wait", "--input", JSON.stringify({ _mock: { outcome: "failed", error: H } })],
    1,
  ],
  [
    "run --watch",
    () => ["run", NAME, "--watch", "--input", JSON.stringify({ _mock: { result: { r: H } } })],
    0,
  ],
  ["history", () => ["history", "failed-1"], 0],
  ["logs", () => ["logs", "failed-1", "--all"], 0],
  ["logs --follow", () => ["logs", "failed-1", "--follow"], 0],
  ["trace", () => ["trace", "failed-1"], 0],
  ["query", () => ["query", "running-1", "q"], 0],
  ["update", () => ["update", "running-1", "u"], 0],
  ["signal (unknown execution)", () => ["signal", `nope${H}`, "s"], 3],
  ["cancel (unknown execution)", () => ["cancel", `nope${H}`], 3],
  ["terminate (unknown execution)", () => ["terminate", `nope${H}`, "--reason", H], 3],
  ["reset (unknown execution)", () => ["reset", `nope${H}`, "--event-id", "1"], 3],
  ["events", () => ["events", "--all"], 0],
  ["events --workflow", () => ["events", "--workflow", NAME, "--all"], 0],
  ["runs ls", () => ["runs", "ls", "--all"], 0],
  ["runs show", () => ["runs", "show", runId()], 0],
  ["metrics", () => ["metrics", NAME], 0],
  ["schedules ls", () => ["schedules", "ls", "--all"], 0],
  ["schedules show", () => ["schedules", "show", "sched-1"], 0],
  ["schedules pause", () => ["schedules", "pause", "sched-1", "--note", `again${H}`], 0],
  ["schedules resume", () => ["schedules", "resume", "sched-1"], 0],
  ["schedules trigger (unknown)", () => ["schedules", "trigger", `nope${H}`], 3],
  [
    "schedules create",
    () => ["schedules", "create", NAME, "--cron", "0 9 * * 1", "--input", JSON.stringify({ y: H })],
    0,
  ],
  ["deployments ls", () => ["deployments", "ls", "--all"], 0],
  ["deployments show", () => ["deployments", "show", `deployment${H}`], 0],
  ["deployments restart (refused)", () => ["deployments", "restart", `deployment${H}`], 3],
  ["deployments logs (unknown)", () => ["deployments", "logs", `nope${H}`], 3],
];

describe.each([false, true])("with --json: %s", (json) => {
  test.each(commands)("%s: no raw control character reaches stdout or stderr", async (_name, args, code) => {
    const r = await cli([...(json ? ["--json"] : []), ...args()]);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code });
    expectSafe(r, json);
  });
});

test("the hostile text is shown, visibly escaped, where people read it", async () => {
  for (const args of [
    ["workflows", "ls"],
    ["result", "failed-1"],
    ["status", "done-1"],
    ["trace", "failed-1"],
  ]) {
    const r = await cli(args);
    expect(r.stdout.replace(/\\\\/g, "\\")).toContain(VISIBLE);
  }
  // Pretty JSON for people (a query's answer) escapes them the JSON way.
  const answer = await cli(["query", "running-1", "q"]);
  expect(answer.stdout).toContain('"answer\\u001b]52;c;aGk=\\u0007\\u009b2J\\u001b[2J\\r\\u2028"');
  const missing = await cli(["status", `nope${H}`]);
  expect(missing.code).toBe(3);
  expect(missing.stderr).toContain(VISIBLE);
});

test("a table cell stays on its line: a line break from the server shows as \\n", async () => {
  const r = await cli(["workflows", "ls", "--all"]);
  const row = r.stdout.split("\n").find((l) => l.includes("evil"));
  expect(row).toContain("description\\x1b]52");
  expect(r.stdout.split("\n").filter((l) => l.includes("evil"))).toHaveLength(1);
});

test.each([
  ["watch", "spoof-1"],
  ["events", "--execution", "spoof-1", "--all"],
  ["logs", "spoof-1", "--all"],
])("%s: a line break in server text cannot fake a line of output", async (...args) => {
  const r = await cli(args);
  expect(r.stdout).toContain("boom\\n✔ COMPLETED (not really)\\tx");
  expect(r.stdout.split("\n").some((l) => l.startsWith("✔ COMPLETED"))).toBe(false);
});

test("JSON lines keep the server's text exactly, with C1 and U+2028 escaped", async () => {
  const r = await cli(["--json", "status", "done-1"]);
  expect(r.stdout).toContain("\\u009b2J");
  expect(r.stdout).toContain("\\u2028");
  expect(JSON.parse(r.stdout).result).toEqual({ text: `result${H}` });
});

test("on a terminal, colours are ours only: the live view and tables carry no server escape", async () => {
  for (const args of [
    ["watch", "failed-1"],
    ["workflows", "ls"],
    ["status", "done-1"],
  ]) {
    const r = await cli(args, true);
    const all = r.stdout + r.stderr;
    expect(all).toContain("\u001b[1m"); // our bold, so colours are on
    for (const raw of ["\u001b]52", "\u0007", "\u009b", "\u001b[2J", "\r"]) expect(all).not.toContain(raw);
  }
});
