/**
 * `events --workflow` / `--type`: the list endpoint cannot filter by workflow or type, so pages are
 * read until `--limit` events match, and a note says when more may match.
 */
import { executionFixture, startMockServer, type RunningMockServer } from "@mistral-workflows/mock-server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { TEST_KEY } from "./helpers/run-cli.js";
import { runMain } from "./helpers/run-main.js";

let mock: RunningMockServer;
beforeAll(async () => {
  // Three executions of one workflow first, then one of another: the first pages hold few matches.
  mock = await startMockServer({
    heartbeatMs: 0,
    apiKey: TEST_KEY,
    executions: [
      ...["a", "b", "c"].map((x) =>
        executionFixture({
          execution_id: `support-${x}`,
          start_time: `2025-01-06T08:0${x === "a" ? 1 : x === "b" ? 2 : 3}:00Z`,
        }),
      ),
      executionFixture({
        execution_id: "report-1",
        workflow_name: "report-generator",
        start_time: "2025-01-06T08:30:00Z",
      }),
    ],
  });
});
afterAll(() => mock.close());

const cli = (args: string[]) =>
  runMain(["--base-url", mock.url, ...args], { env: { MISTRAL_API_KEY: TEST_KEY } });

test("--workflow shows --limit matching events even when the first pages hold none", async () => {
  const stored = mock.api.state.events.filter((e) => e.data.workflow_name === "report-generator");
  // The first page of 4 holds one match at most: a filter applied after the limit shows too few.
  expect(
    mock.api.state.events.slice(0, 4).filter((e) => e.data.workflow_name === "report-generator").length,
  ).toBeLessThan(2);
  const r = await cli(["--json", "events", "--workflow", "report-generator", "--limit", "4"]);
  expect(r.code).toBe(0);
  const shown = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(shown.map((e) => e.event_id)).toEqual(stored.slice(0, 4).map((e) => e.data.event_id));
  const human = await cli(["events", "--workflow", "report-generator", "--limit", "4"]);
  expect(human.stdout.trim().split("\n")).toHaveLength(4);
  expect(human.stderr).toBe("(more events may match: --limit N or --all)\n");
});

test("--type with --all shows every match and no note", async () => {
  const r = await cli(["events", "--type", "WORKFLOW_EXECUTION_COMPLETED", "--all"]);
  expect(r.code).toBe(0);
  const lines = r.stdout.trim().split("\n");
  expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(["support-a", "support-b", "support-c", "report-1"]);
  expect(r.stderr).toBe("");
});

test("--workflow with fewer matches than --limit shows them all and no note", async () => {
  const r = await cli([
    "--json",
    "events",
    "--workflow",
    "report-generator",
    "--type",
    "WORKFLOW_EXECUTION_STARTED",
  ]);
  expect(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).workflow_exec_id),
  ).toEqual(["report-1"]);
  expect(r.stderr).toBe("");
});
