/**
 * Reads the operations out of the bundled OpenAPI document: the mock server's routes, parameters,
 * bodies and response kinds all come from here, never from a hand-kept list.
 */
import bundled from "../generated/openapi.json";

/** A bundled OpenAPI 3.1 document (what `pnpm generate` writes to `src/generated/openapi.json`). */
export interface OpenAPIDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The spec the mock server was generated from. */
export const bundledSpec = bundled as unknown as OpenAPIDocument;

/** One parameter of an operation. */
export interface ParameterDef {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: unknown;
}

/** One documented response of an operation. */
export interface ResponseDef {
  /** `json`, `sse` (text/event-stream) or `empty` (no content). */
  kind: "json" | "sse" | "empty";
  /** The JSON schema of the body, or of each SSE event's `data` (absent for `empty`). */
  schema?: unknown;
}

/** One operation of the spec, as the router and the validator need it. */
export interface OperationDef {
  operationId: string;
  /** `"<tag>.<x-sdk-method>"`, e.g. `"schedules.getSchedule"`: the name the SDK calls it by. */
  sdkName: string;
  method: string;
  path: string;
  parameters: ParameterDef[];
  body: { required: boolean; schema: unknown } | null;
  successStatus: number;
  responses: Map<number, ResponseDef>;
  sse?: { resumeParam?: string; resumeHeader?: string };
}

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

function deref(doc: OpenAPIDocument, node: unknown): any {
  let n = node as any;
  for (let i = 0; n && typeof n.$ref === "string" && n.$ref.startsWith("#/"); i++) {
    if (i > 32) throw new Error(`$ref cycle at ${n.$ref}`);
    n = n.$ref
      .slice(2)
      .split("/")
      .map((p: string) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((o: any, k: string) => o?.[k], doc);
  }
  return n;
}

const cache = new WeakMap<OpenAPIDocument, OperationDef[]>();

/** Every operation of `doc`, in document order. Cached per document. */
export function readOperations(doc: OpenAPIDocument): OperationDef[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const out: OperationDef[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem) as Record<string, any>;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      // Operation-level parameters override path-level ones with the same name and location.
      const params = new Map<string, ParameterDef>();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = deref(doc, raw);
        params.set(`${p.in}:${p.name}`, {
          name: p.name,
          in: p.in,
          required: !!p.required,
          schema: p.schema ?? {},
        });
      }
      const requestBody = op.requestBody ? deref(doc, op.requestBody) : null;
      const responses = new Map<number, ResponseDef>();
      for (const [status, rawResponse] of Object.entries(op.responses ?? {})) {
        if (!/^\d{3}$/.test(status)) continue;
        const response = deref(doc, rawResponse);
        const content = response?.content ?? {};
        if (content["text/event-stream"])
          responses.set(Number(status), { kind: "sse", schema: content["text/event-stream"].schema ?? {} });
        else if (content["application/json"])
          responses.set(Number(status), { kind: "json", schema: content["application/json"].schema ?? {} });
        else responses.set(Number(status), { kind: "empty" });
      }
      const success = [...responses.keys()].find((s) => s >= 200 && s < 300) ?? 200;
      const sse = op["x-sse"];
      out.push({
        operationId: op.operationId ?? `${method}:${path}`,
        sdkName: `${op.tags?.[0] ?? "default"}.${op["x-sdk-method"] ?? op.operationId ?? method}`,
        method: method.toUpperCase(),
        path,
        parameters: [...params.values()],
        body: requestBody
          ? {
              required: !!requestBody.required,
              schema: requestBody.content?.["application/json"]?.schema ?? {},
            }
          : null,
        successStatus: success,
        responses,
        ...(responses.get(success)?.kind === "sse"
          ? { sse: { resumeParam: sse?.["resume-param"], resumeHeader: sse?.["resume-header"] } }
          : {}),
      });
    }
  }
  cache.set(doc, out);
  return out;
}
