/**
 * `startExecution(…, { validate: true })` against the seeded registrations' input schemas.
 */
import { InvalidArgumentError } from "@mistral-workflows/client";
import { registrationFixture, SUPPORT_WORKFLOW_ID } from "@mistral-workflows/mock-server";
import AjvCore from "ajv/dist/core.js";
import { afterEach, describe, expect, test, vi } from "vitest";
import { defineWorkflow, InputSchemaError, startExecution } from "../src/index.js";
import { _validatorCacheStats } from "../src/internal/validate-input.js";
import { setup, type Setup } from "./helpers/mock.js";

const support = defineWorkflow<{ ticket_id: string; priority?: "low" | "normal" | "high" }>(
  "support-workflow",
);

let s: Setup;
afterEach(() => s?.api.close());

describe("validate: true", () => {
  test("a valid input costs two reads before the execute request", async () => {
    s = setup();
    const handle = await startExecution(
      s.client,
      support,
      { ticket_id: "T-1", priority: "high" },
      { validate: true },
    );
    expect(s.operations()).toEqual([
      "workflows.getWorkflow",
      "workflows.getWorkflowRegistrations",
      "workflows.executeWorkflow",
    ]);
    expect(s.api.requests[1]!.query).toMatchObject({ workflow_id: SUPPORT_WORKFLOW_ID, active_only: "true" });
    expect(s.api.state.executions.has(handle.executionId)).toBe(true);
  });

  test("an input that fails the schema throws InputSchemaError with the paths, and starts nothing", async () => {
    s = setup();
    const error = await startExecution(
      s.client,
      "support-workflow",
      { priority: "urgent", customer: 7 },
      { validate: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputSchemaError);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    const { issues, registrationId, argument, message } = error as InputSchemaError;
    expect(argument).toBe("input");
    expect(registrationId).toBe("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"); // the active registration
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ instancePath: "", keyword: "required", schemaPath: "#/required" }),
        expect.objectContaining({ instancePath: "/customer", schemaPath: "#/properties/customer/type" }),
        expect.objectContaining({ instancePath: "/priority", schemaPath: "#/properties/priority/enum" }),
      ]),
    );
    expect(message).toMatch(/#\/properties\/customer\/type/);
    expect(s.operations()).not.toContain("workflows.executeWorkflow");
    expect(s.api.state.executions.size).toBe(0);
  });

  test("formats are checked (the summarizer's document_url is a uri)", async () => {
    s = setup();
    const error = await startExecution(
      s.client,
      "document-summarizer",
      { document_url: "not a url" },
      { validate: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputSchemaError);
    expect((error as InputSchemaError).issues).toMatchObject([
      { instancePath: "/document_url", keyword: "format" },
    ]);
  });

  test("deploymentName picks the registration of that deployment", async () => {
    s = setup({
      registrations: [
        registrationFixture({
          id: "0c4a4a4a-1b2c-4d3e-8f90-a1b2c3d4e5f6",
          workflow_id: SUPPORT_WORKFLOW_ID,
          deployment_name: "canary",
          definition: {
            input_schema: {
              type: "object",
              properties: { ticket_id: { type: "integer" } },
              required: ["ticket_id"],
            },
          },
        }),
      ],
    });
    await expect(
      startExecution(
        s.client,
        "support-workflow",
        { ticket_id: 42 },
        { validate: true, deploymentName: "canary" },
      ),
    ).resolves.toBeDefined();
    const error = await startExecution(
      s.client,
      "support-workflow",
      { ticket_id: 42 },
      { validate: true, deploymentName: "support" },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "InputSchemaError",
      registrationId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    });
  });

  test("a non-boolean validate is refused before sending", async () => {
    s = setup();
    await expect(
      startExecution(s.client, support, { ticket_id: "T-1" }, { validate: "yes" as unknown as boolean }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(s.api.requests).toHaveLength(0);
  });

  test("the abort signal reaches the validation's requests too", async () => {
    s = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      startExecution(s.client, support, { ticket_id: "T-1" }, { validate: true, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "APIUserAbortError" });
    expect(s.api.requests).toHaveLength(0);
  });
});

describe("validate: true compiles each schema once", () => {
  const ACTIVE = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  /** Counts Ajv compilations (every instance shares the prototype) without changing them. */
  function countCompilations() {
    const compile = vi.spyOn(AjvCore.prototype, "compile");
    const removeSchema = vi.spyOn(AjvCore.prototype, "removeSchema");
    return { compile, removeSchema };
  }
  afterEach(() => vi.restoreAllMocks());

  test("100 validations of one schema compile it once, however the server orders its keys", async () => {
    s = setup();
    const { compile } = countCompilations();
    const registration = s.api.state.registrations.get(ACTIVE)!;
    registration.definition.input_schema = {
      type: "object",
      properties: { ticket_id: { type: "string", minLength: 3 }, note: { type: "string" } },
      required: ["ticket_id"],
    };
    for (let i = 0; i < 50; i++)
      await startExecution(s.client, support, { ticket_id: `T-${i}00` }, { validate: true });
    // The same schema with its keys in another order is the same schema.
    registration.definition.input_schema = {
      required: ["ticket_id"],
      properties: { note: { type: "string" }, ticket_id: { minLength: 3, type: "string" } },
      type: "object",
    };
    for (let i = 0; i < 50; i++)
      await expect(
        startExecution(s.client, support, { ticket_id: "T" }, { validate: true }),
      ).rejects.toBeInstanceOf(InputSchemaError);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  test("a new schema on every call keeps at most a bounded number of validators", async () => {
    s = setup();
    const { compile, removeSchema } = countCompilations();
    const registration = s.api.state.registrations.get(ACTIVE)!;
    const { maxValidators } = _validatorCacheStats();
    const calls = maxValidators + 16;
    for (let i = 0; i < calls; i++) {
      registration.definition.input_schema = {
        type: "object",
        properties: { [`field_${i}`]: { type: "integer" } },
      };
      await startExecution(s.client, "support-workflow", { [`field_${i}`]: i }, { validate: true });
    }
    expect(compile).toHaveBeenCalledTimes(calls);
    const { cached } = _validatorCacheStats();
    expect(cached).toBeLessThanOrEqual(maxValidators);
    // Each evicted validator is also removed from Ajv's own cache.
    expect(removeSchema.mock.calls.length).toBeGreaterThanOrEqual(calls - maxValidators);
    // The most recent schema is still cached: validating with it again compiles nothing.
    await startExecution(s.client, "support-workflow", { [`field_${calls - 1}`]: 1 }, { validate: true });
    expect(compile).toHaveBeenCalledTimes(calls);
  });
});

describe("validate: true with a schema that has $id", () => {
  test("validates on every call, and two schemas sharing an $id each keep their own rules", async () => {
    s = setup();
    const registration = s.api.state.registrations.get("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")!;
    const withId = (type: "string" | "integer") => ({
      $id: "https://example.com/schemas/support-input.json",
      type: "object",
      properties: { ticket_id: { $ref: "#/$defs/Ticket" } },
      required: ["ticket_id"],
      $defs: { Ticket: { $id: "https://example.com/schemas/ticket.json", type } },
    });
    registration.definition.input_schema = withId("string");
    await startExecution(s.client, support, { ticket_id: "T-1" }, { validate: true });
    await startExecution(s.client, support, { ticket_id: "T-2" }, { validate: true });
    await expect(
      startExecution(s.client, "support-workflow", { ticket_id: 3 }, { validate: true }),
    ).rejects.toBeInstanceOf(InputSchemaError);
    // A new version of the schema under the same $id: judged by its own rules, not the first one's.
    registration.definition.input_schema = withId("integer");
    await startExecution(s.client, "support-workflow", { ticket_id: 3 }, { validate: true });
    await expect(
      startExecution(s.client, support, { ticket_id: "T-4" }, { validate: true }),
    ).rejects.toBeInstanceOf(InputSchemaError);
  });
});
