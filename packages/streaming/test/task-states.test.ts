import { describe, expect, test } from "vitest";
import {
  createTaskTracker,
  TaskStateError,
  taskStates,
  type TaskPayload,
  type TaskSnapshot,
} from "../src/tasks.js";
import { EXECUTION_ID, terminalEventFixture } from "./helpers/fixtures.js";
import { fromArray, json, patch, taskEvent } from "./helpers/task-events.js";

async function collect(iterable: AsyncIterable<TaskSnapshot>): Promise<TaskSnapshot[]> {
  const out: TaskSnapshot[] = [];
  for await (const s of iterable) out.push(s);
  return out;
}

describe("taskStates", () => {
  test("folds start, patches and completion into one snapshot per task event", async () => {
    const events = [
      taskEvent(1, "STARTED", { payload: json({ progress: 0, text: "" }) }),
      taskEvent(2, "IN_PROGRESS", {
        payload: patch(
          { op: "replace", path: "/progress", value: 0.5 },
          { op: "append", path: "/text", value: "Hel" },
        ),
      }),
      taskEvent(3, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "lo" }) }),
      taskEvent(4, "COMPLETED", { payload: json({ progress: 1, text: "Hello" }) }),
      terminalEventFixture(5, "COMPLETED"),
    ];
    const snapshots = await collect(taskStates(fromArray(events)));
    expect(snapshots.map((s) => [s.status, s.state])).toEqual([
      ["RUNNING", { progress: 0, text: "" }],
      ["RUNNING", { progress: 0.5, text: "Hel" }],
      ["RUNNING", { progress: 0.5, text: "Hello" }],
      ["COMPLETED", { progress: 1, text: "Hello" }],
    ]);
    expect(snapshots[0]).toMatchObject({
      taskId: "answer",
      type: "llm_call",
      workflowExecId: EXECUTION_ID,
      stale: false,
    });
    expect(snapshots[2]!.event.broker_sequence).toBe(3);
  });

  test("never changes a snapshot already handed out, and shares what a patch left alone", async () => {
    const events = [
      taskEvent(1, "STARTED", { payload: json({ items: [{ done: false }], meta: { a: 1 } }) }),
      taskEvent(2, "IN_PROGRESS", { payload: patch({ op: "replace", path: "/items/0/done", value: true }) }),
    ];
    const [first, second] = await collect(taskStates(fromArray(events)));
    expect(first!.state).toEqual({ items: [{ done: false }], meta: { a: 1 } });
    expect(second!.state).toEqual({ items: [{ done: true }], meta: { a: 1 } });
    expect((second!.state as { meta: object }).meta).toBe((first!.state as { meta: object }).meta);
    // The event's own payload is not mutated either.
    expect((events[0]!.data.attributes as { payload: TaskPayload }).payload.value).toEqual({
      items: [{ done: false }],
      meta: { a: 1 },
    });
  });

  test.each([
    ["add to the end of a list", [{ op: "add", path: "/list/-", value: 3 }], { list: [1, 2, 3], s: "x" }],
    [
      "remove (with the spec's unused value)",
      [{ op: "remove", path: "/list/0", value: null }],
      { list: [2], s: "x" },
    ],
    ["replace the root with /", [{ op: "replace", path: "/", value: { fresh: true } }], { fresh: true }],
    ["replace the root with an empty path", [{ op: "add", path: "", value: 7 }], 7],
    [
      "append to the string at the root",
      [
        { op: "replace", path: "", value: "a" },
        { op: "append", path: "/", value: "b" },
      ],
      "ab",
    ],
    ["move", [{ op: "move", from: "/s", path: "/t" }], { list: [1, 2], t: "x" }],
    ["copy", [{ op: "copy", from: "/list", path: "/c" }], { list: [1, 2], s: "x", c: [1, 2] }],
    ["an escaped key", [{ op: "add", path: "/a~1b~0c", value: 1 }], { list: [1, 2], s: "x", "a/b~c": 1 }],
  ])("applies %s", async (_name, ops, want) => {
    const events = [
      taskEvent(1, "STARTED", { payload: json({ list: [1, 2], s: "x" }) }),
      taskEvent(2, "IN_PROGRESS", { payload: patch(...ops) }),
    ];
    const snapshots = await collect(taskStates(fromArray(events)));
    expect(snapshots[1]!.state).toEqual(want);
  });

  test.each([
    ["a path that does not exist", { op: "replace", path: "/missing/x", value: 1 }, "patch-failed"],
    ["append to a number", { op: "append", path: "/n", value: "x" }, "patch-failed"],
    ["append to nothing", { op: "append", path: "/none", value: "x" }, "patch-failed"],
    ["an unknown op", { op: "merge", path: "/n", value: 1 }, "patch-failed"],
    ["a failed test", { op: "test", path: "/n", value: 2 }, "patch-failed"],
    ["a prototype path", { op: "add", path: "/__proto__/polluted", value: 1 }, "patch-failed"],
  ])("throws TaskStateError for %s, naming the task and event", async (_name, op, type) => {
    const events = [
      taskEvent(1, "STARTED", { payload: json({ n: 1 }) }),
      taskEvent(2, "IN_PROGRESS", { payload: patch({ op: "replace", path: "/n", value: 1 }, op) }),
    ];
    const error = await collect(taskStates(fromArray(events))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskStateError);
    expect(error).toMatchObject({
      type,
      taskId: "answer",
      eventId: "evt-2",
      operationIndex: 1,
      name: "TaskStateError",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a patch for a task whose start was not seen is an unknown-task error", async () => {
    const events = [
      taskEvent(1, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "x" }) }),
    ];
    await expect(collect(taskStates(fromArray(events)))).rejects.toMatchObject({ type: "unknown-task" });
  });

  test("with onError: resync, a failed patch marks the task stale until a full value arrives", async () => {
    const events = [
      taskEvent(1, "STARTED", { payload: json({ text: "a" }) }),
      taskEvent(2, "IN_PROGRESS", { payload: patch({ op: "append", path: "/nope", value: "b" }) }),
      taskEvent(3, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "c" }) }),
      taskEvent(4, "IN_PROGRESS", { payload: json({ text: "abc" }) }),
      taskEvent(5, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "d" }) }),
    ];
    const snapshots = await collect(taskStates(fromArray(events), { onError: "resync" }));
    expect(snapshots.map((s) => [s.stale, s.state])).toEqual([
      [false, { text: "a" }],
      [true, { text: "a" }],
      [true, { text: "a" }], // skipped: applying it to a state that missed a patch would be wrong
      [false, { text: "abc" }],
      [false, { text: "abcd" }],
    ]);
  });

  test("the completion's value brings a stale task back", async () => {
    const events = [
      taskEvent(1, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "late" }) }),
      taskEvent(2, "COMPLETED", { payload: json({ text: "whole" }) }),
    ];
    const snapshots = await collect(taskStates(fromArray(events), { onError: "resync" }));
    expect(snapshots.map((s) => [s.status, s.stale, s.state])).toEqual([
      ["RUNNING", true, undefined],
      ["COMPLETED", false, { text: "whole" }],
    ]);
  });

  test("failed, canceled and timed-out tasks keep their last state", async () => {
    const events = [
      taskEvent(1, "STARTED", { payload: json({ n: 1 }) }, "a"),
      taskEvent(2, "STARTED", { payload: json({ n: 2 }) }, "b"),
      taskEvent(3, "STARTED", { payload: json({ n: 3 }) }, "c"),
      taskEvent(4, "FAILED", { failure: { message: "boom" } }, "a"),
      taskEvent(5, "CANCELED", {}, "b"),
      taskEvent(6, "TIMED_OUT", {}, "c"),
    ];
    const tracker = createTaskTracker();
    await collect(taskStates(fromArray(events), { tracker }));
    expect(tracker.tasks().map((t) => [t.taskId, t.status, t.state])).toEqual([
      ["a", "FAILED", { n: 1 }],
      ["b", "CANCELED", { n: 2 }],
      ["c", "TIMED_OUT", { n: 3 }],
    ]);
  });

  test("tells apart tasks of the same id in a parent and a child execution", async () => {
    const child = "child-exec";
    const events = [
      taskEvent(1, "STARTED", { payload: json({ who: "parent" }) }, "t"),
      taskEvent(2, "STARTED", { payload: json({ who: "child" }) }, "t", child),
      taskEvent(3, "IN_PROGRESS", { payload: patch({ op: "add", path: "/x", value: 1 }) }, "t", child),
    ];
    const tracker = createTaskTracker();
    await collect(taskStates(fromArray(events), { tracker }));
    expect(tracker.get(EXECUTION_ID, "t")!.state).toEqual({ who: "parent" });
    expect(tracker.get(child, "t")!.state).toEqual({ who: "child", x: 1 });
  });

  test("skips events at or below the highest broker_sequence applied (a resumed stream's overlap)", async () => {
    const tracker = createTaskTracker();
    const first = [
      taskEvent(1, "STARTED", { payload: json({ text: "" }) }),
      taskEvent(2, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "a" }) }),
    ];
    await collect(taskStates(fromArray(first), { tracker }));
    const resumed = [
      first[1]!,
      taskEvent(3, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "b" }) }),
    ];
    const snapshots = await collect(taskStates(fromArray(resumed), { tracker }));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.state).toEqual({ text: "ab" });
    expect(tracker.lastSequence).toBe(3);
  });

  test("events of unknown and non-task kinds pass without a snapshot and without an error", async () => {
    const unknown = { ...terminalEventFixture(1, "COMPLETED", null, "other") };
    unknown.data = {
      event_type: "unknown",
      unknown_event_type: "CUSTOM_TASK_PAUSED",
      event_id: "u",
      workflow_exec_id: "x",
      attributes: {},
      raw: {},
    };
    const snapshots = await collect(
      taskStates(fromArray([unknown, terminalEventFixture(2, "COMPLETED", null, "other")])),
    );
    expect(snapshots).toEqual([]);
  });

  test("decodes every payload through decodePayload, in order", async () => {
    const seen: string[] = [];
    // A stand-in codec: the value travels as base64 JSON and is marked encrypted.
    const encode = (p: TaskPayload): TaskPayload =>
      ({ ...p, value: btoa(JSON.stringify(p.value)), encoding_options: ["encrypted"] }) as TaskPayload;
    const decodePayload = async (p: TaskPayload): Promise<TaskPayload> => {
      seen.push(p.type);
      if (!p.encoding_options?.length) return p;
      return { type: p.type, value: JSON.parse(atob(p.value as string)) } as TaskPayload;
    };
    const events = [
      taskEvent(1, "STARTED", { payload: encode(json({ text: "" })) }),
      taskEvent(2, "IN_PROGRESS", {
        payload: encode(patch({ op: "append", path: "/text", value: "secret" })),
      }),
      taskEvent(3, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "!" }) }),
    ];
    const snapshots = await collect(taskStates(fromArray(events), { decodePayload }));
    expect(snapshots.at(-1)!.state).toEqual({ text: "secret!" });
    expect(seen).toEqual(["json", "json_patch", "json_patch"]);
  });

  test("an encoded payload without decodePayload is an encoded-payload error, not a wrong state", async () => {
    const events = [
      taskEvent(1, "STARTED", { payload: { type: "json", value: "ZW5j", encoding_options: ["encrypted"] } }),
    ];
    await expect(collect(taskStates(fromArray(events)))).rejects.toMatchObject({ type: "encoded-payload" });
  });

  test("holds at most maxTasks tasks, forgetting finished ones first", async () => {
    const tracker = createTaskTracker({ maxTasks: 2 });
    await tracker.apply(taskEvent(1, "STARTED", { payload: json(1) }, "a"));
    await tracker.apply(taskEvent(2, "STARTED", { payload: json(2) }, "b"));
    await tracker.apply(taskEvent(3, "COMPLETED", { payload: json(2) }, "b"));
    await tracker.apply(taskEvent(4, "STARTED", { payload: json(3) }, "c"));
    expect(tracker.tasks().map((t) => t.taskId)).toEqual(["a", "c"]);
    await tracker.apply(taskEvent(5, "STARTED", { payload: json(4) }, "d"));
    expect(tracker.tasks().map((t) => t.taskId)).toEqual(["c", "d"]);
  });

  test("a state past maxStateBytes is a state-too-large error", async () => {
    const tracker = createTaskTracker({ maxStateBytes: 64 });
    await tracker.apply(taskEvent(1, "STARTED", { payload: json({ text: "" }) }));
    const grow = (n: number) =>
      taskEvent(n, "IN_PROGRESS", { payload: patch({ op: "append", path: "/text", value: "x".repeat(20) }) });
    await tracker.apply(grow(2));
    await tracker.apply(grow(3));
    await expect(tracker.apply(grow(4))).rejects.toMatchObject({ type: "state-too-large" });
  });

  test("rejects bad limits at the call", () => {
    expect(() => createTaskTracker({ maxTasks: 0 })).toThrow(RangeError);
    expect(() => createTaskTracker({ maxStateBytes: 1.5 })).toThrow(RangeError);
    expect(() => createTaskTracker({ onError: "ignore" as never })).toThrow(RangeError);
  });

  test("breaking out of the fold ends the event source", async () => {
    let returned = false;
    const source = {
      async *[Symbol.asyncIterator]() {
        try {
          for (let i = 1; ; i++)
            yield taskEvent(i, i === 1 ? "STARTED" : "IN_PROGRESS", { payload: json(i) });
        } finally {
          returned = true;
        }
      },
    };
    for await (const s of taskStates(source)) if (s.event.broker_sequence === 3) break;
    expect(returned).toBe(true);
  });
});
