/**
 * Path parameters put into an operation's path: `{name}` becomes the percent-encoded value (OpenAPI's
 * default `simple` style, as openapi-fetch writes it). The path is split once and kept, so a request
 * costs one string join instead of a regular-expression scan and a `replace` per parameter.
 */
import { defaultPathSerializer } from "openapi-fetch";

/** A path split at its placeholders: literal, name, literal, name, …, literal. */
export type PathTemplate = readonly string[];

const PLACEHOLDER = /\{([^{}]+)\}/;

/**
 * Splits `path` at its `{name}` placeholders; `null` when one uses another style than `simple`
 * (`{.name}`, `{;name}`, `{name*}`), which only openapi-fetch's general serializer writes.
 */
export function compilePath(path: string): PathTemplate | null {
  const parts = path.split(new RegExp(PLACEHOLDER, "g"));
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    if (name.startsWith(".") || name.startsWith(";") || name.endsWith("*")) return null;
  }
  return parts;
}

/** Fills a template; a parameter that is `undefined` or `null` leaves its placeholder as it is. */
export function fillPath(template: PathTemplate, params: Record<string, unknown>): string {
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i]!;
    const value = params[name];
    out +=
      (value === undefined || value === null ? `{${name}}` : encodeURIComponent(value as string)) +
      template[i + 1]!;
  }
  return out;
}

const cache = new Map<string, PathTemplate | null>();
const CACHE_LIMIT = 256;

/**
 * openapi-fetch's `pathSerializer` contract (`pathname` is the base URL plus the schema path), with
 * each distinct pathname split once. Styles other than `simple` go to openapi-fetch's serializer.
 */
export function serializePath(pathname: string, params: Record<string, unknown>): string {
  let template = cache.get(pathname);
  if (template === undefined) {
    // Paths come from the schema, so there are few; the bound only guards against generated ones.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pathname, (template = compilePath(pathname)));
  }
  return template ? fillPath(template, params) : defaultPathSerializer(pathname, params);
}
