/**
 * Reads Mistral's official TypeScript SDK (`@mistralai/mistralai`, a root devDependency) from its own
 * declaration files with the TypeScript compiler API: for each `mistral.workflows[.<group>].<method>`,
 * the fields its request takes, and for a field that holds a JSON body, that body's fields. The
 * migration guide quotes these signatures, so it can never name a field the official SDK does not have.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { root } from "./root.ts";

/** One field of a request, as the official SDK declares it. */
export interface OfficialField {
  name: string;
  optional: boolean;
  /** The fields of the value, when it is a plain object type of the SDK (a request body). */
  fields?: OfficialField[];
}

/** What the official SDK declares for one method. */
export interface OfficialMethod {
  /** `mistral.workflows.<group>` or `mistral.workflows`. */
  namespace: string;
  name: string;
  /** The request's fields, in declaration order (none for a method without a request). */
  fields: OfficialField[];
}

/** The official SDK as installed: its version, and its Workflows methods by `group.method` name. */
export interface OfficialSdk {
  version: string;
  methods: Map<string, OfficialMethod>;
}

const PACKAGE = "@mistralai/mistralai";

function isPlainObject(type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  const name = type.getSymbol()?.getName();
  return name !== "Date" && name !== "Array" && name !== "Blob" && name !== "ReadableStream";
}

function fieldsOf(checker: ts.TypeChecker, type: ts.Type, depth: number): OfficialField[] {
  return checker.getPropertiesOfType(type).map((symbol) => {
    const field: OfficialField = {
      name: symbol.getName(),
      optional: (symbol.getFlags() & ts.SymbolFlags.Optional) !== 0,
    };
    if (depth > 0) {
      const valueType = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
      if (isPlainObject(valueType) && !checker.getIndexInfosOfType(valueType).length) {
        const inner = fieldsOf(checker, valueType, depth - 1);
        if (inner.length) field.fields = inner;
      }
    }
    return field;
  });
}

let cached: OfficialSdk | undefined;

/**
 * Loads the official SDK's declarations: a few seconds the first time for an installed copy, then
 * from `node_modules/.cache/` (keyed by the copy's path, version and entry file's mtime, and by this
 * file's source, so a reinstall, another version or a change to the reader reads them afresh).
 */
export function readOfficialSdk(): OfficialSdk {
  if (cached) return cached;
  const require = createRequire(join(root, "package.json"));
  const manifestPath = require.resolve(`${PACKAGE}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    version: string;
    exports: { ".": { types: string } };
  };
  const entry = join(dirname(manifestPath), manifest.exports["."].types);
  // This reader's own source is part of the key: a change to how it reads invalidates what it read.
  const reader = createHash("sha256")
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest("hex");
  const key = `${manifestPath}\n${manifest.version}\n${statSync(entry).mtimeMs}\n${reader}`;
  const cacheFile = join(
    root,
    "node_modules",
    ".cache",
    "mistral-workflows",
    `official-sdk-${manifest.version}.json`,
  );
  try {
    const saved = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      key: string;
      methods: [string, OfficialMethod][];
    };
    if (saved.key === key) return (cached = { version: manifest.version, methods: new Map(saved.methods) });
  } catch {
    // no cache yet, or unreadable: read the declarations
  }
  const program = ts.createProgram([entry], {
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const mistral = checker.getExportsOfModule(module).find((s) => s.getName() === "Mistral");
  if (!mistral) throw new Error(`${PACKAGE}: no export named Mistral`);
  const instance = checker.getDeclaredTypeOfSymbol(mistral);
  const typeOf = (type: ts.Type, key: string) => {
    const p = type.getProperty(key);
    return p ? checker.getTypeOfSymbol(p) : undefined;
  };
  const workflows = typeOf(instance, "workflows");
  if (!workflows) throw new Error(`${PACKAGE}: Mistral has no workflows`);

  const methods = new Map<string, OfficialMethod>();
  const collect = (type: ts.Type, group: string, namespace: string) => {
    for (const symbol of checker.getPropertiesOfType(type)) {
      const name = symbol.getName();
      if (name.startsWith("_")) continue;
      const [signature] = checker.getTypeOfSymbol(symbol).getCallSignatures();
      if (!signature) continue;
      const [request] = signature.getParameters();
      const fields = request ? fieldsOf(checker, checker.getTypeOfSymbol(request), 1) : [];
      methods.set(`${group}.${name}`, { namespace, name, fields });
    }
  };
  collect(workflows, "workflows", "mistral.workflows");
  for (const symbol of checker.getPropertiesOfType(workflows)) {
    const type = checker.getTypeOfSymbol(symbol);
    if (symbol.getName().startsWith("_") || type.getCallSignatures().length) continue;
    if (!(type.flags & ts.TypeFlags.Object)) continue;
    collect(type, symbol.getName(), `mistral.workflows.${symbol.getName()}`);
  }
  cached = { version: manifest.version, methods };
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, methods: [...methods] }));
  return cached;
}

/** `{ a, b?, c?: { d, e? } }`: a call's argument as the official SDK spells its fields. */
export function renderFields(fields: OfficialField[]): string {
  if (!fields.length) return "";
  const one = (f: OfficialField): string =>
    `${f.name}${f.optional ? "?" : ""}${f.fields ? `: ${renderFields(f.fields)}` : ""}`;
  return `{ ${fields.map(one).join(", ")} }`;
}
