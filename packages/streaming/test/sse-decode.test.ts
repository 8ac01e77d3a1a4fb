import { describe, expect, expectTypeOf, test } from "vitest";
import {
  StreamEventError,
  StreamParseError,
  WORKFLOW_EVENT_TYPES,
  decodeLogRecord,
  decodeWorkflowEvent,
  isWorkflowEventType,
  type ExecutionLogRecord,
  type SSEMessage,
  type WorkflowEventOf,
  type WorkflowStreamEvent,
} from "../src/index.js";
import { logFixture, streamEventFixture, terminalEventFixture } from "./helpers/fixtures.js";

const msg = (data: unknown, event?: string, id?: string): SSEMessage => ({
  data: typeof data === "string" ? data : JSON.stringify(data),
  event,
  id,
});

/** Runs `fn`, which must throw, and returns what it threw (fails the test if it returns). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("decodeWorkflowEvent", () => {
  test("returns the payload of a valid event, typed as a union narrowed by event_type", () => {
    const payload = terminalEventFixture(7, "COMPLETED", { answer: 42 });
    const event = decodeWorkflowEvent(msg(payload, undefined, "7"), null);
    expect(event).toEqual(payload);
    expectTypeOf(event).toEqualTypeOf<WorkflowStreamEvent>();
    if (event.data.event_type === "WORKFLOW_EXECUTION_COMPLETED") {
      expectTypeOf(event.data).toEqualTypeOf<WorkflowEventOf<"WORKFLOW_EXECUTION_COMPLETED">>();
      expect(event.data.attributes.result.value).toEqual({ answer: 42 });
    }
  });

  test("an event of any SSE name but `error` carries a payload", () => {
    const payload = streamEventFixture(1);
    expect(decodeWorkflowEvent(msg(payload, "CUSTOM_TASK_IN_PROGRESS"), null)).toEqual(payload);
  });

  const bad: [string, { data: unknown; type: string }][] = [
    ["data that is not JSON", { data: "{not json", type: "invalid-json" }],
    ["JSON that is not an object", { data: "[1,2]", type: "invalid-shape" }],
    [
      "a payload without broker_sequence",
      { data: { ...streamEventFixture(1), broker_sequence: "1" }, type: "invalid-shape" },
    ],
    ["a payload without data", { data: { ...streamEventFixture(1), data: null }, type: "invalid-shape" }],
    [
      "an event without event_type",
      { data: streamEventFixture(1, { data: { event_type: undefined } as never }), type: "invalid-shape" },
    ],
    [
      "an event without attributes",
      { data: streamEventFixture(1, { data: { attributes: undefined } as never }), type: "invalid-shape" },
    ],
  ];
  test.each(bad)("%s is a StreamParseError carrying the raw text", (_name, { data, type }) => {
    const message = msg(data, undefined, "41");
    const error = thrown(() => decodeWorkflowEvent(message, "40"));
    expect(error).toBeInstanceOf(StreamParseError);
    expect(error).toMatchObject({ type, raw: message.data, event: undefined, id: "41" });
  });

  test.each(bad.slice(0, 4))(
    "under an unknown event name, %s is an unknown event, not a malformed one",
    (_name, { data }) => {
      const message = msg(data, "x", "41");
      expect(thrown(() => decodeWorkflowEvent(message, "40"))).toMatchObject({
        name: "StreamParseError",
        type: "unknown-event",
        raw: message.data,
        event: "x",
        id: "41",
      });
    },
  );

  test("under an unknown event name, an envelope with a malformed event is still malformed", () => {
    const message = msg(streamEventFixture(1, { data: { attributes: undefined } as never }), "x");
    expect(thrown(() => decodeWorkflowEvent(message, null))).toMatchObject({ type: "invalid-shape" });
  });

  test("an `error` event is a StreamEventError with the payload and the last id before it", () => {
    const error = thrown(() =>
      decodeWorkflowEvent(msg({ error: "broker gone", reason: "read_error" }, "error"), "12"),
    ) as StreamEventError;
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ error: "broker gone", reason: "read_error", lastEventId: "12" });
    expect(error.payload).toEqual({ error: "broker gone", reason: "read_error" });
  });

  test("an `error` event without the documented payload is a StreamParseError", () => {
    expect(thrown(() => decodeWorkflowEvent(msg({ error: "x" }, "error"), null))).toMatchObject({
      name: "StreamParseError",
      type: "invalid-shape",
      event: "error",
    });
    expect(thrown(() => decodeWorkflowEvent(msg("oops", "error"), null))).toMatchObject({
      type: "invalid-json",
    });
  });
});

describe("decodeLogRecord", () => {
  test("a `log` event, or one without a name, is an ExecutionLogRecord", () => {
    expect(decodeLogRecord(msg(logFixture(1), "log"), null)).toEqual(logFixture(1));
    const record = decodeLogRecord(msg(logFixture(2)), null);
    expect(record).toEqual(logFixture(2));
    expectTypeOf(record).toEqualTypeOf<ExecutionLogRecord>();
  });

  test("an `error` event is a StreamEventError, `reason` being optional on this stream", () => {
    const error = thrown(() => decodeLogRecord(msg({ error: "log backend down" }, "error"), "3"));
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ error: "log backend down", reason: null, lastEventId: "3" });
  });

  test("another event name is an unknown-event StreamParseError", () => {
    expect(thrown(() => decodeLogRecord(msg(logFixture(1), "metric"), null))).toMatchObject({
      name: "StreamParseError",
      type: "unknown-event",
    });
  });

  test("a record missing a field is an invalid-shape StreamParseError", () => {
    const { body: _body, ...rest } = logFixture(1);
    expect(thrown(() => decodeLogRecord(msg(rest, "log"), null))).toMatchObject({ type: "invalid-shape" });
  });
});

describe("event types", () => {
  test("the runtime list holds the 17 spec event types", () => {
    expect(WORKFLOW_EVENT_TYPES).toHaveLength(17);
    expect(isWorkflowEventType("ACTIVITY_TASK_RETRYING")).toBe(true);
    expect(isWorkflowEventType("toString")).toBe(false);
  });

  test("WorkflowEventOf picks one member of the union", () => {
    expectTypeOf<WorkflowEventOf<"WORKFLOW_EXECUTION_FAILED">["attributes"]["failure"]>().toEqualTypeOf<{
      message: string;
    }>();
    // @ts-expect-error: not an event type of the spec
    type _Unknown = WorkflowEventOf<"WORKFLOW_PAUSED">;
  });
});
