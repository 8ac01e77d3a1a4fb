/**
 * The compact operation rows the generator emits, expanded into the table every layer reads: each
 * field of the string form lands in the documented row shape, optional fields only when present.
 */
import { expect, test } from "vitest";
import { expandOperations } from "../src/internal/operation-codec.js";
import { operationTable } from "../src/index.js";
import { specOperationNames } from "./helpers/spec.js";

test.each([
  [
    "a read with path, query and header parameters and an SSE resume header",
    "logs.streamLogs GET /v1/things/{thing_id}/logs 200ns1 after:sz,limit:i,filter:o,^Last-Event-ID:s e=,Last-Event-ID",
    {
      group: "logs",
      name: "streamLogs",
      method: "GET",
      path: "/v1/things/{thing_id}/logs",
      pathParams: ["thing_id"],
      queryParams: ["after", "limit", "filter"],
      headerParams: ["Last-Event-ID"],
      body: "none",
      paramTypes: {
        thing_id: ["string"],
        after: ["string", "null"],
        limit: ["integer"],
        filter: ["object"],
        "Last-Event-ID": ["string"],
      },
      status: 200,
      response: "sse",
      retrySafe: true,
      sse: { resumeHeader: "Last-Event-ID" },
    },
  ],
  [
    "a deprecated create that is not retry-safe, with body fields and a client-made id",
    "things.createThing POST /v1/things 201rj0  d b=thing_id,input i=thing_id,things.getThing,id",
    {
      group: "things",
      name: "createThing",
      method: "POST",
      path: "/v1/things",
      pathParams: [],
      queryParams: [],
      headerParams: [],
      body: "required",
      paramTypes: {},
      status: 201,
      response: "json",
      retrySafe: false,
      deprecated: true,
      bodyFields: ["thing_id", "input"],
      idempotency: { field: "thing_id", read: "things.getThing", returns: "id" },
    },
  ],
  [
    "a paged list without a page size parameter, with first-page-only parameters and an any-type parameter",
    "things.listThings GET /v1/things 200nj1 cursor:sz,order:,after:s p=things,cursor,next_cursor,,order,after",
    {
      group: "things",
      name: "listThings",
      method: "GET",
      path: "/v1/things",
      pathParams: [],
      queryParams: ["cursor", "order", "after"],
      headerParams: [],
      body: "none",
      paramTypes: { cursor: ["string", "null"], order: [], after: ["string"] },
      status: 200,
      response: "json",
      retrySafe: true,
      pagination: {
        items: "things",
        cursorParam: "cursor",
        nextCursor: "next_cursor",
        firstPageOnly: ["order", "after"],
      },
    },
  ],
])("%s", (_name, row, want) => {
  const table = expandOperations([row]);
  expect(Object.keys(table)).toEqual([`${want.group}.${want.name}`]);
  expect(table[`${want.group}.${want.name}`]).toStrictEqual(want);
});

test("the shipped table expands to a row per operation, keyed by its SDK name", () => {
  const rows = Object.entries(operationTable);
  expect(rows.map(([name]) => name).sort()).toEqual(specOperationNames());
  for (const [sdkName, row] of rows) expect(sdkName).toBe(`${row.group}.${row.name}`);
  expect(operationTable["executions.stream"].sse).toEqual({ resumeParam: "last_event_id" });
});
