/**
 * The compact form the generated operation table is shipped in, and its expansion into the rows the
 * client, paginators, streams and mock server read. One short string per operation instead of an
 * object with every key spelled out: each parameter name appears once, with its accepted types as
 * one-letter codes; what can be derived (group and name from the SDK name, the path parameters from
 * the path) is not stored, nor the spec's operationId, which only the generated types use.
 */

/**
 * One operation, as space-separated fields: SDK name (`group.method`), HTTP method, path, then
 * `<status><body><response><retrySafe>` (e.g. `200nj1`: body n(one)/o(ptional)/r(equired), response
 * j(son)/e(mpty)/s(se), retry-safe 1 or 0), then the query and header parameters after the path's
 * (which accept strings) in the spec's order, comma-separated as `name:codes` (a header name starts
 * with `^`; codes from {@link TYPE_CODES}, none for any type), then the optional fields, each
 * `<letter>=<comma-separated values>`: `p` pagination (items, cursor parameter, next cursor, page
 * size parameter or empty, then the first-page-only parameters), `b` body fields, `i` idempotency
 * (field, read operation, returns, then `required` when the caller must give the field), `r` the
 * numeric bounds of parameters (`name:minimum:maximum`, either may be empty), `e` SSE resume (query
 * parameter, header; either may be empty), and `d` alone for deprecated.
 */
export type CompactOperation = string;

/** One-letter codes of the JSON types a parameter accepts. */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  s: "string",
  a: "array",
  b: "boolean",
  i: "integer",
  n: "number",
  o: "object",
  z: "null",
};

const BODY: Readonly<Record<string, string>> = { n: "none", o: "optional", r: "required" };
const RESPONSE: Readonly<Record<string, string>> = { j: "json", e: "empty", s: "sse" };
const list = (text: string): string[] => (text ? text.split(",") : []);

/** Expands the compact rows into the operation table, keyed by SDK name. */
export function expandOperations(rows: readonly CompactOperation[]): Record<string, Record<string, unknown>> {
  const table: Record<string, Record<string, unknown>> = {};
  for (const text of rows) {
    const [sdkName, method, path, meta, params, ...extras] = text.split(" ") as [string, ...string[]];
    const dot = sdkName.indexOf(".");
    const pathParams = (path!.match(/\{[^}]+\}/g) ?? []).map((p) => p.slice(1, -1));
    const queryParams: string[] = [];
    const headerParams: string[] = [];
    const paramTypes: Record<string, string[]> = {};
    for (const p of pathParams) paramTypes[p] = ["string"];
    for (const entry of list(params!)) {
      const [name, codes] = entry.split(":") as [string, string];
      const header = name[0] === "^";
      const bare = header ? name.slice(1) : name;
      (header ? headerParams : queryParams).push(bare);
      paramTypes[bare] = [...codes].map((c) => TYPE_CODES[c]!);
    }
    const row: Record<string, unknown> = {
      group: sdkName.slice(0, dot),
      name: sdkName.slice(dot + 1),
      method,
      path,
      pathParams,
      queryParams,
      headerParams,
      body: BODY[meta!.at(-3)!],
      paramTypes,
      status: +meta!.slice(0, -3),
      response: RESPONSE[meta!.at(-2)!],
      retrySafe: meta!.at(-1) === "1",
    };
    for (const extra of extras) {
      const values = list(extra.slice(2));
      const [a = "", b = "", c = "", d = "", ...rest] = values;
      if (extra[0] === "p")
        row.pagination = {
          items: a,
          cursorParam: b,
          nextCursor: c,
          ...(d && { pageSizeParam: d }),
          ...(rest.length && { firstPageOnly: rest }),
        };
      else if (extra[0] === "b") row.bodyFields = values;
      else if (extra[0] === "i")
        row.idempotency = { field: a, read: b, returns: c, ...(d && { required: true }) };
      else if (extra[0] === "r") {
        const bounds: Record<string, { minimum?: number; maximum?: number }> = {};
        for (const value of values) {
          const [name = "", min = "", max = ""] = value.split(":");
          bounds[name] = { ...(min && { minimum: +min }), ...(max && { maximum: +max }) };
        }
        row.paramBounds = bounds;
      } else if (extra[0] === "e") row.sse = { ...(a && { resumeParam: a }), ...(b && { resumeHeader: b }) };
      else row.deprecated = true;
    }
    table[sdkName] = row;
  }
  return table;
}
