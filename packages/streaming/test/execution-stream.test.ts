import { describe, expect, test } from "vitest";
import { TERMINAL_EVENT_TYPES, WORKFLOW_EVENT_TYPES, isTerminalEvent } from "../src/index.js";
import { EXECUTION_ID, streamEventFixture } from "./helpers/fixtures.js";

describe("isTerminalEvent", () => {
  const eventOf = (event_type: string, workflow_exec_id = EXECUTION_ID) =>
    streamEventFixture(1, { data: { event_type } as never, workflow_exec_id });

  test.each(WORKFLOW_EVENT_TYPES.map((type) => [type, TERMINAL_EVENT_TYPES.includes(type)] as const))(
    "%s ends the execution: %s",
    (type, terminal) => {
      expect(isTerminalEvent(eventOf(type), EXECUTION_ID)).toBe(terminal);
    },
  );

  test("a child execution's terminal event does not end the parent's stream", () => {
    expect(isTerminalEvent(eventOf("WORKFLOW_EXECUTION_COMPLETED", "child-exec"), EXECUTION_ID)).toBe(false);
  });

  test("an event type from a newer API never ends it", () => {
    expect(isTerminalEvent(eventOf("unknown"), EXECUTION_ID)).toBe(false);
  });
});
