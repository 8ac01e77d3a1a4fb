/**
 * Streams survive a changing API: an event type this SDK does not know is delivered as an
 * UnknownWorkflowEvent and the stream goes on; an event resent without an SSE id after a drop is
 * recognised by its own `event_id`; lone-CR line ends deliver each event as soon as its blank line
 * arrives.
 */
import { expect, test } from "vitest";
import {
  decodeWorkflowEvent,
  Stream,
  streamExecution,
  watchExecution,
  type WorkflowStreamEvent,
} from "../src/index.js";
import {
  EXECUTION_ID,
  executionFixture,
  streamEventFixture,
  terminalEventFixture,
} from "./helpers/fixtures.js";
import { cutAfter, drain, harness } from "./helpers/harness.js";
import { openSSE, sseEvent } from "./helpers/sse-server.js";

/** An event of a type a newer API might send, with a field this SDK has never heard of. */
function newTypeEvent(n: number) {
  const event = streamEventFixture(n, {
    data: { event_type: "TIMER_FIRED", attributes: { timer_id: "t1" }, shiny_new_field: 1 } as never,
  });
  return { ...event, brand_new_envelope_field: "kept" };
}

test("an unknown event_type is delivered as UnknownWorkflowEvent, raw payload kept, and the stream goes on", async () => {
  const h = await harness((_req, res) => {
    openSSE(res);
    res.end(
      sseEvent(streamEventFixture(1), 1) +
        sseEvent(newTypeEvent(2), 2) +
        sseEvent(terminalEventFixture(3, "COMPLETED", "done"), 3),
    );
  });
  const { items, error } = await drain(streamExecution(h.client, { execution_id: EXECUTION_ID }, h.options));
  expect(error).toBeUndefined();
  expect(items.map((e) => e.data.event_type)).toEqual([
    "CUSTOM_TASK_IN_PROGRESS",
    "unknown",
    "WORKFLOW_EXECUTION_COMPLETED",
  ]);
  const unknown = items[1]!;
  expect(unknown.data).toMatchObject({
    event_type: "unknown",
    unknown_event_type: "TIMER_FIRED",
    event_id: "evt-2",
    attributes: { timer_id: "t1" },
    raw: { event_type: "TIMER_FIRED", shiny_new_field: 1 },
  });
  expect(unknown).toMatchObject({ brand_new_envelope_field: "kept" });
});

test("a switch on event_type stays exhaustive with the unknown case", () => {
  const describe = (event: WorkflowStreamEvent): string => {
    const data = event.data;
    switch (data.event_type) {
      case "unknown":
        return `new: ${data.unknown_event_type}`;
      case "WORKFLOW_EXECUTION_COMPLETED":
        return `done: ${JSON.stringify(data.attributes.result)}`;
      default:
        return data.event_type;
    }
  };
  const message = { data: JSON.stringify(newTypeEvent(7)), id: "7", event: undefined };
  expect(describe(decodeWorkflowEvent(message, null))).toBe("new: TIMER_FIRED");
});

test("watchExecution ignores unknown events and resolves to the result", async () => {
  const h = await harness(
    (_req, res) => {
      openSSE(res);
      res.end(sseEvent(newTypeEvent(1), 1) + sseEvent(terminalEventFixture(2, "COMPLETED", { ok: 1 }), 2));
    },
    () => executionFixture({ status: "COMPLETED", result: { ok: 1 } }),
  );
  await expect(watchExecution(h.client, EXECUTION_ID, h.options)).resolves.toEqual({ ok: 1 });
});

test("only a malformed envelope is an error", async () => {
  const h = await harness((_req, res) => {
    openSSE(res);
    res.end(sseEvent({ stream: "token", data: { event_type: 42 } }, 1));
  });
  const { error } = await drain(streamExecution(h.client, { execution_id: EXECUTION_ID }, h.options));
  expect(error).toMatchObject({ name: "StreamParseError", type: "invalid-shape" });
});

test("an event sent without an SSE id just before a drop is delivered once", async () => {
  const h = await harness((_req, res, n) => {
    openSSE(res);
    // Event 2 has no `id:`; the resume (after id 1) sends it again, with its id this time.
    if (n === 0) cutAfter(res, sseEvent(streamEventFixture(1), 1) + sseEvent(streamEventFixture(2)));
    else
      res.end(sseEvent(streamEventFixture(2), 2) + sseEvent(terminalEventFixture(3, "COMPLETED", "ok"), 3));
  });
  const { items, error } = await drain(streamExecution(h.client, { execution_id: EXECUTION_ID }, h.options));
  expect(error).toBeUndefined();
  expect(items.map((e) => e.data.event_id)).toEqual(["evt-1", "evt-2", expect.any(String)]);
  expect(h.streams()).toHaveLength(2);
});

test("lone-CR line ends: each event is delivered as soon as its blank line arrives", async () => {
  const encoder = new TextEncoder();
  let push!: (text: string) => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (text) => controller.enqueue(encoder.encode(text));
    },
  });
  const terminal = terminalEventFixture(2, "COMPLETED", "done");
  const stream = Stream.fromSSEResponse(
    new Response(body, { headers: { "content-type": "text/event-stream" } }),
    decodeWorkflowEvent,
  );
  const iterator = stream[Symbol.asyncIterator]();
  push(`id: 1\rdata: ${JSON.stringify(streamEventFixture(1))}\r\r`);
  expect((await iterator.next()).value?.data.event_id).toBe("evt-1");
  // The server keeps the connection open after the terminal event: it must arrive all the same.
  push(`id: 2\rdata: ${JSON.stringify(terminal)}\r\r`);
  expect((await iterator.next()).value?.data.event_type).toBe("WORKFLOW_EXECUTION_COMPLETED");
  await iterator.return?.();
});
