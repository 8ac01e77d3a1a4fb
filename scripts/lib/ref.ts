/** Shared OpenAPI helpers of the scripts. */

/** A bundled OpenAPI document (one file, local `$ref`s only). */
export interface OpenAPIDocument {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components?: Record<string, Record<string, any>>;
  [key: string]: unknown;
}

/** What one local `$ref` (`#/…`, JSON Pointer escapes included) points at, without following it further. */
export function followRef(doc: OpenAPIDocument, ref: string): any {
  return ref
    .slice(2)
    .split("/")
    .map((p: string) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((n: any, k: string) => n?.[k], doc);
}

/** Resolves a chain of local `$ref`s (`#/components/...`, JSON Pointer escapes included) to its target. */
export function deref<T = any>(doc: OpenAPIDocument, node: any): T {
  let seen = 0;
  while (node && typeof node.$ref === "string" && node.$ref.startsWith("#/")) {
    if (++seen > 32) throw new Error(`$ref cycle at ${node.$ref}`);
    node = followRef(doc, node.$ref);
  }
  return node as T;
}
