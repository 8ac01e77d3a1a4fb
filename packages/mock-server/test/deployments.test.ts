/**
 * Deployments on the mock: a create is accepted (202) and moves through its phases on the clock;
 * start, stop, restart and update change it; workers appear and go; logs accumulate, page and stream;
 * delete removes it; unknown names are 404.
 */
import { ConflictError, NotFoundError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { dataOf, get, readSse, setup, takeSse } from "./helpers.js";

const spec = { github_url: "https://github.com/acme/support-workflows", revision: "main" };
const STEP = 1000;

describe("lifecycle on the clock", () => {
  test("create is accepted, then builds, starts its workers and runs", async () => {
    const { api, client } = setup();
    const accepted = await client.deployments.createDeployment({
      name: "w",
      spec,
      resources: { replicas: 2 },
    });
    expect(accepted).toMatchObject({
      name: "w",
      stopped: false,
      status: { phase: "pending", ready_replicas: 0 },
    });
    expect(api.requests.at(-1)!.status).toBe(202);

    const phase = async () => (await client.deployments.getDeployment({ name: "w" })).managed!.status.phase;
    api.clock.advance(STEP);
    expect(await phase()).toBe("building");
    api.clock.advance(STEP);
    expect(await phase()).toBe("starting");
    expect((await client.deployments.getDeployment({ name: "w" })).managed!.status.build_state).toMatchObject(
      {
        phase: "succeeded",
      },
    );
    api.clock.advance(STEP);
    const running = await client.deployments.getDeployment({ name: "w" });
    expect(running.managed!.status).toMatchObject({
      phase: "running",
      ready_replicas: 2,
      available_replicas: 2,
    });
    expect(running).toMatchObject({ is_active: true, worker_count: 2, active_worker_count: 2 });
    expect(running.workers.map((w) => [w.name, w.is_active])).toEqual([
      ["w-g1-0", true],
      ["w-g1-1", true],
    ]);
  });

  test("stop retires the workers, start brings them back; both are idempotent", async () => {
    const { api, client } = setup();
    await client.deployments.createDeployment({ name: "w", spec });
    api.clock.advance(3 * STEP);
    expect((await client.deployments.stopDeployment({ name: "w" })).stopped).toBe(true);
    expect((await client.deployments.stopDeployment({ name: "w" })).status.phase).toBe("stopping");
    api.clock.advance(STEP);
    const stopped = await client.deployments.getDeployment({ name: "w" });
    expect(stopped).toMatchObject({ is_active: false, active_worker_count: 0, managed: { stopped: true } });
    expect(stopped.managed!.status.phase).toBe("stopped");

    await client.deployments.startDeployment({ name: "w" });
    await client.deployments.startDeployment({ name: "w" });
    api.clock.advance(STEP);
    const started = await client.deployments.getDeployment({ name: "w" });
    expect(started).toMatchObject({ is_active: true, active_worker_count: 1, worker_count: 2 });
  });

  test("restart replaces the workers with a new generation; update rebuilds with the new resources", async () => {
    const { api, client } = setup();
    await client.deployments.createDeployment({ name: "w", spec });
    api.clock.advance(3 * STEP);
    const restarted = await client.deployments.restartDeployment({ name: "w" });
    expect(restarted.spec.restarted_at).toBe(api.clock.now().toISOString());
    api.clock.advance(STEP);
    const workers = await client.deployments.listDeploymentWorkers({ name: "w", worker_status: "active" });
    expect(workers.workers.map((w) => w.name)).toEqual(["w-g2-0"]);

    const updated = await client.deployments.updateDeployment({
      name: "w",
      spec: { revision: "v2" },
      resources: { replicas: 3 },
    });
    expect(updated).toMatchObject({
      spec: { revision: "v2" },
      resources: { replicas: 3 },
      status: { phase: "updating" },
    });
    api.clock.advance(3 * STEP);
    const after = await client.deployments.getDeployment({ name: "w" });
    expect(after.active_worker_count).toBe(3);
    expect(after.managed!.status.generation).toBe(3);
  });

  test("delete removes it; unknown names and duplicates are refused", async () => {
    const { api, client } = setup();
    await client.deployments.createDeployment({ name: "w", spec });
    await expect(client.deployments.createDeployment({ name: "w", spec })).rejects.toBeInstanceOf(
      ConflictError,
    );
    api.clock.advance(3 * STEP);
    const deleted = await client.deployments.deleteDeployment({ name: "w" });
    expect(deleted.status.phase).toBe("deleting");
    expect(api.requests.at(-1)!.status).toBe(202);
    await expect(client.deployments.getDeployment({ name: "w" })).rejects.toBeInstanceOf(NotFoundError);
    for (const call of [
      () => client.deployments.startDeployment({ name: "nope" }),
      () => client.deployments.listDeploymentWorkers({ name: "nope" }),
      () => client.deployments.getDeploymentLogs({ name: "nope" }),
      () => client.deployments.updateDeployment({ name: "nope", resources: { replicas: 1 } }),
    ])
      await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    expect((await get(api, "/v1/workflows/deployments/nope/logs/stream")).status).toBe(404);
  });
});

describe("listing", () => {
  test("self-hosted deployments come from the registrations; active_only (default) hides idle ones", async () => {
    const { api, client } = setup();
    const all = await client.deployments.listDeployments({ active_only: false, limit: 100 });
    const selfHosted = all.deployments.filter((d) => d.managed === null).map((d) => d.name);
    const fromRegistrations = new Set([...api.state.registrations.values()].map((r) => r.deployment_name));
    expect(new Set(selfHosted)).toEqual(fromRegistrations);

    await client.deployments.createDeployment({ name: "fresh", spec });
    const activeOnly = await client.deployments.listDeployments();
    expect(activeOnly.deployments.map((d) => d.name)).not.toContain("fresh");
    api.clock.advance(3 * STEP);
    expect((await client.deployments.listDeployments()).deployments.map((d) => d.name)).toContain("fresh");
  });

  test("pages with limit and cursor, filtered by search and hardened", async () => {
    const { client } = setup();
    for (const name of ["team-a", "team-b", "team-c"])
      await client.deployments.createDeployment({ name, spec, hardened: name === "team-b" });
    const first = await client.deployments.listDeployments({
      active_only: false,
      search: "team-",
      limit: 2,
      order_by: "created_at",
      order: "asc",
    });
    expect(first.deployments.map((d) => d.name)).toEqual(["team-a", "team-b"]);
    const second = await client.deployments.listDeployments({
      active_only: false,
      search: "team-",
      limit: 2,
      order_by: "created_at",
      order: "asc",
      cursor: first.next_cursor,
    });
    expect(second.deployments.map((d) => d.name)).toEqual(["team-c"]);
    expect(second.next_cursor).toBeNull();
    const hardened = await client.deployments.listDeployments({ active_only: false, is_hardened: true });
    expect(hardened.deployments.map((d) => d.name)).toEqual(["team-b"]);
  });
});

describe("logs", () => {
  test("accumulate as the deployment moves, page with a windowed cursor, filter by worker", async () => {
    const { api, client } = setup();
    await client.deployments.createDeployment({ name: "w", spec, resources: { replicas: 2 } });
    api.clock.advance(3 * STEP);
    const all = await client.deployments.getDeploymentLogs({ name: "w", limit: 100 });
    expect(all.results.map((r) => r.body)).toEqual([
      "Deployment w accepted",
      "Building https://github.com/acme/support-workflows@main",
      expect.stringMatching(/^Built image /),
      "Worker w-g1-0 started",
      "Worker w-g1-1 started",
      "Deployment w running with 2 worker(s)",
    ]);
    const page1 = await client.deployments.getDeploymentLogs({ name: "w", limit: 4, order: "desc" });
    const page2 = await client.deployments.getDeploymentLogs({
      name: "w",
      limit: 4,
      cursor: page1.next_cursor,
    });
    expect([...page1.results, ...page2.results].map((r) => r.body)).toEqual(
      all.results.map((r) => r.body).reverse(),
    );
    const one = await client.deployments.getDeploymentLogs({ name: "w", worker_name: "w-g1-1" });
    expect(one.results.map((r) => r.body)).toEqual(["Worker w-g1-1 started"]);
  });

  test("stream live lines, resume after a cursor, and end once the deployment is stopped", async () => {
    const { api, client } = setup({ heartbeatMs: 0 });
    await client.deployments.createDeployment({ name: "w", spec });
    const live = await get(api, "/v1/workflows/deployments/w/logs/stream");
    api.clock.advance(STEP); // written while the stream is open: delivered live
    const firstTwo = await takeSse(live, 2);
    expect(dataOf(firstTwo).map((r) => r.body)).toEqual([
      "Deployment w accepted",
      expect.stringMatching(/^Building/),
    ]);
    api.clock.advance(2 * STEP);
    await client.deployments.stopDeployment({ name: "w" });
    api.clock.advance(STEP);

    const resumed = await get(api, "/v1/workflows/deployments/w/logs/stream", {
      "last-event-id": firstTwo[1]!.id!,
    });
    const { events } = await readSse(resumed);
    expect(events.every((e) => e.event === "log")).toBe(true);
    expect(dataOf(events).map((r) => r.body)).toEqual([
      expect.stringMatching(/^Built image /),
      "Worker w-g1-0 started",
      "Deployment w running with 1 worker(s)",
      "Deployment w stopping",
      "Worker w-g1-0 stopped",
      "Deployment w stopped",
    ]);
  });

  test("a resume point of another listing is a 422 that names where it came from", async () => {
    const { api, client } = setup({ heartbeatMs: 0 });
    await client.deployments.createDeployment({ name: "w", spec });
    await client.deployments.createDeployment({ name: "v", spec });
    api.clock.advance(STEP);
    const page = await client.deployments.getDeploymentLogs({ name: "v", limit: 1 });
    const ofV = page.next_cursor!; // a cursor of v's log listing
    const byHeader = await get(api, "/v1/workflows/deployments/w/logs/stream", { "Last-Event-ID": ofV });
    expect(byHeader.status).toBe(422);
    expect((await byHeader.json()).detail[0].loc).toEqual(["header", "Last-Event-ID"]);
    const byQuery = await get(api, `/v1/workflows/deployments/w/logs/stream?last_event_id=${ofV}`);
    expect(byQuery.status).toBe(422);
    expect((await byQuery.json()).detail[0].loc).toEqual(["query", "last_event_id"]);
  });
});
