import { operationTable } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import { handlers } from "../../src/handlers/index.js";
import type { Handler, HandlerTable } from "../../src/handlers/types.js";

test("there is one handler per operation of the spec, keyed by SDK name", () => {
  expect(Object.keys(handlers).sort()).toEqual(Object.keys(operationTable).sort());
});

test("a missing handler or a field the spec does not have is a compile error", () => {
  const { "schedules.getSchedule": omitted, ...rest } = handlers;
  // @ts-expect-error the table needs a handler for every operation
  const incomplete: HandlerTable = rest;
  // @ts-expect-error `scheduleId` is not a path parameter of getSchedule (it is `schedule_id`)
  const renamed: Handler<"schedules.getSchedule"> = ({ path }) => ({ body: path.scheduleId });
  expect([omitted, incomplete, renamed].every((x) => x !== undefined)).toBe(true);
});
