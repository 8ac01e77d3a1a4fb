/**
 * Compares two bundled OpenAPI 3.1 documents (the last released spec and the current one) and lists
 * every change a user of the SDK could notice, each marked breaking or not.
 *
 * The rule is direction-aware, as for any API contract: what the client sends (parameters, request
 * bodies) may only get looser, and what it receives (responses) may only get more precise.
 *
 * - Breaking: a removed operation, SDK method, component schema, parameter, request or response field;
 *   a new required input (parameter, body, field) or an optional one made required; a request type,
 *   enum or constraint narrowed (a value the old spec allowed is refused); a response type widened (a
 *   field becomes nullable or changes type) or a response field no longer always present; a removed
 *   success response or media type.
 * - Not breaking, reported as an `addition` (operations, optional inputs, response fields, enum values
 *   and union members, which clients should tolerate) or a `fix` (loosened request rules, deprecations,
 *   newly documented error responses).
 *
 * A named schema used by several operations is compared once per operation and direction, so a change
 * to it is reported at every operation it reaches.
 */
import { deref, type OpenAPIDocument } from "./ref.ts";

export type Severity = "breaking" | "non-breaking";

/**
 * What a change asks of a release: `breaking` (old callers can fail), `addition` (something new a
 * caller can use: an operation, a parameter, a field, an enum value, a union member, a schema) or
 * `fix` (every other compatible change: a deprecation, a loosened rule, a newly documented error).
 */
export type ChangeKind = "breaking" | "addition" | "fix";

export interface SpecChange {
  severity: Severity;
  /** The release this change needs; see {@link ChangeKind}. */
  kind: ChangeKind;
  /** A stable kebab-case name of the kind of change, e.g. `response-property-removed`. */
  code: string;
  /** Where: `GET /v1/x` plus the location inside it, e.g. `response 200 body: items[].id`. */
  where: string;
  message: string;
}

type Direction = "request" | "response";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

/** `{schedule_id}` and `{id}` name the same URL: operations are matched on the path's shape. */
const pathShape = (path: string) => path.replace(/\{[^}]+\}/g, "{}");

/** A schema reduced to what the comparison looks at, with `allOf` merged and nullability split out. */
interface Flat {
  /** Allowed JSON types, `null` included; `undefined` when unconstrained. */
  types?: Set<string>;
  /** Allowed values (`enum`, or `const` as a one-value enum); `undefined` when unconstrained. */
  values?: unknown[];
  properties: Map<string, any>;
  required: Set<string>;
  items?: any;
  additionalProperties?: any;
  /** `anyOf`/`oneOf` members other than `{type: "null"}`, when more than one remains. */
  variants?: any[];
  constraints: Record<string, unknown>;
  deprecated: boolean;
}

const LOWER_BOUNDS = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"];
const UPPER_BOUNDS = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"];
const EXACT = ["pattern", "format", "multipleOf", "uniqueItems"];

const isNullSchema = (s: any) =>
  s && (s.type === "null" || (Array.isArray(s.type) && s.type.join() === "null"));

function flatten(doc: OpenAPIDocument, raw: any): Flat {
  const flat: Flat = { properties: new Map(), required: new Set(), constraints: {}, deprecated: false };
  const visit = (node: any, depth: number) => {
    node = deref(doc, node);
    if (!node || typeof node !== "object" || depth > 16) return;
    if (node.deprecated) flat.deprecated = true;
    if (node.type !== undefined) {
      const types = new Set<string>(Array.isArray(node.type) ? node.type : [node.type]);
      flat.types = flat.types ? new Set([...flat.types].filter((t) => types.has(t))) : types;
    }
    if (node.const !== undefined) flat.values = [node.const];
    else if (Array.isArray(node.enum)) flat.values = node.enum;
    for (const [name, s] of Object.entries(node.properties ?? {})) flat.properties.set(name, s);
    for (const name of node.required ?? []) flat.required.add(name);
    if (node.items !== undefined) flat.items = node.items;
    if (node.additionalProperties !== undefined) flat.additionalProperties = node.additionalProperties;
    for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...EXACT])
      if (node[key] !== undefined) flat.constraints[key] = node[key];
    for (const part of node.allOf ?? []) visit(part, depth + 1);
    const union = node.anyOf ?? node.oneOf;
    if (Array.isArray(union)) {
      const nonNull = union.filter((s: any) => !isNullSchema(deref(doc, s)));
      const nullable = nonNull.length < union.length;
      // `anyOf: [X, {type: null}]` is the spec's way of writing a nullable X: read it as X.
      if (nullable && nonNull.length === 1) visit(nonNull[0], depth + 1);
      else flat.variants = nonNull;
      if (nullable) {
        // `anyOf: [X, {type: null}]` is X or null: add "null" to X's types once X is known.
        const inner = flat.variants ? unionTypes(doc, nonNull) : flat.types;
        flat.types = inner ? new Set([...inner, "null"]) : undefined;
        if (flat.values && !flat.values.includes(null)) flat.values = [...flat.values, null];
      } else flat.types = unionTypes(doc, nonNull);
    }
  };
  visit(raw, 0);
  if (flat.values && !flat.types) flat.types = new Set(flat.values.map(jsonType));
  return flat;
}

function unionTypes(doc: OpenAPIDocument, members: any[]): Set<string> | undefined {
  const all = new Set<string>();
  for (const m of members) {
    const types = flatten(doc, m).types;
    if (!types) return undefined;
    for (const t of types) all.add(t);
  }
  return all;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Types of `a` that `b` does not accept (`integer` is accepted by `number`). */
function missingTypes(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((t) => !b.has(t) && !(t === "integer" && b.has("number")));
}

const fmt = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

const memberName = (key: string) => key.split("/").pop() ?? key;

/** Compatible changes that give callers something new; every other compatible change is a fix. */
const ADDITIONS = new Set([
  "operation-added",
  "parameter-added",
  "request-body-added",
  "request-property-added",
  "response-property-added",
  "request-enum-widened",
  "response-enum-widened",
  "request-union-widened",
  "response-union-widened",
  "schema-added",
]);

function changeKind(severity: Severity, code: string): ChangeKind {
  if (severity === "breaking") return "breaking";
  return ADDITIONS.has(code) ? "addition" : "fix";
}

/** A member of a union is known by the component it refers to, else by its types. */
function variantKey(doc: OpenAPIDocument, s: any): string {
  if (s && typeof s.$ref === "string") return s.$ref;
  const types = flatten(doc, s).types;
  return types ? [...types].sort().join("|") : JSON.stringify(s);
}

class Differ {
  readonly changes: SpecChange[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly base: OpenAPIDocument,
    readonly head: OpenAPIDocument,
  ) {}

  add(severity: Severity, code: string, where: string, message: string) {
    this.changes.push({ severity, kind: changeKind(severity, code), code, where, message });
  }

  /**
   * Starts the comparison of another operation. Named schemas are compared once per operation (which
   * still stops recursion), not once per document: a change to a schema that several operations share
   * is reported at every operation it reaches, so the report says everything the change affects.
   */
  nextOperation() {
    this.seen.clear();
  }

  /** Breaking in the given direction, reported otherwise. */
  either(breaksIn: Direction, dir: Direction, code: string, where: string, message: string) {
    this.add(dir === breaksIn ? "breaking" : "non-breaking", code, where, message);
  }

  schema(baseRaw: any, headRaw: any, dir: Direction, where: string, field: string) {
    // Recursive schemas: compare each pair of named schemas once per direction.
    if (baseRaw?.$ref && headRaw?.$ref) {
      const key = `${dir} ${baseRaw.$ref} ${headRaw.$ref}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    const a = flatten(this.base, baseRaw);
    const b = flatten(this.head, headRaw);
    const at = field ? `${where}: ${field}` : where;

    if (!a.deprecated && b.deprecated) this.add("non-breaking", "deprecated", at, "is now deprecated");

    // Types. Requests: a type the old spec accepted must still be accepted. Responses: a new type
    // (typically `null`) is a value old clients do not expect.
    if (a.types && b.types) {
      const removed = missingTypes(a.types, b.types);
      const added = missingTypes(b.types, a.types);
      if (removed.length)
        this.either(
          "request",
          dir,
          `${dir}-type-narrowed`,
          at,
          `no longer accepts type ${removed.join(", ")}`,
        );
      if (added.length)
        this.either("response", dir, `${dir}-type-widened`, at, `now also has type ${added.join(", ")}`);
    } else if (!a.types && b.types)
      this.either("request", dir, `${dir}-type-narrowed`, at, `now restricted to ${[...b.types].join(", ")}`);
    else if (a.types && !b.types)
      this.either("response", dir, `${dir}-type-widened`, at, "is no longer restricted to a type");

    // Enums. Requests: removing a value breaks callers who send it. Responses: a new value is
    // reported (clients switching on the value should have a default branch), not breaking.
    if (a.values && b.values) {
      const removed = a.values.filter((v) => !b.values!.some((w) => Object.is(v, w)));
      const added = b.values.filter((v) => !a.values!.some((w) => Object.is(v, w)));
      if (removed.length)
        this.either("request", dir, `${dir}-enum-narrowed`, at, `no longer allows ${fmt(removed)}`);
      if (added.length) this.add("non-breaking", `${dir}-enum-widened`, at, `now also allows ${fmt(added)}`);
    } else if (!a.values && b.values)
      this.either("request", dir, `${dir}-enum-narrowed`, at, `now restricted to ${fmt(b.values)}`);
    else if (a.values && !b.values)
      this.add("non-breaking", `${dir}-enum-widened`, at, "is no longer restricted to a list of values");

    if (dir === "request") this.constraints(a, b, at);

    // Unions: members matched by the component they name (or their types). A schema that is not a
    // union on one side counts as a union of itself, so `X` → `oneOf: [X, Y]` reads as "Y added".
    if (a.variants || b.variants) {
      const members = (doc: OpenAPIDocument, flat: Flat, raw: any) =>
        new Map((flat.variants ?? [raw]).map((s) => [variantKey(doc, s), s]));
      const av = members(this.base, a, baseRaw);
      const bv = members(this.head, b, headRaw);
      for (const [key, s] of av) {
        const other = bv.get(key);
        if (other === undefined)
          this.either("request", dir, `${dir}-union-narrowed`, at, `no longer accepts ${memberName(key)}`);
        else this.schema(s, other, dir, where, field);
      }
      for (const key of bv.keys())
        if (!av.has(key)) this.add("non-breaking", `${dir}-union-widened`, at, `now also ${memberName(key)}`);
      return;
    }

    // Object properties.
    const prefix = field ? `${field}.` : "";
    for (const [name, s] of a.properties) {
      const sub = `${prefix}${name}`;
      const other = b.properties.get(name);
      if (other === undefined) {
        this.add("breaking", `${dir}-property-removed`, `${where}: ${sub}`, "was removed");
        continue;
      }
      const wasRequired = a.required.has(name);
      const isRequired = b.required.has(name);
      if (!wasRequired && isRequired)
        this.either("request", dir, `${dir}-property-became-required`, `${where}: ${sub}`, "is now required");
      if (wasRequired && !isRequired)
        this.either(
          "response",
          dir,
          `${dir}-property-became-optional`,
          `${where}: ${sub}`,
          dir === "response" ? "is no longer always present" : "is now optional",
        );
      this.schema(s, other, dir, where, sub);
    }
    for (const name of b.properties.keys()) {
      if (a.properties.has(name)) continue;
      const sub = `${prefix}${name}`;
      if (dir === "request" && b.required.has(name))
        this.add(
          "breaking",
          "request-property-added-required",
          `${where}: ${sub}`,
          "is a new required field",
        );
      else this.add("non-breaking", `${dir}-property-added`, `${where}: ${sub}`, "was added");
    }

    if (a.items !== undefined && b.items !== undefined)
      this.schema(a.items, b.items, dir, where, `${field}[]`);

    const ap = (v: any) => (v === undefined ? true : v);
    const [aAp, bAp] = [ap(a.additionalProperties), ap(b.additionalProperties)];
    if (dir === "request" && aAp !== false && bAp === false && a.types?.has("object"))
      this.add("breaking", "request-additional-properties-refused", at, "no longer accepts extra fields");
    if (typeof aAp === "object" && typeof bAp === "object") this.schema(aAp, bAp, dir, where, `${field}{*}`);
  }

  /** Request-side limits: a bound added or tightened refuses values the old spec accepted. */
  private constraints(a: Flat, b: Flat, at: string) {
    const tighter = (key: string, was: unknown, now: unknown) =>
      this.add("breaking", "request-constraint-tightened", at, `${key} ${was ?? "(none)"} → ${now}`);
    for (const key of LOWER_BOUNDS) {
      const [was, now] = [a.constraints[key] as number | undefined, b.constraints[key] as number | undefined];
      if (now !== undefined && (was === undefined || now > was)) tighter(key, was, now);
    }
    for (const key of UPPER_BOUNDS) {
      const [was, now] = [a.constraints[key] as number | undefined, b.constraints[key] as number | undefined];
      if (now !== undefined && (was === undefined || now < was)) tighter(key, was, now);
    }
    for (const key of EXACT) {
      const [was, now] = [a.constraints[key], b.constraints[key]];
      if (now !== undefined && JSON.stringify(was) !== JSON.stringify(now)) tighter(key, was, now);
    }
  }
}

interface Param {
  raw: any;
  in: string;
  name: string;
}

function parameters(doc: OpenAPIDocument, item: any, op: any): Map<string, Param> {
  const out = new Map<string, Param>();
  // Operation-level parameters override path-level ones of the same name and location (OpenAPI 3.1 §4.8.9).
  for (const list of [item.parameters ?? [], op.parameters ?? []])
    for (const raw of list) {
      const p = deref(doc, raw);
      out.set(`${p.in} ${p.name}`, { raw: p, in: p.in, name: p.name });
    }
  return out;
}

function operations(doc: OpenAPIDocument) {
  const out = new Map<string, { path: string; method: string; item: any; op: any }>();
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem);
    for (const method of HTTP_METHODS)
      if (item?.[method])
        out.set(`${method.toUpperCase()} ${pathShape(path)}`, { path, method, item, op: item[method] });
  }
  return out;
}

/** Every difference between `base` (the last release) and `head` that an SDK user could notice. */
export function diffSpecs(base: OpenAPIDocument, head: OpenAPIDocument): SpecChange[] {
  const d = new Differ(base, head);
  const baseOps = operations(base);
  const headOps = operations(head);

  for (const [key, b] of baseOps) {
    d.nextOperation();
    const h = headOps.get(key);
    const where = `${b.method.toUpperCase()} ${b.path}`;
    if (!h) {
      d.add("breaking", "operation-removed", where, `operation ${b.op.operationId ?? ""} was removed`.trim());
      continue;
    }
    const sdk = (op: any) => `${op.tags?.[0] ?? ""}.${op["x-sdk-method"] ?? ""}`;
    if (sdk(b.op) !== sdk(h.op))
      d.add("breaking", "sdk-method-renamed", where, `SDK method ${sdk(b.op)} is now ${sdk(h.op)}`);
    if (b.op.operationId !== h.op.operationId)
      d.add(
        "breaking",
        "operation-id-changed",
        where,
        `operationId ${b.op.operationId} is now ${h.op.operationId} (the exported \`operations\` type is keyed by it)`,
      );
    if (!b.op.deprecated && h.op.deprecated) d.add("non-breaking", "deprecated", where, "is now deprecated");

    // Parameters.
    const bp = parameters(base, b.item, b.op);
    const hp = parameters(head, h.item, h.op);
    for (const [pk, p] of bp) {
      const q = hp.get(pk);
      const pwhere = `${where} ${p.in} parameter ${p.name}`;
      if (!q) {
        d.add("breaking", "parameter-removed", pwhere, "was removed");
        continue;
      }
      if (!p.raw.required && q.raw.required)
        d.add("breaking", "parameter-became-required", pwhere, "is now required");
      if (p.raw.required && !q.raw.required)
        d.add("non-breaking", "parameter-became-optional", pwhere, "is now optional");
      if (!p.raw.deprecated && q.raw.deprecated)
        d.add("non-breaking", "deprecated", pwhere, "is now deprecated");
      if (p.raw.schema && q.raw.schema) d.schema(p.raw.schema, q.raw.schema, "request", pwhere, "");
    }
    for (const [pk, q] of hp) {
      if (bp.has(pk)) continue;
      const pwhere = `${where} ${q.in} parameter ${q.name}`;
      if (q.raw.required)
        d.add("breaking", "parameter-added-required", pwhere, "is a new required parameter");
      else d.add("non-breaking", "parameter-added", pwhere, "was added");
    }

    // Request body.
    const bb = deref(base, b.op.requestBody);
    const hb = deref(head, h.op.requestBody);
    const bwhere = `${where} request body`;
    if (bb && !hb) d.add("breaking", "request-body-removed", bwhere, "was removed");
    else if (!bb && hb)
      d.add(
        hb.required ? "breaking" : "non-breaking",
        hb.required ? "request-body-added-required" : "request-body-added",
        bwhere,
        hb.required ? "is a new required body" : "was added",
      );
    else if (bb && hb) {
      if (!bb.required && hb.required)
        d.add("breaking", "request-body-became-required", bwhere, "is now required");
      for (const [type, media] of Object.entries<any>(bb.content ?? {})) {
        const other = hb.content?.[type];
        if (!other) d.add("breaking", "request-media-type-removed", bwhere, `${type} is no longer accepted`);
        else if (media.schema && other.schema) d.schema(media.schema, other.schema, "request", bwhere, "");
      }
    }

    // Responses. Success responses are the contract of a named method; error responses are reported.
    for (const [status, rawResponse] of Object.entries<any>(b.op.responses ?? {})) {
      const rwhere = `${where} response ${status}`;
      const success = /^2/.test(status);
      const other = h.op.responses?.[status];
      if (!other) {
        d.add(success ? "breaking" : "non-breaking", "response-removed", rwhere, "was removed");
        continue;
      }
      const br = deref(base, rawResponse);
      const hr = deref(head, other);
      for (const [type, media] of Object.entries<any>(br.content ?? {})) {
        const hm = hr.content?.[type];
        if (!hm)
          d.add(
            success ? "breaking" : "non-breaking",
            "response-media-type-removed",
            rwhere,
            `${type} was removed`,
          );
        else if (media.schema && hm.schema)
          d.schema(media.schema, hm.schema, "response", `${rwhere} body`, "");
      }
    }
    for (const status of Object.keys(h.op.responses ?? {}))
      if (!b.op.responses?.[status])
        d.add("non-breaking", "response-added", `${where} response ${status}`, "was added");
  }
  for (const [key, h] of headOps)
    if (!baseOps.has(key))
      d.add("non-breaking", "operation-added", `${h.method.toUpperCase()} ${h.path}`, "operation was added");

  // Component schemas are exported as types (`components["schemas"][name]`): removing one breaks users.
  const headSchemas = head.components?.schemas ?? {};
  for (const name of Object.keys(base.components?.schemas ?? {}))
    if (!(name in headSchemas))
      d.add("breaking", "schema-removed", `components.schemas.${name}`, "was removed (or renamed)");
  for (const name of Object.keys(headSchemas))
    if (!(name in (base.components?.schemas ?? {})))
      d.add("non-breaking", "schema-added", `components.schemas.${name}`, "was added");
  return d.changes;
}
