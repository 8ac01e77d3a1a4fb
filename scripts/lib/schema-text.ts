/**
 * Short, TypeScript-like text for JSON Schemas and Markdown helpers, shared by the generated API
 * reference and the migration table. Everything here reads the bundled spec; nothing is hard-coded.
 */
import { deref, type OpenAPIDocument } from "./ref.ts";

/** The component name of a local `$ref` (`#/components/schemas/Schedule` → `Schedule`), else undefined. */
export function refName(node: any): string | undefined {
  const ref = node?.$ref;
  return typeof ref === "string" ? ref.split("/").pop() : undefined;
}

/** A one-line type for a schema: `string`, `Schedule[]`, `"asc" | "desc"`, `Record<string, unknown>`… */
export function typeText(doc: OpenAPIDocument, schema: any, depth = 0): string {
  if (schema === true || schema === undefined || schema === null) return "unknown";
  const name = refName(schema);
  if (name) return name;
  if (depth > 4) return "object";
  const join = (parts: any[]) => [...new Set(parts.map((s) => typeText(doc, s, depth + 1)))].join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(" | ");
  if (schema.anyOf) return join(schema.anyOf);
  if (schema.oneOf) return join(schema.oneOf);
  if (schema.allOf) return schema.allOf.map((s: any) => typeText(doc, s, depth + 1)).join(" & ");
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (!types.length) return schema.properties ? "object" : "unknown";
  return types
    .map((t) => {
      if (t === "array") return `${wrap(typeText(doc, schema.items, depth + 1))}[]`;
      if (t === "integer" || t === "number") {
        const base = t === "integer" && schema.format === "int64" ? "integer (int64)" : t;
        const { minimum: min, maximum: max } = schema;
        if (typeof min === "number" && typeof max === "number") return `${base} (${min}–${max})`;
        if (typeof min === "number") return `${base} (≥ ${min})`;
        if (typeof max === "number") return `${base} (≤ ${max})`;
        return base;
      }
      if (t === "string" && schema.format) return `string (${schema.format})`;
      if (t === "object" && !schema.properties && schema.additionalProperties !== undefined)
        return `Record<string, ${typeText(doc, schema.additionalProperties === true ? undefined : schema.additionalProperties, depth + 1)}>`;
      if (t === "object" && !schema.properties) return "Record<string, unknown>";
      return t;
    })
    .join(" | ");
}

function wrap(type: string): string {
  return /[|&]/.test(type) ? `(${type})` : type;
}

/** The object properties of a schema (following `$ref` and `allOf`), with their required flag. */
export function propertiesOf(
  doc: OpenAPIDocument,
  schema: any,
): { name: string; schema: any; required: boolean }[] {
  const out: { name: string; schema: any; required: boolean }[] = [];
  const visit = (node: any) => {
    node = deref(doc, node);
    if (!node || typeof node !== "object") return;
    const required = new Set<string>(node.required ?? []);
    for (const [name, prop] of Object.entries(node.properties ?? {}))
      if (!out.some((p) => p.name === name)) out.push({ name, schema: prop, required: required.has(name) });
    for (const part of node.allOf ?? []) visit(part);
  };
  visit(schema);
  return out;
}

/** A description on one line, safe inside a Markdown table cell. */
export function cell(text: unknown): string {
  if (text === undefined || text === null || text === "") return "";
  return String(text).replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

/** Inline code, safe inside a Markdown table cell. */
export function code(text: string): string {
  return `\`${text.replace(/\|/g, "\\|")}\``;
}

/** A Markdown table from a header row and body rows. */
export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** The GitHub-style anchor of a Markdown heading. */
export function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** The description of a schema, following `$ref` (and the first non-null member of a nullable union). */
export function describeSchema(doc: OpenAPIDocument, schema: any): string | undefined {
  if (schema?.description) return schema.description;
  const target = deref(doc, schema);
  if (target?.description) return target.description;
  const member = (target?.anyOf ?? target?.oneOf ?? []).find((s: any) => deref(doc, s)?.type !== "null");
  return member ? deref(doc, member)?.description : undefined;
}
