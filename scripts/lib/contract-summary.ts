/**
 * A derived, prose-free summary of the `/v1/workflows` part of an OpenAPI 3.1 document: for every
 * operation, its facts (operation id, parameters, request body, status codes, and every schema node
 * of every body, SSE payloads included), each under a readable location. Two documents that describe
 * the same wire contract have the same summary, whatever their layout: `$ref`s, `allOf` and the two
 * spellings of a nullable type (`type: [string, "null"]` and `anyOf: [..., {type: "null"}]`) are
 * resolved, and descriptions, titles, examples and `x-` extensions are left out.
 *
 * Locations inside a body are written as a path: `.field`, `[]` for array items, `[0]` for the
 * first of `prefixItems`, `{*}` for the
 * values of a map, and `<label>` for a member of a union, labelled by the value of its constant
 * discriminating property (`<event_type=WORKFLOW_EXECUTION_STARTED>`), else by its type for a
 * non-object member (`<string>`), else by its required properties (`<{error,reason}>`), else by its
 * component name.
 */
import { deref, followRef, type OpenAPIDocument } from "./ref.ts";

/** The facts of one location: a schema node, a parameter, or an operation's own facts. */
export type Facts = Record<string, unknown>;

/** Every fact of one operation, keyed by location (`operationId`, `query page_size`, `response 200 application/json .items[].id`). */
export type OperationFacts = Record<string, Facts>;

/** Where a summary came from: enough to fetch the same bytes again. */
export interface SummarySource {
  /** Repository or URL the document was read from. */
  origin: string;
  /** Path of the document inside the repository, if any. */
  path?: string;
  /** Commit of the repository the document was read at, if known. */
  commit?: string;
  /** sha256 of the document's bytes, hex. */
  sha256: string;
}

/** The summary: its source, the path prefix it covers, and the facts of each operation (`GET /v1/workflows`). */
export interface ContractSummary {
  source?: SummarySource;
  subset: string;
  operations: Record<string, OperationFacts>;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];
/** Schema keywords kept as facts, verbatim. */
const KEPT = [
  "format",
  "const",
  "default",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
];
/** Deeper than this, a schema is summarised as `{ depth: "truncated" }` (no real body nests so far). */
const MAX_DEPTH = 24;

/** The prefix of the paths summarised by default. */
export const WORKFLOWS_SUBSET = "/v1/workflows";

/** Summarises every operation of `doc` whose path starts with `subset`. */
export function summarize(doc: OpenAPIDocument, subset = WORKFLOWS_SUBSET): ContractSummary {
  const operations: Record<string, OperationFacts> = {};
  const paths = Object.keys(doc.paths ?? {})
    .filter((p) => p === subset || p.startsWith(`${subset}/`))
    .sort();
  for (const path of paths) {
    const item = deref(doc, doc.paths[path]);
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op) continue;
      operations[`${method.toUpperCase()} ${path}`] = summarizeOperation(doc, item, op);
    }
  }
  return { subset, operations };
}

function summarizeOperation(doc: OpenAPIDocument, item: any, op: any): OperationFacts {
  const facts: OperationFacts = { operationId: { operationId: op.operationId } };
  if (op.deprecated) facts.operationId!.deprecated = true;
  const params = new Map<string, any>();
  for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = deref(doc, raw);
    params.set(`${p.in} ${p.name}`, p);
  }
  for (const [key, p] of [...params].sort(([a], [b]) => a.localeCompare(b))) {
    const where = new Schemas(doc, facts, key);
    where.visit(p.schema ?? {}, "", []);
    const own = facts[key]!;
    if (p.required) own.required = true;
    if (p.deprecated) own.deprecated = true;
  }
  if (op.requestBody) {
    const body = deref(doc, op.requestBody);
    facts.body = body.required ? { required: true } : {};
    for (const [media, content] of Object.entries<any>(body.content ?? {}).sort())
      new Schemas(doc, facts, `body ${media}`).visit(content.schema ?? {}, "", []);
  }
  for (const [status, raw] of Object.entries<any>(op.responses ?? {}).sort()) {
    const response = deref(doc, raw);
    facts[`response ${status}`] = {};
    for (const [media, content] of Object.entries<any>(response.content ?? {}).sort()) {
      const schema = media === "text/event-stream" ? ssePayload(doc, content.schema) : content.schema;
      new Schemas(doc, facts, `response ${status} ${media}`).visit(schema ?? {}, "", []);
    }
  }
  return facts;
}

/** Walks one schema, writing a `Facts` entry per node under `prefix` + its path. */
class Schemas {
  constructor(
    private doc: OpenAPIDocument,
    private out: OperationFacts,
    private prefix: string,
  ) {}

  visit(raw: any, at: string, stack: string[], extra: Facts = {}): void {
    const key = at ? `${this.prefix} ${at}` : this.prefix;
    if (stack.length > MAX_DEPTH) {
      this.out[key] = { ...extra, depth: "truncated" };
      return;
    }
    const refs = refChain(this.doc, raw);
    if (refs.some((r) => stack.includes(r))) {
      this.out[key] = { ...extra, recursive: true };
      return;
    }
    const inner = [...stack, ...refs];
    const node = merge(this.doc, raw, inner);
    const facts: Facts = { ...extra };
    if (node.types) facts.type = [...node.types].sort().join("|");
    if (node.enum) facts.enum = [...node.enum].map((v) => JSON.stringify(v)).sort();
    for (const k of KEPT) if (node.kept[k] !== undefined) facts[k] = node.kept[k];
    if (node.deprecated) facts.deprecated = true;
    if (node.additionalProperties === false) facts.additionalProperties = false;
    this.out[key] = facts;
    for (const [name, schema] of [...node.properties].sort(([a], [b]) => a.localeCompare(b)))
      this.visit(schema, `${at}.${name}`, inner, node.required.has(name) ? { required: true } : {});
    node.prefixItems?.forEach((item, i) => this.visit(item, `${at}[${i}]`, inner));
    if (node.items !== undefined) this.visit(node.items, `${at}[]`, inner);
    if (node.additionalProperties && typeof node.additionalProperties === "object")
      this.visit(node.additionalProperties, `${at}{*}`, inner);
    const labels = new Set<string>();
    for (const member of node.variants) {
      let label = variantLabel(this.doc, member, inner);
      while (labels.has(label)) label += "'";
      labels.add(label);
      this.visit(member, `${at}<${label}>`, inner);
    }
  }
}

/** SSE frame fields: a `text/event-stream` schema made only of these describes the frame, not the payload. */
const SSE_FRAME = new Set(["event", "data", "id", "retry"]);

/**
 * The schema of the JSON in each event's `data:` field. A document may describe the whole frame
 * (`{event, data, id, retry}`, as Mistral's does) or only the payload (as ours does): both reduce to
 * the payload.
 */
function ssePayload(doc: OpenAPIDocument, raw: any): any {
  const schema = deref(doc, raw);
  const names = Object.keys(schema?.properties ?? {});
  const isFrame = names.includes("data") && names.every((n) => SSE_FRAME.has(n));
  return isFrame ? schema.properties.data : raw;
}

/** A schema with `allOf` merged, `$ref`s followed and a single non-null union member folded in. */
interface Merged {
  types?: Set<string>;
  enum?: unknown[];
  kept: Record<string, unknown>;
  deprecated: boolean;
  properties: Map<string, any>;
  required: Set<string>;
  items?: any;
  prefixItems?: any[];
  additionalProperties?: any;
  variants: any[];
}

function merge(doc: OpenAPIDocument, raw: any, stack: string[]): Merged {
  const m: Merged = {
    kept: {},
    deprecated: false,
    properties: new Map(),
    required: new Set(),
    variants: [],
  };
  let nullable = false;
  const visit = (n: any, depth: number) => {
    // OpenAPI 3.1 allows keywords beside a `$ref` (`deprecated`, `default`…): they apply too.
    if (n && typeof n === "object" && typeof n.$ref === "string" && Object.keys(n).length > 1) {
      const { $ref, ...siblings } = n;
      visit(siblings, depth);
      n = { $ref };
    }
    const refs = refChain(doc, n);
    n = deref(doc, n);
    if (!n || typeof n !== "object" || depth > MAX_DEPTH) return;
    if (refs.some((r) => stack.includes(r)) && depth > 0) return;
    if (n.type !== undefined) {
      const t = new Set<string>(Array.isArray(n.type) ? n.type : [n.type]);
      if (t.has("null")) nullable = true;
      t.delete("null");
      if (t.size) m.types = m.types ? new Set([...m.types].filter((x) => t.has(x))) : t;
    }
    if (n.const !== undefined) m.kept.const = n.const;
    if (Array.isArray(n.enum)) {
      if (n.enum.includes(null)) nullable = true;
      m.enum = n.enum.filter((v: unknown) => v !== null);
    }
    for (const k of KEPT) if (k !== "const" && n[k] !== undefined) m.kept[k] = n[k];
    if (n.deprecated) m.deprecated = true;
    for (const [name, s] of Object.entries(n.properties ?? {})) m.properties.set(name, s);
    for (const name of n.required ?? []) m.required.add(name);
    if (n.items !== undefined) m.items = n.items;
    if (Array.isArray(n.prefixItems)) m.prefixItems = n.prefixItems;
    if (n.additionalProperties !== undefined) m.additionalProperties = n.additionalProperties;
    for (const part of n.allOf ?? []) visit(part, depth + 1);
    const union = n.anyOf ?? n.oneOf;
    if (Array.isArray(union)) {
      const members = union.filter((s: any) => {
        const r = deref(doc, s);
        const isNull = r?.type === "null" || (Array.isArray(r?.type) && r.type.join() === "null");
        if (isNull) nullable = true;
        return !isNull;
      });
      if (members.length === 1) visit(members[0], depth + 1);
      else m.variants.push(...members);
    }
  };
  visit(raw, 0);
  // `null` added to "any value" is still "any value": `{}` and `anyOf: [{}, {type: "null"}]` agree.
  if (nullable && (m.types || m.variants.length)) m.types = new Set([...(m.types ?? []), "null"]);
  return m;
}

/** Labels a union member: `prop=value` of its first required constant property, else its type, else its name. */
export function variantLabel(doc: OpenAPIDocument, raw: any, stack: string[]): string {
  const m = merge(doc, raw, stack);
  for (const [name, schema] of [...m.properties].sort(([a], [b]) => a.localeCompare(b))) {
    const s = merge(doc, schema, stack);
    const value = s.kept.const ?? (s.enum?.length === 1 ? s.enum[0] : undefined);
    if (value !== undefined && m.required.has(name)) return `${name}=${String(value)}`;
  }
  const types = m.types ? [...m.types].filter((t) => t !== "null") : [];
  if (types.length === 1 && types[0] !== "object") return types[0]!;
  if (m.required.size) return `{${[...m.required].sort().join(",")}}`;
  const ref = refChain(doc, raw).at(-1);
  return ref ? ref.split("/").at(-1)! : types.join("|") || "any";
}

/** The `$ref`s followed from `node` to its target, in order. */
export function refChain(doc: OpenAPIDocument, node: any): string[] {
  const refs: string[] = [];
  while (node && typeof node.$ref === "string" && refs.length < 32) {
    refs.push(node.$ref);
    node = node.$ref.startsWith("#/") ? followRef(doc, node.$ref) : undefined;
  }
  return refs;
}
