import { FINAL_EXECUTION_STATUS, WORKFLOW_EXECUTION_STATUSES } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { executionStatusesOf } from "../lib/execution-statuses.ts";
import { bundleSpec } from "../lib/render.ts";
import type { OpenAPIDocument } from "../lib/ref.ts";

const doc = bundleSpec();
const withStatus = (schema: Record<string, unknown>) =>
  ({ ...doc, components: { schemas: { WorkflowExecutionStatus: schema } } }) as OpenAPIDocument;

test("the generated statuses are the spec's enum, each with its x-final flag", () => {
  const table = executionStatusesOf(doc);
  expect(table.map(([s]) => s)).toEqual([...WORKFLOW_EXECUTION_STATUSES]);
  expect(Object.fromEntries(table)).toEqual(FINAL_EXECUTION_STATUS);
});

test.each<[string, Record<string, unknown>, RegExp]>([
  [
    "a status added to the enum but not to x-final",
    { enum: ["RUNNING", "PAUSED"], "x-final": { RUNNING: false } },
    /PAUSED is not classified/,
  ],
  [
    "x-final naming a status the enum lacks",
    { enum: ["RUNNING"], "x-final": { RUNNING: false, DONE: true } },
    /DONE, which is not/,
  ],
  [
    "a flag that is not a boolean",
    { enum: ["RUNNING"], "x-final": { RUNNING: "no" } },
    /RUNNING is not classified/,
  ],
  ["no x-final at all", { enum: ["RUNNING"] }, /needs x-final/],
])("generation fails on %s", (_name, schema, message) => {
  expect(() => executionStatusesOf(withStatus({ type: "string", ...schema }))).toThrow(message);
});
