/**
 * The API reference under `docs/reference/`, rendered from the bundled spec and its operation table:
 * one page per SDK group plus an index. Every fact on these pages (methods, paths, parameters, bodies,
 * results, statuses, paging, streaming, retry safety) is read from the spec, so an operation added to
 * the spec appears here on the next `pnpm generate`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toAPIError } from "../../packages/client/src/errors.ts";
import { deref, type OpenAPIDocument } from "./ref.ts";
import type { OperationRow } from "./operation-row.ts";
import { anchor, cell, code, describeSchema, propertiesOf, refName, table, typeText } from "./schema-text.ts";

/** Where the reference lives, relative to the repository root. */
export const REFERENCE_DIR = "docs/reference";

const GENERATED_NOTE =
  "<!-- Generated from spec/openapi.yaml by `pnpm generate`; do not edit by hand. `pnpm check:generated` fails when it is stale. -->";

/** Retry safety of an operation: `x-retry-safe`, else true for GET and DELETE and false otherwise. */
export function retrySafety(op: any, method: string): { safe: boolean; explicit: boolean; field?: string } {
  const explicit = typeof op["x-retry-safe"] === "boolean";
  const safe = explicit ? op["x-retry-safe"] : method === "GET" || method === "DELETE";
  const field = typeof op["x-idempotency-field"] === "string" ? op["x-idempotency-field"] : undefined;
  return { safe, explicit, ...(field ? { field } : {}) };
}

/** The operation object of a row. */
export function operationOf(doc: OpenAPIDocument, row: OperationRow): any {
  return doc.paths[row.path]![row.method.toLowerCase()];
}

/** The parameters of an operation (path item's and operation's), dereferenced. */
export function parametersOf(doc: OpenAPIDocument, row: OperationRow): any[] {
  const item = doc.paths[row.path]!;
  return [...(item.parameters ?? []), ...(operationOf(doc, row).parameters ?? [])].map((p) => deref(doc, p));
}

/**
 * The JSON request body schema of an operation, if it has one; of a nullable union (an optional body
 * written `anyOf: [X, null]`), its one non-null member.
 */
export function bodySchemaOf(doc: OpenAPIDocument, row: OperationRow): any | undefined {
  const op = operationOf(doc, row);
  if (!op.requestBody) return undefined;
  const schema = deref(doc, op.requestBody).content?.["application/json"]?.schema;
  const members = (schema?.anyOf ?? schema?.oneOf ?? []).filter((s: any) => deref(doc, s)?.type !== "null");
  return members.length === 1 && !refName(schema) ? members[0] : schema;
}

/** A schema's name, linked to its entry on the schemas page when it is a component. */
function schemaLink(doc: OpenAPIDocument, schema: any, from: "group" | "schemas" = "group"): string {
  const name = refName(schema);
  if (!name) return code(typeText(doc, schema));
  return `[${code(name)}](${from === "group" ? "schemas.md" : ""}#${anchor(name)})`;
}

/** The error class the SDK throws for a status (from the client's own `toAPIError`). */
function errorClass(status: number): string {
  return toAPIError({ status, headers: new Headers() }, undefined).name;
}

function sdkCall(row: OperationRow, doc: OpenAPIDocument): string {
  const required = parametersOf(doc, row)
    .filter((p) => p.required)
    .map((p) => p.name as string);
  const body = bodySchemaOf(doc, row);
  if (body) for (const p of propertiesOf(doc, body)) if (p.required) required.push(p.name);
  const hasOptional =
    parametersOf(doc, row).some((p) => !p.required) ||
    (body ? propertiesOf(doc, body).some((p) => !p.required) : false);
  const args = required.length
    ? `{ ${required.join(", ")}${hasOptional ? ", …" : ""} }`
    : hasOptional
      ? "{ … }"
      : "";
  return `client.${row.group}.${row.name}(${args})`;
}

function pagingText(row: OperationRow): string {
  const pg = row.pagination;
  if (!pg) return "no";
  const parts = [
    `by cursor: the response's \`${pg.nextCursor}\` goes back as the \`${pg.cursorParam}\` query parameter (null, absent or empty: last page); items in \`${pg.items}\``,
  ];
  if (pg.pageSizeParam) parts.push(`page size \`${pg.pageSizeParam}\``);
  if (pg.firstPageOnly?.length)
    parts.push(`${pg.firstPageOnly.map((p) => `\`${p}\``).join(", ")} sent with the first page only`);
  parts.push(
    `\`paginate(client, "${row.group}.${row.name}")\` from \`@mistral-workflows/pagination\` iterates every item`,
  );
  return parts.join("; ");
}

function streamingText(row: OperationRow): string {
  if (row.response !== "sse") return "no";
  const how = [
    row.sse?.resumeHeader ? `the \`${row.sse.resumeHeader}\` header` : "",
    row.sse?.resumeParam ? `the \`${row.sse.resumeParam}\` query parameter` : "",
  ].filter(Boolean);
  const resume = how.length
    ? `resumes after the last received event id with ${how.join(" or ")}`
    : "the spec declares no resume mechanism";
  return `server-sent events (\`text/event-stream\`); ${resume}; \`@mistral-workflows/streaming\` gives typed events and reconnects by itself, the named method resolves to the raw \`Response\``;
}

/** Whether and when the client sends the operation again, as the retry loop decides it. */
function retryText(op: any, row: OperationRow): string {
  const { safe, explicit, field } = retrySafety(op, row.method);
  const source = explicit ? "`x-retry-safe`" : `default for ${row.method}`;
  const retried = "retried (2 times by default) after a connection error, a timeout, 408, 429 or 5xx";
  if (!safe)
    return `no (${source}): sent once; sent again only when it never reached the server (connection refused, DNS failure) or the server answers \`x-should-retry: true\`. Opt in with \`{ retrySafe: true }\``;
  if (field) {
    const who = row.idempotency?.required
      ? `the caller's \`${field}\` (required)`
      : `the same \`${field}\` (the caller's, or one the client makes once per call)`;
    return `yes (${source}): ${retried}, every attempt with ${who}. A retry answered 409 resolves to the resource only when it is provably the caller's (same workflow and input, or same definition, and created within the call where the API says when); otherwise \`ConflictError\`. The path client sends it once`;
  }
  return `yes (${source}): ${retried}`;
}

function parameterTable(doc: OpenAPIDocument, params: any[]): string {
  return table(
    ["name", "in", "type", "required", "default", "description"],
    params.map((p) => [
      code(p.name),
      p.in,
      code(typeText(doc, p.schema)),
      p.required ? "yes" : "no",
      p.schema?.default !== undefined ? code(JSON.stringify(p.schema.default)) : "",
      cell(`${p.deprecated || p.schema?.deprecated ? "Deprecated. " : ""}${p.description ?? ""}`),
    ]),
  );
}

function fieldTable(doc: OpenAPIDocument, schema: any): string {
  const props = propertiesOf(doc, schema);
  if (!props.length) return `Type ${code(typeText(doc, schema))}.`;
  return table(
    ["field", "type", "required", "default", "description"],
    props.map((p) => {
      const target = deref(doc, p.schema);
      return [
        code(p.name),
        code(typeText(doc, p.schema)),
        p.required ? "yes" : "no",
        target?.default !== undefined ? code(JSON.stringify(target.default)) : "",
        cell(
          `${p.schema?.deprecated || target?.deprecated ? "Deprecated. " : ""}${describeSchema(doc, p.schema) ?? ""}`,
        ),
      ];
    }),
  );
}

function resultSection(doc: OpenAPIDocument, row: OperationRow, op: any): string[] {
  const success = deref(doc, op.responses[String(row.status)]);
  const out: string[] = ["**Result**", ""];
  if (row.response === "empty") {
    out.push(`\`${row.status}\` with no body: the named method resolves to \`undefined\`.`);
    return out;
  }
  const media = row.response === "sse" ? "text/event-stream" : "application/json";
  const schema = success.content?.[media]?.schema;
  if (row.response === "sse") {
    out.push(
      `\`${row.status}\` \`text/event-stream\`; each event's \`data:\` is a ${schemaLink(doc, schema)}. ${cell(success.description)}`,
    );
    return out;
  }
  out.push(
    `\`${row.status}\` ${schemaLink(doc, schema)} (\`OperationOutput<"${row.group}.${row.name}">\`). ${cell(success.description)}`,
    "",
  );
  if (propertiesOf(doc, schema).length) out.push(fieldTable(doc, schema));
  return out;
}

function responsesTable(doc: OpenAPIDocument, op: any): string {
  const rows = Object.entries(op.responses ?? {}).map(([status, response]) => {
    const r = deref(doc, response) as any;
    const numeric = Number(status);
    const thrown = /^2\d\d$/.test(status) ? "" : Number.isInteger(numeric) ? code(errorClass(numeric)) : "";
    return [code(status), cell(r.description), thrown];
  });
  return table(["status", "meaning", "thrown as"], rows);
}

function operationSection(doc: OpenAPIDocument, row: OperationRow): string {
  const op = operationOf(doc, row);
  const params = parametersOf(doc, row);
  const body = bodySchemaOf(doc, row);
  const lines: string[] = [`### ${row.name}`, ""];
  if (row.deprecated) lines.push("> **Deprecated** by the API.", "");
  // The summary is in the group's table; the description says more (the summary stands in without one).
  const text = typeof op.description === "string" && op.description.trim() ? op.description : op.summary;
  if (typeof text === "string" && text.trim()) lines.push(text.trim(), "");
  lines.push(
    table(
      ["", ""],
      [
        ["named method", code(sdkCall(row, doc))],
        ["HTTP", code(`${row.method} ${row.path}`)],
        ["operationId", code(row.operationId)],
        ["pages", cell(pagingText(row))],
        ["streams", cell(streamingText(row))],
        ["retry-safe", cell(retryText(op, row))],
      ],
    ),
    "",
  );
  lines.push("**Parameters**", "");
  lines.push(params.length ? parameterTable(doc, params) : "None.", "");
  lines.push("**Request body**", "");
  if (body) {
    const required = deref(doc, op.requestBody).required ? "required" : "optional";
    lines.push(
      `${schemaLink(doc, body)} (\`application/json\`, ${required}). Its fields go in the named method's argument next to the parameters.`,
      "",
      fieldTable(doc, body),
      "",
    );
  } else lines.push("None.", "");
  lines.push(...resultSection(doc, row, op), "");
  lines.push("**Status codes and errors**", "", responsesTable(doc, op), "");
  return lines.join("\n");
}

const COMMON_ERRORS = [401, 403, 404, 409, 429, 500]
  .map((s) => `${code(errorClass(s))} (${s === 500 ? "5xx" : s})`)
  .join(", ");

function groupPage(doc: OpenAPIDocument, group: string, rows: OperationRow[]): string {
  const tag = (doc.tags as { name: string; description?: string }[] | undefined)?.find(
    (t) => t.name === group,
  );
  const lines = [
    GENERATED_NOTE,
    "",
    `# \`${group}\` operations`,
    "",
    ...(tag?.description ? [tag.description, ""] : []),
    `Named methods: \`client.${group}.<method>(input, options?)\`. [All groups](README.md) · [How to read this page](README.md#how-to-read-a-page)`,
    "",
    table(
      ["method", "HTTP", "summary"],
      rows.map((r) => [
        `[${r.name}](#${anchor(r.name)})`,
        code(`${r.method} ${r.path}`),
        cell(operationOf(doc, r).summary),
      ]),
    ),
    "",
    "## Operations",
    "",
    ...rows.map((r) => operationSection(doc, r)),
  ];
  return lines.join("\n");
}

function schemasPage(doc: OpenAPIDocument): string {
  const schemas = Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    GENERATED_NOTE,
    "",
    "# Schemas",
    "",
    `The ${schemas.length} component schemas of the spec, which the operation pages name as types. Each is exported as \`components["schemas"]["<Name>"]\` from \`@mistral-workflows/client\`, with its wire field names. [All groups](README.md)`,
    "",
  ];
  for (const [name, schema] of schemas) {
    lines.push(`## ${name}`, "");
    if (schema.deprecated) lines.push("> **Deprecated** by the API.", "");
    if (schema.description) lines.push(String(schema.description).trim(), "");
    if (propertiesOf(doc, schema).length) lines.push(fieldTable(doc, schema), "");
    else lines.push(`Type ${code(typeText(doc, schema))}.`, "");
    const members = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(members) && members.some((m: any) => refName(m)))
      lines.push(`One of: ${members.map((m: any) => schemaLink(doc, m, "schemas")).join(", ")}.`, "");
  }
  return lines.join("\n");
}

/** The published packages (non-private `packages/*`), for the index's list of export pages. */
export function publishedPackages(root: string): { dir: string; name: string; description: string }[] {
  return readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        const pkg = JSON.parse(readFileSync(join(root, "packages", d.name, "package.json"), "utf8"));
        return pkg.private
          ? []
          : [{ dir: d.name, name: pkg.name as string, description: pkg.description ?? "" }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

function indexPage(doc: OpenAPIDocument, rows: OperationRow[], root: string): string {
  const groups = [...new Set(rows.map((r) => r.group))];
  const lines = [
    GENERATED_NOTE,
    "",
    "# API reference",
    "",
    `Every operation of the Workflows API (${rows.length} in ${groups.length} groups), as the spec in \`spec/\` describes it, with the named method that calls it. Each group has its own page.`,
    "",
    table(
      ["group", "operations", "description"],
      groups.map((g) => {
        const tag = (doc.tags as { name: string; description?: string }[] | undefined)?.find(
          (t) => t.name === g,
        );
        return [`[${g}](${g}.md)`, String(rows.filter((r) => r.group === g).length), cell(tag?.description)];
      }),
    ),
    "",
    "The types the pages name are described on [one page of schemas](schemas.md).",
    "",
    "## Every operation",
    "",
    table(
      ["named method", "HTTP", "pages", "streams", "retry-safe"],
      rows.map((r) => [
        `[${r.group}.${r.name}](${r.group}.md#${anchor(r.name)})`,
        code(`${r.method} ${r.path}`),
        r.pagination ? "yes" : "",
        r.response === "sse" ? "yes" : "",
        retrySafety(operationOf(doc, r), r.method).safe ? "yes" : "no",
      ]),
    ),
    "",
    "## How to read a page",
    "",
    "- **named method**: `client.<group>.<method>(input, options?)`. `input` holds the path, query and header parameters and the request body's fields together, under their wire names (`schedule_id`, not `scheduleId`); `…` stands for the optional ones. `options` is `{ signal, timeoutMs, maxRetries, retrySafe, headers }`. The raw path client (`client.GET(path, …)`) reaches the same operation by its HTTP path.",
    "- **pages**: how a list operation hands out its next page. `paginate()` from `@mistral-workflows/pagination` follows it for you.",
    "- **streams**: whether the operation answers with server-sent events and how a dropped stream resumes. `@mistral-workflows/streaming` reconnects by itself from the last event id.",
    "- **retry-safe**: whether sending the request again cannot repeat its effect, and so when the client sends it again. The spec says so with `x-retry-safe`; without it, `GET` and `DELETE` are retry-safe and everything else is not. A retry-safe operation is retried after a connection error, a timeout, 408, 429 or 5xx; any other is sent once, and again only when it never reached the server or the server answers `x-should-retry: true` (a call opts in with `{ retrySafe: true }`). An operation made safe by a client-chosen id names it (`x-idempotency-field`).",
    `- **status codes and errors**: the responses the spec documents, with the error class a named method, iterator or stream throws for each. Any call can also throw ${COMMON_ERRORS} for the statuses the spec leaves implicit, and \`APIConnectionError\`, \`APIConnectionTimeoutError\`, \`APIUserAbortError\` or \`InvalidArgumentError\` (refused before sending). See the client's README for the whole hierarchy.`,
    '- **types**: the type names are the spec\'s component schemas, exported as `components["schemas"]["<Name>"]` from `@mistral-workflows/client`; `OperationInput<"group.method">` and `OperationOutput<"group.method">` give a named method\'s argument and result.',
    "",
    "## Package exports",
    "",
    "Everything each published package exports, with its documentation:",
    "",
    ...publishedPackages(root).map((p) => `- [\`${p.name}\`](packages/${p.dir}.md): ${cell(p.description)}`),
    "",
  ];
  return lines.join("\n");
}

/** Renders the reference: repository-relative path -> Markdown (unformatted). */
export function renderReference(
  doc: OpenAPIDocument,
  rows: OperationRow[],
  root: string,
): Map<string, string> {
  const out = new Map<string, string>();
  out.set(`${REFERENCE_DIR}/README.md`, indexPage(doc, rows, root));
  out.set(`${REFERENCE_DIR}/schemas.md`, schemasPage(doc));
  for (const group of [...new Set(rows.map((r) => r.group))])
    out.set(
      `${REFERENCE_DIR}/${group}.md`,
      groupPage(
        doc,
        group,
        rows.filter((r) => r.group === group),
      ),
    );
  return out;
}
