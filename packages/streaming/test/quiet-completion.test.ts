/**
 * A server may keep a connection open with heartbeats and nothing else: resumed from a finished
 * execution's last event, or once the execution was terminated. Heartbeats keep the idle timeout
 * away, so the stream asks whether it is over after `completionCheckMs` without an event, and ends
 * once it is. Time is injected (fake timers); the fetch is in-process.
 */
import { NotFoundError } from "@mistral-workflows/client";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  streamDeploymentLogs,
  streamExecution,
  streamExecutionLogs,
  type WorkflowExecutionStatus,
} from "../src/index.js";
import { EXECUTION_ID, executionFixture, logFixture, streamEventFixture } from "./helpers/fixtures.js";
import { drain } from "./helpers/harness.js";
import { scripted } from "./helpers/scripted-fetch.js";

const heartbeat = [{ comment: " heartbeat" }];
const input = { execution_id: EXECUTION_ID };

/** Statuses the execution read answers, one per read (the last one repeats). */
function statuses(...list: WorkflowExecutionStatus[]) {
  let n = 0;
  return () => ({ status: 200, body: executionFixture({ status: list[Math.min(n++, list.length - 1)]! }) });
}

/** Advances fake time by `ms` in 10 s steps, the server sending a heartbeat at each step. */
async function heartbeatsFor(s: { push: (blocks: typeof heartbeat) => void }, ms: number) {
  for (let t = 0; t < ms; t += 10_000) {
    await vi.advanceTimersByTimeAsync(Math.min(10_000, ms - t));
    s.push(heartbeat);
  }
}

/** Starts reading `stream`; `ended()` says whether it has finished. */
function start<T>(stream: AsyncIterable<T>) {
  let ended = false;
  const reading = drain(stream).finally(() => (ended = true));
  return { reading, ended: () => ended };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a connection with heartbeats only", () => {
  test("resumed from a finished execution's last event, the execution stream ends", async () => {
    const s = scripted(() => ({ blocks: heartbeat, then: "open" }), statuses("COMPLETED"));
    const run = start(streamExecution(s.client, input, { ...s.options, lastEventId: "41" }));
    await heartbeatsFor(s, 29_000);
    expect(s.reads).toHaveLength(0); // not asked before completionCheckMs (30 s by default)
    await heartbeatsFor(s, 1_000);
    await vi.waitFor(() => expect(run.ended()).toBe(true));
    const { items, error } = await run.reading;
    expect(error).toBeUndefined();
    expect(items).toEqual([]);
    expect(s.streams).toHaveLength(1);
    expect(s.streams[0]!.url.searchParams.get("last_event_id")).toBe("41");
    expect(s.reads).toHaveLength(1);
    expect(s.cancelled()).toBe(true); // the open connection was closed
  });

  test("asks again every completionCheckMs while the execution runs, and ends once it is terminated", async () => {
    const s = scripted(
      () => ({ blocks: [{ id: "1", data: JSON.stringify(streamEventFixture(1)) }], then: "open" }),
      statuses("RUNNING", "RUNNING", "TERMINATED"),
    );
    const run = start(streamExecution(s.client, input, { ...s.options, completionCheckMs: 5_000 }));
    await heartbeatsFor(s, 10_000);
    expect(s.reads).toHaveLength(2);
    expect(run.ended()).toBe(false);
    await heartbeatsFor(s, 5_000);
    await vi.waitFor(() => expect(run.ended()).toBe(true));
    const { items, error } = await run.reading;
    expect(error).toBeUndefined();
    expect(items.map((e) => e.broker_sequence)).toEqual([1]);
    expect(s.reads).toHaveLength(3);
    expect(s.streams).toHaveLength(1);
  });

  test("an event restarts the clock", async () => {
    const s = scripted(() => ({ blocks: heartbeat, then: "open" }), statuses("COMPLETED"));
    const stream = streamExecution(s.client, input, { ...s.options, lastEventId: "41" });
    const run = start(stream);
    await heartbeatsFor(s, 20_000);
    s.push([{ id: "42", data: JSON.stringify(streamEventFixture(42)) }]);
    await heartbeatsFor(s, 20_000);
    // 40 s in, 20 s after the event: not asked yet.
    expect(s.reads).toHaveLength(0);
    await heartbeatsFor(s, 10_000);
    await vi.waitFor(() => expect(s.reads).toHaveLength(1));
    // COMPLETED, but this connection delivered an event: its terminal event is still to come.
    expect(run.ended()).toBe(false);
    stream.abort();
    expect((await run.reading).items.map((e) => e.broker_sequence)).toEqual([42]);
  });

  test("the execution log stream ends once the execution has finished", async () => {
    const s = scripted(
      () => ({ blocks: [{ id: "c-1", event: "log", data: JSON.stringify(logFixture(1)) }], then: "open" }),
      statuses("RUNNING", "COMPLETED"),
    );
    const run = start(streamExecutionLogs(s.client, input, { ...s.options, completionCheckMs: 5_000 }));
    await heartbeatsFor(s, 10_000);
    await vi.waitFor(() => expect(run.ended()).toBe(true));
    const { items, error } = await run.reading;
    expect(error).toBeUndefined();
    expect(items.map((r) => r.body)).toEqual(["line 1"]);
    expect(s.reads).toHaveLength(2);
  });

  test("the deployment log stream ends once the deployment is gone", async () => {
    const s = scripted(
      () => ({ blocks: heartbeat, then: "open" }),
      () => ({ status: 404, body: { detail: "Deployment not found" } }),
    );
    const run = start(streamDeploymentLogs(s.client, { name: "support-workers" }, s.options));
    await heartbeatsFor(s, 30_000);
    await vi.waitFor(() => expect(run.ended()).toBe(true));
    expect((await run.reading).error).toBeUndefined();
  });

  test("a 5xx on the status read is asked again later; a 404 ends the stream with it", async () => {
    let n = 0;
    const s = scripted(
      () => ({ blocks: heartbeat, then: "open" }),
      () =>
        n++ === 0 ? { status: 503, body: { detail: "busy" } } : { status: 404, body: { detail: "gone" } },
    );
    const run = start(streamExecution(s.client, input, { ...s.options, completionCheckMs: 5_000 }));
    await heartbeatsFor(s, 5_000);
    await vi.waitFor(() => expect(s.reads).toHaveLength(1));
    expect(run.ended()).toBe(false);
    await heartbeatsFor(s, 5_000);
    await vi.waitFor(() => expect(run.ended()).toBe(true));
    expect((await run.reading).error).toBeInstanceOf(NotFoundError);
    expect(s.cancelled()).toBe(true);
  });

  test("completionCheckMs: 0 never asks", async () => {
    const s = scripted(() => ({ blocks: heartbeat, then: "open" }), statuses("COMPLETED"));
    const stream = streamExecution(s.client, input, {
      ...s.options,
      completionCheckMs: 0,
      lastEventId: "41",
    });
    const run = start(stream);
    await heartbeatsFor(s, 120_000);
    expect(s.reads).toHaveLength(0);
    expect(run.ended()).toBe(false);
    stream.abort();
    await run.reading;
  });
});
