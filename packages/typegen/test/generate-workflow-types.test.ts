/**
 * `generateWorkflowTypes()`: the generated module compiles, and a call against it is
 * type-checked: right payloads pass, wrong ones fail on the line marked `@ts-expect-error`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, InvalidArgumentError } from "@mistral-workflows/client";
import { createMockServer, registrationFixture, workflowFixture } from "@mistral-workflows/mock-server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generateWorkflowTypes } from "../src/index.js";
import { typeCheckWithPackages } from "./helpers/compile.js";

const invoice = workflowFixture({ name: "invoice-sync", description: "Syncs invoices." });
const shipping = workflowFixture({ name: "shipping" });
/** Realistic schemas, as Pydantic writes them: `$defs`, `$ref`, titles, enums, arrays, required fields. */
const seed = {
  workflows: [invoice, shipping],
  registrations: [
    registrationFixture({
      workflow_id: invoice.id,
      definition: {
        input_schema: {
          title: "InvoiceSyncInput",
          type: "object",
          properties: {
            customer: { $ref: "#/$defs/Address" },
            invoice_ids: { type: "array", items: { type: "string" } },
            currency: { type: "string", enum: ["EUR", "USD"] },
          },
          required: ["invoice_ids", "currency"],
          additionalProperties: false,
          $defs: {
            Address: {
              title: "Address",
              type: "object",
              properties: { city: { type: "string" } },
              required: ["city"],
              additionalProperties: false,
            },
          },
        },
        output_schema: {
          type: "object",
          properties: { synced: { type: "integer" } },
          required: ["synced"],
          additionalProperties: false,
        },
        signals: [
          {
            name: "skip-invoice",
            input_schema: {
              type: "object",
              properties: { invoice_id: { type: "string" } },
              required: ["invoice_id"],
              additionalProperties: false,
            },
          },
        ],
        queries: [
          {
            name: "progress",
            input_schema: { type: "object", properties: {}, additionalProperties: false },
            output_schema: {
              type: "object",
              properties: { done: { type: "integer" }, total: { type: "integer" } },
              required: ["done", "total"],
              additionalProperties: false,
            },
          },
        ],
        updates: [],
      },
    }),
    registrationFixture({
      workflow_id: shipping.id,
      definition: {
        // Another `Address`: each owner gets its own declaration.
        input_schema: {
          type: "object",
          properties: { to: { $ref: "#/$defs/Address" } },
          required: ["to"],
          $defs: {
            Address: {
              title: "Address",
              type: "object",
              properties: { country: { type: "string" } },
              required: ["country"],
            },
          },
        },
      },
    }),
  ],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "typegen-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(
  "the generated module compiles and types startExecution, signal and query from the schemas",
  { timeout: 120_000 },
  async () => {
    const api = createMockServer({ ...seed, defaultSeed: false });
    const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
    const source = await generateWorkflowTypes(client);
    expect(source).toContain(
      "export const invoiceSync = defineWorkflow<InvoiceSyncInput, InvoiceSyncOutput>(",
    );
    expect(source).toMatch(/defineSignal<InvoiceSyncSkipInvoiceInput>\(\s*"skip-invoice",?\s*\)/);
    expect(source).toMatch(
      /defineQuery<\s*InvoiceSyncProgressInput,\s*InvoiceSyncProgressOutput\s*>\(\s*"progress",?\s*\)/,
    );
    expect(source).toContain("export interface InvoiceSyncInputAddress");
    expect(source).toContain("export interface ShippingInputAddress");
    expect(source).toContain("/** Syncs invoices. */");
    // Deterministic: the same registrations give the same text.
    expect(await generateWorkflowTypes(client)).toBe(source);

    const usage = `
    import { createClient } from "@mistral-workflows/client";
    import { getExecutionHandle, startExecution } from "@mistral-workflows/handles";
    import { invoiceSync, invoiceSyncProgress, invoiceSyncSkipInvoice, shipping } from "./workflows";

    export async function main(): Promise<number> {
      const client = createClient({ apiKey: "k" });
      const handle = await startExecution(client, invoiceSync, {
        invoice_ids: ["I-1"],
        currency: "EUR",
        customer: { city: "Paris" },
      });
      const synced: number = (await handle.result()).synced;
      await handle.signal(invoiceSyncSkipInvoice, { invoice_id: "I-2" });
      const progress = await handle.query(invoiceSyncProgress, {});
      await startExecution(client, shipping, { to: { country: "FR" } });
      // @ts-expect-error: currency is an enum
      await startExecution(client, invoiceSync, { invoice_ids: [], currency: "GBP" });
      // @ts-expect-error: invoice_ids is required
      await startExecution(client, invoiceSync, { currency: "EUR" });
      // @ts-expect-error: the signal's invoice_id is a string
      await handle.signal(invoiceSyncSkipInvoice, { invoice_id: 3 });
      // @ts-expect-error: the output has no such field
      (await getExecutionHandle(client, "e", invoiceSync).result()).missing;
      return synced + progress.done + progress.total;
    }
  `;
    expect(typeCheckWithPackages(dir, { "workflows.ts": source, "usage.ts": usage })).toEqual([]);
    // The checks above can fail: without the expect-error marks, each of those lines is an error.
    const unmarked = typeCheckWithPackages(dir, {
      "workflows.ts": source,
      "usage.ts": usage.replace(/\/\/ @ts-expect-error.*\n/g, ""),
    });
    expect(unmarked.filter((d) => d.startsWith("usage.ts"))).toHaveLength(4);
  },
);

test("--workflow picks workflows; an unknown one is an InvalidArgumentError", async () => {
  const api = createMockServer({ ...seed, defaultSeed: false });
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
  const only = await generateWorkflowTypes(client, { workflows: ["shipping"], importFrom: "my-handles" });
  expect(only).toContain('from "my-handles"');
  expect(only).toContain("export const shipping = defineWorkflow<ShippingInput, unknown>(");
  expect(only).not.toContain("invoiceSync");
  expect(only).toMatch(/import \{ defineWorkflow \} from/); // only what is used
  await expect(generateWorkflowTypes(client, { workflows: ["nope"] })).rejects.toBeInstanceOf(
    InvalidArgumentError,
  );
});
