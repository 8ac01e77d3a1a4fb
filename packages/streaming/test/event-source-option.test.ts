import { InvalidArgumentError } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { executionStreamInput, watchExecution, type WatchExecutionOptions } from "../src/index.js";
import { EXECUTION_ID, executionFixture, terminalEventFixture } from "./helpers/fixtures.js";
import { harness } from "./helpers/harness.js";
import { openSSE, sseEvent } from "./helpers/sse-server.js";

test.each<[string, WatchExecutionOptions, string | null]>([
  ["eventSource", { eventSource: "DATABASE" }, "DATABASE"],
  ["the deprecated event_source, still accepted", { event_source: "LIVE" }, "LIVE"],
  ["both, when they agree", { eventSource: "HYBRID", event_source: "HYBRID" }, "HYBRID"],
  ["neither (the server's default)", {}, null],
])("watchExecution sends event_source from %s", async (_name, options, want) => {
  const h = await harness(
    (_req, res) => {
      openSSE(res);
      res.end(sseEvent(terminalEventFixture(1, "COMPLETED", { ok: 1 }), 1));
    },
    () => executionFixture({ status: "COMPLETED", result: { ok: 1 } }),
  );
  await expect(watchExecution(h.client, EXECUTION_ID, { ...h.options, ...options })).resolves.toEqual({
    ok: 1,
  });
  expect(h.streams().map((r) => r.query.get("event_source"))).toEqual([want]);
});

test("eventSource and event_source that disagree are an InvalidArgumentError, and nothing is sent", async () => {
  const h = await harness(() => {
    throw new Error("no request expected");
  });
  const watching = watchExecution(h.client, EXECUTION_ID, { eventSource: "LIVE", event_source: "DATABASE" });
  await expect(watching).rejects.toBeInstanceOf(InvalidArgumentError);
  await expect(watching).rejects.toMatchObject({ argument: "eventSource" });
  expect(h.server.requests).toHaveLength(0);
});

test("executionStreamInput prefers eventSource and leaves the query out when neither is given", () => {
  expect(executionStreamInput("e1", { eventSource: "LIVE" })).toEqual({
    execution_id: "e1",
    event_source: "LIVE",
  });
  expect(executionStreamInput("e1", { event_source: "LIVE" })).toEqual({
    execution_id: "e1",
    event_source: "LIVE",
  });
  expect(executionStreamInput("e1", {})).toEqual({ execution_id: "e1" });
});
