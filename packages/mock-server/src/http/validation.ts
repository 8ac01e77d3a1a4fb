/**
 * Request and response validation against the spec with Ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1). Requests that fail get FastAPI's 422 body, `{"detail": [{"loc", "msg", "type"}]}`, with
 * pydantic's error types (`missing`, `int_parsing`, `enum`…), so client code that reads `detail` behaves
 * as it would against the real service.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenAPIDocument, OperationDef, ParameterDef } from "./spec.js";

import type { ValidationIssue } from "../domain/errors.js";

export type { ValidationIssue };

/** Parameters and body of a request that passed validation, coerced to their schema types. */
export interface ValidRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body: unknown;
}

const BASE = "https://mock-server.invalid/spec.json";

/** Copies a schema, turning the spec's local `#/components/schemas/X` refs into absolute ones. */
function absolutize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutize);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out[key] = BASE + value;
    else if (key === "example" || key === "examples") continue;
    // Ajv's `discriminator` takes only `propertyName` (each `oneOf` member's `const` gives the
    // mapping); with it, a 17-member `oneOf` checks one member instead of all of them.
    else if (key === "discriminator" && value && typeof value === "object")
      out[key] = { propertyName: (value as { propertyName: string }).propertyName };
    else out[key] = absolutize(value);
  }
  return out;
}

function makeAjv(doc: OpenAPIDocument, forRequests: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: forRequests,
    // Never `useDefaults`: Ajv fills defaults while trying each `anyOf` branch, even branches that
    // fail, which would add a NetworkEncodedInput's fields to a plain object input.
    validateSchema: false,
    discriminator: true,
    logger: false,
  });
  addFormats(ajv, ["date", "time", "uuid", "duration", "uri", "email"]);
  // Lenient like pydantic: a timezone is optional, the time part too.
  ajv.addFormat("date-time", {
    type: "string",
    validate: (s: string) =>
      /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/.test(s) &&
      !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)),
  });
  for (const f of ["int32", "int64", "float", "double"])
    ajv.addFormat(f, { type: "number", validate: () => true });
  ajv.addSchema({ $id: BASE, components: absolutize(doc.components ?? {}) } as object, BASE);
  return ajv;
}

interface Compiled {
  params: Map<string, ValidateFunction>;
  body: ValidateFunction | null;
  responses: Map<number, ValidateFunction | null>;
}

/** Validates requests and responses of one spec; compiled lazily, once per operation. */
export class SpecValidator {
  private readonly requestAjv: Ajv2020;
  private readonly responseAjv: Ajv2020;
  private readonly compiled = new Map<OperationDef, Compiled>();

  constructor(doc: OpenAPIDocument) {
    this.requestAjv = makeAjv(doc, true);
    this.responseAjv = makeAjv(doc, false);
    this.doc = doc;
  }

  private readonly doc: OpenAPIDocument;

  private compile(op: OperationDef): Compiled {
    let c = this.compiled.get(op);
    if (c) return c;
    c = { params: new Map(), body: null, responses: new Map() };
    for (const p of op.parameters)
      c.params.set(`${p.in}:${p.name}`, this.requestAjv.compile(absolutize(p.schema) as object));
    if (op.body) c.body = this.requestAjv.compile(absolutize(op.body.schema) as object);
    for (const [status, r] of op.responses)
      c.responses.set(
        status,
        r.schema === undefined ? null : this.responseAjv.compile(absolutize(r.schema) as object),
      );
    this.compiled.set(op, c);
    return c;
  }

  /** Resolves a `$ref` of the spec (for reading parameter types). */
  private resolve(schema: any): any {
    for (let i = 0; schema && typeof schema.$ref === "string" && i < 32; i++) {
      schema = schema.$ref
        .slice(2)
        .split("/")
        .reduce((o: any, k: string) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], this.doc);
    }
    return schema;
  }

  /** The JSON types a schema admits (following `$ref`, `anyOf`, `oneOf` and type arrays). */
  private typesOf(schema: any, out = new Set<string>()): Set<string> {
    schema = this.resolve(schema);
    if (!schema || typeof schema !== "object") return out;
    if (Array.isArray(schema.type)) schema.type.forEach((t: string) => out.add(t));
    else if (typeof schema.type === "string") out.add(schema.type);
    for (const key of ["anyOf", "oneOf", "allOf"]) for (const s of schema[key] ?? []) this.typesOf(s, out);
    if (!out.size && Array.isArray(schema.enum))
      for (const v of schema.enum) out.add(v === null ? "null" : typeof v);
    return out;
  }

  private itemsOf(schema: any): any {
    schema = this.resolve(schema);
    if (schema?.items) return schema.items;
    for (const key of ["anyOf", "oneOf"])
      for (const s of schema?.[key] ?? []) if (this.resolve(s)?.items) return this.resolve(s).items;
    return {};
  }

  /** Turns a query/path/header string into the type its schema asks for, where it parses as one. */
  private coerceScalar(text: string, schema: unknown): unknown {
    const types = this.typesOf(schema);
    if (types.has("integer") && /^[+-]?\d+$/.test(text.trim())) return Number(text);
    if (types.has("number") && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
    if (types.has("boolean")) {
      const t = text.toLowerCase();
      if (["true", "1", "yes", "on", "t", "y"].includes(t)) return true;
      if (["false", "0", "no", "off", "f", "n"].includes(t)) return false;
    }
    if (types.has("object") && text.trim().startsWith("{")) {
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    }
    return text;
  }

  private readParam(
    p: ParameterDef,
    url: URL,
    headers: Headers,
    pathParams: Record<string, string>,
    declared: ReadonlySet<string>,
  ): unknown {
    if (p.in === "path")
      return pathParams[p.name] === undefined ? undefined : this.coerceScalar(pathParams[p.name]!, p.schema);
    if (p.in === "header") {
      const v = headers.get(p.name);
      return v === null ? undefined : this.coerceScalar(v, p.schema);
    }
    if (p.in !== "query") return undefined;
    const types = this.typesOf(p.schema);
    const values = url.searchParams.getAll(p.name);
    if (types.has("array")) {
      // `form` style, exploded (the OpenAPI default): `workflow_event_types=A&workflow_event_types=B`.
      return values.length ? values.map((v) => this.coerceScalar(v, this.itemsOf(p.schema))) : undefined;
    }
    if (types.has("object")) {
      // OpenAPI's default for an object (style form, explode): its properties as parameters of their
      // own (`team=a`), as the client and the official SDK send it. Also accepted: deepObject
      // (`metadata_filters[team]=a`) and a JSON string (`metadata_filters={"team":"a"}`).
      const prefix = `${p.name}[`;
      const entries = [...url.searchParams].filter(([k]) => k.startsWith(prefix) && k.endsWith("]"));
      if (entries.length) return Object.fromEntries(entries.map(([k, v]) => [k.slice(prefix.length, -1), v]));
      if (!values.length) {
        const loose = [...url.searchParams].filter(([k]) => !declared.has(k) && !k.includes("["));
        if (loose.length) return Object.fromEntries(loose);
      }
    }
    // Starlette keeps the last value of a repeated scalar parameter.
    return values.length ? this.coerceScalar(values[values.length - 1]!, p.schema) : undefined;
  }

  /**
   * Validates a request's parameters and body. Returns the coerced parameters (absent ones with their
   * spec defaults) and the parsed body as sent, or the FastAPI `detail` list.
   */
  validateRequest(
    op: OperationDef,
    input: { url: URL; headers: Headers; pathParams: Record<string, string>; bodyText: string },
  ): { ok: true; value: ValidRequest } | { ok: false; detail: ValidationIssue[] } {
    const c = this.compile(op);
    const detail: ValidationIssue[] = [];
    const value: ValidRequest = { path: {}, query: {}, header: {}, body: undefined };
    const declared = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const p of op.parameters) {
      if (p.in === "cookie") continue;
      const raw = this.readParam(p, input.url, input.headers, input.pathParams, declared);
      const loc: (string | number)[] = [p.in, p.name];
      if (raw === undefined) {
        if (p.required) detail.push({ loc, msg: "Field required", type: "missing", input: null });
        else {
          const def = this.resolve(p.schema)?.default;
          if (def !== undefined) value[p.in][p.name] = structuredClone(def);
        }
        continue;
      }
      const validate = c.params.get(`${p.in}:${p.name}`)!;
      if (!validate(raw)) detail.push(...toIssues(validate.errors ?? [], loc, raw, true));
      else value[p.in][p.name] = raw;
    }
    if (op.body) {
      const text = input.bodyText;
      if (text.trim() === "") {
        if (op.body.required)
          detail.push({ loc: ["body"], msg: "Field required", type: "missing", input: null });
        else value.body = null;
      } else {
        let parsed: unknown;
        let okJson = true;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          okJson = false;
          detail.push({ loc: ["body", 0], msg: "JSON decode error", type: "json_invalid", input: {} });
        }
        if (okJson) {
          if (!c.body!(parsed)) detail.push(...toIssues(c.body!.errors ?? [], ["body"], parsed, false));
          value.body = parsed;
        }
      }
    }
    return detail.length ? { ok: false, detail } : { ok: true, value };
  }

  /** Checks a value against a component schema (`"Schedule"` → `#/components/schemas/Schedule`). */
  validateComponent(name: string, value: unknown): string[] {
    let validate = this.components.get(name);
    if (!validate) {
      validate = this.responseAjv.compile({ $ref: `${BASE}#/components/schemas/${name}` });
      this.components.set(name, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`);
  }

  private readonly components = new Map<string, ValidateFunction>();

  /** Checks a response body against the spec; returns the problems found (none: `[]`). */
  validateResponse(op: OperationDef, status: number, body: unknown): string[] {
    const def = op.responses.get(status);
    if (!def) return [`status ${status} is not documented for ${op.sdkName}`];
    if (def.kind === "empty")
      return body === undefined || body === null || body === "" ? [] : ["expected no body"];
    const validate = this.compile(op).responses.get(status);
    if (!validate || validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`);
  }
}

/** pydantic's error type and message per JSON type: `[parsing type, parsing message, type, message]`. */
const TYPE_ERRORS: Record<string, [string, string, string, string]> = {
  integer: [
    "int_parsing",
    "Input should be a valid integer, unable to parse string as an integer",
    "int_type",
    "Input should be a valid integer",
  ],
  number: [
    "float_parsing",
    "Input should be a valid number, unable to parse string as a number",
    "float_type",
    "Input should be a valid number",
  ],
  boolean: [
    "bool_parsing",
    "Input should be a valid boolean, unable to interpret input",
    "bool_type",
    "Input should be a valid boolean",
  ],
  string: ["string_type", "Input should be a valid string", "string_type", "Input should be a valid string"],
  object: [
    "dict_type",
    "Input should be a valid dictionary",
    "dict_type",
    "Input should be a valid dictionary",
  ],
  array: ["list_type", "Input should be a valid list", "list_type", "Input should be a valid list"],
  null: ["none_required", "Input should be None", "none_required", "Input should be None"],
};

function quoteList(values: unknown[]): string {
  const q = values.map((v) => (typeof v === "string" ? `'${v}'` : JSON.stringify(v)));
  return q.length > 1 ? `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}` : (q[0] ?? "");
}

function pointerToLoc(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, loc: (string | number)[]): unknown {
  return loc.reduce<any>((o, k) => (o == null ? undefined : o[k]), root);
}

/** Turns Ajv's errors into pydantic-style issues, dropping the noise of untaken `anyOf` branches. */
function toIssues(
  errors: ErrorObject[],
  base: (string | number)[],
  root: unknown,
  fromText: boolean,
): ValidationIssue[] {
  let errs = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
  if (!errs.length) errs = errors.slice(0, 1);
  // When one `anyOf` branch got further into the value, its errors are the helpful ones.
  errs = errs.filter(
    (e) => !(e.keyword === "type" && errs.some((o) => o.instancePath.startsWith(`${e.instancePath}/`))),
  );
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const e of errs) {
    let loc = [...base, ...pointerToLoc(e.instancePath)];
    const input = valueAt(root, pointerToLoc(e.instancePath));
    let issue: ValidationIssue;
    switch (e.keyword) {
      case "required": {
        loc = [...loc, (e.params as { missingProperty: string }).missingProperty];
        issue = { loc, msg: "Field required", type: "missing", input };
        break;
      }
      case "type": {
        const wanted = String((e.params as { type: string | string[] }).type)
          .split(",")
          .filter((t) => t !== "null");
        const [parsingType, parsingMsg, type, msg] = TYPE_ERRORS[wanted[0] ?? "null"] ?? TYPE_ERRORS.null!;
        const parsing = fromText && typeof input === "string";
        issue = { loc, msg: parsing ? parsingMsg : msg, type: parsing ? parsingType : type, input };
        break;
      }
      case "enum":
        issue = {
          loc,
          msg: `Input should be ${quoteList((e.params as { allowedValues: unknown[] }).allowedValues)}`,
          type: "enum",
          input,
        };
        break;
      case "const":
        issue = {
          loc,
          msg: `Input should be ${quoteList([(e.params as { allowedValue: unknown }).allowedValue])}`,
          type: "literal_error",
          input,
        };
        break;
      case "format": {
        const format = (e.params as { format: string }).format;
        const byFormat: Record<string, [string, string]> = {
          uuid: ["uuid_parsing", "Input should be a valid UUID"],
          "date-time": ["datetime_parsing", "Input should be a valid datetime"],
          date: ["date_parsing", "Input should be a valid date"],
          duration: ["time_delta_parsing", "Input should be a valid timedelta"],
        };
        const [type, msg] = byFormat[format] ?? ["value_error", `Input should be a valid ${format}`];
        issue = { loc, msg, type, input };
        break;
      }
      case "minItems":
        issue = {
          loc,
          msg: `List should have at least ${(e.params as { limit: number }).limit} items after validation, not ${Array.isArray(input) ? input.length : 0}`,
          type: "too_short",
          input,
        };
        break;
      case "maxItems":
        issue = {
          loc,
          msg: `List should have at most ${(e.params as { limit: number }).limit} items after validation, not ${Array.isArray(input) ? input.length : 0}`,
          type: "too_long",
          input,
        };
        break;
      case "minimum":
        issue = {
          loc,
          msg: `Input should be greater than or equal to ${(e.params as { limit: number }).limit}`,
          type: "greater_than_equal",
          input,
        };
        break;
      case "maximum":
        issue = {
          loc,
          msg: `Input should be less than or equal to ${(e.params as { limit: number }).limit}`,
          type: "less_than_equal",
          input,
        };
        break;
      case "additionalProperties":
        loc = [...loc, (e.params as { additionalProperty: string }).additionalProperty];
        issue = {
          loc,
          msg: "Extra inputs are not permitted",
          type: "extra_forbidden",
          input: valueAt(input, [loc[loc.length - 1]!]),
        };
        break;
      default:
        issue = {
          loc,
          msg: e.message ?? "Invalid value",
          type: e.keyword === "anyOf" || e.keyword === "oneOf" ? "union_error" : "value_error",
          input,
        };
    }
    const key =
      JSON.stringify(issue.loc) +
      (issue.type.endsWith("_type") || issue.type.endsWith("_parsing") ? "" : issue.type);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
