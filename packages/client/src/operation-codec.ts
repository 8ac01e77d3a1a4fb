/**
 * The compact form the generated operation table is shipped in, and its expansion into the rows the
 * client, paginators, streams and mock server read. One tuple per operation instead of an object with
 * every key spelled out; what can be derived (group and name from the SDK name, the path parameters
 * from the path) is not stored, nor the spec's operationId, which only the generated types use.
 */

/**
 * One operation: SDK name (`group.method`), `"METHOD /path"`, query and header parameter
 * names (comma-separated), parameter types (`name=type|type;…`, in the spec's order), body, success
 * status, response kind, retry safety (1 or 0), and the optional fields as an object.
 */
export type CompactOperation = readonly [
  sdkName: string,
  route: string,
  query: string,
  header: string,
  types: string,
  body: string,
  status: number,
  response: string,
  retrySafe: 0 | 1,
  extra?: Record<string, unknown>,
];

const names = (list: string): string[] => (list ? list.split(",") : []);

/** Expands the compact rows into the operation table, keyed by SDK name. */
export function expandOperations(rows: readonly CompactOperation[]): Record<string, Record<string, unknown>> {
  const table: Record<string, Record<string, unknown>> = {};
  for (const [sdkName, route, query, header, types, body, status, response, safe, extra] of rows) {
    const dot = sdkName.indexOf(".");
    const space = route.indexOf(" ");
    const path = route.slice(space + 1);
    const paramTypes: Record<string, string[]> = {};
    for (const entry of types ? types.split(";") : []) {
      const [name, accepted] = entry.split("=") as [string, string];
      paramTypes[name] = accepted ? accepted.split("|") : [];
    }
    table[sdkName] = {
      group: sdkName.slice(0, dot),
      name: sdkName.slice(dot + 1),
      method: route.slice(0, space),
      path,
      pathParams: (path.match(/\{[^}]+\}/g) ?? []).map((p) => p.slice(1, -1)),
      queryParams: names(query),
      headerParams: names(header),
      body,
      paramTypes,
      status,
      response,
      retrySafe: safe === 1,
      ...extra,
    };
  }
  return table;
}
