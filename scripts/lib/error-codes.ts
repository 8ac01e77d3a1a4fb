/**
 * The API's structured error codes (`x-error-codes` in the spec, from `spec/errors.yaml`): checked,
 * then rendered as the client's `WorkflowsErrorCode` union (`packages/client/src/generated/error-codes.ts`)
 * and as the reference page `docs/reference/errors.md` (each code's meaning, status, extra fields and
 * the operations that can return it).
 */
import type { OpenAPIDocument } from "./ref.ts";
import { glob } from "./glob.ts";
import type { OperationRow } from "./operation-row.ts";

/** One documented error code. */
export interface ErrorCode {
  code: string;
  name: string;
  status: number[];
  meaning: string;
  /** `group.method` patterns (`*` for any run of characters). */
  operations: string[];
  /** Extra body fields that come with the code: name → JSON Schema. */
  fields?: Record<string, { type: string; description: string; items?: unknown }>;
}

/** The codes of `doc`, checked: a code names real operations, a status is an HTTP error status. */
export function errorCodesOf(doc: OpenAPIDocument, rows: OperationRow[]): ErrorCode[] {
  const raw = doc["x-error-codes"];
  if (!Array.isArray(raw)) throw new Error("spec: x-error-codes must be a list");
  const names = rows.map((r) => `${r.group}.${r.name}`);
  const seen = new Set<string>();
  return raw.map((entry: ErrorCode, i) => {
    const where = `x-error-codes[${i}]`;
    if (!/^WF_\d{4}$/.test(entry?.code ?? "")) throw new Error(`${where}: code must look like WF_1234`);
    if (seen.has(entry.code)) throw new Error(`${where}: ${entry.code} is listed twice`);
    seen.add(entry.code);
    if (!entry.name || !entry.meaning) throw new Error(`${where}: needs a name and a meaning`);
    if (!entry.status?.length || entry.status.some((s) => !Number.isInteger(s) || s < 400 || s > 599))
      throw new Error(`${where}: status must list HTTP error statuses`);
    for (const pattern of entry.operations ?? [])
      if (!names.some((n) => glob(pattern).test(n)))
        throw new Error(`${where}: operation pattern ${pattern} matches no operation`);
    return { ...entry, operations: entry.operations ?? [] };
  });
}

/** The SDK methods (`group.method`) a code can come from, in table order. */
export function operationsOf(code: ErrorCode, rows: OperationRow[]): string[] {
  const patterns = code.operations.map(glob);
  return rows.map((r) => `${r.group}.${r.name}`).filter((n) => patterns.some((p) => p.test(n)));
}

/** The generated TypeScript module: the code union and a table of each code's name, statuses and fields. */
export function renderErrorCodesModule(codes: ErrorCode[], header: string): string {
  const union = codes.map((c) => `  | ${JSON.stringify(c.code)}`).join("\n");
  const entries = codes
    .map(
      (c) =>
        `  /** ${c.meaning.replace(/\*\//g, "*\\/")} */\n  ${c.code}: { name: ${JSON.stringify(c.name)}, status: ${JSON.stringify(c.status)}, fields: ${JSON.stringify(Object.keys(c.fields ?? {}))} },`,
    )
    .join("\n");
  return `${header}
/** A structured error code the API documents (\`WF_xxxx\`); see docs/reference/errors.md. */
export type WorkflowsErrorCode =
${union || "  never"};

/** Each documented code: its name, the HTTP statuses it comes with, and the extra body fields it carries. */
export const errorCodes: Readonly<
  Record<WorkflowsErrorCode, { name: string; status: readonly number[]; fields: readonly string[] }>
> = {
${entries}
};
`;
}

/** The reference page of the error codes. */
export function renderErrorsPage(codes: ErrorCode[], rows: OperationRow[], source: string): string {
  const lines = [
    "# Error codes",
    "",
    "<!-- Generated from spec/errors.yaml by `pnpm generate`; do not edit by hand. -->",
    "",
    'A failed request answers `{ "detail": …, "code": "WF_xxxx" }`, sometimes with more fields. Every',
    "`WorkflowsAPIError` exposes the code as `code` (typed `WorkflowsErrorCode`, or another string from a newer",
    "API, or `null` when the body has none) and the extra fields (`validResetEvents`, `executionStatus`).",
    "",
    `Source: ${source}.`,
    "",
    "| code | name | HTTP status | meaning | extra fields | operations |",
    "| ---- | ---- | ----------- | ------- | ------------ | ---------- |",
  ];
  for (const c of codes) {
    const ops = operationsOf(c, rows);
    const opsText = !ops.length
      ? "—"
      : ops.length === rows.length
        ? "any"
        : ops.map((o) => `\`${o}\``).join(", ");
    const fields = Object.entries(c.fields ?? {})
      .map(([name, f]) => `\`${name}\` (${f.type}): ${f.description}`)
      .join("; ");
    lines.push(
      `| \`${c.code}\` | ${c.name} | ${c.status.join(" / ")} | ${c.meaning} | ${fields || "—"} | ${opsText} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
