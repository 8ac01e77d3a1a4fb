/**
 * The stories about custom tasks: `live_tasks` (a checklist, a streamed answer, a child workflow with
 * its own task, a failed tool call), `child_task` (what that child plays), and the connector sign-in
 * steps that come first when the execute request declares connectors. Each step publishes what a real
 * activity would: an initial state, then JSON patches, then the task's end.
 */
import type { ExecutionBehaviour } from "../types.js";
import type { ExecutionRuntime, Step, StepResult } from "./execution.js";
import type { IdSource } from "./ids.js";
import type { Recorder } from "./recorder.js";

/** What the task stories need from the engine. */
export interface TaskStoryHost {
  /** Starts a child execution of `parent`'s workflow, at `at`, with `behaviour`. */
  startChild(parent: ExecutionRuntime, at: number, behaviour: ExecutionBehaviour): ExecutionRuntime;
  /** Whether the execution has ended. */
  isDone(rt: ExecutionRuntime): boolean;
  /** Runs the plan's next step at clock time `at`. */
  scheduleNext(rt: ExecutionRuntime, at: number): void;
  /** Whether credentials for this connector (and credentials name) were supplied. */
  isConnectorAuthorized(connectorName: string, credentialsName: string | null): boolean;
  /** Supplies credentials at clock time `at`, waking the executions that wait for them. */
  authorizeConnector(connectorName: string, credentialsName: string | null, at: number): void;
  /** Runs `run` at clock time `at`. */
  schedule(at: number, run: (at: number) => void): void;
}

/** A connector the execute request declares (`extensions.mistralai.connectors.bindings[]`). */
interface Binding {
  connector_name: string;
  credentials_name: string | null;
}

/** The run waits for this connector's credentials (`ExecutionRuntime.run.waitingFor`). */
export const connectorWait = (name: string, credentials: string | null) =>
  `connector:${name}\u0000${credentials ?? ""}`;

const ANSWER = "Your refund was approved and will reach your card within five days.".split(" ");

function bindingsOf(rt: ExecutionRuntime): Binding[] {
  const ext = rt.rec.request.extensions as
    { mistralai?: { connectors?: { bindings?: unknown } } } | null | undefined;
  const list = ext?.mistralai?.connectors?.bindings;
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (b): b is Record<string, unknown> =>
        !!b && typeof b === "object" && typeof b.connector_name === "string",
    )
    .map((b) => ({
      connector_name: b.connector_name as string,
      credentials_name: typeof b.credentials_name === "string" ? b.credentials_name : null,
    }));
}

/** Plans the task stories' steps. */
export class TaskStories {
  constructor(
    private readonly recorder: Recorder,
    private readonly ids: IdSource,
    private readonly host: TaskStoryHost,
  ) {}

  private task(rt: ExecutionRuntime, at: number, kind: string, id: string, type: string, extra: object) {
    this.recorder.publish(rt, at, `CUSTOM_TASK_${kind}` as "CUSTOM_TASK_STARTED", {
      custom_task_id: id,
      custom_task_type: type,
      ...extra,
    });
  }

  private patch(rt: ExecutionRuntime, at: number, id: string, type: string, ops: object[]) {
    this.task(rt, at, "IN_PROGRESS", id, type, { payload: { type: "json_patch", value: ops } });
  }

  /** The connector sign-in steps (none when the request declares no connector or it is turned off). */
  connectorSteps(rt: ExecutionRuntime): Step[] {
    const option = rt.rec.behaviour.connector_auth;
    if (option === false) return [];
    const settings = typeof option === "object" && option ? option : {};
    return bindingsOf(rt).flatMap((binding, index) => {
      const { connector_name: name, credentials_name: credentials } = binding;
      const id = `connector-auth-${index + 1}`;
      let state: Record<string, unknown> | null = null;
      const started = (at: number): StepResult => {
        if (this.host.isConnectorAuthorized(name, credentials)) return "next";
        const connectorId = this.ids.uuid4();
        state = {
          connector_name: name,
          connector_id: connectorId,
          credentials_name: credentials,
          auth_url:
            settings.auth_url ??
            `https://connectors.mock-server.invalid/oauth/${encodeURIComponent(name)}/authorize?state=${connectorId}`,
          message: settings.message ?? `Sign in to ${name} to let the workflow use it.`,
        };
        this.task(rt, at, "STARTED", id, "connector_auth", { payload: { type: "json", value: state } });
        this.recorder.log(rt, at, "INFO", `Waiting for credentials of connector ${name}`, rt.trace.root);
        if (settings.delay_ms !== undefined)
          this.host.schedule(at + settings.delay_ms, (when) =>
            this.host.authorizeConnector(name, credentials, when),
          );
        return "next";
      };
      const wait = (): StepResult => {
        if (this.host.isConnectorAuthorized(name, credentials)) return "next";
        rt.run.waitingFor = connectorWait(name, credentials);
        return "wait";
      };
      const completed = (at: number): StepResult => {
        if (!state) return "next";
        const value = { ...state, auth_url: null, message: `Connected to ${name}.` };
        this.task(rt, at, "COMPLETED", id, "connector_auth", { payload: { type: "json", value } });
        return "next";
      };
      return [started, wait, completed];
    });
  }

  /** The `live_tasks` story's middle: every task; the caller adds the start and the ending. */
  liveTasks(rt: ExecutionRuntime): Step[] {
    const n = rt.rec.behaviour.steps;
    const steps: Step[] = [];
    const items = ["Read the ticket", "Draft the answer", "Review the answer", "Look up the order"];
    const tick = (i: number) => (at: number) => {
      this.patch(rt, at, "checklist", "checklist", [
        { op: "replace", path: `/items/${i}/done`, value: true },
        { op: "replace", path: "/progress", value: Math.round(((i + 1) / items.length) * 1000) / 1000 },
      ]);
      return "next" as const;
    };
    steps.push((at) => {
      const value = { progress: 0, items: items.map((label) => ({ label, done: false })) };
      this.task(rt, at, "STARTED", "checklist", "checklist", { payload: { type: "json", value } });
      return "next";
    }, tick(0));
    // The answer, token by token: each patch appends text and raises the progress.
    steps.push((at) => {
      this.task(rt, at, "STARTED", "answer", "llm_call", {
        payload: { type: "json", value: { model: "mistral-medium-latest", progress: 0, text: "" } },
      });
      return "next";
    });
    for (let k = 1; k <= n; k++)
      steps.push((at) => {
        const from = Math.floor(((k - 1) * ANSWER.length) / n);
        const to = Math.floor((k * ANSWER.length) / n);
        const text = ANSWER.slice(from, to).join(" ") + (k < n ? " " : "");
        this.patch(rt, at, "answer", "llm_call", [
          { op: "append", path: "/text", value: text },
          { op: "replace", path: "/progress", value: Math.round((k / n) * 1000) / 1000 },
        ]);
        return "next";
      });
    steps.push((at) => {
      const value = { model: "mistral-medium-latest", progress: 1, text: ANSWER.join(" ") };
      this.task(rt, at, "COMPLETED", "answer", "llm_call", { payload: { type: "json", value } });
      return "next";
    }, tick(1));
    // A child workflow reviews the answer with a task of its own; the parent waits for it.
    let child: ExecutionRuntime | null = null;
    steps.push(
      (at) => {
        child = this.host.startChild(rt, at, {
          story: "child_task",
          steps: 2,
          stepMs: rt.rec.behaviour.stepMs,
        });
        const waiting = `child:${child.rec.execution.execution_id}`;
        child.listeners.terminal.add(() => {
          if (rt.run.waitingFor !== waiting) return;
          rt.run.waitingFor = null;
          this.host.scheduleNext(rt, Date.parse(child!.rec.execution.end_time ?? "") || at);
        });
        return "next";
      },
      () => {
        if (!child || this.host.isDone(child)) return "next";
        rt.run.waitingFor = `child:${child.rec.execution.execution_id}`;
        return "wait";
      },
      tick(2),
    );
    // A tool call that fails: the workflow carries on without it.
    steps.push(
      (at) => {
        this.task(rt, at, "STARTED", "lookup", "tool_call", {
          payload: { type: "json", value: { tool: "order_lookup", status: "calling" } },
        });
        return "next";
      },
      (at) => {
        this.task(rt, at, "FAILED", "lookup", "tool_call", {
          failure: { message: "order_lookup: service unavailable" },
        });
        return "next";
      },
      (at) => {
        const value = {
          progress: 1,
          items: items.map((label, i) => ({ label, done: i < 3 })),
        };
        this.task(rt, at, "COMPLETED", "checklist", "checklist", { payload: { type: "json", value } });
        return "next";
      },
    );
    return steps;
  }

  /** The `child_task` story's middle: one `review` task with `steps` patches. */
  childTask(rt: ExecutionRuntime): Step[] {
    const n = rt.rec.behaviour.steps;
    const steps: Step[] = [
      (at) => {
        this.task(rt, at, "STARTED", "review", "review", {
          payload: { type: "json", value: { progress: 0, notes: [] } },
        });
        return "next";
      },
    ];
    for (let k = 1; k <= n; k++)
      steps.push((at) => {
        this.patch(rt, at, "review", "review", [
          { op: "add", path: "/notes/-", value: `check ${k} passed` },
          { op: "replace", path: "/progress", value: Math.round((k / n) * 1000) / 1000 },
        ]);
        return "next";
      });
    steps.push((at) => {
      const notes = Array.from({ length: n }, (_, i) => `check ${i + 1} passed`);
      this.task(rt, at, "COMPLETED", "review", "review", {
        payload: { type: "json", value: { progress: 1, notes } },
      });
      return "next";
    });
    return steps;
  }
}
