/**
 * The generated module, read back as a syntax tree (prettier's TypeScript parser, already loaded to
 * format it): the proof that it holds nothing that runs but the `define*` calls, and the tool to
 * rename a declaration and its references without touching property names.
 */

/** The few ESTree fields read here. */
interface Node {
  type: string;
  range: [number, number];
  [key: string]: unknown;
}

/** The `define*` functions the module may call, each once per declaration. */
export const DEFINE_FUNCTIONS = ["defineWorkflow", "defineSignal", "defineQuery", "defineUpdate"] as const;

/** A module that is not made only of type declarations and `define*` calls (a bug, never the server's doing). */
export class GeneratedModuleShapeError extends Error {
  override name = "GeneratedModuleShapeError";
  /** The kind of statement found where only types and `define*` calls may be. */
  readonly statement: string;
  constructor(statement: string, detail: string) {
    super(`generated code must hold only type declarations and define* calls, found ${detail}`);
    this.statement = statement;
  }
}

async function parse(source: string): Promise<Node[]> {
  const { parsers } = await import("prettier/plugins/typescript");
  const program = (await parsers.typescript.parse(source, {} as never)) as unknown as { body: Node[] };
  return program.body;
}

function isTypeDeclaration(node: Node): boolean {
  if (node.type !== "ExportNamedDeclaration") return false;
  const declaration = node.declaration as Node | null;
  return declaration?.type === "TSInterfaceDeclaration" || declaration?.type === "TSTypeAliasDeclaration";
}

/**
 * The names declared by `source`, the output of the type generator for one schema, in order; throws
 * {@link GeneratedModuleShapeError} when it holds anything but exported interfaces and type aliases.
 */
export async function declaredTypes(source: string): Promise<string[]> {
  const names: string[] = [];
  for (const node of await parse(source)) {
    if (!isTypeDeclaration(node)) throw new GeneratedModuleShapeError(node.type, `a ${node.type}`);
    names.push(((node.declaration as Node).id as { name: string }).name);
  }
  return names;
}

/**
 * `source` with each declared type in `renames` renamed, with its references (type references only:
 * a property that happens to share the name keeps it).
 */
export async function renameTypes(source: string, renames: ReadonlyMap<string, string>): Promise<string> {
  if (renames.size === 0) return source;
  const edits: [number, number, string][] = [];
  const visit = (value: unknown, parent: Node | undefined, field: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, parent, field));
    if (value === null || typeof value !== "object") return;
    const node = value as Node;
    if (typeof node.type !== "string") return;
    const renamed = node.type === "Identifier" ? renames.get(node.name as string) : undefined;
    if (
      renamed !== undefined &&
      parent &&
      ((field === "typeName" && parent.type === "TSTypeReference") ||
        (field === "id" &&
          (parent.type === "TSInterfaceDeclaration" || parent.type === "TSTypeAliasDeclaration")))
    )
      edits.push([node.range[0], node.range[1], renamed]);
    for (const [key, child] of Object.entries(node))
      if (key !== "range" && key !== "loc" && key !== "parent") visit(child, node, key);
  };
  visit(await parse(source), undefined, "body");
  let out = source;
  for (const [start, end, name] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + name + out.slice(end);
  return out;
}

/**
 * Throws {@link GeneratedModuleShapeError} unless every top-level statement of `module` is an import
 * of `define*` functions from `importFrom`, an exported interface or type alias, or `export const x = defineY<…>("…")`
 * with one string literal argument: then importing the module runs nothing but those calls.
 */
export async function assertTypesAndDefines(module: string, importFrom: string): Promise<void> {
  const defines = new Set<string>(DEFINE_FUNCTIONS);
  for (const node of await parse(module)) {
    if (node.type === "ImportDeclaration") {
      const specifiers = node.specifiers as Node[];
      if (
        (node.source as { value: unknown }).value === importFrom &&
        specifiers.length > 0 &&
        specifiers.every(
          (s) => s.type === "ImportSpecifier" && defines.has((s.imported as { name: string }).name),
        )
      )
        continue;
      throw new GeneratedModuleShapeError(node.type, "an import of something other than define*");
    }
    if (node.type === "ExportNamedDeclaration" && node.declaration === null && node.source === null) {
      if ((node.specifiers as Node[]).length === 0) continue; // `export {};`
    }
    if (isTypeDeclaration(node)) continue;
    const declaration = node.declaration as Node | null | undefined;
    if (node.type === "ExportNamedDeclaration" && declaration?.type === "VariableDeclaration") {
      const declarators = declaration.declarations as Node[];
      const init = declarators.length === 1 ? (declarators[0]!.init as Node | null) : null;
      const callee = init?.type === "CallExpression" ? (init.callee as Node) : undefined;
      const args = (init?.arguments as Node[] | undefined) ?? [];
      if (
        declaration.kind === "const" &&
        callee?.type === "Identifier" &&
        defines.has(callee.name as string) &&
        args.length === 1 &&
        args[0]!.type === "Literal" &&
        typeof args[0]!.value === "string"
      )
        continue;
    }
    throw new GeneratedModuleShapeError(
      node.type,
      `a ${node.type}${declaration ? ` (${declaration.type})` : ""}`,
    );
  }
}
