/**
 * Finds every example in a bundled OpenAPI 3.1 document and validates it against its schema:
 * media-type `example`/`examples` (request bodies, responses), parameter and header `example`/`examples`,
 * and schema `example`/`examples` at any depth (components and inline schemas alike).
 */
import type { OpenAPIDocument } from "./ref.ts";
import { createSpecValidator, deref, pointer, refPointer, type SpecValidator } from "./spec-validator.ts";

export type ExampleKind = "media type" | "parameter" | "header" | "schema";

export interface CheckedExample {
  kind: ExampleKind;
  /** Pointer to the example itself, e.g. `/paths/~1v1~1x/get/responses/200/content/application~1json/example`. */
  where: string;
  /** Pointer to the schema it was validated against. */
  schema: string;
  errors: string[];
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

/** Keywords whose value is a schema, or a map/array of schemas (JSON Schema 2020-12 core + applicator). */
const SUBSCHEMA = ["items", "not", "if", "then", "else", "contains", "propertyNames", "additionalProperties"];
const SUBSCHEMA_MORE = ["unevaluatedItems", "unevaluatedProperties", "contentSchema"];
const SUBSCHEMA_ARRAYS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];

/** Validates every example of `doc`; pass a validator to reuse one already built over the same document. */
export function checkExamples(
  doc: OpenAPIDocument,
  validator: SpecValidator = createSpecValidator(doc),
): CheckedExample[] {
  const results: CheckedExample[] = [];
  const visited = new Set<string>();

  const check = (kind: ExampleKind, where: string, schema: string, value: unknown) =>
    results.push({ kind, where, schema, errors: validator.errors(schema, value) });

  /** `example` and `examples` (a map of Example Objects) of a media type, parameter or header. */
  function checkExampleHolder(kind: ExampleKind, node: any, at: string, schemaAt: string) {
    if ("example" in node) check(kind, `${at}/example`, schemaAt, node.example);
    for (const [name, raw] of Object.entries<any>(node.examples ?? {})) {
      const example = deref(doc, raw);
      if (example && "value" in example)
        check(kind, `${at}/examples${pointer(name)}`, schemaAt, example.value);
    }
  }

  function mediaTypes(content: Record<string, any> | undefined, at: string) {
    for (const [type, media] of Object.entries(content ?? {})) {
      const mediaAt = `${at}/content${pointer(type)}`;
      if (!media.schema) continue;
      const schemaAt = refPointer(media.schema, `${mediaAt}/schema`);
      checkExampleHolder("media type", media, mediaAt, schemaAt);
      schemas(media.schema, `${mediaAt}/schema`);
    }
  }

  /** A parameter or header: `schema` or `content`, each with their own examples. */
  function parameterLike(kind: "parameter" | "header", raw: any, fallbackAt: string) {
    const at = refPointer(raw, fallbackAt);
    if (visited.has(at)) return;
    visited.add(at);
    const node = deref(doc, raw);
    if (node.schema) {
      checkExampleHolder(kind, node, at, refPointer(node.schema, `${at}/schema`));
      schemas(node.schema, `${at}/schema`);
    }
    mediaTypes(node.content, at);
  }

  /** Schema `example` (OpenAPI) and `examples` (JSON Schema: an array), recursively. */
  function schemas(node: any, at: string) {
    if (!node || typeof node !== "object") return;
    if (typeof node.$ref === "string") {
      const target = node.$ref.startsWith("#/") ? node.$ref.slice(1) : null;
      if (target) schemas(deref(doc, { $ref: node.$ref }), target);
      // A sibling of $ref is evaluated too in 2020-12, but our spec keeps $ref nodes bare.
      return;
    }
    if (visited.has(at)) return;
    visited.add(at);
    if ("example" in node) check("schema", `${at}/example`, at, node.example);
    if (Array.isArray(node.examples))
      node.examples.forEach((value: unknown, i: number) => check("schema", `${at}/examples/${i}`, at, value));
    for (const key of [...SUBSCHEMA, ...SUBSCHEMA_MORE])
      if (node[key] && typeof node[key] === "object") schemas(node[key], `${at}${pointer(key)}`);
    for (const key of SUBSCHEMA_ARRAYS)
      if (Array.isArray(node[key]))
        node[key].forEach((s: unknown, i: number) => schemas(s, `${at}${pointer(key, i)}`));
    for (const key of SUBSCHEMA_MAPS)
      for (const [name, s] of Object.entries(node[key] ?? {})) schemas(s, `${at}${pointer(key, name)}`);
  }

  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const itemAt = refPointer(rawItem, pointer("paths", path));
    const item = deref(doc, rawItem);
    (item.parameters ?? []).forEach((p: any, i: number) =>
      parameterLike("parameter", p, `${itemAt}${pointer("parameters", i)}`),
    );
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const opAt = `${itemAt}${pointer(method)}`;
      (op.parameters ?? []).forEach((p: any, i: number) =>
        parameterLike("parameter", p, `${opAt}${pointer("parameters", i)}`),
      );
      if (op.requestBody) {
        const at = refPointer(op.requestBody, `${opAt}/requestBody`);
        if (!visited.has(at)) (visited.add(at), mediaTypes(deref(doc, op.requestBody).content, at));
      }
      for (const [status, rawResponse] of Object.entries<any>(op.responses ?? {})) {
        const at = refPointer(rawResponse, `${opAt}${pointer("responses", status)}`);
        if (visited.has(at)) continue;
        visited.add(at);
        const response = deref(doc, rawResponse);
        mediaTypes(response.content, at);
        for (const [name, header] of Object.entries(response.headers ?? {}))
          parameterLike("header", header, `${at}${pointer("headers", name)}`);
      }
    }
  }
  // Components not reached from an operation (lint warns about them) still must not lie.
  const components = doc.components ?? {};
  for (const [name, s] of Object.entries(components.schemas ?? {}))
    schemas(s, pointer("components", "schemas", name));
  for (const [name, p] of Object.entries(components.parameters ?? {}))
    parameterLike("parameter", p, pointer("components", "parameters", name));
  for (const [name, h] of Object.entries(components.headers ?? {}))
    parameterLike("header", h, pointer("components", "headers", name));
  for (const [name, r] of Object.entries<any>(components.requestBodies ?? {})) {
    const at = pointer("components", "requestBodies", name);
    if (!visited.has(at)) (visited.add(at), mediaTypes(r.content, at));
  }
  for (const [name, r] of Object.entries<any>(components.responses ?? {})) {
    const at = pointer("components", "responses", name);
    if (visited.has(at)) continue;
    visited.add(at);
    mediaTypes(r.content, at);
    for (const [h, header] of Object.entries(r.headers ?? {}))
      parameterLike("header", header, `${at}${pointer("headers", h)}`);
  }
  return results;
}
