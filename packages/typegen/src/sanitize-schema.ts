/**
 * A registration's JSON Schema is data from the server, and json-schema-to-typescript reads a few
 * keywords of its own as code (`tsType` is pasted verbatim into the output, `tsEnumNames` becomes
 * enum members, `extends` interface heritage) or as names (`$id`, `id`). Before a schema reaches the
 * generator it is rebuilt here from the JSON Schema vocabulary alone (drafts 4 to 2020-12): any other
 * keyword is dropped, whatever its name, so a keyword the generator may learn later cannot slip
 * through either. Each `$ref` must point inside the schema, at a subschema; nesting is bounded.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A subschema. */
const SCHEMA = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
]);
/** An array of subschemas. */
const SCHEMA_ARRAY = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
/** An object whose keys are names (of properties, definitions) and whose values are subschemas. */
const SCHEMA_MAP = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keywords whose value is data, kept as it is when it has the JSON type the vocabulary says. */
const STRINGS = new Set([
  "title",
  "description",
  "$comment",
  "format",
  "pattern",
  "contentEncoding",
  "contentMediaType",
]);
const NUMBERS = new Set([
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minProperties",
  "maxProperties",
  "minContains",
  "maxContains",
]);
const BOOLEANS = new Set(["uniqueItems", "readOnly", "writeOnly", "deprecated"]);
const VALUES = new Set(["enum", "const", "default", "examples"]);
/**
 * The generator turns `minItems`/`maxItems` into tuples of that many members; past this many it gives
 * a plain array type (the generator's own default cut-off), so a schema cannot ask for a huge tuple.
 */
const MAX_TUPLE = 20;
/** The one key json-schema-to-typescript prints unquoted as an index signature. */
const INDEX_SIGNATURE = "[k: string]";
/** Levels of JSON nesting (objects and arrays) a schema may have; deeper ones are refused. */
export const MAX_SCHEMA_DEPTH = 100;

/** The outcome of {@link sanitizeSchema}: a schema the generator may read, or why there is none. */
export type SanitizedSchema =
  { schema: JsonObject; problem?: undefined } | { schema?: undefined; problem: string };

/** See the module's description. `schema` is the JSON value received; it is not modified. */
export function sanitizeSchema(schema: JsonObject): SanitizedSchema {
  if (depthOf(schema) > MAX_SCHEMA_DEPTH)
    return { problem: `the schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep` };
  const clean = cleanSchema(schema) as JsonObject;
  let problem: string | undefined;
  forEachSchema(clean, (sub) => {
    if (typeof sub.$ref === "string") problem ??= checkRef(clean, sub.$ref);
    // The generator writes this one property name as an index signature, not as a property.
    if (isObject(sub.properties) && Object.hasOwn(sub.properties, INDEX_SIGNATURE))
      problem ??= `the property name ${JSON.stringify(INDEX_SIGNATURE)} cannot be written as a type`;
  });
  return problem === undefined ? { schema: clean } : { problem };
}

/** The deepest level of nesting of `value`, counted without recursion (so any depth can be measured). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_SCHEMA_DEPTH) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** The JSON Schema keywords of `schema` (a boolean schema stays as it is), rebuilt. */
function cleanSchema(schema: Json): Json {
  if (typeof schema === "boolean") return schema;
  if (!isObject(schema)) return {}; // not a schema: accepts anything
  const out: [string, Json][] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA.has(key)) {
      // `items` may also be an array of schemas (drafts before 2020-12).
      if (key === "items" && Array.isArray(value)) out.push([key, value.map(cleanSchema)]);
      else if (typeof value === "boolean" || isObject(value)) out.push([key, cleanSchema(value)]);
    } else if (SCHEMA_ARRAY.has(key)) {
      if (Array.isArray(value)) out.push([key, value.map(cleanSchema)]);
    } else if (SCHEMA_MAP.has(key)) {
      if (isObject(value))
        out.push([
          key,
          // Object.fromEntries defines own properties, so a name like `__proto__` stays a name.
          Object.fromEntries(
            Object.entries(value).map(([name, sub]) => [
              // A pattern is printed in a comment by the generator; keep it from closing the comment.
              key === "patternProperties" ? name.replace(/\*\//g, "* /") : name,
              cleanSchema(sub),
            ]),
          ),
        ]);
    } else if (key === "dependencies") {
      // Draft 4-7: per property, either a subschema or a list of required property names.
      if (isObject(value))
        out.push([
          key,
          Object.fromEntries(
            Object.entries(value).map(([name, sub]) => [
              name,
              Array.isArray(sub) ? sub.filter((s) => typeof s === "string") : cleanSchema(sub),
            ]),
          ),
        ]);
    } else if (key === "type") {
      if (typeof value === "string") out.push([key, value]);
      else if (Array.isArray(value)) out.push([key, value.filter((t) => typeof t === "string")]);
    } else if (key === "required") {
      if (Array.isArray(value)) out.push([key, value.filter((r) => typeof r === "string")]);
    } else if (key === "dependentRequired") {
      if (isObject(value)) out.push([key, value]);
    } else if (key === "$ref") {
      if (typeof value === "string") out.push([key, value]);
    } else if (key === "minItems" || key === "maxItems") {
      if (isCount(value) && value <= MAX_TUPLE) out.push([key, value]);
    } else if (STRINGS.has(key)) {
      if (typeof value === "string")
        out.push([key, key === "description" ? value.replace(/\*\//g, "* /") : value]);
    } else if (NUMBERS.has(key)) {
      if (typeof value === "number") out.push([key, value]);
    } else if (BOOLEANS.has(key)) {
      if (typeof value === "boolean") out.push([key, value]);
    } else if (VALUES.has(key)) {
      out.push([key, structuredClone(value)]);
    }
    // Anything else (tsType, tsEnumNames, extends, $id, id, $schema, $anchor, x-…) is dropped.
  }
  const clean = Object.fromEntries(out);
  // The generator refuses a schema with both `$defs` and `definitions` unless they are equal: when
  // their names do not overlap, both become the union, so a `$ref` into either still resolves.
  if (isObject(clean.$defs) && isObject(clean.definitions)) {
    const defs = clean.$defs;
    const definitions = clean.definitions;
    if (!Object.keys(definitions).some((name) => Object.hasOwn(defs, name))) {
      clean.$defs = Object.fromEntries([...Object.entries(defs), ...Object.entries(definitions)]);
      clean.definitions = clean.$defs; // one object: a `$ref` into either names the same schema
    }
  }
  if (isCount(clean.minItems) && isCount(clean.maxItems) && clean.maxItems < clean.minItems) {
    delete clean.minItems;
    delete clean.maxItems;
  }
  return clean;
}

/** Calls `visit` with `schema` and each of its subschemas (only subschemas are left after cleaning). */
function forEachSchema(schema: Json, visit: (schema: JsonObject) => void): void {
  if (!isObject(schema)) return;
  visit(schema);
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA.has(key) || SCHEMA_ARRAY.has(key)) {
      for (const sub of Array.isArray(value) ? value : [value]) forEachSchema(sub, visit);
    } else if (SCHEMA_MAP.has(key) || key === "dependencies") {
      if (isObject(value)) for (const sub of Object.values(value)) forEachSchema(sub, visit);
    }
  }
}

/**
 * Why `ref` cannot be followed, or `undefined` when it points at a subschema of `root`. Only a JSON
 * Pointer fragment (`#`, `#/$defs/Address`) is followed: a URL or a file path would make the generator
 * fetch or read, and an `$anchor` is not kept.
 */
function checkRef(root: JsonObject, ref: string): string | undefined {
  const refused = `$ref ${JSON.stringify(ref)}`;
  if (ref !== "#" && !ref.startsWith("#/"))
    return `${refused} is not a reference inside the schema (remote and file references are not followed)`;
  let tokens: string[];
  try {
    tokens = ref
      .slice(2)
      .split("/")
      .map((t) => decodeURIComponent(t).replace(/~1/g, "/").replace(/~0/g, "~"));
  } catch {
    return `${refused} is not a valid JSON Pointer`;
  }
  if (ref === "#") return undefined;
  // Walk the pointer, knowing at each step whether the value reached is a schema, an array of
  // schemas or a map of named schemas: a pointer that ends anywhere else does not name a schema.
  let current: Json = root;
  let kind: "schema" | "array" | "map" = "schema";
  for (const token of tokens) {
    const next: Json | undefined =
      isObject(current) && Object.hasOwn(current, token)
        ? current[token]
        : Array.isArray(current) && /^(0|[1-9][0-9]*)$/.test(token)
          ? current[Number(token)]
          : undefined;
    if (next === undefined) return `${refused} does not resolve within the schema`;
    if (kind === "schema") {
      if (SCHEMA_MAP.has(token) || token === "dependencies") kind = "map";
      else if (SCHEMA_ARRAY.has(token) || (token === "items" && Array.isArray(next))) kind = "array";
      else if (SCHEMA.has(token)) kind = "schema";
      else return `${refused} does not point at a schema`;
    } else kind = "schema";
    current = next;
  }
  if (kind !== "schema" || !(isObject(current) || typeof current === "boolean"))
    return `${refused} does not point at a schema`;
  return undefined;
}
