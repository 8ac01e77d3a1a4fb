/**
 * The reference of every published package's exports (`docs/reference/packages/<dir>.md`), built
 * from the sources' JSDoc with the TypeScript compiler API, and the list of exports that have none.
 * Entry points come from each package's `exports` map (`./dist/x.d.ts` is built from `src/x.ts`), and
 * workspace imports resolve to the sibling packages' sources, so the output does not depend on a build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { REFERENCE_DIR, publishedPackages } from "./reference.ts";
import { cell, code, table } from "./schema-text.ts";

/** An export that has no JSDoc: `package` and `entry` (`.` or a subpath) say where. */
export interface UndocumentedExport {
  package: string;
  entry: string;
  name: string;
}

interface Entry {
  subpath: string;
  file: string;
}

function entriesOf(root: string, dir: string): Entry[] {
  const pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
  const entries: Entry[] = [];
  for (const [subpath, target] of Object.entries<any>(pkg.exports ?? {})) {
    if (subpath === "./package.json") continue;
    const types: unknown = target?.import?.types ?? target?.types ?? target?.import ?? target;
    if (typeof types !== "string") continue;
    const base = types.replace(/^\.\/dist\//, "").replace(/\.d\.(c|m)?ts$/, "");
    const file = join(root, "packages", dir, "src", `${base}.ts`);
    if (existsSync(file)) entries.push({ subpath, file });
  }
  return entries;
}

const MAX_TYPE_TEXT = 240;
const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

function docText(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const tags = symbol
    .getJsDocTags(checker)
    .filter((t) => ["default", "deprecated", "example"].includes(t.name))
    .map((t) => {
      const value = ts.displayPartsToString(t.text ?? []).trim();
      return t.name === "example" ? `\n\n${value}` : `\n\n**@${t.name}** ${value}`;
    });
  return `${text}${tags.join("")}`.trim().replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, "`$1`");
}

function kindOf(decl: ts.Declaration): string {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isInterfaceDeclaration(decl)) return "interface";
  if (ts.isTypeAliasDeclaration(decl)) return "type";
  if (ts.isEnumDeclaration(decl)) return "enum";
  if (ts.isVariableDeclaration(decl)) return "const";
  return "export";
}

function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > MAX_TYPE_TEXT ? `${one.slice(0, MAX_TYPE_TEXT - 1)}…` : one;
}

/**
 * A member's name as its declaration writes it: `[Symbol.asyncIterator]` rather than the compiler's
 * internal `__@asyncIterator@<id>`, whose id shifts whenever any other code changes.
 */
function memberName(member: ts.Symbol, decl: ts.Declaration): string {
  const name = ts.getNameOfDeclaration(decl);
  return name && ts.isComputedPropertyName(name) ? name.getText() : member.name;
}

/** The members of a class or interface worth listing: public, own, with their type and JSDoc. */
function membersTable(checker: ts.TypeChecker, symbol: ts.Symbol, decl: ts.Declaration): string | undefined {
  const type = ts.isClassDeclaration(decl)
    ? checker.getTypeOfSymbolAtLocation(symbol, decl)
    : checker.getDeclaredTypeOfSymbol(symbol);
  const instance = ts.isClassDeclaration(decl) ? checker.getDeclaredTypeOfSymbol(symbol) : type;
  const rows: string[][] = [];
  for (const member of instance.getProperties()) {
    const mdecl = member.declarations?.[0];
    if (!mdecl || member.name.startsWith("#")) continue;
    const flags = ts.getCombinedModifierFlags(mdecl);
    if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Override)) continue;
    // Only members this declaration declares itself (constructor parameter properties included).
    if (mdecl.parent !== decl && mdecl.parent?.parent !== decl) continue;
    const mtype = checker.getTypeOfSymbolAtLocation(member, decl);
    const optional = member.flags & ts.SymbolFlags.Optional ? "?" : "";
    rows.push([
      code(`${memberName(member, mdecl)}${optional}`),
      code(short(checker.typeToString(mtype, decl, FORMAT))),
      cell(docText(checker, member)),
    ]);
  }
  return rows.length ? table(["member", "type", "description"], rows) : undefined;
}

function signatureText(
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
  decl: ts.Declaration,
  name: string,
): string {
  if (ts.isFunctionDeclaration(decl)) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    return type
      .getCallSignatures()
      .map((s) => `function ${name}${checker.signatureToString(s, decl, FORMAT)}`)
      .join("\n");
  }
  if (ts.isVariableDeclaration(decl))
    return `const ${name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, decl), decl, FORMAT)}`;
  if (ts.isTypeAliasDeclaration(decl)) {
    const text = decl.getText().replace(/^export\s+/, "");
    return text.length > 600 ? `type ${name}${decl.typeParameters ? "<…>" : ""} = …` : text;
  }
  if (ts.isClassDeclaration(decl)) {
    const base = decl.heritageClauses?.map((h) => h.getText()).join(" ");
    return `class ${name}${base ? ` ${base}` : ""}`;
  }
  if (ts.isInterfaceDeclaration(decl)) {
    const base = decl.heritageClauses?.map((h) => h.getText()).join(" ");
    return `interface ${name}${decl.typeParameters ? `<${decl.typeParameters.map((t) => t.getText()).join(", ")}>` : ""}${base ? ` ${base}` : ""}`;
  }
  return name;
}

/**
 * Renders every published package's exports page, and lists the exports without JSDoc. `pending`
 * holds files about to be written (repository-relative path -> contents), read instead of the disk's.
 */
export function renderExportsDocs(
  root: string,
  pending: Map<string, string> = new Map(),
): { files: Map<string, string>; undocumented: UndocumentedExport[] } {
  const packages = publishedPackages(root);
  const entries = packages.flatMap((p) => entriesOf(root, p.dir).map((e) => ({ ...e, pkg: p })));
  const paths: Record<string, string[]> = {};
  for (const p of packages) {
    for (const e of entriesOf(root, p.dir))
      paths[e.subpath === "." ? p.name : `${p.name}/${e.subpath.slice(2)}`] = [relative(root, e.file)];
  }
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    baseUrl: root,
    paths,
  };
  const host = ts.createCompilerHost(options, true);
  const overrides = new Map([...pending].map(([path, text]) => [join(root, path), text]));
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => overrides.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = overrides.get(file);
    return text === undefined
      ? getSourceFile(file, language, onError, create)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram(
    entries.map((e) => e.file),
    options,
    host,
  );
  const checker = program.getTypeChecker();
  const files = new Map<string, string>();
  const undocumented: UndocumentedExport[] = [];

  for (const p of packages) {
    const lines = [
      "<!-- Generated from the packages' JSDoc by `pnpm generate`; do not edit by hand. `pnpm check:generated` fails when it is stale or when an export has no JSDoc. -->",
      "",
      `# \`${p.name}\``,
      "",
      ...(p.description ? [p.description, ""] : []),
      `[API reference](../README.md) · [README](../../../packages/${p.dir}/README.md)`,
      "",
    ];
    for (const entry of entries.filter((e) => e.pkg.dir === p.dir)) {
      const source = program.getSourceFile(entry.file);
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      if (!moduleSymbol) continue;
      const importPath = entry.subpath === "." ? p.name : `${p.name}/${entry.subpath.slice(2)}`;
      const exported = checker
        .getExportsOfModule(moduleSymbol)
        .filter((s) => s.name !== "default")
        .sort((a, b) => a.name.localeCompare(b.name));
      lines.push(`## \`${importPath}\``, "", `${exported.length} exports.`, "");
      lines.push(
        table(
          ["export", "kind", "summary"],
          exported.map((s) => {
            const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
            const decl = target.declarations?.[0];
            const summary = docText(checker, target).split(/\n\n/)[0] ?? "";
            return [`[${s.name}](#${s.name.toLowerCase()})`, decl ? kindOf(decl) : "", cell(summary)];
          }),
        ),
        "",
      );
      for (const s of exported) {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        const decl = target.declarations?.[0];
        if (!decl) continue;
        const doc = docText(checker, target);
        if (!doc) undocumented.push({ package: p.name, entry: entry.subpath, name: s.name });
        lines.push(`### ${s.name}`, "");
        lines.push("```ts", signatureText(checker, target, decl, s.name), "```", "");
        lines.push(doc || "_Undocumented._", "");
        // Generated types (paths, operations…) are documented by the API reference, not member by member.
        const generated = /[\\/]generated[\\/]/.test(decl.getSourceFile().fileName);
        if (!generated && (ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl))) {
          const members = membersTable(checker, target, decl);
          if (members) lines.push(members, "");
        }
      }
    }
    files.set(`${REFERENCE_DIR}/packages/${p.dir}.md`, lines.join("\n"));
  }
  return { files, undocumented };
}
