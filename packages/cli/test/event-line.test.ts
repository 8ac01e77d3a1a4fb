import { createColors } from "../src/output/terminal-text.js";
import { expect, test } from "vitest";
import { eventLine } from "../src/output/event-line.js";

const plain = createColors(false);

test("an event type from a newer API is printed by its wire name, not dropped", () => {
  const line = eventLine(
    {
      broker_sequence: 7,
      stream: "workflow",
      timestamp: 0,
      data: {
        event_type: "unknown",
        unknown_event_type: "TIMER_FIRED",
        event_id: "e7",
        workflow_exec_id: "x",
        attributes: {},
        raw: { event_type: "TIMER_FIRED" },
      },
    } as never,
    plain as never,
    null,
  );
  expect(line).toBe("#7    TIMER_FIRED");
});
