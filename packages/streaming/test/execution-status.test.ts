import {
  FINAL_EXECUTION_STATUS,
  WORKFLOW_EXECUTION_STATUSES,
  type FinalExecutionStatus,
} from "@mistral-workflows/client";
import { expect, test } from "vitest";
import {
  EXECUTION_ENDINGS,
  ExecutionError,
  ExecutionFailedError,
  isFinalStatus,
  TERMINAL_EVENT_TYPES,
  toExecutionError,
} from "../src/index.js";
import { EXECUTION_ID, executionFixture, terminalEventFixture } from "./helpers/fixtures.js";

// The statuses come from the spec (generated); a status added there must land in one of these rows.
test.each(WORKFLOW_EXECUTION_STATUSES.map((s) => [s]))(
  "%s is classified: final or not, and how it ends",
  (status) => {
    const final = FINAL_EXECUTION_STATUS[status];
    expect(isFinalStatus(status)).toBe(final);
    expect(Object.hasOwn(EXECUTION_ENDINGS, status)).toBe(final);
    const error = toExecutionError(status, EXECUTION_ID, executionFixture({ status }));
    if (!final || status === "COMPLETED") expect(error).toBeNull();
    else {
      expect(error).toBeInstanceOf(ExecutionError);
      expect(error).toBeInstanceOf(EXECUTION_ENDINGS[status as FinalExecutionStatus].error!);
      expect(error).toMatchObject({ status, executionId: EXECUTION_ID, event: null });
    }
  },
);

test("the endings table covers exactly the spec's final statuses", () => {
  const finals = WORKFLOW_EXECUTION_STATUSES.filter((s) => FINAL_EXECUTION_STATUS[s]);
  expect(Object.keys(EXECUTION_ENDINGS).sort()).toEqual([...finals].sort());
});

test("the terminal event types are the events of the endings table", () => {
  const events = Object.values(EXECUTION_ENDINGS).flatMap((e) => (e.event ? [e.event] : []));
  expect([...TERMINAL_EVENT_TYPES].sort()).toEqual(events.sort());
});

test.each([["PAUSED"], [""], ["__proto__"], ["toString"], ["running"], [null], [undefined]])(
  "an unknown status (%j) is neither final nor an error",
  (status) => {
    expect(isFinalStatus(status)).toBe(false);
    expect(toExecutionError(status, EXECUTION_ID, executionFixture())).toBeNull();
  },
);

test("a FAILED execution's error names the failure of its terminal event", () => {
  const event = terminalEventFixture(3, "FAILED", "boom");
  const error = toExecutionError("FAILED", EXECUTION_ID, executionFixture({ status: "FAILED" }), event);
  expect(error).toBeInstanceOf(ExecutionFailedError);
  expect(error!.message).toBe(`Execution ${EXECUTION_ID} ended FAILED: boom`);
  expect(error!.event).toBe(event);
});
