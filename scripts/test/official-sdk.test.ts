/**
 * Mistral's official TypeScript SDK (`@mistralai/mistralai`, pinned in the workspace catalog) calls
 * every operation against our mock server, with the inputs of the client contract test. Its zod models
 * parse every answer, so a field our mock leaves out, or a value it shapes differently, fails here.
 *
 * Nanosecond timestamps (`event_timestamp`, `timestamp_unix_nano`: ~1.8e18) exceed 2^53, and the
 * official SDK parses them with `z.int()`, which refuses unsafe integers: no response carrying one
 * can pass, whatever the server does. For the operations that carry them (CLAMPED) the test clamps
 * such integers to 2^53 - 1 on the way to the SDK, and checks that without the clamp they fail for
 * that reason alone. Our client does not refuse them (it reads them as the nearest double; see the
 * migration guide, "Nanosecond timestamps").
 */
import { createClient, operationTable, type OperationName } from "@mistral-workflows/client";
import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
import { HTTPClient, Mistral } from "@mistralai/mistralai";
import { beforeAll, describe, expect, test } from "vitest";
import { deref } from "../lib/ref.ts";
import { bodySchemaOf, parametersOf } from "../lib/reference.ts";
import { operationRows, type OperationRow } from "../lib/render.ts";
import { bundleSpecFresh } from "../lib/spec-validator.ts";
import { refName } from "../lib/schema-text.ts";
import { camelCase, notInOfficialSdk } from "../lib/migration.ts";
import { calls, seedForCalls, type Ids } from "./contract/calls.ts";

/** The operations whose answers carry nanosecond timestamps above 2^53. */
const CLAMPED = new Set<OperationName>([
  "executions.stream",
  "executions.getWorkflowExecutionTraceEvents",
  "executions.getWorkflowExecutionTraceSummary",
  "events.getWorkflowEvents",
  "events.getStreamEvents",
]);

const doc = bundleSpecFresh();
const rows = new Map(operationRows(doc).map((r) => [`${r.group}.${r.name}` as OperationName, r]));

/** Integers of 17 or more digits become 2^53 - 1 (the largest the official SDK's `z.int()` accepts). */
const clampText = (text: string) => text.replace(/(?<=[:[,]\s*)\d{17,}(?=\s*[,\]}\n])/g, "9007199254740991");

function clampingFetch(api: MockServer, clamp: () => boolean): typeof fetch {
  return async (input, init) => {
    const response = await api.fetch(new Request(input, init));
    if (!clamp() || !response.body) return response;
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        // The mock writes whole JSON documents and whole SSE events per chunk.
        transform: (chunk, out) =>
          out.enqueue(encoder.encode(clampText(decoder.decode(chunk, { stream: true })))),
      }),
    );
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(body, { status: response.status, headers });
  };
}

/** Our wire-named input, in the official SDK's shape: camelCase fields, the body under its schema's name. */
function officialRequest(row: OperationRow, input: Record<string, unknown>): Record<string, unknown> {
  const params = new Map(parametersOf(doc, row).map((p) => [p.name as string, p]));
  const out: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const param = params.get(key);
    if (!param) body[key] = value;
    // The SDK takes date-time parameters as `Date` objects.
    else
      out[camelCase(key)] = JSON.stringify(param.schema ?? {}).includes('"date-time"')
        ? new Date(value as string)
        : value;
  }
  const schema = bodySchemaOf(doc, row);
  if (!schema) return out;
  const converted = toOfficial(body, schema) as Record<string, unknown>;
  if (!params.size) return converted;
  out[camelCase(refName(schema) ?? "requestBody")] = converted;
  return out;
}

/** Renames the fields the schema declares to camelCase, recursively; free-form maps keep their keys. */
function toOfficial(value: unknown, raw: any): unknown {
  const schema = deref(doc, raw);
  if (Array.isArray(value)) return value.map((v) => toOfficial(v, schema?.items ?? {}));
  if (!value || typeof value !== "object" || !schema) return value;
  const props: Record<string, any> = {};
  for (const s of [schema, ...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    Object.assign(props, deref(doc, s)?.properties ?? {});
  if (!Object.keys(props).length) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => (k in props ? [camelCase(k), toOfficial(v, props[k])] : [k, v])),
  );
}

/** Calls one operation with the official SDK; an SSE answer is read for its first event at most. */
async function callOfficial(mistral: any, name: OperationName, ids: Ids): Promise<void> {
  const row = rows.get(name)!;
  const group = row.group === "workflows" ? mistral.workflows : mistral.workflows[row.group];
  const result = await group[row.name](officialRequest(row, calls[name](ids)));
  if (row.response !== "sse") return;
  const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  try {
    await Promise.race([iterator.next(), new Promise((r) => setTimeout(r, 2_000))]);
  } finally {
    await iterator.return?.();
  }
}

async function setup(clamp: () => boolean) {
  const api = createMockServer({ heartbeatMs: 0 });
  const ids = await seedForCalls(createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch }), api);
  const mistral = new Mistral({
    apiKey: "test",
    serverURL: api.url,
    httpClient: new HTTPClient({ fetcher: clampingFetch(api, clamp) }),
    retryConfig: { strategy: "none" },
  });
  return { api, ids, mistral };
}

// An operation newer than the official SDK (`x-not-in-official-sdk`, checked by the migration table's
// test) has no official call to make.
const all = Object.keys(operationTable) as OperationName[];
const names = all.filter((n) => notInOfficialSdk(doc, rows.get(n)!) === null);

describe("the official SDK runs every operation it has against the mock", () => {
  let current: OperationName;
  let env: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    env = await setup(() => CLAMPED.has(current));
  });

  test("every operation of the spec is called, unless marked as newer than the official SDK", () => {
    expect(Object.keys(calls).sort()).toEqual([...all].sort());
    expect(names.length).toBeGreaterThan(0);
  });

  test.each(names)("%s", async (name) => {
    current = name;
    await expect(callOfficial(env.mistral, name, env.ids)).resolves.toBeUndefined();
  });
});

describe("without the clamp", () => {
  let env: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    env = await setup(() => false);
  });

  test.each([...CLAMPED])("%s fails only on the SDK's safe-integer limit", async (name) => {
    const error = await callOfficial(env.mistral, name, env.ids).then(
      () => null,
      (e: unknown) => e,
    );
    const { cause, message } = (error ?? {}) as { cause?: unknown; message?: string };
    expect(`${message} ${JSON.stringify(cause ?? null)}`).toMatch(/safe integer|9007199254740991/);
  });
});
