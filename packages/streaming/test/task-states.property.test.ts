/**
 * Property: for any sequence of task updates (random patches and full values), delivered over the
 * real connect layer with the connection cut at random byte offsets (each reconnect replaying a few
 * events from before the resume point), and with the consumer itself stopping and resuming with a fresh
 * stream and the same tracker, every snapshot equals the state a plain model reaches after the same
 * prefix of updates, and every update is seen exactly once.
 *
 * The model is plain JavaScript on a known shape, independent of the patch library.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  connectSSE,
  decodeWorkflowEvent,
  isTerminalEvent,
  type StreamOptions,
  type TaskPayload,
  type WorkflowStreamEvent,
} from "../src/index.js";
import { createTaskTracker, taskStates, type TaskTracker } from "../src/tasks.js";
import { EXECUTION_ID, terminalEventFixture } from "./helpers/fixtures.js";
import { json, patch, taskEvent } from "./helpers/task-events.js";
import { utf8 } from "./helpers/sse-encoder.js";

interface Model {
  progress: number;
  text: string;
  items: string[];
  meta: Record<string, number>;
}

type Intent =
  | { kind: "progress"; value: number }
  | { kind: "append"; text: string }
  | { kind: "push"; item: string }
  | { kind: "shift" }
  | { kind: "set"; key: string; value: number }
  | { kind: "full" };

const intent: fc.Arbitrary<Intent> = fc.oneof(
  fc.record({ kind: fc.constant("progress" as const), value: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("append" as const), text: fc.string({ unit: "grapheme", maxLength: 6 }) }),
  fc.record({ kind: fc.constant("push" as const), item: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant("shift" as const) }),
  fc.record({
    kind: fc.constant("set" as const),
    key: fc.constantFrom("a", "b", "c/d", "e~f"),
    value: fc.integer(),
  }),
  fc.record({ kind: fc.constant("full" as const) }),
);

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
const clone = (m: Model): Model => structuredClone(m);

/** Applies one event's intents to the model; returns the payload that says the same. */
function step(model: Model, intents: Intent[]): TaskPayload {
  if (intents.some((i) => i.kind === "full")) {
    for (const i of intents) if (i.kind === "append") model.text += i.text;
    return json(clone(model));
  }
  const ops: unknown[] = [];
  for (const i of intents) {
    if (i.kind === "progress") {
      model.progress = i.value;
      ops.push({ op: "replace", path: "/progress", value: i.value });
    } else if (i.kind === "append") {
      model.text += i.text;
      ops.push({ op: "append", path: "/text", value: i.text });
    } else if (i.kind === "push") {
      model.items.push(i.item);
      ops.push({ op: "add", path: "/items/-", value: i.item });
    } else if (i.kind === "shift" && model.items.length > 0) {
      model.items.shift();
      ops.push({ op: "remove", path: "/items/0", value: null });
    } else if (i.kind === "set") {
      ops.push({
        op: i.key in model.meta ? "replace" : "add",
        path: `/meta/${escape(i.key)}`,
        value: i.value,
      });
      model.meta[i.key] = i.value;
    }
  }
  return patch(...ops);
}

interface Script {
  events: WorkflowStreamEvent[];
  /** The model's state after each task event, by broker sequence. */
  expected: Map<number, Model>;
  wire: Uint8Array;
  /** Byte offset where event `i` (0-based) starts. */
  starts: number[];
}

function script(updates: Intent[][]): Script {
  const model: Model = { progress: 0, text: "", items: [], meta: {} };
  const events: WorkflowStreamEvent[] = [taskEvent(1, "STARTED", { payload: json(clone(model)) })];
  const expected = new Map<number, Model>([[1, clone(model)]]);
  updates.forEach((intents, k) => {
    const payload = step(model, intents);
    events.push(taskEvent(k + 2, "IN_PROGRESS", { payload }));
    expected.set(k + 2, clone(model));
  });
  events.push(terminalEventFixture(events.length + 1, "COMPLETED"));
  const parts = events.map((e) => utf8(`id: ${e.broker_sequence}\ndata: ${JSON.stringify(e)}\n\n`));
  const starts: number[] = [];
  let size = 0;
  for (const p of parts) (starts.push(size), (size += p.length));
  const wire = new Uint8Array(size);
  parts.forEach((p, i) => wire.set(p, starts[i]!));
  return { events, expected, wire, starts };
}

/**
 * A stream over `s.wire`: connection `n` starts at the event after the resume id (minus `replay`
 * events, as a server resuming from a coarser cursor would) and is cut after `cuts[n]` bytes.
 */
function source(s: Script, cuts: number[], replay: number, options: StreamOptions, counter: { n: number }) {
  return connectSSE<WorkflowStreamEvent>(
    {
      async open(resume) {
        const after = resume.lastEventId ? Number(resume.lastEventId) : 0;
        const start = s.starts[Math.max(0, after - replay)]!;
        const cut = cuts[counter.n++];
        const end = cut === undefined ? s.wire.length : Math.min(s.wire.length, start + cut);
        return new Response(s.wire.slice(start, end), { headers: { "content-type": "text/event-stream" } });
      },
      decode: decodeWorkflowEvent,
      idOf: (e) => e.data.event_id,
      sequenceOf: (e) => e.broker_sequence,
      isTerminal: (e) => isTerminalEvent(e, EXECUTION_ID),
    },
    { maxReconnects: 1000, sleep: async () => {}, ...options },
  );
}

const updates = fc.array(fc.array(intent, { minLength: 1, maxLength: 4 }), { maxLength: 40 });

test("snapshots equal the model after every prefix, across random cuts and replays", async () => {
  await fc.assert(
    fc.asyncProperty(
      updates,
      fc.array(fc.nat({ max: 4000 }), { maxLength: 12 }),
      fc.nat({ max: 3 }),
      async (u, cuts, replay) => {
        const s = script(u);
        const seen: number[] = [];
        for await (const snap of taskStates(source(s, cuts, replay, {}, { n: 0 }))) {
          const sequence = snap.event.broker_sequence;
          seen.push(sequence);
          expect(snap.state).toEqual(s.expected.get(sequence));
        }
        expect(seen).toEqual([...s.expected.keys()]);
      },
    ),
    { numRuns: 150 },
  );
});

test("a consumer that stops and resumes with the same tracker goes on from the state it had", async () => {
  await fc.assert(
    fc.asyncProperty(
      updates,
      fc.array(fc.nat({ max: 50 }), { maxLength: 6 }),
      fc.array(fc.nat({ max: 4000 }), { maxLength: 6 }),
      fc.nat({ max: 5 }),
      async (u, stops, cuts, rewind) => {
        const s = script(u);
        const tracker: TaskTracker = createTaskTracker();
        const seen: number[] = [];
        let lastEventId: string | null = null;
        // Each round reads up to `stops[round]` snapshots, then breaks; the next round resumes from an
        // id saved `rewind` events too early (an overlap the tracker must skip).
        for (let round = 0; round <= stops.length; round++) {
          const stream = source(s, cuts, 0, { lastEventId }, { n: 0 });
          let read = 0;
          let stopped = false;
          for await (const snap of taskStates(stream, { tracker })) {
            seen.push(snap.event.broker_sequence);
            expect(snap.state).toEqual(s.expected.get(snap.event.broker_sequence));
            if (round < stops.length && ++read > stops[round]!) {
              stopped = true;
              break;
            }
          }
          if (!stopped) break; // the stream reached the execution's end
          const id = stream.lastEventId;
          lastEventId = id === null ? null : String(Math.max(0, Number(id) - rewind)) || null;
          if (lastEventId === "0") lastEventId = null;
        }
        expect(seen).toEqual([...s.expected.keys()]);
        expect(tracker.get(EXECUTION_ID, "answer")!.state).toEqual(s.expected.get(s.events.length - 1));
      },
    ),
    { numRuns: 100 },
  );
});
