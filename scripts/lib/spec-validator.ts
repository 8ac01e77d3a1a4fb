/**
 * A JSON Schema 2020-12 validator (Ajv's 2020 build + ajv-formats) over the bundled spec, independent
 * of every package's own validation: the example check and the client contract tests both judge
 * payloads with it, so a mistake in the mock server's validator cannot hide a mismatch.
 *
 * OpenAPI 3.1 schema objects are JSON Schema 2020-12 plus a few annotations (`example`, `discriminator`,
 * `xml`, `externalDocs`, `x-*`); those are registered as annotation keywords, so Ajv stays strict about
 * everything else (an unknown keyword or a malformed schema fails the check instead of being ignored).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenAPIDocument } from "./ref.ts";
import { root } from "./root.ts";

/** The `$id` the bundled document is registered under; schema locations are `${SPEC_ID}#<pointer>`. */
export const SPEC_ID = "https://spec.invalid/openapi.json";

/**
 * Bundles `spec/openapi.yaml` with redocly into a private temporary file (so concurrent runs never
 * share `spec/dist/`) and returns the parsed document.
 */
export function bundleSpecFresh(entry = join(root, "spec", "openapi.yaml")): OpenAPIDocument {
  const dir = mkdtempSync(join(tmpdir(), "spec-bundle-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(
      join(root, "node_modules", ".bin", "redocly"),
      ["bundle", "--config", join(root, "spec", "redocly.yaml"), entry, "-o", out],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
    );
    return JSON.parse(readFileSync(out, "utf8")) as OpenAPIDocument;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Escapes one JSON Pointer segment (RFC 6901) and makes it safe in a URI fragment (RFC 6901 §6). */
export function pointerSegment(segment: string | number): string {
  return encodeURIComponent(String(segment).replace(/~/g, "~0").replace(/\//g, "~1"));
}

/** Joins segments into a URI-fragment JSON Pointer: `["paths", "/v1/x", "get"]` → `/paths/~1v1~1x/get`. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${pointerSegment(s)}`).join("");
}

/** Keywords OpenAPI 3.1 adds to JSON Schema that carry no validation (OpenAPI 3.1 §4.8.24). */
const OPENAPI_ANNOTATIONS = ["example", "discriminator", "xml", "externalDocs"];
/**
 * The document's top-level fields: Ajv compiles the registered document when it resolves a pointer
 * into it, so these must read as annotations too (they hold no validation of their own).
 */
const DOCUMENT_FIELDS = ["openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks"];
const DOCUMENT_FIELDS_MORE = ["components", "security", "tags"];

function extensionKeywords(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) extensionKeywords(item, found);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeywords(value, found);
    }
  return found;
}

export interface SpecValidator {
  readonly doc: OpenAPIDocument;
  /** The compiled validator of the schema at `pointer` (a URI-fragment JSON Pointer into the document). */
  at(pointer: string): ValidateFunction;
  /** Validates `value` against the schema at `pointer`; returns readable errors, empty when valid. */
  errors(pointer: string, value: unknown): string[];
}

/** Creates a strict 2020-12 validator over a bundled OpenAPI 3.1 document. */
export function createSpecValidator(doc: OpenAPIDocument): SpecValidator {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true, // `type: [string, "null"]` is how the spec writes nullable values
    allErrors: true,
    validateFormats: true,
  });
  addFormats(ajv);
  // OpenAPI's own formats (OpenAPI 3.1 §4.2) that ajv-formats does not know: annotations only.
  for (const format of ["int8", "int16", "uint8", "uint16", "uint32", "uint64", "decimal"])
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  const annotations = [...OPENAPI_ANNOTATIONS, ...DOCUMENT_FIELDS, ...DOCUMENT_FIELDS_MORE];
  for (const keyword of [...annotations, ...extensionKeywords(doc)]) ajv.addKeyword({ keyword });
  // The document itself is not a schema (it has `paths`, `info`…): it is only a place refs point into.
  ajv.addSchema({ ...doc, $id: SPEC_ID }, undefined, undefined, false);

  const cache = new Map<string, ValidateFunction>();
  const at = (ptr: string): ValidateFunction => {
    let validate = cache.get(ptr);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}#${ptr}` });
      cache.set(ptr, validate);
    }
    return validate;
  };
  return {
    doc,
    at,
    errors(ptr, value) {
      const validate = at(ptr);
      return validate(value) ? [] : formatErrors(validate.errors ?? []);
    },
  };
}

/** One line per Ajv error: `<instance path> <message> (<schema path>)`. */
export function formatErrors(errors: ErrorObject[]): string[] {
  return errors.map((e) => {
    const extra =
      e.keyword === "additionalProperties"
        ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : e.keyword === "enum"
          ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
          : "";
    return `${e.instancePath || "(root)"} ${e.message}${extra} (${e.schemaPath.replace(SPEC_ID, "")})`;
  });
}

export { deref } from "./ref.ts";

/** The pointer a local `$ref` names, or `fallback` when the node is not a `$ref`. */
export function refPointer(node: any, fallback: string): string {
  return node && typeof node.$ref === "string" && node.$ref.startsWith("#/") ? node.$ref.slice(1) : fallback;
}
