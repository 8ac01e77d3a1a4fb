/**
 * Deployments: managed ones created through the API, which move through their lifecycle on the clock
 * (pending → building → starting → running; stop, start, restart and update roll their workers), and
 * self-hosted ones, known from the deployment names of the registrations. Each managed deployment
 * keeps its workers (they appear when it starts and go when it stops) and its log lines, which
 * listeners (the log stream) receive as they are written.
 */
import type { ClockTask, TaskClock } from "../clock.js";
import type { DeploymentLogRecord } from "../types.js";
import { conflict, invalidInput, notFound } from "./errors.js";
import type { IdSource } from "./ids.js";
import type { Store } from "./store.js";

/** Clock milliseconds between two phases of a deployment's lifecycle, unless the server sets another. */
export const DEFAULT_DEPLOYMENT_STEP_MS = 1000;

/** One worker of a managed deployment. */
export interface MockWorker {
  name: string;
  created_at: string;
  updated_at: string;
  is_active: boolean;
}

/** Listener of a deployment's log lines (the log stream). */
export interface DeploymentLogListener {
  onLog(index: number, record: DeploymentLogRecord): void;
  /** The deployment was deleted: nothing more will be written. */
  onEnd(): void;
}

/**
 * Where a managed deployment's workers run (the official SDK's `backend_spec`): Koyeb, the default for a
 * new deployment, or Kubernetes, which the deprecated top-level `entrypoint` / `working_dir` select.
 */
export type BackendSpec =
  | { type: "koyeb"; build_directory: string | null; dockerfile_path: string | null }
  | { type: "kubernetes"; entrypoint: string | null; working_dir: string | null };

/** A `backend_spec` as a request may send it (fields left out are null). */
export type BackendSpecInput =
  | { type: "koyeb"; build_directory?: string | null; dockerfile_path?: string | null }
  | { type: "kubernetes"; entrypoint?: string | null; working_dir?: string | null }
  | { type: string; [field: string]: unknown };

/** Everything the mock holds about one managed deployment. */
export interface MockDeployment {
  id: string;
  service_id: string;
  name: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
  deployed_by: string | null;
  deployed_at: string | null;
  spec: {
    github_url: string;
    revision: string | null;
    entrypoint: string | null;
    working_dir: string | null;
    restarted_at: string | null;
    backend_spec: BackendSpec;
  };
  resources: {
    replicas: number | null;
    cpu_request: string | null;
    cpu_limit: string | null;
    memory_request: string | null;
    memory_limit: string | null;
  };
  hardened: boolean;
  stopped: boolean;
  /** Phase of the service: `pending`, `building`, `starting`, `running`, `updating`, `restarting`, `stopping`, `stopped`. */
  phase: string;
  /** Incremented by each update, start and restart; worker names carry it. */
  generation: number;
  commit_sha: string | null;
  build: {
    phase: string;
    started_at: string;
    finished_at: string | null;
    commit_sha: string;
    image: string;
  } | null;
  workers: MockWorker[];
  logs: DeploymentLogRecord[];
  listeners: Set<DeploymentLogListener>;
  task: ClockTask | null;
}

/** The fields of a create request the domain reads. */
export interface DeploymentCreate {
  name: string;
  spec: {
    github_url: string;
    revision?: string | null;
    entrypoint?: string | null;
    working_dir?: string | null;
    backend_spec?: BackendSpecInput | null;
  };
  resources?: Partial<MockDeployment["resources"]> | null;
  hardened?: boolean;
}

/** The fields of an update request the domain reads. */
export interface DeploymentUpdate {
  spec?: {
    github_url?: string | null;
    revision?: string | null;
    entrypoint?: string | null;
    working_dir?: string | null;
    backend_spec?: BackendSpecInput | null;
  } | null;
  resources?: Partial<MockDeployment["resources"]> | null;
}

/**
 * The backend a create or update asks for. An explicit `backend_spec` wins; the deprecated top-level
 * `entrypoint` / `working_dir` select Kubernetes; sending both is refused (422), as the service does.
 */
function backendOf(spec: DeploymentUpdate["spec"], current: BackendSpec | null): BackendSpec | null {
  const legacy = spec?.entrypoint != null || spec?.working_dir != null;
  const asked = spec?.backend_spec;
  if (asked && legacy)
    throw invalidInput([
      {
        loc: ["body", "spec", "backend_spec"],
        msg: "backend_spec cannot be combined with the deprecated entrypoint and working_dir",
        type: "value_error",
      },
    ]);
  if (asked?.type === "koyeb")
    return {
      type: "koyeb",
      build_directory: (asked.build_directory as string | null | undefined) ?? null,
      dockerfile_path: (asked.dockerfile_path as string | null | undefined) ?? null,
    };
  if (asked?.type === "kubernetes")
    return {
      type: "kubernetes",
      entrypoint: (asked.entrypoint as string | null | undefined) ?? null,
      working_dir: (asked.working_dir as string | null | undefined) ?? null,
    };
  if (asked)
    throw invalidInput([
      {
        loc: ["body", "spec", "backend_spec", "type"],
        msg: "Input should be 'koyeb' or 'kubernetes'",
        type: "union_tag_invalid",
        input: asked.type,
      },
    ]);
  if (legacy) {
    const base = current?.type === "kubernetes" ? current : { entrypoint: null, working_dir: null };
    return {
      type: "kubernetes",
      entrypoint: spec?.entrypoint ?? base.entrypoint,
      working_dir: spec?.working_dir ?? base.working_dir,
    };
  }
  return current;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The deployments the mock holds, and what changes them. */
export class Deployments {
  readonly managed = new Map<string, MockDeployment>();
  /** When the mock started (the creation time it reports for self-hosted deployments), ISO 8601. */
  readonly startedAt: string;

  constructor(
    private readonly store: Store,
    private readonly clock: TaskClock,
    private readonly ids: IdSource,
    readonly stepMs: number = DEFAULT_DEPLOYMENT_STEP_MS,
  ) {
    this.startedAt = iso(clock.nowMs());
  }

  /** A managed deployment, or a 404. */
  managedOr404(name: string): MockDeployment {
    const d = this.managed.get(name);
    if (!d) throw notFound("Deployment", name);
    return d;
  }

  /** Names of self-hosted deployments: the registrations' deployment names that no managed one takes. */
  selfHostedNames(): string[] {
    const names = new Set<string>();
    for (const r of this.store.registrations.values())
      if (r.deployment_name && !this.managed.has(r.deployment_name)) names.add(r.deployment_name);
    return [...names];
  }

  /** Whether a self-hosted deployment has a live worker: one of its registrations is active. */
  selfHostedActive(name: string): boolean {
    return [...this.store.registrations.values()].some((r) => r.deployment_name === name && r.active);
  }

  /** Creates a managed deployment (202): it builds and starts on the clock. */
  create(body: DeploymentCreate, userId: string, at: number): MockDeployment {
    if (this.managed.has(body.name) || this.selfHostedNames().includes(body.name))
      throw conflict(`Deployment '${body.name}' already exists`);
    const d: MockDeployment = {
      id: this.ids.uuid4(),
      service_id: this.ids.uuid4(),
      name: body.name,
      created_at: iso(at),
      updated_at: iso(at),
      created_by: userId,
      updated_by: userId,
      deployed_by: null,
      deployed_at: null,
      spec: {
        github_url: body.spec.github_url,
        revision: body.spec.revision ?? null,
        entrypoint: body.spec.entrypoint ?? null,
        working_dir: body.spec.working_dir ?? null,
        restarted_at: null,
        backend_spec: backendOf(body.spec, null) ?? {
          type: "koyeb",
          build_directory: null,
          dockerfile_path: null,
        },
      },
      resources: {
        replicas: body.resources?.replicas ?? 1,
        cpu_request: body.resources?.cpu_request ?? null,
        cpu_limit: body.resources?.cpu_limit ?? null,
        memory_request: body.resources?.memory_request ?? null,
        memory_limit: body.resources?.memory_limit ?? null,
      },
      hardened: body.hardened ?? false,
      stopped: false,
      phase: "pending",
      generation: 1,
      commit_sha: null,
      build: null,
      workers: [],
      logs: [],
      listeners: new Set(),
      task: null,
    };
    this.managed.set(d.name, d);
    this.log(d, at, "INFO", `Deployment ${d.name} accepted`, { phase: "pending" });
    this.then(d, at, (t) => this.build(d, t, userId));
    return d;
  }

  /** Applies an update (202): the spec and resources change, then a new build rolls the workers. */
  update(d: MockDeployment, body: DeploymentUpdate, userId: string, at: number): MockDeployment {
    d.spec.backend_spec = backendOf(body.spec, d.spec.backend_spec)!;
    for (const key of ["github_url", "revision", "entrypoint", "working_dir"] as const) {
      const value = body.spec?.[key];
      if (value !== undefined && value !== null) d.spec[key] = value;
    }
    for (const key of ["replicas", "cpu_request", "cpu_limit", "memory_request", "memory_limit"] as const) {
      const value = body.resources?.[key];
      if (value !== undefined && value !== null) (d.resources as Record<string, unknown>)[key] = value;
    }
    d.generation++;
    this.touch(d, userId, at);
    d.phase = "updating";
    this.log(d, at, "INFO", `Deployment ${d.name} updated (generation ${d.generation})`, {
      phase: "updating",
    });
    this.then(d, at, (t) => this.build(d, t, userId));
    return d;
  }

  /** Starts a stopped deployment (202); starting a running one changes nothing. */
  start(d: MockDeployment, userId: string, at: number): MockDeployment {
    if (!d.stopped) return d;
    d.stopped = false;
    d.generation++;
    this.touch(d, userId, at);
    d.phase = "starting";
    this.log(d, at, "INFO", `Deployment ${d.name} starting`, { phase: "starting" });
    this.then(d, at, (t) => this.rollWorkers(d, t, userId));
    return d;
  }

  /** Stops a deployment (202): its workers go; stopping a stopped one changes nothing. */
  stop(d: MockDeployment, userId: string, at: number): MockDeployment {
    if (d.stopped) return d;
    d.task?.cancel();
    d.stopped = true;
    this.touch(d, userId, at);
    d.phase = "stopping";
    this.log(d, at, "INFO", `Deployment ${d.name} stopping`, { phase: "stopping" });
    this.then(d, at, (t) => {
      this.retireWorkers(d, t);
      d.phase = "stopped";
      this.log(d, t, "INFO", `Deployment ${d.name} stopped`, { phase: "stopped" });
    });
    return d;
  }

  /** Restarts (202): new workers replace the current ones. A stopped deployment starts. */
  restart(d: MockDeployment, userId: string, at: number): MockDeployment {
    d.task?.cancel();
    d.stopped = false;
    d.generation++;
    d.spec.restarted_at = iso(at);
    this.touch(d, userId, at);
    d.phase = "restarting";
    this.log(d, at, "INFO", `Deployment ${d.name} restarting`, { phase: "restarting" });
    this.then(d, at, (t) => this.rollWorkers(d, t, userId));
    return d;
  }

  /** Deletes (202): the workers go at once and the deployment is forgotten; its log streams end. */
  delete(d: MockDeployment, userId: string, at: number): MockDeployment {
    d.task?.cancel();
    d.task = null;
    this.retireWorkers(d, at);
    d.stopped = true;
    d.phase = "deleting";
    this.touch(d, userId, at);
    this.log(d, at, "INFO", `Deployment ${d.name} deleted`, { phase: "deleting" });
    this.managed.delete(d.name);
    for (const l of [...d.listeners]) l.onEnd();
    d.listeners.clear();
    return d;
  }

  /** Ends every log stream (the server closes). */
  dispose(): void {
    for (const d of this.managed.values()) {
      d.task?.cancel();
      d.listeners.clear();
    }
  }

  private touch(d: MockDeployment, userId: string, at: number): void {
    d.updated_at = iso(at);
    d.updated_by = userId;
  }

  /** Runs `step` one lifecycle step after `at`, replacing any pending step. */
  private then(d: MockDeployment, at: number, step: (at: number) => void): void {
    d.task?.cancel();
    d.task = this.clock.schedule(at + this.stepMs, (when) => {
      d.task = null;
      step(when);
    });
  }

  private build(d: MockDeployment, at: number, userId: string): void {
    const sha = this.ids.hex(20);
    d.phase = "building";
    d.build = {
      phase: "running",
      started_at: iso(at),
      finished_at: null,
      commit_sha: sha,
      image: `registry.mock/${d.name}:${sha.slice(0, 12)}`,
    };
    this.log(d, at, "INFO", `Building ${d.spec.github_url}${d.spec.revision ? `@${d.spec.revision}` : ""}`, {
      phase: "building",
    });
    this.then(d, at, (t) => {
      d.build!.phase = "succeeded";
      d.build!.finished_at = iso(t);
      d.commit_sha = sha;
      this.log(d, t, "INFO", `Built image ${d.build!.image}`, { phase: "building" });
      if (d.stopped) {
        d.phase = "stopped";
        return;
      }
      d.phase = "starting";
      this.then(d, t, (t2) => this.rollWorkers(d, t2, userId));
    });
  }

  /** Replaces the live workers with `replicas` new ones of the current generation. */
  private rollWorkers(d: MockDeployment, at: number, userId: string): void {
    this.retireWorkers(d, at);
    const replicas = Math.max(0, d.resources.replicas ?? 1);
    for (let i = 0; i < replicas; i++) {
      const worker: MockWorker = {
        name: `${d.name}-g${d.generation}-${i}`,
        created_at: iso(at),
        updated_at: iso(at),
        is_active: true,
      };
      d.workers.push(worker);
      this.log(d, at, "INFO", `Worker ${worker.name} started`, { worker_name: worker.name });
    }
    d.phase = "running";
    d.deployed_at = iso(at);
    d.deployed_by = userId;
    this.log(d, at, "INFO", `Deployment ${d.name} running with ${replicas} worker(s)`, { phase: "running" });
  }

  private retireWorkers(d: MockDeployment, at: number): void {
    for (const w of d.workers)
      if (w.is_active) {
        w.is_active = false;
        w.updated_at = iso(at);
        this.log(d, at, "INFO", `Worker ${w.name} stopped`, { worker_name: w.name });
      }
  }

  /** Writes a log line and hands it to the listeners. */
  log(
    d: MockDeployment,
    at: number,
    severity: string,
    body: string,
    attributes: Record<string, string>,
  ): void {
    const record: DeploymentLogRecord = {
      timestamp: iso(at),
      trace_id: this.ids.hex(16),
      span_id: this.ids.hex(8),
      severity_text: severity,
      body,
      log_attributes: { deployment_name: d.name, ...attributes },
    };
    d.logs.push(record);
    const index = d.logs.length - 1;
    for (const l of [...d.listeners]) l.onLog(index, record);
  }
}
