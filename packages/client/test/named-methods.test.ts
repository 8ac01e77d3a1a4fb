import { describe, expect, test, vi } from "vitest";
import { createClient, InvalidArgumentError, operationTable, type OperationName } from "../src/index.js";
import { specOperationNames } from "./helpers/spec.js";
import { json, useTestServer } from "./helpers/server.js";

const server = useTestServer();

const rows = Object.entries(operationTable) as [OperationName, (typeof operationTable)[OperationName]][];

test("the table has a named method for each operation of the spec", () => {
  expect(rows.map(([name]) => name).sort()).toEqual(specOperationNames());
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  for (const [name, row] of rows) {
    const method = (client as unknown as Record<string, Record<string, unknown>>)[row.group]?.[row.name];
    expect(typeof method, name).toBe("function");
  }
});

describe.each(rows)("%s", (name, row) => {
  test(`sends ${row.method} ${row.path} with its parameters, auth and body, and resolves to the body`, async () => {
    server.requests.length = 0;
    server.handle((req, res) => {
      if (row.response === "empty") {
        res.writeHead(row.status);
        res.end();
      } else if (row.response === "sse") {
        res.writeHead(row.status, { "content-type": "text/event-stream" });
        res.end(`data: {"op":"${name}"}\n\n`);
      } else json(res, row.status, { op: name, echo: req.path });
    });
    const client = createClient({ apiKey: "sk-test", baseUrl: server.url, maxRetries: 0 });
    const input: Record<string, unknown> = {};
    for (const p of row.pathParams) input[p] = `id ${p}/x`;
    const sample = (p: string, text: string): unknown => {
      const types: readonly string[] = (row.paramTypes as Record<string, readonly string[]>)[p] ?? [];
      if (types.includes("string") || types.length === 0) return text;
      if (types.includes("integer")) return 7;
      if (types.includes("boolean")) return true;
      if (types.includes("array")) return [text];
      return { k: text };
    };
    const wire = (p: string, text: string): string | null => {
      const value = sample(p, text);
      return Array.isArray(value) ? value[0] : typeof value === "object" ? null : String(value);
    };
    for (const p of row.queryParams) input[p] = sample(p, `q-${p}`);
    for (const p of row.headerParams) input[p] = sample(p, `h-${p}`);
    const bodyFields: readonly string[] | undefined = (row as { bodyFields?: readonly string[] }).bodyFields;
    const idem = (row as { idempotency?: { field: string; required?: true } }).idempotency;
    const probe = bodyFields ? bodyFields.find((f) => f !== idem?.field)! : "probe_field";
    if (row.body !== "none") input[probe] = 1;

    const method = (client as unknown as Record<string, Record<string, Function>>)[row.group]![row.name]!;
    const result = await method(input);

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.method).toBe(row.method);
    let expectedPath: string = row.path;
    for (const p of row.pathParams)
      expectedPath = expectedPath.replace(`{${p}}`, encodeURIComponent(`id ${p}/x`));
    expect(req.path).toBe(expectedPath);
    for (const p of row.queryParams)
      if (wire(p, `q-${p}`) !== null) expect(req.query.get(p), p).toBe(wire(p, `q-${p}`));
    for (const p of row.headerParams) expect(req.headers[p.toLowerCase()], p).toBe(wire(p, `h-${p}`));
    expect(req.headers.authorization).toBe("Bearer sk-test");
    expect(req.headers["user-agent"]).toMatch(/mistral-workflows-ts\//);
    if (row.body !== "none") {
      expect(req.headers["content-type"]).toBe("application/json");
      const sent = JSON.parse(req.body) as Record<string, unknown>;
      // A create made write-once carries a client-made id, unless the caller must name it.
      const idField: string | undefined = idem && !idem.required ? idem.field : undefined;
      expect(sent).toEqual(idField ? { [probe]: 1, [idField]: expect.any(String) } : { [probe]: 1 });
    } else expect(req.body).toBe("");

    if (row.response === "empty") expect(result).toBeUndefined();
    else if (row.response === "sse") {
      expect(result).toBeInstanceOf(Response);
      expect(await (result as Response).text()).toBe(`data: {"op":"${name}"}\n\n`);
    } else expect(result).toEqual({ op: name, echo: expectedPath });
  });
});

test("parameters that are undefined are left out, and unknown ones are refused before sending", async () => {
  server.requests.length = 0;
  server.handle((_req, res) => json(res, 200, { schedules: [] }));
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  await client.schedules.getSchedules({ page_size: 5, workflow_name: undefined });
  expect(server.requests[0]!.url).toBe("/v1/workflows/schedules?page_size=5");
  await expect(
    // @ts-expect-error: getSchedule has no `nope` parameter and no body
    client.schedules.getSchedule({ schedule_id: "s", nope: 1 }),
  ).rejects.toMatchObject({ name: "InvalidArgumentError", argument: "nope" });
  // @ts-expect-error: schedule_id is required
  await expect(client.schedules.getSchedule({})).rejects.toMatchObject({ argument: "schedule_id" });
  expect(server.requests).toHaveLength(1);
});

test("the raw path client keeps openapi-fetch's { data, error } result and does not throw on 4xx", async () => {
  server.handle((_req, res) => json(res, 404, { detail: "Schedule not found" }));
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  const { data, error, response } = await client.GET("/v1/workflows/schedules/{schedule_id}", {
    params: { path: { schedule_id: "missing" } },
  });
  expect(data).toBeUndefined();
  expect(error).toEqual({ detail: "Schedule not found" });
  expect(response.status).toBe(404);
});

test("defaults: MISTRAL_API_KEY and https://api.mistral.ai", async () => {
  vi.stubEnv("MISTRAL_WORKFLOWS_BASE_URL", "");
  const seen: string[] = [];
  const previous = process.env.MISTRAL_API_KEY;
  process.env.MISTRAL_API_KEY = "from-env";
  try {
    const client = createClient({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(request.url, request.headers.get("authorization") ?? "");
        return new Response(JSON.stringify({ schedules: [] }), {
          headers: { "content-type": "application/json" },
        });
      },
    });
    await client.schedules.getSchedules({ page_size: 1 });
    expect(seen).toEqual(["https://api.mistral.ai/v1/workflows/schedules?page_size=1", "Bearer from-env"]);
    delete process.env.MISTRAL_API_KEY;
    expect(() => createClient()).toThrow(/No API key/);
  } finally {
    if (previous === undefined) delete process.env.MISTRAL_API_KEY;
    else process.env.MISTRAL_API_KEY = previous;
    vi.unstubAllEnvs();
  }
});

test("MISTRAL_WORKFLOWS_BASE_URL sets the default base URL, as in the CLI; an explicit baseUrl wins", async () => {
  const seen: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Request(input, init).url);
    return new Response(JSON.stringify({ schedules: [] }), {
      headers: { "content-type": "application/json" },
    });
  };
  vi.stubEnv("MISTRAL_WORKFLOWS_BASE_URL", "http://127.0.0.1:4010/base");
  try {
    await createClient({ apiKey: "k", fetch }).schedules.getSchedules({});
    await createClient({ apiKey: "k", fetch, baseUrl: "https://example.invalid" }).schedules.getSchedules({});
    expect(seen).toEqual([
      "http://127.0.0.1:4010/base/v1/workflows/schedules",
      "https://example.invalid/v1/workflows/schedules",
    ]);
    vi.stubEnv("MISTRAL_WORKFLOWS_BASE_URL", "not a url");
    expect(() => createClient({ apiKey: "k" })).toThrow(InvalidArgumentError);
  } finally {
    vi.unstubAllEnvs();
  }
});

test("default and per-call headers are sent; the user agent carries the caller's prefix", async () => {
  server.requests.length = 0;
  server.handle((_req, res) => json(res, 200, { schedules: [] }));
  const client = createClient({
    apiKey: "k",
    baseUrl: `${server.url}/`,
    headers: { "x-team": "a" },
    userAgent: "app/1",
  });
  await client.schedules.getSchedules({ page_size: 1 }, { headers: { "x-call": "b" } });
  const headers = server.requests[0]!.headers;
  expect(headers["x-team"]).toBe("a");
  expect(headers["x-call"]).toBe("b");
  expect(headers["user-agent"]).toMatch(/^app\/1 mistral-workflows-ts\//);
});
