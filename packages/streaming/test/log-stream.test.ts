import { NotFoundError } from "@mistral-workflows/client";
import { describe, expect, expectTypeOf, test } from "vitest";
import { StreamEventError, streamExecutionLogs, type ExecutionLogRecord } from "../src/index.js";
import { EXECUTION_ID, executionFixture, logFixture } from "./helpers/fixtures.js";
import { cutAfter, drain, harness } from "./helpers/harness.js";
import { json, openSSE, sseEvent } from "./helpers/sse-server.js";

const log = (n: number) => sseEvent(logFixture(n), `cursor-${n}`, "log");
const input = { execution_id: EXECUTION_ID };

describe("streamExecutionLogs", () => {
  test("yields typed log records and resumes with both Last-Event-ID and last_event_id", async () => {
    let status = "RUNNING";
    const h = await harness(
      (_req, res, n) => {
        openSSE(res);
        if (n === 0) cutAfter(res, log(1) + log(2));
        else {
          status = "COMPLETED";
          res.end(log(3));
        }
      },
      () => executionFixture({ status: status as never }),
    );
    const stream = streamExecutionLogs(h.client, { ...input, after: "2025-10-07T20:56:00Z" }, h.options);
    const { items, error } = await drain(stream);
    expectTypeOf(items).toEqualTypeOf<ExecutionLogRecord[]>();
    expect(error).toBeUndefined();
    expect(items.map((r) => r.body)).toEqual(["line 1", "line 2", "line 3"]);
    const [first, second] = h.streams();
    expect(first!.path).toBe(`/v1/workflows/executions/${EXECUTION_ID}/logs/stream`);
    expect(first!.query.get("after")).toBe("2025-10-07T20:56:00Z");
    expect(second!.headers["last-event-id"]).toBe("cursor-2");
    expect(second!.query.get("last_event_id")).toBe("cursor-2");
  });

  test("ends when the body ends and the execution has finished", async () => {
    const h = await harness(
      (_req, res) => {
        openSSE(res);
        res.end(log(1));
      },
      () => executionFixture({ status: "FAILED" }),
    );
    const { items, error } = await drain(streamExecutionLogs(h.client, input, h.options));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(1);
    expect(h.streams()).toHaveLength(1);
  });

  test("an `error` event ends the stream with StreamEventError", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(log(1) + sseEvent({ error: "log backend unavailable" }, undefined, "error"));
    });
    const { items, error } = await drain(streamExecutionLogs(h.client, input, h.options));
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ error: "log backend unavailable", reason: null, lastEventId: "cursor-1" });
  });

  test("a 503 on reconnect is retried; a 404 stops the stream", async () => {
    const h = await harness((_req, res, n) => {
      if (n === 1) return json(res, 503, { detail: "The log backend is unavailable." });
      if (n === 2) return json(res, 404, { detail: "The execution does not exist." });
      openSSE(res);
      cutAfter(res, log(1));
    });
    const { items, error } = await drain(streamExecutionLogs(h.client, input, h.options));
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(h.reconnects.map((r) => r.reason)).toEqual(["network", "http"]);
  });
});
