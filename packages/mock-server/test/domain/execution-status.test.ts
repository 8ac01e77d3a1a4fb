import {
  FINAL_EXECUTION_STATUS as CLIENT_FINAL,
  WORKFLOW_EXECUTION_STATUSES,
} from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { isTerminalStatus } from "../../src/domain/execution.js";
import { FINAL_EXECUTION_STATUS } from "../../src/generated/execution-statuses.js";

test("the mock ends executions on the client's final statuses (one x-final, two generated copies)", () => {
  expect(FINAL_EXECUTION_STATUS).toEqual(CLIENT_FINAL);
  for (const status of WORKFLOW_EXECUTION_STATUSES)
    expect(isTerminalStatus(status)).toBe(CLIENT_FINAL[status]);
});

test.each([["PAUSED"], ["__proto__"], ["constructor"], [""], [null]])(
  "unknown status %j is not terminal",
  (status) => {
    expect(isTerminalStatus(status)).toBe(false);
  },
);
