/**
 * The operation table of `docs/migrating-from-mistralai.md`: for every operation of the spec, the call
 * in Mistral's official TypeScript SDK next to ours. Only the part between the guide's markers is
 * generated; the prose around it is written by hand.
 *
 * The official SDK's names follow from the spec: its method is our `x-sdk-method`, its namespace is
 * `mistral.workflows` for the `workflows` group and `mistral.workflows.<group>` for the others, its
 * request fields are the wire names in camelCase, and a JSON body goes under the camelCased name of its
 * schema when the operation also has parameters (or is the request itself when it has none).
 */
import { deref, type OpenAPIDocument } from "./ref.ts";
import { bodySchemaOf, parametersOf } from "./reference.ts";
import type { OperationRow } from "./operation-row.ts";
import { anchor, code, propertiesOf, refName, table } from "./schema-text.ts";

/** The guide the table lives in, relative to the repository root. */
export const MIGRATION_GUIDE = "docs/migrating-from-mistralai.md";
/** The markers around the generated table. */
export const TABLE_BEGIN =
  "<!-- BEGIN GENERATED operation table: `pnpm generate` rewrites this part from the spec; do not edit by hand -->";
export const TABLE_END = "<!-- END GENERATED operation table -->";

/** `schedule_id` → `scheduleId`, `last-event-id` → `lastEventId`, `WorkflowScheduleRequest` → `workflowScheduleRequest`. */
export function camelCase(name: string): string {
  const parts = name.split(/[-_\s]+/).filter(Boolean);
  return parts
    .map((p, i) =>
      i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1),
    )
    .join("");
}

interface Argument {
  name: string;
  required: boolean;
}

const list = (args: Argument[]) =>
  args.length ? `{ ${args.map((a) => `${a.name}${a.required ? "" : "?"}`).join(", ")} }` : "";

/** The official SDK's call for an operation, e.g. `mistral.workflows.schedules.getSchedule({ scheduleId })`. */
export function officialCall(doc: OpenAPIDocument, row: OperationRow): string {
  const params: Argument[] = parametersOf(doc, row).map((p) => ({
    name: camelCase(p.name),
    required: !!p.required,
  }));
  const body = bodySchemaOf(doc, row);
  const namespace = row.group === "workflows" ? "mistral.workflows" : `mistral.workflows.${row.group}`;
  if (!body) return `${namespace}.${row.name}(${list(params)})`;
  const fields: Argument[] = propertiesOf(doc, body).map((p) => ({
    name: camelCase(p.name),
    required: p.required,
  }));
  if (!params.length) return `${namespace}.${row.name}(${list(fields)})`;
  const required = !!deref(doc, doc.paths[row.path]![row.method.toLowerCase()].requestBody).required;
  const key = camelCase(refName(body) ?? "requestBody");
  return `${namespace}.${row.name}({ ${[...params, { name: key, required }].map((a) => `${a.name}${a.required ? "" : "?"}`).join(", ")}: ${list(fields) || "{}"} })`;
}

/** Our call for an operation, e.g. `client.schedules.getSchedule({ schedule_id })`. */
export function ourCall(doc: OpenAPIDocument, row: OperationRow): string {
  const args: Argument[] = parametersOf(doc, row).map((p) => ({ name: p.name, required: !!p.required }));
  const body = bodySchemaOf(doc, row);
  if (body) for (const p of propertiesOf(doc, body)) args.push({ name: p.name, required: p.required });
  return `client.${row.group}.${row.name}(${list(args)})`;
}

function helper(row: OperationRow): string {
  if (row.pagination) return `pages: \`paginate(client, "${row.group}.${row.name}")\``;
  if (row.response === "sse") return "streams: `@mistral-workflows/streaming`";
  return "";
}

/** The generated table, markers included. */
export function renderMigrationTable(doc: OpenAPIDocument, rows: OperationRow[]): string {
  const body = table(
    ["operation", "official `@mistralai/mistralai`", "`@mistral-workflows/client`", "also"],
    rows.map((r) => [
      `[${code(`${r.method} ${r.path}`)}](reference/${r.group}.md#${anchor(r.name)})`,
      code(officialCall(doc, r)),
      code(ourCall(doc, r)),
      helper(r),
    ]),
  );
  return `${TABLE_BEGIN}\n\n${body}\n\n${TABLE_END}`;
}

/** The guide with its table regenerated; throws when the guide or its markers are missing. */
export function withMigrationTable(guide: string, doc: OpenAPIDocument, rows: OperationRow[]): string {
  const begin = guide.indexOf(TABLE_BEGIN);
  const end = guide.indexOf(TABLE_END);
  if (begin < 0 || end < begin)
    throw new Error(`${MIGRATION_GUIDE}: the generated table's markers are missing`);
  return guide.slice(0, begin) + renderMigrationTable(doc, rows) + guide.slice(end + TABLE_END.length);
}

/** The markers around the generated list of fields we add beyond Mistral's public document. */
export const ADDITIONS_BEGIN =
  "<!-- BEGIN GENERATED fields beyond the public document: `pnpm generate` rewrites this part from the spec's `x-source` marks; do not edit by hand -->";
export const ADDITIONS_END = "<!-- END GENERATED fields beyond the public document -->";

/** Every field, parameter or schema of the spec marked `x-source` (not in the public document): where, source, what. */
export function sourcedFields(
  doc: OpenAPIDocument,
): { field: string; where: string; source: string; what: string }[] {
  const out: { field: string; where: string; source: string; what: string }[] = [];
  const one = (text: unknown) =>
    String(text ?? "")
      .replace(/\s+/g, " ")
      .trim();
  for (const [name, raw] of Object.entries<any>(doc.components?.schemas ?? {})) {
    if (raw["x-source"])
      out.push({ field: name, where: "schema", source: one(raw["x-source"]), what: one(raw.description) });
    for (const [prop, s] of Object.entries<any>(raw.properties ?? {}))
      if (s?.["x-source"])
        out.push({ field: prop, where: `\`${name}\``, source: one(s["x-source"]), what: one(s.description) });
  }
  for (const [path, item] of Object.entries<any>(doc.paths))
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      for (const raw of item[method]?.parameters ?? []) {
        const p = deref(doc, raw);
        if (p?.["x-source"])
          out.push({
            field: p.name,
            where: `${p.in} parameter of \`${method.toUpperCase()} ${path}\``,
            source: one(p["x-source"]),
            what: one(p.description),
          });
      }
    }
  return out;
}

/** The guide with its list of added fields regenerated; throws when the markers are missing. */
export function withSourcedFields(guide: string, doc: OpenAPIDocument): string {
  const begin = guide.indexOf(ADDITIONS_BEGIN);
  const end = guide.indexOf(ADDITIONS_END);
  if (begin < 0 || end < begin) throw new Error(`${MIGRATION_GUIDE}: the added fields' markers are missing`);
  const rows = sourcedFields(doc).map((f) => [code(f.field), f.where, f.source, f.what]);
  const body = table(["field", "where", "public source", "what it is"], rows);
  return `${guide.slice(0, begin)}${ADDITIONS_BEGIN}\n\n${body}\n\n${guide.slice(end)}`;
}
