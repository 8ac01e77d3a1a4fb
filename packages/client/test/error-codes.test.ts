/**
 * The API's structured error codes (`{ "detail", "code": "WF_xxxx" }`): every `WorkflowsAPIError`
 * exposes `code` and the fields documented with it, and the write-once logic reads back only on a
 * conflict that means "already started".
 */
import { createMockServer } from "@mistral-workflows/mock-server";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  ConflictError,
  createClient,
  errorCodes,
  toAPIError,
  WorkflowsAPIError,
  type WorkflowsErrorCode,
} from "../src/index.js";

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("code and its fields", () => {
  test.each([
    ["a documented code", { detail: "x", code: "WF_1101" }, "WF_1101"],
    ["a code from a newer API", { detail: "x", code: "WF_9001" }, "WF_9001"],
    ["no code (a validation list)", { detail: [{ loc: ["body"], msg: "m", type: "t" }] }, null],
    ["a code with control characters", { detail: "x", code: "WF_1\u001b[2J" }, null],
    ["a code that is not a string", { detail: "x", code: 1101 }, null],
    ["a text body", "Bad Gateway", null],
  ])("%s", async (_name, body, code) => {
    const error = toAPIError(answer(409, body), body);
    expect(error.code).toBe(code);
    expect(error.toJSON().code).toBe(code);
  });

  test("WF_1102 carries the execution's status; WF_1001 the events a reset can go to", () => {
    const ended = toAPIError(answer(409, {}), {
      detail: "Workflow not running",
      code: "WF_1102",
      status: "COMPLETED",
    });
    expect([ended.status, ended.executionStatus]).toEqual([409, "COMPLETED"]);
    const reset = toAPIError(answer(422, {}), {
      detail: "Invalid event ID for reset",
      code: "WF_1001",
      valid_reset_events: [3, 7, 12],
    });
    expect(reset.validResetEvents).toEqual([3, 7, 12]);
    expect(reset.executionStatus).toBeNull();
    // `status` in a body without WF_1102 is not an execution status.
    expect(toAPIError(answer(409, {}), { detail: "x", status: "COMPLETED" }).executionStatus).toBeNull();
  });

  test("the table lists every documented code with its statuses", () => {
    expect(Object.keys(errorCodes)).toHaveLength(16);
    expect(errorCodes.WF_1101.status).toEqual([409]);
    expect(errorCodes.WF_1001.fields).toEqual(["valid_reset_events"]);
    expectTypeOf<WorkflowsAPIError["code"]>().toEqualTypeOf<WorkflowsErrorCode | (string & {}) | null>();
    expectTypeOf<"WF_1102">().toMatchTypeOf<WorkflowsErrorCode>();
  });
});

describe("a 409 to a retry", () => {
  test("with a code other than WF_1101 is the caller's conflict, not read back as the first attempt's success", async () => {
    const api = createMockServer();
    const seen: string[] = [];
    let calls = 0;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      calls++;
      if (calls === 1)
        // The server asks for a retry, at once (so no timer is involved).
        return new Response('{"detail":"busy"}', { status: 503, headers: { "retry-after-ms": "0" } });
      return answer(409, { detail: "Workflow not running", code: "WF_1102", status: "COMPLETED" });
    };
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch, maxRetries: 1 });
    const error = await client.workflows
      .executeWorkflow({ workflow_identifier: "support-workflow", input: {} })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("WF_1102");
    expect(calls).toBe(2); // the 409 answered the retry
    expect(seen.filter((s) => s.startsWith("GET"))).toEqual([]); // no read-back
  });
});
