/**
 * Random and invalid requests over every route of the spec (bounded and seeded, so a failure replays
 * the same way): no 5xx unless a fault asked for one, every answer in the spec's shape, and the server
 * still answers a normal request afterwards.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { readOperations } from "../../src/http/spec.js";
import { bundledSpec, createMockServer, formatFaultHeader, parseFaultHeader } from "../../src/index.js";
import { _validateResponse } from "../../src/testing.js";

const ops = readOperations(bundledSpec);
const auth = { authorization: "Bearer fuzz" };

/** A path parameter: an id the seed holds, or anything. */
const pathValue = fc.oneof(
  fc.constantFrom("support-workflow", "report-generator", "nope", "cancel", "%", "%2F", "..", "a b"),
  fc.string({ maxLength: 40 }),
  fc.uuid(),
);

const jsonish = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  fc.record({ input: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    input: fc.record({
      _mock: fc.oneof(
        fc.constantFrom("failed", "running", "continued_as_new", "bogus"),
        fc.record(
          {
            outcome: fc.string({ maxLength: 12 }),
            steps: fc.oneof(fc.integer(), fc.double()),
            stepMs: fc.oneof(fc.integer(), fc.double(), fc.constant(1e300)),
            step_ms: fc.oneof(fc.integer(), fc.double(), fc.constant(1e300)),
            error: fc.jsonValue({ maxDepth: 1 }),
          },
          { requiredKeys: [] },
        ),
      ),
    }),
    wait_for_result: fc.boolean(),
    timeout_seconds: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double()),
  }),
  fc.record({ schedule: fc.jsonValue({ maxDepth: 3 }), workflow_identifier: pathValue }),
  fc.record({ name: fc.string({ maxLength: 10 }), input: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ execution_ids: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }) }),
);

const body = fc.oneof(
  { weight: 4, arbitrary: jsonish.map((v) => JSON.stringify(v)) },
  fc.string({ maxLength: 50 }),
  fc.integer({ min: 60, max: 300 }).map((d) => `${"[".repeat(d)}${"]".repeat(d)}`),
  fc.constant(undefined),
);

/** Fault headers: valid rules that do not wait (no `latency-ms`), and malformed values. */
const faultHeader = fc.oneof(
  fc
    .record(
      {
        status: fc.integer({ min: 0, max: 1000 }),
        dropAfterBytes: fc.integer({ min: 0, max: 50 }),
        times: fc.integer({ min: 0, max: 3 }),
      },
      { requiredKeys: [] },
    )
    .map((r) => formatFaultHeader(r)),
  fc.string({ maxLength: 20 }),
  fc.constant("latency-ms=1e20"),
);

const requestArb = fc.record({
  op: fc.constantFrom(...ops),
  method: fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PROPFIND"),
  ),
  params: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), pathValue, { maxKeys: 3 }),
  queryValues: fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String)), {
    minLength: 10,
    maxLength: 10,
  }),
  body,
  fault: fc.option(faultHeader, { freq: 4 }),
  lastEventId: fc.option(fc.oneof(fc.string({ maxLength: 8 }), fc.nat().map(String))),
  origin: fc.option(fc.constantFrom("http://localhost:3000", "https://evil.example")),
});

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => "");
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

test("random requests over every route: no 5xx, answers in the spec's shape, the server keeps working", async () => {
  const api = createMockServer({ heartbeatMs: 0 });
  await fc.assert(
    fc.asyncProperty(requestArb, async (r) => {
      const path = r.op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
        encodeURIComponent(r.params[name] ?? Object.values(r.params)[0] ?? "nope"),
      );
      const query = new URLSearchParams();
      r.op.parameters
        .filter((p) => p.in === "query")
        .forEach((p, i) => {
          if (i < r.queryValues.length && r.queryValues[i]!.length % 2 === 0)
            query.set(p.name, r.queryValues[i]!);
        });
      const method = r.method ?? r.op.method;
      const headers: Record<string, string> = { ...auth };
      if (r.body !== undefined) headers["content-type"] = "application/json";
      if (r.fault !== null) headers["x-mock-fault"] = r.fault;
      if (r.lastEventId !== null) headers["last-event-id"] = r.lastEventId;
      if (r.origin !== null) headers.origin = r.origin;
      const withBody = r.body !== undefined && method !== "GET" && method !== "HEAD";
      const response = await api.fetch(`${api.url}${path}?${query}`, {
        method,
        headers,
        ...(withBody ? { body: r.body } : {}),
      });

      let faultStatus = 0;
      try {
        faultStatus = r.fault === null ? 0 : (parseFaultHeader(r.fault).status ?? 0);
      } catch {
        faultStatus = 0;
      }
      if (response.status >= 500) expect(response.status).toBe(faultStatus);

      if (response.headers.get("content-type")?.includes("text/event-stream")) {
        await response.body?.cancel();
        return;
      }
      const dropped = r.fault?.includes("drop-after-bytes") ?? false;
      const data = await readJson(response);
      if (dropped || method === "HEAD" || response.status === 204) return;
      // Check against the operation the request was routed to (another one may share the path's shape).
      const matched = ops.find((o) => o.sdkName === api.requests.at(-1)?.operation);
      // An error status the spec lists without a body schema gets FastAPI's `{ detail }`.
      const documented = matched?.responses.get(response.status);
      if (matched && documented && !(documented.kind === "empty" && response.status >= 400))
        expect(_validateResponse(matched.sdkName, response.status, data)).toEqual([]);
      else expect(data).toMatchObject({ detail: expect.anything() });
    }),
    {
      seed: Number(process.env.FUZZ_SEED ?? 20251130),
      numRuns: Number(process.env.FUZZ_RUNS ?? 400),
      endOnFailure: true,
    },
  );
  const after = await api.fetch(`${api.url}/v1/workflows/support-workflow`, { headers: auth });
  expect(after.status).toBe(200);
  api.close();
});
