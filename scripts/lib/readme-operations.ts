/**
 * The root README's list of operations by named-method group: how many operations the spec has, how
 * many in each group, their methods, and how many stream or page. Generated, so that no count in the
 * README is written by hand; only the part between the markers is rewritten.
 */
import type { OperationRow } from "./operation-row.ts";
import { code, table } from "./schema-text.ts";

/** The README the list lives in, relative to the repository root. */
export const README = "README.md";
/** The markers around the generated list. */
export const GROUPS_BEGIN =
  "<!-- BEGIN GENERATED operations by group: `pnpm generate` rewrites this part from the spec; do not edit by hand -->";
export const GROUPS_END = "<!-- END GENERATED operations by group -->";

/** The generated list, markers included. Groups come in the order the spec first uses them. */
export function renderOperationGroups(rows: OperationRow[]): string {
  const groups = new Map<string, OperationRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const streams = rows.filter((r) => r.response === "sse").length;
  const pages = rows.filter((r) => r.pagination).length;
  const body = table(
    ["group", "operations", "methods"],
    [...groups].map(([group, of]) => [
      code(group),
      String(of.length),
      of.map((r) => code(r.name)).join(", "),
    ]),
  );
  return [
    GROUPS_BEGIN,
    "",
    `The ${rows.length} operations of the spec, by named-method group (\`client.<group>.<method>\`, as in the`,
    "official SDK's `mistral.workflows.<group>.<method>`):",
    "",
    body,
    "",
    `${streams} of them stream (typed and resumable with \`@mistral-workflows/streaming\`) and ${pages} of them`,
    "page (`paginate()` in `@mistral-workflows/pagination`).",
    "",
    GROUPS_END,
  ].join("\n");
}

/** The README with its list regenerated; throws when the markers are missing. */
export function withOperationGroups(readme: string, rows: OperationRow[]): string {
  const begin = readme.indexOf(GROUPS_BEGIN);
  const end = readme.indexOf(GROUPS_END);
  if (begin < 0 || end < begin)
    throw new Error(`${README}: the generated operation list's markers are missing`);
  return readme.slice(0, begin) + renderOperationGroups(rows) + readme.slice(end + GROUPS_END.length);
}
