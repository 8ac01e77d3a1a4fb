/**
 * The operation table of `docs/migrating-from-mistralai.md`: for every operation of the spec, the call
 * in Mistral's official TypeScript SDK next to ours. Only the part between the guide's markers is
 * generated; the prose around it is written by hand.
 *
 * The official column is read from the official SDK's own declaration files (`official-sdk.ts`): its
 * method is our `x-sdk-method` under `mistral.workflows[.<group>]`, with the request fields exactly as
 * it declares them. An operation newer than the official SDK says so with `x-not-in-official-sdk` (the
 * reason), and its row says it is not there; an operation the official SDK lacks without that mark, or
 * a mark on one it has, is an error.
 */
import { deref, type OpenAPIDocument } from "./ref.ts";
import { bodySchemaOf, parametersOf } from "./reference.ts";
import type { OperationRow } from "./operation-row.ts";
import { readOfficialSdk, renderFields, type OfficialSdk } from "./official-sdk.ts";
import { anchor, code, propertiesOf, table } from "./schema-text.ts";

/** The guide the table lives in, relative to the repository root. */
export const MIGRATION_GUIDE = "docs/migrating-from-mistralai.md";
/** The markers around the generated table. */
export const TABLE_BEGIN =
  "<!-- BEGIN GENERATED operation table: `pnpm generate` rewrites this part from the spec; do not edit by hand -->";
export const TABLE_END = "<!-- END GENERATED operation table -->";
/** The operation extension that marks an operation newer than the official SDK; its value says why. */
export const NOT_IN_OFFICIAL_SDK = "x-not-in-official-sdk";

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

/** A wire name as a JavaScript property key: quoted when it is not an identifier (`"Last-Event-ID"`). */
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

const list = (args: Argument[]) =>
  args.length ? `{ ${args.map((a) => `${key(a.name)}${a.required ? "" : "?"}`).join(", ")} }` : "";

/** The reason an operation is marked as newer than the official SDK, or `null`. */
export function notInOfficialSdk(doc: OpenAPIDocument, row: OperationRow): string | null {
  const mark = doc.paths[row.path]?.[row.method.toLowerCase()]?.[NOT_IN_OFFICIAL_SDK];
  return typeof mark === "string" && mark.trim() ? mark.trim() : null;
}

/** An operation whose presence in the official SDK and its spec mark disagree. */
export class OfficialSdkMismatchError extends Error {
  override readonly name = "OfficialSdkMismatchError";
  constructor(
    /** `missing`: not in the official SDK and not marked; `stale`: marked, yet the official SDK has it. */
    readonly kind: "missing" | "stale",
    /** The SDK name, `group.method`. */
    readonly operation: string,
    version: string,
  ) {
    super(
      kind === "missing"
        ? `${operation}: @mistralai/mistralai ${version} has no such method; if the operation is newer, mark it \`${NOT_IN_OFFICIAL_SDK}: <why>\` in the spec`
        : `${operation}: marked \`${NOT_IN_OFFICIAL_SDK}\`, but @mistralai/mistralai ${version} has it; remove the mark`,
    );
  }
}

/**
 * The official SDK's call for an operation, from its declarations, e.g.
 * `mistral.workflows.schedules.getSchedule({ scheduleId })`; `null` for an operation marked as newer.
 * Throws {@link OfficialSdkMismatchError} when the mark and the official SDK disagree.
 */
export function officialCall(
  doc: OpenAPIDocument,
  row: OperationRow,
  sdk: OfficialSdk = readOfficialSdk(),
): string | null {
  const name = `${row.group}.${row.name}`;
  const method = sdk.methods.get(name);
  const marked = notInOfficialSdk(doc, row) !== null;
  if (!method && !marked) throw new OfficialSdkMismatchError("missing", name, sdk.version);
  if (method && marked) throw new OfficialSdkMismatchError("stale", name, sdk.version);
  if (!method) return null;
  return `${method.namespace}.${method.name}(${renderFields(method.fields)})`;
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
export function renderMigrationTable(
  doc: OpenAPIDocument,
  rows: OperationRow[],
  sdk: OfficialSdk = readOfficialSdk(),
): string {
  const official = (r: OperationRow) => {
    const call = officialCall(doc, r, sdk);
    return call === null ? `not in ${sdk.version} (newer): ${notInOfficialSdk(doc, r)}` : code(call);
  };
  const body = table(
    ["operation", `official \`@mistralai/mistralai\` ${sdk.version}`, "`@mistral-workflows/client`", "also"],
    rows.map((r) => [
      `[${code(`${r.method} ${r.path}`)}](reference/${r.group}.md#${anchor(r.name)})`,
      official(r),
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
