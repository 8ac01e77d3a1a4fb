/**
 * Deployments: list, create, get, update, delete, start, stop, restart, workers, logs (paged, and as
 * a stream). Managed deployments come from `Deployments`; self-hosted ones from the registrations'
 * deployment names (one worker each, live when a registration on it is active; no logs).
 */
import type { Domain } from "../domain/domain.js";
import type { DeploymentLogListener, MockDeployment, MockWorker } from "../domain/deployments.js";
import { notFound, rejected } from "../domain/errors.js";
import { SEED_WORKSPACE_ID, stableUuid } from "../fixtures.js";
import type { DeploymentLogRecord } from "../types.js";
import { encodeCursor } from "./cursor.js";
import { inWindow, logPage, logStreamStart, type LogWindow } from "./log-page.js";
import { offsetPage } from "./offset-page.js";
import type { Handler, HandlerContext, HandlerGroup } from "./types.js";

type LocationType = "local" | "k8s" | "managed";

/** A deployment as the handlers see it, managed or self-hosted. */
interface DeploymentView {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  hardened: boolean;
  location: LocationType;
  workers: MockWorker[];
  logs: DeploymentLogRecord[];
  managed: MockDeployment | null;
}

function managedView(d: MockDeployment): DeploymentView {
  return { ...d, location: "managed", managed: d };
}

function selfHostedView(domain: Domain, name: string): DeploymentView {
  const at = domain.deployments.startedAt;
  return {
    id: stableUuid(`deployment:${name}`),
    name,
    created_at: at,
    updated_at: at,
    hardened: false,
    location: "local",
    workers: [
      {
        name: `${name}-worker-1`,
        created_at: at,
        updated_at: at,
        is_active: domain.deployments.selfHostedActive(name),
      },
    ],
    logs: [],
    managed: null,
  };
}

function allViews(domain: Domain): DeploymentView[] {
  return [
    ...[...domain.deployments.managed.values()].map(managedView),
    ...domain.deployments.selfHostedNames().map((n) => selfHostedView(domain, n)),
  ];
}

function viewOr404(domain: Domain, name: string): DeploymentView {
  const d = domain.deployments.managed.get(name);
  if (d) return managedView(d);
  if (domain.deployments.selfHostedNames().includes(name)) return selfHostedView(domain, name);
  throw notFound("Deployment", name);
}

/** A managed deployment's service state (`ManagedDeploymentResponse`). */
export function managedOut(d: MockDeployment, now: number) {
  const live = d.workers.filter((w) => w.is_active).length;
  const settled = d.phase === "running" || d.phase === "stopped";
  return {
    service_id: d.service_id,
    name: d.name,
    spec: {
      github_url: d.spec.github_url,
      type: "workflows_worker",
      revision: d.spec.revision,
      entrypoint: d.spec.entrypoint,
      working_dir: d.spec.working_dir,
      restarted_at: d.spec.restarted_at,
      backend_spec: { ...d.spec.backend_spec },
      // The repository is the mock's own invention, so only the hash is known about the commit.
      commit: d.commit_sha ? { sha: d.commit_sha, message: null, author: null, html_url: null } : null,
      commit_sha: d.commit_sha,
    },
    resources: { ...d.resources },
    status: {
      phase: d.phase,
      available_replicas: live,
      ready_replicas: live,
      endpoint: null,
      message: null,
      last_seen: new Date(now).toISOString(),
      deployed_revision: d.commit_sha,
      generation: d.generation,
      build_state: d.build
        ? {
            phase: d.build.phase,
            commit_sha: d.build.commit_sha,
            image: d.build.image,
            message: null,
            started_at: d.build.started_at,
            finished_at: d.build.finished_at,
          }
        : null,
    },
    created_at: d.created_at,
    updated_at: d.updated_at,
    stopped: d.stopped,
    rollout_status: settled ? "complete" : "in_progress",
    created_by: d.created_by,
    updated_by: d.updated_by,
    deployed_by: d.deployed_by,
    deployed_at: d.deployed_at,
    is_hardened: d.hardened,
  };
}

function workerOut(v: DeploymentView, w: MockWorker) {
  return { ...w, location: { location_type: v.location } };
}

function deploymentOut(v: DeploymentView, now: number) {
  const active = v.workers.filter((w) => w.is_active).length;
  return {
    id: v.id,
    name: v.name,
    is_active: active > 0,
    is_hardened: v.hardened,
    created_at: v.created_at,
    updated_at: v.updated_at,
    location: { location_type: v.location },
    worker_count: v.workers.length,
    active_worker_count: active,
    locations: v.workers.length ? [v.location] : [],
    managed: v.managed ? managedOut(v.managed, now) : null,
    owner: v.managed?.created_by ?? null,
  };
}

const listDeployments: Handler<"deployments.listDeployments"> = (ctx) => {
  const q = ctx.query;
  let views = allViews(ctx.domain);
  const isActive = (v: DeploymentView) => v.workers.some((w) => w.is_active);
  if (q.active_only !== false) views = views.filter(isActive);
  if (q.is_hardened !== undefined && q.is_hardened !== null)
    views = views.filter((v) => v.hardened === q.is_hardened);
  if (q.workflow_name) {
    const w = ctx.domain.store.findWorkflow(q.workflow_name);
    const names = new Set(w ? ctx.domain.store.registrationsOf(w.id).map((r) => r.deployment_name) : []);
    views = views.filter((v) => names.has(v.name));
  }
  if (q.created_by) views = views.filter((v) => v.managed?.created_by === q.created_by);
  const kinds = q.location_types;
  if (kinds?.length) views = views.filter((v) => v.workers.length > 0 && kinds.includes(v.location));
  const search = q.search;
  if (search) views = views.filter((v) => v.name.startsWith(search) || v.id.startsWith(search));
  const dir = q.order === "asc" ? 1 : -1;
  const field = (q.order_by ?? "created_at") as "created_at" | "updated_at";
  const group = (v: DeploymentView) => (q.order_by ? 0 : isActive(v) || v.managed ? 0 : 1);
  views.sort(
    (a, b) => group(a) - group(b) || dir * a[field].localeCompare(b[field]) || a.name.localeCompare(b.name),
  );
  const { items, next } = offsetPage("deployments", views, q.cursor, q.limit ?? 50);
  return {
    body: {
      deployments: items.map((v) => deploymentOut(v, ctx.now)),
      next_cursor: next,
      workspace_id: q.workspace_id ?? SEED_WORKSPACE_ID,
    },
  };
};

const getDeployment: Handler<"deployments.getDeployment"> = (ctx) => {
  const v = viewOr404(ctx.domain, ctx.path.name);
  return { body: { ...deploymentOut(v, ctx.now), workers: v.workers.map((w) => workerOut(v, w)) } };
};

/** Managed-only actions: a self-hosted deployment is not run by the platform. */
function managed(domain: Domain, name: string): MockDeployment {
  const d = domain.deployments.managed.get(name);
  if (d) return d;
  if (domain.deployments.selfHostedNames().includes(name))
    throw rejected(`Deployment '${name}' is self-hosted; only managed deployments can be changed`);
  throw notFound("Deployment", name);
}

type ActionName =
  | "deployments.startDeployment"
  | "deployments.stopDeployment"
  | "deployments.restartDeployment"
  | "deployments.deleteDeployment";

const action =
  (act: "start" | "stop" | "restart" | "delete"): Handler<ActionName> =>
  (ctx) => {
    const d = ctx.domain.deployments[act](managed(ctx.domain, ctx.path.name), ctx.userId, ctx.now);
    return { body: managedOut(d, ctx.now) };
  };

const createDeployment: Handler<"deployments.createDeployment"> = (ctx) => ({
  body: managedOut(ctx.domain.deployments.create(ctx.body, ctx.userId, ctx.now), ctx.now),
});

const updateDeployment: Handler<"deployments.updateDeployment"> = (ctx) => ({
  body: managedOut(
    ctx.domain.deployments.update(managed(ctx.domain, ctx.path.name), ctx.body, ctx.userId, ctx.now),
    ctx.now,
  ),
});

const listDeploymentWorkers: Handler<"deployments.listDeploymentWorkers"> = (ctx) => {
  const v = viewOr404(ctx.domain, ctx.path.name);
  let workers = v.workers;
  if (ctx.query.worker_status)
    workers = workers.filter((w) => w.is_active === (ctx.query.worker_status === "active"));
  const { items, next } = offsetPage(`workers:${v.name}`, workers, ctx.query.cursor, ctx.query.limit ?? 50);
  return { body: { workers: items.map((w) => workerOut(v, w)), next_cursor: next } };
};

type LogContext = Pick<
  HandlerContext<"deployments.getDeploymentLogs" | "deployments.streamDeploymentLogs">,
  "query"
>;

function logFilter(ctx: LogContext, window: LogWindow) {
  const within = inWindow(window);
  return (r: DeploymentLogRecord) =>
    (!ctx.query.worker_name || r.log_attributes.worker_name === ctx.query.worker_name) &&
    (!ctx.query.workflow_name || r.log_attributes.workflow_name === ctx.query.workflow_name) &&
    within(r);
}

const getDeploymentLogs: Handler<"deployments.getDeploymentLogs"> = (ctx) => {
  const v = viewOr404(ctx.domain, ctx.path.name);
  return {
    body: logPage(v.logs, `deployment-logs:${v.name}`, ctx.query, (window) => logFilter(ctx, window)),
  };
};

/**
 * The log stream: stored lines after the resume point (or from `after`), then live ones. It ends when
 * the deployment is stopped (after its last line) or deleted; a self-hosted one has no lines and ends.
 */
const streamDeploymentLogs: Handler<"deployments.streamDeploymentLogs"> = (ctx) => {
  const v = viewOr404(ctx.domain, ctx.path.name);
  const kind = `deployment-logs:${v.name}`;
  const { from, window } = logStreamStart(
    kind,
    {
      header: ctx.header["Last-Event-ID"] ?? ctx.request.headers.get("last-event-id"),
      query: ctx.query.last_event_id,
    },
    ctx.query.after,
  );
  const keep = logFilter(ctx, window);
  const d = v.managed;
  const over = () => !d || d.phase === "stopped" || !ctx.domain.deployments.managed.has(d.name);
  return {
    sse: (writer) => {
      const out = (index: number, r: DeploymentLogRecord) => ({
        id: encodeCursor(kind, { p: index, o: "asc", a: null, b: null }),
        event: "log",
        data: r,
      });
      const logs = v.logs;
      let next = from;
      let listener: DeploymentLogListener | null = null;
      // The stored lines are written as the reader drains them; live ones follow once they are out.
      writer.feed(
        () => {
          if (next >= logs.length) return undefined;
          const index = next++;
          return keep(logs[index]!) ? out(index, logs[index]!) : null;
        },
        () => {
          if (over()) return writer.close();
          listener = {
            onLog: (index, r) => {
              if (keep(r)) writer.send(out(index, r));
              if (over()) writer.close();
            },
            onEnd: () => writer.close(),
          };
          d!.listeners.add(listener);
        },
      );
      return () => {
        if (listener) d!.listeners.delete(listener);
      };
    },
  };
};

/** Handlers of the deployments resource, by SDK name. */
export const deploymentHandlers = {
  "deployments.listDeployments": listDeployments,
  "deployments.createDeployment": createDeployment,
  "deployments.getDeployment": getDeployment,
  "deployments.updateDeployment": updateDeployment,
  "deployments.deleteDeployment": action("delete"),
  "deployments.startDeployment": action("start"),
  "deployments.stopDeployment": action("stop"),
  "deployments.restartDeployment": action("restart"),
  "deployments.listDeploymentWorkers": listDeploymentWorkers,
  "deployments.getDeploymentLogs": getDeploymentLogs,
  "deployments.streamDeploymentLogs": streamDeploymentLogs,
} satisfies HandlerGroup;
