/**
 * The contract: routes come from the spec and every operation is implemented. That every response
 * (every SSE event too) validates against the spec is the client contract test's job
 * (`scripts/test/contract/`), which calls each operation of the spec against this mock.
 */
import { describe, expect, test } from "vitest";
import { readOperations } from "../src/http/spec.js";
import { bundledSpec, createMockServer, type OpenAPIDocument } from "../src/index.js";
import { _unimplementedOperations, _validateResponse } from "../src/testing.js";
import { send } from "./helpers.js";

describe("routes from the spec", () => {
  test("every operation of the spec has a handler", () => {
    // A failure lists the operations added to the spec that the mock does not implement yet.
    expect(_unimplementedOperations()).toEqual([]);
    expect(readOperations(bundledSpec).length).toBeGreaterThan(0);
  });

  test("an operation in the spec without a handler answers 501 and is reported", async () => {
    const spec = structuredClone(bundledSpec) as OpenAPIDocument;
    spec.paths["/v1/workflows/executions/{execution_id}/pause"] = {
      post: {
        operationId: "pause_workflow_execution",
        tags: ["executions"],
        "x-sdk-method": "pauseWorkflowExecution",
        summary: "Pause",
        parameters: [{ name: "execution_id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "Paused." } },
      },
    };
    const api = createMockServer({ spec });
    const response = await send(api, "POST", "/v1/workflows/executions/abc/pause");
    expect(response.status).toBe(501);
    expect((await response.json()).detail).toContain("executions.pauseWorkflowExecution");
    expect(_unimplementedOperations(spec)).toEqual(["executions.pauseWorkflowExecution"]);
  });
});

describe("the mock's own response check", () => {
  // Every operation's answers are judged against the spec by the client contract test
  // (scripts/test/contract/), from its one table of calls; the mock keeps no table of its own.
  test("is not vacuous: a body missing required fields fails it", () => {
    expect(_validateResponse("schedules.getSchedule", 200, { schedule_id: "s" })).not.toEqual([]);
    expect(_validateResponse("executions.stream", 200, { stream: "x", broker_sequence: 1 })).not.toEqual([]);
  });
});
