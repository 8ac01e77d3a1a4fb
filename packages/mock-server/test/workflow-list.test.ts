/** The workflow list (filters, sort, paging) and bulk archive / unarchive with per-id results. */
import { describe, expect, test } from "vitest";
import { setup } from "./helpers.js";

describe("getWorkflows", () => {
  test("a cursor of another list is a 422 on cursor", async () => {
    const { api, client } = setup();
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
    });
    await api.settle(execution_id);
    await client.workflows.executeWorkflow({ workflow_identifier: "report-generator" });
    const other = (await client.runs.listRuns({ page_size: 1 })).next_page_token!;
    const { error, response } = await client.GET("/v1/workflows", { params: { query: { cursor: other } } });
    expect(response.status).toBe(422);
    expect(error).toMatchObject({ detail: [{ loc: ["query", "cursor"], msg: "Invalid cursor" }] });
  });

  test("lists every workflow, sorted and paged", async () => {
    const { api, client } = setup();
    const names = [...api.state.workflows.values()].map((w) => w.name).sort();
    const p1 = await client.workflows.getWorkflows({ limit: 2 });
    const p2 = await client.workflows.getWorkflows({ limit: 2, cursor: p1.next_cursor });
    expect([...p1.workflows, ...p2.workflows].map((w) => w.name)).toEqual(names);
    expect(p2.next_cursor).toBeNull();
    const desc = await client.workflows.getWorkflows({ sort_by: "display_name", order: "desc" });
    const displays = desc.workflows.map((w) => w.display_name);
    expect(displays).toEqual([...displays].sort().reverse());
  });

  test("filters: archived, tags, search, shared, execution status, deployments", async () => {
    const { api, client } = setup();
    const names = async (q: Parameters<typeof client.workflows.getWorkflows>[0]) =>
      (await client.workflows.getWorkflows(q)).workflows.map((w) => w.name);
    expect(await names({ archived: true })).toEqual(["legacy-importer"]);
    expect(await names({ tags: ["reports"] })).toEqual(["report-generator"]);
    expect(await names({ search: "SUMMAR" })).toEqual(["document-summarizer"]);
    expect(await names({ include_shared: false })).not.toContain("document-summarizer");
    expect(await names({ status: "FAILED" })).toEqual([]);
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "report-generator",
      input: { _mock: "failed" },
    });
    await api.settle(execution_id);
    expect(await names({ status: ["FAILED", "TIMED_OUT"] })).toEqual(["report-generator"]);
    const deployment = [...api.state.registrations.values()].find((r) => r.deployment_name)!;
    const onIt = await names({ deployment_name: [deployment.deployment_name!] });
    expect(onIt).toContain(api.state.workflows.get(deployment.workflow_id)!.name);
  });
});

describe("bulk archive and unarchive", () => {
  test("report each id: changed, already so, not found, or refused", async () => {
    const { api, client } = setup();
    const byName = (name: string) => [...api.state.workflows.values()].find((w) => w.name === name)!;
    const support = byName("support-workflow");
    const legacy = byName("legacy-importer");
    const shared = byName("document-summarizer");
    const result = await client.workflows.bulkArchiveWorkflows({
      workflow_ids: [support.id, legacy.id, "00000000-0000-4000-8000-000000000000", shared.id],
    });
    expect(result.archived.map((w) => [w.name, w.archived])).toEqual([
      ["support-workflow", true],
      ["legacy-importer", true],
    ]);
    expect(result.errored).toEqual([
      {
        workflow_id: "00000000-0000-4000-8000-000000000000",
        workflow: null,
        message: "Workflow '00000000-0000-4000-8000-000000000000' not found",
      },
      expect.objectContaining({
        workflow_id: shared.id,
        workflow: expect.objectContaining({ name: shared.name }),
      }),
    ]);
    expect(support.archived).toBe(true);

    // Archiving again is harmless: a retry of the same call gives the same answer.
    const again = await client.workflows.bulkArchiveWorkflows({ workflow_ids: [support.id] });
    expect(again.archived.map((w) => w.id)).toEqual([support.id]);

    const restored = await client.workflows.bulkUnarchiveWorkflows({ workflow_ids: [support.id, legacy.id] });
    expect(restored.unarchived.map((w) => w.archived)).toEqual([false, false]);
    expect(restored.errored).toEqual([]);
    expect(legacy.archived).toBe(false);
  });
});
