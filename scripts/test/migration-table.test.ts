import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import ts from "typescript";
import {
  camelCase,
  MIGRATION_GUIDE,
  NOT_IN_OFFICIAL_SDK,
  OfficialSdkMismatchError,
  officialCall,
  renderMigrationTable,
  sourcedFields,
} from "../lib/migration.ts";
import { readOfficialSdk } from "../lib/official-sdk.ts";
import { bundleSpec, operationRows, root, type OperationRow } from "../lib/render.ts";

const doc = bundleSpec();
const rows = operationRows(doc);
// The official SDK as installed, read from its declaration files (a root devDependency).
const sdk = readOfficialSdk();
const guide = readFileSync(join(root, MIGRATION_GUIDE), "utf8");

describe("migration table", () => {
  test("camelCases wire names as the official SDK does", () => {
    expect(camelCase("schedule_id")).toBe("scheduleId");
    expect(camelCase("WorkflowScheduleRequest")).toBe("workflowScheduleRequest");
    expect(camelCase("last-event-id")).toBe("lastEventId");
  });

  test("reads the official SDK's methods with their request fields", () => {
    expect(sdk.version).toMatch(/^\d+\.\d+\.\d+$/);
    // 2.7.0 takes the log stream's resume cursor as `lastEventId` and has no header parameter.
    expect(officialCall(doc, row("executions.streamWorkflowExecutionLogs"), sdk)).toBe(
      "mistral.workflows.executions.streamWorkflowExecutionLogs({ executionId, runId?, activityId?, after?, lastEventId? })",
    );
    expect(officialCall(doc, row("schedules.pauseSchedule"), sdk)).toBe(
      "mistral.workflows.schedules.pauseSchedule({ scheduleId, workflowSchedulePauseRequest?: { note? } })",
    );
  });

  test.each(rows.map((r) => [`${r.group}.${r.name}`, r] as const))(
    "%s: its official call names only what the official SDK declares",
    (name, r) => {
      const call = officialCall(doc, r, sdk);
      if (call === null) return expect(sdk.methods.has(name)).toBe(false);
      const method = sdk.methods.get(name)!;
      for (const f of method.fields) expect(call).toContain(f.name);
      expect(guide).toContain(call.replace(/\|/g, "\\|"));
    },
  );

  test("every key in the table's calls is valid JavaScript (a header is quoted)", () => {
    const table = renderMigrationTable(doc, rows, sdk);
    expect(table).not.toMatch(/[{,] [A-Za-z]+-[A-Za-z-]+\??[,:} ]/);
    expect(table).toContain('"Last-Event-ID"?');
  });
});

describe(`an operation newer than the official SDK (${NOT_IN_OFFICIAL_SDK})`, () => {
  const newer = structuredClone(doc);
  newer.paths["/v1/workflows/executions/{execution_id}/pause"] = {
    post: {
      operationId: "pause_workflow_execution",
      tags: ["executions"],
      "x-sdk-method": "pauseWorkflowExecution",
      summary: "Pause",
      parameters: [{ name: "execution_id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "204": { description: "Paused." } },
    },
  };
  const added = () => operationRows(newer).find((r) => r.name === "pauseWorkflowExecution")!;
  const mark = (doc: any, path: string, method: string, why: string) =>
    (doc.paths[path][method][NOT_IN_OFFICIAL_SDK] = why);

  test("fails without the mark, naming the operation and the fix", () => {
    expect(() => officialCall(newer, added(), sdk)).toThrow(OfficialSdkMismatchError);
    expect(() => officialCall(newer, added(), sdk)).toThrow(
      /executions.pauseWorkflowExecution.*x-not-in-official-sdk/,
    );
  });

  test("is rendered as not in the official SDK once marked", () => {
    mark(newer, "/v1/workflows/executions/{execution_id}/pause", "post", "added to the API after 2.7.0");
    expect(officialCall(newer, added(), sdk)).toBeNull();
    const table = renderMigrationTable(newer, operationRows(newer), sdk);
    const line = table.split("\n").find((l) => l.includes("{execution_id}/pause`"))!;
    expect(line).toContain(`not in ${sdk.version} (newer): added to the API after 2.7.0`);
    expect(line).toContain("`client.executions.pauseWorkflowExecution({ execution_id })`");
  });

  test("a mark on an operation the official SDK has is stale, and fails", () => {
    const stale = structuredClone(doc);
    mark(stale, "/v1/workflows/schedules/{schedule_id}", "get", "not really");
    const r = operationRows(stale).find((x) => x.name === "getSchedule")!;
    expect(() => officialCall(stale, r, sdk)).toThrow(/stale|has it; remove the mark/);
  });
});

test("the guide lists every field the spec adds beyond the public document, with its source", () => {
  const added = sourcedFields(doc);
  expect(added.map((f) => f.field)).toEqual(expect.arrayContaining(["backend_spec", "owner", "search_keys"]));
  for (const f of added) {
    // Every field names a public source: the official TypeScript SDK, or the Python SDK the workers run.
    expect(f.source).toMatch(/@mistralai\/mistralai 2\.7\.0|mistralai\/client-python/);
    expect(guide).toContain(`| \`${f.field}\``);
  }
});

test("the guide names every option of createClient and of a call", () => {
  const options = (file: string, name: string) => {
    const path = join(root, "packages", "client", "src", file);
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022);
    const decl = source.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
    )!;
    return decl.members.map((m) => (m.name as ts.Identifier).text);
  };
  const section = guide.slice(guide.indexOf("### Everything else"));
  const client = options("client.ts", "ClientOptions");
  const call = options("types.ts", "RequestOptions");
  expect(client).toEqual(expect.arrayContaining(["onRequest", "onResponse", "logger"]));
  expect(call).toContain("retrySafe");
  const createClient = section.slice(section.indexOf("createClient("), section.indexOf("})"));
  for (const o of client) expect(createClient, o).toMatch(new RegExp(`\\b${o}\\b`));
  const perCall = section.slice(section.indexOf("**Per call**"));
  for (const o of call) expect(perCall.slice(0, perCall.indexOf("}")), o).toMatch(new RegExp(`\\b${o}\\b`));
});

test("the guide introduces handles", () => {
  expect(guide).toMatch(/^### Handles$/m);
  expect(guide).toContain("@mistral-workflows/handles");
});

function row(name: string): OperationRow {
  return rows.find((r) => `${r.group}.${r.name}` === name)!;
}
