import { InvalidArgumentError } from "@mistral-workflows/client";
import { afterEach, describe, expect, test } from "vitest";
import { defineWorkflow, listRuns, startExecution } from "../src/index.js";
import { runHandle } from "../src/run-handle.js";
import { setup, type Setup } from "./helpers/mock.js";

let s: Setup;
afterEach(() => s?.api.close());

const reports = defineWorkflow<{ week: string; _mock?: unknown }, unknown>("report-generator");

async function finished(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const handle = await startExecution(s.client, reports, { week: String(i) });
    await s.api.settle(handle.executionId);
    ids.push(handle.executionId);
  }
  s.reset();
  return ids;
}

describe("listRuns", () => {
  test("pages lazily, one request per page, and yields each run's handle", async () => {
    s = setup();
    const ids = await finished(3);
    const listing = listRuns(s.client, { workflow_identifier: "report-generator", page_size: 2 });
    expect(s.api.requests).toHaveLength(0);
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const page of listing.pages()) {
      sizes.push(page.length);
      for (const run of page) {
        seen.push(run.executionId);
        expect(run.execution.executionId).toBe(run.executionId);
        expect(run.execution.workflowName).toBe("report-generator");
        expect(run.record.status).toBe("COMPLETED");
        expect(run.runId).toBe(s.api.state.executions.get(run.executionId)!.execution.run_id);
      }
    }
    expect(sizes).toEqual([2, 1]);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(s.operations()).toEqual(["runs.listRuns", "runs.listRuns"]);
  });

  test("toArray(max) requests no page beyond the one that reaches max", async () => {
    s = setup();
    await finished(3);
    const two = await listRuns(s.client, { page_size: 2 }).toArray(2);
    expect(two).toHaveLength(2);
    expect(s.operations()).toEqual(["runs.listRuns"]);
    s.reset();
    const all = await listRuns(s.client, { page_size: 2 }).toArray(Infinity);
    expect(all).toHaveLength(3);
    expect(s.operations()).toEqual(["runs.listRuns", "runs.listRuns"]);
    await expect(listRuns(s.client).toArray(1.5)).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  test("the runs of a reset execution each give that execution's handle", async () => {
    s = setup();
    const handle = await startExecution(s.client, reports, { week: "w", _mock: "running" });
    s.api.clock.advance(2_000);
    await handle.reset({ eventId: 3 });
    s.reset();
    const runs = await listRuns(s.client, { root_execution_id: handle.executionId }).toArray(10);
    expect(runs).toHaveLength(2);
    expect(new Set(runs.map((r) => r.runId)).size).toBe(2);
    expect(runs.map((r) => r.executionId)).toEqual([handle.executionId, handle.executionId]);
    expect(s.operations()).toEqual(["runs.listRuns"]);

    const [newest] = runs;
    expect((await newest!.execution.describe()).run_id).toBe(newest!.runId);
    expect(s.operations()).toEqual(["runs.listRuns", "executions.getWorkflowExecution"]);
  });
});

describe("RunHandle", () => {
  test("describe() and history() are one request each, on the run's id", async () => {
    s = setup();
    await finished(1);
    const [run] = await listRuns(s.client).toArray(1);
    s.reset();
    const described = await run!.describe();
    expect(described.run_id).toBe(run!.runId);
    expect(described.status).toBe("COMPLETED");
    await run!.history({ decodePayloads: false });
    expect(s.operations()).toEqual(["runs.getRun", "runs.getRunHistory"]);
    expect(s.api.requests[1]!.url).toContain(`/v1/workflows/runs/${run!.runId}/history`);
    expect(s.api.requests[1]!.url).toContain("decode_payloads=false");
  });

  test("a run listed without a run id refuses describe() and history() without sending", async () => {
    s = setup();
    const run = runHandle(s.client, {
      workflow_name: "report-generator",
      execution_id: "exec-1",
      root_execution_id: "exec-1",
      run_id: null,
      status: "COMPLETED",
      start_time: "2026-01-01T00:00:00Z",
      end_time: "2026-01-01T00:00:01Z",
    });
    expect(run.runId).toBeNull();
    expect(run.execution.executionId).toBe("exec-1");
    await expect(run.describe()).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(run.history()).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(0);
  });
});
