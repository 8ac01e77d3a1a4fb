/**
 * `typegen` / `generateWorkflowTypes()`: the generated module compiles, and a call against it is
 * type-checked: right payloads pass, wrong ones fail on the line marked `@ts-expect-error`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, InvalidArgumentError } from "@mistral-workflows/client";
import { createMockServer, registrationFixture, workflowFixture } from "@mistral-workflows/mock-server";
import ts from "typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generateWorkflowTypes } from "../src/index.js";
import { startCliMock } from "./helpers/run-cli.js";

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

const handlesSource = fileURLToPath(new URL("../../handles/src/index.ts", import.meta.url));
const clientSource = fileURLToPath(new URL("../../client/src/index.ts", import.meta.url));
const streamingSource = fileURLToPath(new URL("../../streaming/src/index.ts", import.meta.url));
const paginationSource = fileURLToPath(new URL("../../pagination/src/index.ts", import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "typegen-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Type-checks `files` (with the workspace's packages as sources) and returns the diagnostics as text. */
let previous: ts.Program | undefined;
function typeCheck(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Reusing the previous program keeps the packages' sources parsed once.
  const program = ts.createProgram({
    rootNames: Object.keys(files).map((f) => join(dir, f)),
    oldProgram: previous,
    options: {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: [],
      skipLibCheck: true,
      paths: {
        "@mistral-workflows/handles": [handlesSource],
        "@mistral-workflows/client": [clientSource],
        "@mistral-workflows/streaming": [streamingSource],
        "@mistral-workflows/pagination": [paginationSource],
      },
    },
  });
  previous = program;
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(dir) ?? true)
    .map((d) => {
      const where =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${d.file?.fileName.slice(dir.length + 1)}:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}

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
    expect(typeCheck({ "workflows.ts": source, "usage.ts": usage })).toEqual([]);
    // The checks above can fail: without the expect-error marks, each of those lines is an error.
    const unmarked = typeCheck({
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

test(
  "the typegen command writes the seeded workflows' module, which compiles",
  { timeout: 120_000 },
  async () => {
    const mock = await startCliMock();
    try {
      const out = join(dir, "seeded.ts");
      const r = await mock.cli(["typegen", "--out", out]);
      expect(r.code).toBe(0);
      expect(r.lines).toEqual([`wrote 3 workflows to ${out}`]); // legacy-importer is archived
      const source = readFileSync(out, "utf8");
      expect(source).toContain("defineUpdate<\n  SupportWorkflowSetPriorityInput,");
      const usage = `
      import { createClient } from "@mistral-workflows/client";
      import { startExecution } from "@mistral-workflows/handles";
      import { supportWorkflow, supportWorkflowSetPriority } from "./seeded";
      export async function main() {
        const handle = await startExecution(createClient({ apiKey: "k" }), supportWorkflow, { ticket_id: "T-1" });
        await handle.update(supportWorkflowSetPriority, { priority: "high" });
        // @ts-expect-error: not a priority
        await handle.update(supportWorkflowSetPriority, { priority: "urgent" });
      }
    `;
      expect(typeCheck({ "seeded.ts": source, "seeded-usage.ts": usage })).toEqual([]);
      const stdout = await mock.cli(["typegen", "--workflow", "support-workflow"]);
      expect(stdout.code).toBe(0);
      expect(stdout.stdout).toContain("export const supportWorkflow = defineWorkflow<");
      const missing = await mock.cli(["typegen", "--workflow", "nope"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe('error: No active registration for "nope".\n');
    } finally {
      await mock.close();
    }
  },
);
