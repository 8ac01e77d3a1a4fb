/**
 * Everything derived from the spec, rendered in memory: `generate.ts` writes it, `check-generated.ts`
 * compares it with what is committed. One function so the two can never disagree.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import {
  expandOperations,
  TYPE_CODES,
  type CompactOperation,
} from "../../packages/client/src/internal/operation-codec.ts";
import { deref, type OpenAPIDocument } from "./ref.ts";
import { renderExportsDocs, type UndocumentedExport } from "./exports-docs.ts";
import { MIGRATION_GUIDE, withMigrationTable, withSourcedFields } from "./migration.ts";
import { README, withOperationGroups } from "./readme-operations.ts";
import { errorCodesOf, renderErrorCodesModule, renderErrorsPage } from "./error-codes.ts";
import { executionStatusesOf, renderExecutionStatusesModule } from "./execution-statuses.ts";
import { renderReference } from "./reference.ts";
import type { OperationRow } from "./operation-row.ts";

export type { OpenAPIDocument } from "./ref.ts";
export type { OperationRow } from "./operation-row.ts";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const bundlePath = join(root, "spec", "dist", "openapi.json");

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

/** Bundles `spec/openapi.yaml` into one JSON document with redocly and returns it parsed. */
export function bundleSpec(): OpenAPIDocument {
  mkdirSync(dirname(bundlePath), { recursive: true });
  execFileSync(
    join(root, "node_modules", ".bin", "redocly"),
    ["bundle", "--config", "spec/redocly.yaml", "spec/openapi.yaml", "-o", bundlePath],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return JSON.parse(readFileSync(bundlePath, "utf8")) as OpenAPIDocument;
}

/** Reads the operation table out of the bundled spec; throws on anything the SDK cannot express. */
export function operationRows(doc: OpenAPIDocument): OperationRow[] {
  const rows: OperationRow[] = [];
  const names = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const group = op.tags?.[0];
      const name = op["x-sdk-method"];
      if (!op.operationId || !group || !name)
        throw new Error(`${where}: needs operationId, a tag and x-sdk-method`);
      if (names.has(`${group}.${name}`)) throw new Error(`${where}: duplicate SDK method ${group}.${name}`);
      names.add(`${group}.${name}`);

      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
      const byIn = (where: string) => params.filter((p) => p.in === where).map((p) => p.name as string);
      const requestBody = op.requestBody ? deref(doc, op.requestBody) : undefined;
      const successes = Object.keys(op.responses ?? {}).filter((s) => /^2\d\d$/.test(s));
      if (successes.length !== 1) throw new Error(`${where}: expected exactly one 2xx response`);
      const status = Number(successes[0]);
      const success = deref(doc, op.responses[successes[0]!]);
      const content = Object.keys(success.content ?? {});
      const response = content.includes("text/event-stream") ? "sse" : content.length ? "json" : "empty";

      const row: OperationRow = {
        operationId: op.operationId,
        group,
        name,
        method: method.toUpperCase(),
        path,
        pathParams: byIn("path"),
        queryParams: byIn("query"),
        headerParams: byIn("header"),
        body: requestBody ? (requestBody.required ? "required" : "optional") : "none",
        paramTypes: Object.fromEntries(params.map((p) => [p.name as string, jsonTypes(doc, p.schema)])),
        status,
        response,
        retrySafe: false,
      };
      const bounds = Object.fromEntries(
        params.flatMap((p) => {
          const b = numericBounds(doc, p.schema);
          return b ? [[p.name as string, b]] : [];
        }),
      );
      if (Object.keys(bounds).length > 0) row.paramBounds = bounds;
      if (op.deprecated) row.deprecated = true;
      const safe = op["x-retry-safe"];
      if (safe !== undefined && typeof safe !== "boolean")
        throw new Error(`${where}: x-retry-safe must be true or false`);
      row.retrySafe = safe ?? (row.method === "GET" || row.method === "DELETE");
      const flat = [...row.pathParams, ...row.queryParams, ...row.headerParams];
      if (new Set(flat).size !== flat.length) throw new Error(`${where}: a parameter name is used twice`);
      if (requestBody) {
        const schema = deref(doc, requestBody.content?.["application/json"]?.schema);
        const props = Object.keys(collectProperties(doc, schema));
        const clash = props.find((p) => flat.includes(p));
        if (clash) throw new Error(`${where}: body property "${clash}" has the name of a parameter`);
        if (isClosedObject(doc, schema)) row.bodyFields = props;
      }
      const field = op["x-idempotency-field"];
      if (field !== undefined) {
        const schema = deref(doc, requestBody?.content?.["application/json"]?.schema);
        const props = collectProperties(doc, schema);
        if (typeof field !== "string" || !(field in props))
          throw new Error(`${where}: x-idempotency-field must name a property of the JSON body`);
        if (!row.retrySafe) throw new Error(`${where}: x-idempotency-field needs x-retry-safe: true`);
        const okSchema = deref(doc, success.content?.["application/json"]?.schema);
        const answered = Object.keys(collectProperties(doc, okSchema));
        row.idempotency = {
          field,
          read: "",
          returns: answered.length === 1 && answered[0] === field ? "id" : "resource",
        };
        if (Array.isArray(schema?.required) && schema.required.includes(field))
          row.idempotency.required = true;
      }
      const pg = op["x-pagination"];
      if (pg) {
        row.pagination = {
          items: pg.items,
          cursorParam: pg["cursor-param"],
          nextCursor: pg["next-cursor"],
          ...(pg["page-size-param"] ? { pageSizeParam: pg["page-size-param"] } : {}),
          ...(pg["first-page-only"] ? { firstPageOnly: pg["first-page-only"] } : {}),
        };
        if (!row.pagination.items || !row.pagination.cursorParam || !row.pagination.nextCursor)
          throw new Error(`${where}: x-pagination needs items, cursor-param and next-cursor`);
        if (!row.queryParams.includes(row.pagination.cursorParam))
          throw new Error(`${where}: x-pagination cursor-param is not a query parameter`);
      }
      const sse = op["x-sse"];
      if (response === "sse") {
        row.sse = {
          ...(sse?.["resume-param"] ? { resumeParam: sse["resume-param"] } : {}),
          ...(sse?.["resume-header"] ? { resumeHeader: sse["resume-header"] } : {}),
        };
      }
      rows.push(row);
    }
  }
  // The read-back of an idempotent create: the GET whose path ends in `/{<field>}`.
  for (const row of rows) {
    if (!row.idempotency) continue;
    const field = row.idempotency.field;
    const read = rows.find(
      (r) => r.method === "GET" && r.response === "json" && r.path.endsWith(`/{${field}}`),
    );
    if (!read) throw new Error(`${row.method} ${row.path}: no GET operation ends in /{${field}}`);
    row.idempotency.read = `${read.group}.${read.name}`;
  }
  return rows;
}

/** The properties an object schema can carry, following allOf/anyOf/oneOf (body-name clash check). */
function collectProperties(
  doc: OpenAPIDocument,
  schema: any,
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== "object") return out;
  Object.assign(out, schema.properties ?? {});
  for (const key of ["allOf", "anyOf", "oneOf"])
    for (const s of schema[key] ?? []) collectProperties(doc, s, out);
  return out;
}

/** The JSON types a schema admits (`[]` when it says nothing), following `$ref`, `anyOf`, `oneOf`, `enum`. */
function jsonTypes(doc: OpenAPIDocument, schema: any): string[] {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== "object") return [];
  if (schema.type) return [schema.type].flat();
  const members = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(members)) {
    const types = members.map((m: unknown) => jsonTypes(doc, m));
    return types.some((t: string[]) => t.length === 0) ? [] : [...new Set(types.flat())];
  }
  if (Array.isArray(schema.enum))
    return [...new Set(schema.enum.map((v: unknown) => (v === null ? "null" : typeof v)))] as string[];
  return [];
}

/**
 * The `minimum`/`maximum` of a numeric schema (or of the numeric member of an `anyOf`/`oneOf`, as in
 * `integer | null`); `undefined` when it has neither. Exclusive bounds are not used by the spec.
 */
function numericBounds(
  doc: OpenAPIDocument,
  schema: any,
): { minimum?: number; maximum?: number } | undefined {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== "object") return undefined;
  if (schema.exclusiveMinimum !== undefined || schema.exclusiveMaximum !== undefined)
    throw new Error(
      "exclusiveMinimum/exclusiveMaximum on a parameter: the operation table cannot express it",
    );
  const own = {
    ...(typeof schema.minimum === "number" ? { minimum: schema.minimum } : {}),
    ...(typeof schema.maximum === "number" ? { maximum: schema.maximum } : {}),
  };
  if (Object.keys(own).length > 0) return own;
  for (const member of schema.anyOf ?? schema.oneOf ?? []) {
    const found = numericBounds(doc, member);
    if (found) return found;
  }
  return undefined;
}

/** Whether an object schema lists every field it admits (no `additionalProperties`, no open member). */
function isClosedObject(doc: OpenAPIDocument, schema: any): boolean {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== "object") return false;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return false;
  for (const key of ["allOf", "anyOf", "oneOf"])
    for (const s of schema[key] ?? []) if (!isClosedObject(doc, s)) return false;
  return schema.type === "object" || schema.properties !== undefined;
}

const HEADER = (what: string) =>
  `/**\n * ${what}\n * Generated from spec/openapi.yaml by \`pnpm generate\`. Do not edit by hand: change the spec\n * (or scripts/lib/render.ts) and regenerate. \`pnpm check:generated\` fails when this file is stale.\n */\n`;

async function format(source: string, filepath: string): Promise<string> {
  const config = (await prettier.resolveConfig(join(root, filepath))) ?? {};
  return prettier.format(source, { ...config, filepath });
}

/** JSDoc for a named method: the operation's summary and description, its wire call, deprecation. */
function methodDoc(doc: OpenAPIDocument, row: OperationRow): string {
  const op = doc.paths[row.path]![row.method.toLowerCase()];
  const text = [op.summary, op.description]
    .filter((t: unknown): t is string => typeof t === "string" && t.trim() !== "")
    .map((t) => t.trim());
  const unique = text.filter((t, i) => text.indexOf(t) === i);
  const body = [
    ...unique,
    `\`${row.method} ${row.path}\` → ${row.status}${row.response === "sse" ? " (text/event-stream: resolves to the raw Response)" : ""}`,
  ];
  if (row.idempotency)
    body.push(
      `Written once: without \`${row.idempotency.field}\`, the client makes one and sends it on every attempt; a retry answered 409 resolves as the first attempt's success.`,
    );
  else if (!row.retrySafe)
    body.push(
      "Not retry-safe: sent once; sent again only if it never reached the server or the server answers `x-should-retry: true` (opt in with `{ retrySafe: true }`).",
    );
  if (row.deprecated) body.push("@deprecated The API marks this operation as deprecated.");
  const lines = body.join("\n\n").replace(/\*\//g, "*\\/").split("\n");
  return `  /**\n${lines.map((l) => `   * ${l}`.trimEnd()).join("\n")}\n   */`;
}

/** A JSON value as a TypeScript type: literals, readonly tuples and readonly objects, as `as const` gives. */
function typeOf(value: unknown): string {
  if (Array.isArray(value)) return `readonly [${value.map(typeOf).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `readonly ${JSON.stringify(k)}: ${typeOf(v)};`)
      .join(" ")} }`;
  return JSON.stringify(value);
}

/** The row in the compact form the client ships (see `operation-codec.ts`). */
function compactRow(r: OperationRow): CompactOperation {
  const code = (accepted: string[]) =>
    accepted
      .map((t) => Object.keys(TYPE_CODES).find((c) => TYPE_CODES[c] === t) ?? fail(`type ${t}`))
      .join("");
  const fail = (what: string): never => {
    throw new Error(`${r.group}.${r.name}: the compact operation table cannot express ${what}`);
  };
  const params = [
    ...r.queryParams.map((p) => `${p}:${code(r.paramTypes[p] ?? [])}`),
    ...r.headerParams.map((p) => `^${p}:${code(r.paramTypes[p] ?? [])}`),
  ];
  const meta = `${r.status}${r.body[0]}${r.response[0]}${r.retrySafe ? 1 : 0}`;
  const fields = [`${r.group}.${r.name}`, r.method, r.path, meta, params.join(",")];
  for (const key of Object.keys(r)) {
    if (key === "pagination" && r.pagination) {
      const p = r.pagination;
      fields.push(
        `p=${[p.items, p.cursorParam, p.nextCursor, p.pageSizeParam ?? "", ...(p.firstPageOnly ?? [])]}`,
      );
    } else if (key === "bodyFields" && r.bodyFields) fields.push(`b=${r.bodyFields}`);
    else if (key === "idempotency" && r.idempotency)
      fields.push(
        `i=${[r.idempotency.field, r.idempotency.read, r.idempotency.returns, ...(r.idempotency.required ? ["required"] : [])]}`,
      );
    else if (key === "paramBounds" && r.paramBounds)
      fields.push(
        `r=${Object.entries(r.paramBounds).map(([name, b]) => `${name}:${b.minimum ?? ""}:${b.maximum ?? ""}`)}`,
      );
    else if (key === "sse" && r.sse) fields.push(`e=${[r.sse.resumeParam ?? "", r.sse.resumeHeader ?? ""]}`);
    else if (key === "deprecated" && r.deprecated) fields.push("d");
  }
  const text = fields.join(" ");
  if (/\s/.test(fields.join(""))) fail("a space in a name or path");
  return text;
}

function renderTable(doc: OpenAPIDocument, rows: OperationRow[]): string {
  const lines: string[] = [];
  lines.push(
    HEADER("The operation table behind the client's named methods, paginators and the mock server's routes."),
  );
  lines.push(`import { expandOperations } from "../internal/operation-codec.js";`);
  lines.push(`import type { operations as Ops } from "./schema.js";\n`);
  const compact = rows.map(compactRow);
  const expanded = expandOperations(compact);
  const runtime = (r: OperationRow) => {
    const { operationId: _typesOnly, ...row } = r;
    return row;
  };
  const expected = Object.fromEntries(rows.map((r) => [`${r.group}.${r.name}`, runtime(r)]));
  if (!isDeepStrictEqual(expanded, expected) || JSON.stringify(expanded) !== JSON.stringify(expected))
    throw new Error("the compact operation table does not expand back to the operation rows");
  lines.push(
    `/** The type of {@link operationTable}: every row as the spec gives it. */\nexport type OperationTable = {`,
  );
  for (const r of rows) lines.push(`  ${JSON.stringify(`${r.group}.${r.name}`)}: ${typeOf(runtime(r))};`);
  lines.push(`};\n`);
  lines.push(
    `/** Every operation of the spec, keyed by \`group.method\` SDK name. */\nexport const operationTable = /* @__PURE__ */ expandOperations([`,
  );
  for (const c of compact) lines.push(`  ${JSON.stringify(c)},`);
  lines.push(`]) as unknown as OperationTable;\n`);
  lines.push(
    `/** The openapi-typescript operation type behind each SDK name. */\nexport interface OperationTypes {`,
  );
  for (const r of rows)
    lines.push(`  ${JSON.stringify(`${r.group}.${r.name}`)}: Ops[${JSON.stringify(r.operationId)}];`);
  lines.push(`}\n`);
  return lines.join("\n");
}

/**
 * The named methods' interface, in a file of its own: it needs `NamedMethod` from the hand-written
 * types.ts, which needs the operation table, so keeping it beside the table would make an import circle.
 */
function renderNamedMethods(doc: OpenAPIDocument, rows: OperationRow[]): string {
  const lines: string[] = [];
  lines.push(HEADER("The named methods' types, one per operation, grouped by resource."));
  lines.push(`import type { NamedMethod } from "../types.js";\n`);
  lines.push(
    `/**\n * The named methods, grouped by resource: \`client.schedules.getSchedule(...)\`. Each method carries\n * the operation's summary, description and deprecation in its JSDoc.\n */\nexport interface NamedMethods {`,
  );
  for (const group of [...new Set(rows.map((r) => r.group))]) {
    lines.push(`  ${group}: {`);
    for (const r of rows.filter((row) => row.group === group)) {
      lines.push(methodDoc(doc, r).replace(/^/gm, "  "));
      lines.push(`    ${r.name}: NamedMethod<${JSON.stringify(`${r.group}.${r.name}`)}>;`);
    }
    lines.push(`  };`);
  }
  lines.push(`}\n`);
  return lines.join("\n");
}

/** JSDoc for openapi-typescript's top-level types, which it emits without any (every export is documented). */
const SCHEMA_TYPE_DOCS: Record<string, string> = {
  paths:
    "Every path of the API, mapped to its operations by HTTP method: what the path client's `GET`, `POST`… accept.",
  webhooks: "The API's webhooks (it has none).",
  components:
    'The spec\'s components: `components["schemas"]["<Name>"]` is the type of a schema, under its wire field names.',
  $defs: "JSON Schema `$defs` of the spec (none).",
  operations:
    "Every operation by `operationId`: its parameters, request body and responses, by status and media type.",
};

function documentSchemaTypes(source: string): string {
  return source.replace(/^export (interface|type) (\$?\w+)/gm, (line, _kind, name: string) =>
    SCHEMA_TYPE_DOCS[name] ? `/** ${SCHEMA_TYPE_DOCS[name]} */\n${line}` : line,
  );
}

/**
 * Renders every generated file: repository-relative path -> contents. `onUndocumented` hears of the
 * package exports that have no JSDoc (their reference entry says so; `pnpm check:generated` fails).
 */
export async function renderAll(
  onUndocumented: (exports: UndocumentedExport[]) => void = () => {},
): Promise<Map<string, string>> {
  const doc = bundleSpec();
  const rows = operationRows(doc);
  const out = new Map<string, string>();

  // Properties with a default stay optional: a request may leave them out (the server fills them in).
  const ast = await openapiTS(doc as any, {
    exportType: false,
    alphabetize: false,
    defaultNonNullable: false,
  });
  const schemaPath = "packages/client/src/generated/schema.d.ts";
  out.set(
    schemaPath,
    await format(
      HEADER("TypeScript types of the Workflows API.") + documentSchemaTypes(astToString(ast)),
      schemaPath,
    ),
  );

  const tablePath = "packages/client/src/generated/operations.ts";
  out.set(tablePath, await format(renderTable(doc, rows), tablePath));
  const methodsPath = "packages/client/src/generated/named-methods.ts";
  out.set(methodsPath, await format(renderNamedMethods(doc, rows), methodsPath));

  const codes = errorCodesOf(doc, rows);
  const codesPath = "packages/client/src/generated/error-codes.ts";
  out.set(
    codesPath,
    await format(
      renderErrorCodesModule(codes, HEADER("The API's structured error codes (spec/errors.yaml).")),
      codesPath,
    ),
  );
  const errorsPage = "docs/reference/errors.md";
  out.set(
    errorsPage,
    await format(renderErrorsPage(codes, rows, String(doc["x-error-codes-source"] ?? "")), errorsPage),
  );

  // One classification, two copies: the mock server imports only types from the client, so it owns its own.
  const statuses = executionStatusesOf(doc);
  for (const pkg of ["client", "mock-server"]) {
    const statusesPath = `packages/${pkg}/src/generated/execution-statuses.ts`;
    out.set(
      statusesPath,
      await format(
        renderExecutionStatusesModule(statuses, HEADER("Execution statuses and which are final (x-final).")),
        statusesPath,
      ),
    );
  }

  const specPath = "packages/mock-server/src/generated/openapi.json";
  out.set(specPath, await format(JSON.stringify(doc), specPath));

  for (const [path, markdown] of renderReference(doc, rows, root))
    out.set(path, await format(markdown, path));
  const guide = readFileSync(join(root, MIGRATION_GUIDE), "utf8");
  out.set(
    MIGRATION_GUIDE,
    await format(withSourcedFields(withMigrationTable(guide, doc, rows), doc), MIGRATION_GUIDE),
  );
  const readme = readFileSync(join(root, README), "utf8");
  out.set(README, await format(withOperationGroups(readme, rows), README));
  const exportsDocs = renderExportsDocs(root, out);
  for (const [path, markdown] of exportsDocs.files) out.set(path, await format(markdown, path));
  onUndocumented(exportsDocs.undocumented);
  return out;
}
