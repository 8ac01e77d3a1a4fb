import { APIUserAbortError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import {
  ExecutionCanceledError,
  ExecutionError,
  ExecutionFailedError,
  ExecutionTerminatedError,
  ExecutionTimedOutError,
  StreamEventError,
  watchExecution,
  type WorkflowStreamEvent,
} from "../src/index.js";
import {
  EXECUTION_ID,
  executionFixture,
  streamEventFixture,
  terminalEventFixture,
} from "./helpers/fixtures.js";
import { cutAfter, harness } from "./helpers/harness.js";
import { openSSE, sseEvent } from "./helpers/sse-server.js";

const ev = (n: number) => sseEvent(streamEventFixture(n), n);
const terminal = (n: number, kind: "COMPLETED" | "FAILED" | "CANCELED", detail: unknown) =>
  sseEvent(terminalEventFixture(n, kind, detail), n);

describe("watchExecution", () => {
  test("resolves to the execution's result, through a dropped connection, reporting each event", async () => {
    const h = await harness(
      (_req, res, n) => {
        openSSE(res);
        if (n === 0) cutAfter(res, ev(1));
        else res.end(ev(2) + terminal(3, "COMPLETED", { answer: "from event" }));
      },
      () => executionFixture({ status: "COMPLETED", result: { answer: 42 } }),
    );
    const events: WorkflowStreamEvent[] = [];
    const result = await watchExecution<{ answer: number }>(h.client, EXECUTION_ID, {
      ...h.options,
      onEvent: (e) => void events.push(e),
    });
    expect(result).toEqual({ answer: 42 });
    expect(events.map((e) => e.data.event_type)).toEqual([
      "CUSTOM_TASK_IN_PROGRESS",
      "CUSTOM_TASK_IN_PROGRESS",
      "WORKFLOW_EXECUTION_COMPLETED",
    ]);
  });

  test("when the status read lags behind the terminal event, the event's result is returned", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(terminal(1, "COMPLETED", { answer: "from event" }));
    });
    await expect(watchExecution(h.client, EXECUTION_ID, h.options)).resolves.toEqual({
      answer: "from event",
    });
  });

  test("a failed execution rejects with ExecutionFailedError and its failure message", async () => {
    const h = await harness(
      (_req, res) => {
        openSSE(res);
        res.end(terminal(1, "FAILED", "ValueError: no ticket"));
      },
      () => executionFixture({ status: "FAILED" }),
    );
    const error = (await watchExecution(h.client, EXECUTION_ID, h.options).catch(
      (e) => e,
    )) as ExecutionFailedError;
    expect(error).toBeInstanceOf(ExecutionFailedError);
    expect(error).toBeInstanceOf(ExecutionError);
    expect(error).toMatchObject({
      status: "FAILED",
      executionId: EXECUTION_ID,
      failure: "ValueError: no ticket",
    });
    expect(error.execution.status).toBe("FAILED");
  });

  test("a canceled execution rejects with ExecutionCanceledError", async () => {
    const h = await harness(
      (_req, res) => {
        openSSE(res);
        res.end(terminal(1, "CANCELED", null));
      },
      () => executionFixture({ status: "CANCELED" }),
    );
    await expect(watchExecution(h.client, EXECUTION_ID, h.options)).rejects.toBeInstanceOf(
      ExecutionCanceledError,
    );
  });

  test.each([
    ["TERMINATED", ExecutionTerminatedError],
    ["TIMED_OUT", ExecutionTimedOutError],
  ] as const)("a %s execution (which sends no terminal event) rejects with %o", async (status, Class) => {
    const h = await harness(
      (_req, res) => {
        openSSE(res);
        res.end(ev(1)); // the body just ends
      },
      () => executionFixture({ status }),
    );
    const error = await watchExecution(h.client, EXECUTION_ID, h.options).catch((e) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, event: null });
    expect(h.streams()).toHaveLength(1);
  });

  test("the stream's own errors reject as they are", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.end(sseEvent({ error: "boom", reason: "internal_error" }, undefined, "error"));
    });
    await expect(watchExecution(h.client, EXECUTION_ID, h.options)).rejects.toBeInstanceOf(StreamEventError);
  });

  test("aborting rejects with APIUserAbortError and closes the connection", async () => {
    const h = await harness((_req, res) => {
      openSSE(res);
      res.write(ev(1));
    });
    const controller = new AbortController();
    const watching = watchExecution(h.client, EXECUTION_ID, {
      ...h.options,
      signal: controller.signal,
      onEvent: () => controller.abort(),
    });
    await expect(watching).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(h.streams()[0]!.closed).resolves.toBe(true);
  });
});
