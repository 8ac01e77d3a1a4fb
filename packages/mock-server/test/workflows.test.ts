import { BadRequestError, ConflictError, NotFoundError } from "@mistral-workflows/client";
import { describe, expect, test } from "vitest";
import { registrationFixture, SUPPORT_WORKFLOW_ID, workflowFixture } from "../src/index.js";
import { asExecution, setup } from "./helpers.js";

describe("workflows", () => {
  test("get by name or id, with whether a worker serves it", async () => {
    const { client } = setup();
    const byName = await client.workflows.getWorkflow({ workflow_identifier: "support-workflow" });
    const byId = await client.workflows.getWorkflow({ workflow_identifier: SUPPORT_WORKFLOW_ID });
    expect(byName).toEqual(byId);
    expect(byName.workflow).toMatchObject({
      name: "support-workflow",
      display_name: "Support workflow",
      active: true,
      archived: false,
    });
    expect(
      (await client.workflows.getWorkflow({ workflow_identifier: "legacy-importer" })).workflow,
    ).toMatchObject({ archived: true, active: false });
    await expect(client.workflows.getWorkflow({ workflow_identifier: "ghost" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  test("update changes the fields sent and keeps the others", async () => {
    const { api, client } = setup();
    const { workflow } = await client.workflows.updateWorkflow({
      workflow_identifier: "report-generator",
      display_name: "Reports",
      tags: ["weekly"],
    });
    expect(workflow).toMatchObject({
      display_name: "Reports",
      tags: ["weekly"],
      description: "Builds a weekly report from the support queue.",
    });
    expect(api.state.workflows.get(workflow!.id)!.display_name).toBe("Reports");
  });

  test("archive and unarchive; an archived workflow cannot be executed", async () => {
    const { client } = setup();
    expect(
      (await client.workflows.archiveWorkflow({ workflow_identifier: "report-generator" })).workflow!
        .archived,
    ).toBe(true);
    await expect(
      client.workflows.executeWorkflow({ workflow_identifier: "report-generator", input: {} }),
    ).rejects.toBeInstanceOf(BadRequestError);
    expect(
      (await client.workflows.unarchiveWorkflow({ workflow_identifier: "report-generator" })).workflow!
        .archived,
    ).toBe(false);
    const { status } = asExecution(
      await client.workflows.executeWorkflow({ workflow_identifier: "report-generator", input: {} }),
    );
    expect(status).toBe("RUNNING");
  });
});

describe("registrations", () => {
  test("list: filters, embedded workflows, pages by cursor", async () => {
    const { client } = setup();
    const all = await client.workflows.getWorkflowRegistrations({});
    expect(all.workflow_registrations).toHaveLength(5);
    expect(all.workflow_versions).toEqual(all.workflow_registrations);
    const names = async (q: Parameters<typeof client.workflows.getWorkflowRegistrations>[0]) =>
      (
        await client.workflows.getWorkflowRegistrations({ ...q, with_workflow: true })
      ).workflow_registrations.map((r) => r.workflow!.name);
    expect(await names({ active_only: true })).toEqual([
      "support-workflow",
      "report-generator",
      "document-summarizer",
    ]);
    expect(await names({ include_shared: false, archived: false })).toEqual([
      "support-workflow",
      "support-workflow",
      "report-generator",
    ]);
    expect(await names({ archived: true })).toEqual(["legacy-importer"]);
    expect(await names({ workflow_search: "SUMMAR" })).toEqual(["document-summarizer"]);
    expect(await names({ workflow_id: SUPPORT_WORKFLOW_ID, task_queue: "support" })).toEqual([
      "support-workflow",
      "support-workflow",
    ]);
    expect(await names({ available_in_chat_assistant: true })).toEqual(["document-summarizer"]);

    const ids: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await client.workflows.getWorkflowRegistrations({ limit: 2, cursor });
      ids.push(...page.workflow_registrations.map((r) => r.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(ids).toEqual(all.workflow_registrations.map((r) => r.id));
  });

  test("get one, with its worker status; an unknown or malformed id is a 404 or a 422", async () => {
    const { client } = setup();
    const { workflow_registration } = await client.workflows.getWorkflowRegistration({
      workflow_registration_id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    });
    expect(workflow_registration).toMatchObject({ active: true, workflow_id: SUPPORT_WORKFLOW_ID });
    expect(workflow_registration.definition.signals!.map((s) => s.name)).toEqual(["approve"]);
    await expect(
      client.workflows.getWorkflowRegistration({
        workflow_registration_id: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const error = await client.workflows
      .getWorkflowRegistration({ workflow_registration_id: "not-a-uuid" })
      .catch((e) => e);
    expect(error.status).toBe(422);
    expect(error.detail[0]).toMatchObject({
      loc: ["path", "workflow_registration_id"],
      type: "uuid_parsing",
    });
  });

  test("a workflow seeded without registrations gets one, so it can run", async () => {
    const { api, client } = setup({ defaultSeed: false, workflows: [workflowFixture({ name: "solo" })] });
    expect([...api.state.registrations.values()].map((r) => r.workflow_id)).toEqual([
      api.state.workflows.values().next().value!.id,
    ]);
    expect(
      (await client.workflows.executeWorkflow({ workflow_identifier: "solo", input: {} })).workflow_name,
    ).toBe("solo");
  });
});

describe("execute", () => {
  test("runs on the newest active registration's deployment, with the caller as user", async () => {
    const { api, client } = setup();
    const e = asExecution(
      await client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        input: { ticket_id: "T-1" },
      }),
    );
    expect(e).toMatchObject({
      workflow_name: "support-workflow",
      workflow_id: SUPPORT_WORKFLOW_ID,
      deployment_name: "support",
      status: "RUNNING",
    });
    expect(e.root_execution_id).toBe(e.execution_id);
    // The client sends an execution id of its own making, so that a retry cannot start a second run.
    expect(api.state.executions.get(e.execution_id)!.request).toEqual({
      input: { ticket_id: "T-1" },
      execution_id: e.execution_id,
    });
  });

  test("a custom execution id is kept; a taken one is a 409", async () => {
    const { client } = setup();
    const e = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      execution_id: "ticket-42",
      input: {},
    });
    expect(e.execution_id).toBe("ticket-42");
    await expect(
      client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        execution_id: "ticket-42",
        input: {},
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  test("by registration (deprecated) runs that registration's workflow", async () => {
    const { client } = setup();
    const e = await client.workflows.executeWorkflowRegistration({
      workflow_registration_id: "3d8b7e2f-9c1a-4f5b-8e3d-6a7b8c9d0e1f",
      input: {},
    });
    expect(e).toMatchObject({ workflow_name: "report-generator", deployment_name: "reports" });
  });

  test("an unknown deployment is a 404", async () => {
    const { client } = setup();
    await expect(
      client.workflows.executeWorkflow({
        workflow_identifier: "support-workflow",
        deployment_name: "nowhere",
        input: {},
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  test("wait_for_result answers with the result (a manual clock is advanced to the end)", async () => {
    const { api, client } = setup();
    const r = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { result: { answer: 42 } } },
      wait_for_result: true,
    });
    expect(r).toEqual({
      workflow_name: "support-workflow",
      execution_id: expect.any(String),
      result: { answer: 42 },
    });
    expect(api.clock.now().toISOString()).toBe("2025-01-06T09:00:04.000Z");
  });

  test("wait_for_result on a run that fails answers with the execution and its status", async () => {
    const { client } = setup();
    const r = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: "failed" },
      wait_for_result: true,
    });
    expect(r).toMatchObject({ status: "FAILED", result: null });
  });

  test("wait_for_result gives up after timeout_seconds, answering the running execution", async () => {
    const { api, client } = setup();
    const r = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: "running" },
      wait_for_result: true,
      timeout_seconds: 30,
    });
    expect(r).toMatchObject({ status: "RUNNING" });
    expect(api.clock.now().toISOString()).toBe("2025-01-06T09:00:30.000Z");
  });

  test("wait_for_result with a real clock waits for real", async () => {
    const { client } = setup({ clock: "real", stepMs: 5 });
    const started = Date.now();
    const r = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: {},
      wait_for_result: true,
    });
    expect(r).toMatchObject({ result: { status: "done" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  test("registrations seeded with handlers restrict queries to them", async () => {
    const { client } = setup({
      defaultSeed: false,
      workflows: [workflowFixture({ name: "w" })],
      registrations: [
        registrationFixture({
          workflow_id: workflowFixture({ name: "w" }).id,
          definition: { ...registrationFixture().definition, queries: [{ name: "only", input_schema: {} }] },
        }),
      ],
    });
    const { execution_id } = await client.workflows.executeWorkflow({ workflow_identifier: "w", input: {} });
    await expect(
      client.executions.queryWorkflowExecution({ execution_id, name: "other" }),
    ).rejects.toBeInstanceOf(BadRequestError);
    expect((await client.executions.queryWorkflowExecution({ execution_id, name: "only" })).query_name).toBe(
      "only",
    );
  });
});
