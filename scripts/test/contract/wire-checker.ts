/**
 * Judges HTTP exchanges against the bundled spec with the independent validator of
 * scripts/lib/spec-validator.ts: which operation a request is, whether its path, query, header
 * parameters and body are what the spec allows, and whether the response's status, media type and body
 * (each SSE event's `data` for `text/event-stream`) match what the spec documents for that status.
 */
import type { OpenAPIDocument } from "../../lib/ref.ts";
import { deref, pointer, type SpecValidator } from "../../lib/spec-validator.ts";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

export interface MatchedOperation {
  /** `group.method`, the client's name for it. */
  sdkName: string;
  method: string;
  path: string;
  /** Pointer to the operation object, e.g. `/paths/~1v1~1x/get`. */
  at: string;
  op: any;
  pathValues: Record<string, string>;
}

export interface WireRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export interface WireResponse {
  status: number;
  headers: Headers;
  /** The body text; for `text/event-stream`, the part read (a live stream is read only so far). */
  body: string;
}

interface ParamRef {
  name: string;
  in: string;
  required: boolean;
  schemaAt: string;
  schema: any;
  style?: string;
  explode?: boolean;
}

export function createWireChecker(validator: SpecValidator) {
  const doc: OpenAPIDocument = validator.doc;

  // Literal segments win over templates (`/v1/workflows/schedules` before `/v1/workflows/{id}`), as the
  // API routes them (spec/redocly.yaml turns `no-ambiguous-paths` off for that reason).
  const routes = Object.keys(doc.paths)
    .map((path) => {
      const names: string[] = [];
      const source = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
      const literal = path.split("/").filter((s) => s && !s.startsWith("{")).length;
      return { path, regex: new RegExp(`^${source}$`), names, literal };
    })
    .sort((a, b) => b.literal - a.literal);

  function match(method: string, pathname: string): MatchedOperation | null {
    for (const route of routes) {
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const lower = method.toLowerCase() as (typeof METHODS)[number];
      const item = deref(doc, doc.paths[route.path]);
      const op = item?.[lower];
      if (!op) continue;
      const pathValues: Record<string, string> = {};
      route.names.forEach((name, i) => (pathValues[name] = decodeURIComponent(m[i + 1]!)));
      return {
        sdkName: `${op.tags[0]}.${op["x-sdk-method"]}`,
        method: method.toUpperCase(),
        path: route.path,
        at: pointer("paths", route.path, lower),
        op,
        pathValues,
      };
    }
    return null;
  }

  function params(matched: MatchedOperation): ParamRef[] {
    const item = deref(doc, doc.paths[matched.path]);
    const itemAt = pointer("paths", matched.path);
    const list: ParamRef[] = [];
    const add = (raw: any, at: string) => {
      const p = deref(doc, raw);
      const base = raw.$ref ? raw.$ref.slice(1) : at;
      const existing = list.findIndex((q) => q.name === p.name && q.in === p.in);
      const ref: ParamRef = {
        name: p.name,
        in: p.in,
        required: p.required === true,
        schemaAt: `${base}/schema`,
        schema: p.schema,
        style: p.style,
        explode: p.explode,
      };
      if (existing >= 0)
        list[existing] = ref; // operation-level wins (OpenAPI 3.1 §4.8.9)
      else list.push(ref);
    };
    (item.parameters ?? []).forEach((p: any, i: number) => add(p, `${itemAt}${pointer("parameters", i)}`));
    (matched.op.parameters ?? []).forEach((p: any, i: number) =>
      add(p, `${matched.at}${pointer("parameters", i)}`),
    );
    return list;
  }

  /** The JSON types a schema allows, following `$ref` and `anyOf`/`oneOf`/`allOf`. */
  function typesOf(schema: any, depth = 0): Set<string> {
    const s = deref(doc, schema);
    const out = new Set<string>();
    if (!s || depth > 8) return out;
    if (s.type) for (const t of Array.isArray(s.type) ? s.type : [s.type]) out.add(t);
    if (Array.isArray(s.enum)) for (const v of s.enum) out.add(typeof v === "number" ? "number" : typeof v);
    for (const key of ["anyOf", "oneOf", "allOf"])
      for (const sub of s[key] ?? []) for (const t of typesOf(sub, depth + 1)) out.add(t);
    return out;
  }

  function itemsOf(schema: any, depth = 0): any {
    const s = deref(doc, schema);
    if (!s || depth > 8) return undefined;
    if (s.items) return s.items;
    for (const key of ["anyOf", "oneOf", "allOf"])
      for (const sub of s[key] ?? []) {
        const found = itemsOf(sub, depth + 1);
        if (found) return found;
      }
    return undefined;
  }

  /** A query/path/header string read as the JSON value the parameter's schema expects. */
  function coerceScalar(schema: any, raw: string): unknown {
    const types = typesOf(schema);
    if ((types.has("integer") || types.has("number")) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    if (types.has("boolean") && (raw === "true" || raw === "false")) return raw === "true";
    return raw;
  }

  function checkRequest(req: WireRequest): { matched: MatchedOperation | null; errors: string[] } {
    const url = new URL(req.url);
    const matched = match(req.method, url.pathname);
    if (!matched) return { matched, errors: [`no operation of the spec is ${req.method} ${url.pathname}`] };
    const errors: string[] = [];
    const seenQuery = new Set<string>();
    for (const p of params(matched)) {
      let value: unknown;
      if (p.in === "path") value = coerceScalar(p.schema, matched.pathValues[p.name] ?? "");
      else if (p.in === "header") {
        const raw = req.headers.get(p.name);
        value = raw === null ? undefined : coerceScalar(p.schema, raw);
      } else if (p.in === "query") {
        const types = typesOf(p.schema);
        if (types.has("object") && p.explode !== false) {
          // `style: form, explode: true` object (metadata_filters): its keys are query names of their own,
          // collected after the named parameters below.
          continue;
        }
        const raws = url.searchParams.getAll(p.name);
        seenQuery.add(p.name);
        if (!raws.length) value = undefined;
        else if (types.has("array")) value = raws.map((r) => coerceScalar(itemsOf(p.schema), r));
        else if (raws.length > 1) errors.push(`query ${p.name} sent ${raws.length} times`);
        else value = coerceScalar(p.schema, raws[0]!);
      }
      if (value === undefined) {
        if (p.required) errors.push(`${p.in} parameter ${p.name} is required but was not sent`);
        continue;
      }
      for (const e of validator.errors(p.schemaAt, value)) errors.push(`${p.in} parameter ${p.name}: ${e}`);
    }
    const freeForm = params(matched).find(
      (p) => p.in === "query" && typesOf(p.schema).has("object") && p.explode !== false,
    );
    const extra: Record<string, string> = {};
    for (const [name, value] of url.searchParams)
      if (!seenQuery.has(name)) {
        if (freeForm) extra[name] = value;
        else errors.push(`query ${name} is not a parameter of ${matched.sdkName}`);
      }
    if (freeForm && Object.keys(extra).length)
      for (const e of validator.errors(freeForm.schemaAt, extra))
        errors.push(`query parameter ${freeForm.name}: ${e}`);

    const requestBody = matched.op.requestBody ? deref(doc, matched.op.requestBody) : undefined;
    const bodyAt = matched.op.requestBody?.$ref
      ? matched.op.requestBody.$ref.slice(1)
      : `${matched.at}/requestBody`;
    if (!req.body) {
      if (requestBody?.required) errors.push("the body is required but none was sent");
    } else if (!requestBody) errors.push(`${matched.sdkName} takes no body, got ${req.body.slice(0, 80)}`);
    else {
      const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim();
      if (!requestBody.content?.[type]) errors.push(`body media type ${type || "(none)"} is not in the spec`);
      else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(req.body);
        } catch {
          errors.push("the body is not JSON");
        }
        if (parsed !== undefined)
          for (const e of validator.errors(`${bodyAt}/content${pointer(type)}/schema`, parsed))
            errors.push(`body: ${e}`);
      }
    }
    return { matched, errors };
  }

  /** Splits SSE text into complete events' `event` and `data` (comments and `retry:` skipped). */
  function sseEvents(text: string): { event?: string; data: string }[] {
    const complete = text.slice(0, text.lastIndexOf("\n\n") + 2);
    const out: { event?: string; data: string }[] = [];
    for (const block of complete.split(/\r?\n\r?\n/)) {
      const data: string[] = [];
      let event: string | undefined;
      for (const line of block.split(/\r?\n/)) {
        if (!line || line.startsWith(":")) continue;
        const i = line.indexOf(":");
        const field = i < 0 ? line : line.slice(0, i);
        const value = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
        if (field === "event") event = value;
        else if (field === "data") data.push(value);
      }
      if (data.length) out.push({ event, data: data.join("\n") });
    }
    return out;
  }

  /** Checks a response; `events` counts the SSE events validated (0 for other media types). */
  function checkResponse(matched: MatchedOperation, res: WireResponse): { errors: string[]; events: number } {
    const status = String(res.status);
    const documented = matched.op.responses?.[status] ?? matched.op.responses?.default;
    if (!documented)
      return { errors: [`status ${status} is not documented for ${matched.sdkName}`], events: 0 };
    const responseAt = documented.$ref
      ? documented.$ref.slice(1)
      : `${matched.at}${pointer("responses", matched.op.responses[status] ? status : "default")}`;
    const response = deref(doc, documented);
    const errors: string[] = [];
    const content = response.content ?? {};
    if (!Object.keys(content).length) {
      if (res.body) errors.push(`status ${status} documents no body, got ${res.body.slice(0, 80)}`);
      return { errors, events: 0 };
    }
    const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
    if (!content[type])
      return { errors: [`media type ${type || "(none)"} is not documented for ${status}`], events: 0 };
    const schemaAt = `${responseAt}/content${pointer(type)}/schema`;
    if (type === "text/event-stream") {
      const events = sseEvents(res.body);
      events.forEach(({ event, data }, i) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(data);
        } catch {
          errors.push(`event ${i} (${event ?? "message"}): data is not JSON`);
          return;
        }
        for (const e of validator.errors(schemaAt, parsed))
          errors.push(`event ${i} (${event ?? "message"}): ${e}`);
      });
      return { errors, events: events.length };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      return { errors: [`body is not JSON: ${res.body.slice(0, 80)}`], events: 0 };
    }
    for (const e of validator.errors(schemaAt, parsed)) errors.push(`body: ${e}`);
    return { errors, events: 0 };
  }

  return { match, checkRequest, checkResponse };
}
