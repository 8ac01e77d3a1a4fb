/** A spec's operations, router and validator, built once per document and shared by every server. */
import { Router } from "./router.js";
import { readOperations, type OpenAPIDocument, type OperationDef } from "./spec.js";
import { SpecValidator } from "./validation.js";

/** What a server needs from its spec. */
export interface CompiledSpec {
  ops: OperationDef[];
  router: Router;
  validator: SpecValidator;
}

const cache = new WeakMap<OpenAPIDocument, CompiledSpec>();

/** The compiled form of `doc` (cached per document). */
export function compiledSpec(doc: OpenAPIDocument): CompiledSpec {
  let c = cache.get(doc);
  if (!c) {
    const ops = readOperations(doc);
    c = { ops, router: new Router(ops), validator: new SpecValidator(doc) };
    cache.set(doc, c);
  }
  return c;
}
