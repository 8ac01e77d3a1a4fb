/**
 * Helpers of the typegen tests: a mock seeded with one registration per workflow, the generator run
 * against it, and the generated module read back with the TypeScript compiler.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@mistral-workflows/client";
import {
  createMockServer,
  registrationFixture,
  workflowFixture,
  type MockServerOptions,
} from "@mistral-workflows/mock-server";
import ts from "typescript";
import { expect } from "vitest";
import { generateWorkflowTypes, type TypegenWarning } from "../../src/index.js";

type Definition = Parameters<typeof registrationFixture>[0] extends infer O
  ? O extends { definition?: infer D }
    ? D
    : never
  : never;

/** A seed of workflows, each with one active registration of the given definition. */
export function seedOf(workflows: Record<string, Partial<NonNullable<Definition>>>): MockServerOptions {
  const seed: MockServerOptions = { defaultSeed: false, workflows: [], registrations: [] };
  for (const [name, definition] of Object.entries(workflows)) {
    const workflow = workflowFixture({ name });
    seed.workflows!.push(workflow);
    seed.registrations!.push(
      registrationFixture({
        workflow_id: workflow.id,
        definition: { ...registrationFixture().definition, input_schema: {}, ...definition } as never,
      }),
    );
  }
  return seed;
}

export async function generate(
  workflows: Record<string, Partial<NonNullable<Definition>>>,
  options: { importFrom?: string; inputSchemas?: Record<string, unknown> } = {},
) {
  const { inputSchemas, ...rest } = options;
  const api = createMockServer(seedOf(workflows));
  // Schemas the mock cannot hold (too deep to copy) are put into its answers on the way out.
  const fetch: typeof api.fetch = async (input, init) => {
    const response = await api.fetch(input, init);
    if (!inputSchemas || !new URL(response.url || String(input)).pathname.endsWith("/registrations"))
      return response;
    const body = (await response.json()) as {
      workflow_registrations: { workflow?: { name: string }; definition: { input_schema: unknown } }[];
    };
    for (const r of body.workflow_registrations)
      if (r.workflow && r.workflow.name in inputSchemas)
        r.definition.input_schema = inputSchemas[r.workflow.name];
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch, maxRetries: 0 });
  const warnings: TypegenWarning[] = [];
  const source = await generateWorkflowTypes(client, { ...rest, onWarning: (w) => warnings.push(w) });
  return { source, warnings };
}

/** What a module declares, read with the TypeScript compiler: the `define*` consts and the types. */
export interface Shape {
  /** const name → the define function, its type arguments (as written) and its string argument. */
  consts: Map<string, { define: string; types: string[]; name: string }>;
  /** type name → the names of its members (interfaces; a type alias has none). */
  types: Map<string, string[]>;
  /** Every top-level declaration name, in order (duplicates kept). */
  declared: string[];
}

/**
 * Parses `source` and asserts that every top-level statement is an import, an exported interface or
 * type alias, or `export const x = defineY<…>("literal")`; returns what it declares.
 */
export function shapeOf(source: string): Shape {
  const file = ts.createSourceFile("workflows.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const syntax = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  expect(syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const shape: Shape = { consts: new Map(), types: new Map(), declared: [] };
  const exported = (s: ts.Statement) =>
    ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement) && !statement.exportClause && !statement.moduleSpecifier) continue;
    if (ts.isExportDeclaration(statement)) {
      expect(statement.getText()).toBe("export {};");
      continue;
    }
    if (
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      exported(statement)
    ) {
      const members = ts.isInterfaceDeclaration(statement)
        ? statement.members.flatMap((m) => (m.name ? [m.name.getText().replace(/^"|"$/g, "")] : []))
        : [];
      shape.types.set(statement.name.text, members);
      shape.declared.push(statement.name.text);
      continue;
    }
    expect(ts.isVariableStatement(statement) && exported(statement), statement.getText()).toBe(true);
    const list = (statement as ts.VariableStatement).declarationList;
    expect(list.flags & ts.NodeFlags.Const).toBeTruthy();
    expect(list.declarations).toHaveLength(1);
    const [declaration] = list.declarations;
    const init = declaration!.initializer!;
    expect(init && ts.isCallExpression(init), statement.getText()).toBe(true);
    const call = init as ts.CallExpression;
    expect(
      ts.isIdentifier(call.expression) && /^define(Workflow|Signal|Query|Update)$/.test(call.expression.text),
    ).toBe(true);
    expect(call.arguments).toHaveLength(1);
    expect(ts.isStringLiteral(call.arguments[0]!)).toBe(true);
    const name = (declaration!.name as ts.Identifier).text;
    shape.consts.set(name, {
      define: (call.expression as ts.Identifier).text,
      types: (call.typeArguments ?? []).map((t) => t.getText()),
      name: (call.arguments[0] as ts.StringLiteral).text,
    });
    shape.declared.push(name);
  }
  return shape;
}

/** `source` printed again by the TypeScript compiler without its comments. */
export function withoutComments(source: string): string {
  const file = ts.createSourceFile("m.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

/** The const declared for workflow (or handler) `name`. */
export function constFor(shape: Shape, define: string, name: string) {
  const found = [...shape.consts].filter(([, c]) => c.define === define && c.name === name);
  expect(found).toHaveLength(1);
  return { const: found[0]![0], ...found[0]![1] };
}

/** Type-checks `source` against minimal `define*` declarations: quick, and enough to catch bad names. */
let previous: ts.Program | undefined;
export function typeCheck(dir: string, source: string): string[] {
  writeFileSync(join(dir, "workflows.ts"), source);
  writeFileSync(
    join(dir, "defines.ts"),
    ["Workflow", "Signal", "Query", "Update"]
      .map(
        (k) =>
          `export declare function define${k}<I = unknown, O = unknown>(name: string): { i?: I; o?: O };`,
      )
      .join("\n"),
  );
  const program = ts.createProgram({
    rootNames: [join(dir, "workflows.ts")],
    oldProgram: previous, // the standard library is parsed once
    options: {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts"],
      types: [],
    },
  });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}
