/**
 * The contract check: the pinned summary of Mistral's public document, compared with our spec. A drift
 * injected into our spec must come out as unexplained rows naming it; the allow-list explains only
 * what it lists; layouts that describe the same wire contract summarise the same.
 */
import { describe, expect, test } from "vitest";
import {
  applyAllowList,
  diffSummaries,
  parseAllowList,
  renderDriftTable,
  type Drift,
} from "../lib/contract-diff.ts";
import { readAllowList, readSummary } from "../lib/contract-files.ts";
import { summarize } from "../lib/contract-summary.ts";
import { bundleSpecFresh } from "../lib/spec-validator.ts";

// The spec as it stands, bundled (the mock server's copy is rewritten for tolerance, so not that one).
const bundled = bundleSpecFresh();
const pub = readSummary();
const allow = readAllowList();
const key = (d: Drift) => `${d.kind} ${d.operation} ${d.location} ${d.fact ?? ""}`;
const unexplainedOf = (doc: unknown) =>
  applyAllowList(diffSummaries(pub, summarize(doc as never)), allow).unexplained.map(key);

describe("the pinned summary", () => {
  test("records its source (commit and sha256) and holds an operation for each of the spec's", () => {
    expect(pub.source?.origin).toBe("mistralai/platform-docs-public");
    expect(pub.source?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(pub.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The spec may run ahead of the public document only by an operation that names its source.
    const ours = Object.keys(summarize(bundled).operations);
    const unsourced = ours.filter((o) => !(o in pub.operations));
    expect(unsourced, "operations of the spec missing from the public document").toEqual([]);
    expect(Object.keys(pub.operations).sort()).toEqual(ours.sort());
    expect(JSON.stringify(pub)).not.toMatch(/"(description|title|example)"/); // facts only
  });

  test("every allow-list entry explains some drift of our spec (none is stale)", () => {
    const { unused } = applyAllowList(diffSummaries(pub, summarize(bundled)), allow);
    expect(unused).toEqual([]);
  });
});

describe("an injected drift fails the check", () => {
  const baseline = new Set(unexplainedOf(bundled));
  const injected = (mutate: (doc: any) => void) => {
    const doc = structuredClone(bundled);
    mutate(doc);
    return unexplainedOf(doc).filter((row) => !baseline.has(row));
  };

  test("a response property the public document has, removed", () => {
    expect(injected((doc) => delete doc.components.schemas.GitCommitMetadata.properties.html_url)).toContain(
      "missing GET /v1/workflows/deployments/{name} response 200 application/json .managed.spec.commit.html_url ",
    );
  });

  test("a default, a bound and a required flag changed; a property with no source added", () => {
    const rows = injected((doc) => {
      const run = doc.paths["/v1/workflows/runs/{run_id}/history"].get.parameters.find(
        (p: any) => p.name === "decode_payloads",
      );
      run.schema.default = true;
      doc.components.schemas.WorkflowExecutionRequest.properties.execution_id.maxLength = 128;
      doc.components.schemas.WorkflowScheduleRequest.required = [];
      doc.components.schemas.Workflow.properties.invented = { type: "string" };
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        "differs GET /v1/workflows/runs/{run_id}/history query decode_payloads default",
        "differs POST /v1/workflows/{workflow_identifier}/execute body application/json .execution_id maxLength",
        "extra GET /v1/workflows/{workflow_identifier} response 200 application/json .workflow.invented ",
      ]),
    );
    expect(
      rows.some((r) => r.startsWith("differs POST /v1/workflows/schedules body") && r.endsWith("required")),
    ).toBe(true);
  });

  test("a removed operation and status code", () => {
    const rows = injected((doc) => {
      delete doc.paths["/v1/workflows/schedules/{schedule_id}/pause"];
      delete doc.paths["/v1/workflows/runs"].get.responses["422"];
    });
    expect(rows).toContain("missing POST /v1/workflows/schedules/{schedule_id}/pause operation ");
    expect(rows).toContain("missing GET /v1/workflows/runs response 422 ");
  });
});

describe("the allow-list", () => {
  const drift: Drift[] = [
    {
      kind: "extra",
      operation: "GET /v1/workflows/x",
      location: "response 200 application/json .a.b",
      ours: {},
    },
    { kind: "differs", operation: "GET /v1/workflows/x", location: "query n", fact: "maximum", public: 9 },
  ];

  test("explains only the kind, operation, location and fact it names; reports stale entries", () => {
    const entries = parseAllowList([
      { kind: "extra", operation: "GET *", location: "*.a.*", why: "sourced" },
      { kind: "differs", operation: "*", location: "query n", fact: "minimum", why: "other fact" },
    ]);
    const result = applyAllowList(drift, entries);
    expect(result.allowed).toEqual([drift[0]]);
    expect(result.unexplained).toEqual([drift[1]]);
    expect(result.unused).toEqual([entries[1]]);
  });

  test("refuses an entry without a reason or with an unknown kind", () => {
    expect(() => parseAllowList([{ kind: "extra", operation: "*", location: "*" }])).toThrow(/entry 0/);
    expect(() => parseAllowList([{ kind: "renamed", operation: "*", location: "*", why: "x" }])).toThrow();
  });
});

describe("the summary", () => {
  const doc = (schema: unknown, media = "application/json") => ({
    openapi: "3.1.0",
    paths: { "/v1/workflows/x": { get: { responses: { "200": { content: { [media]: { schema } } } } } } },
    components: { schemas: { S: { type: "string" } } },
  });

  test.each([
    [
      "two spellings of nullable",
      { type: ["string", "null"] },
      { anyOf: [{ type: "string" }, { type: "null" }] },
    ],
    ["a $ref and its target", { $ref: "#/components/schemas/S" }, { type: "string" }],
    ["any value, nullable or not", { anyOf: [{}, { type: "null" }] }, {}],
    ["enum order", { type: "string", enum: ["b", "a"] }, { type: "string", enum: ["a", "b"] }],
  ])("%s summarise the same", (_name, a, b) => {
    expect(summarize(doc(a) as never)).toEqual(summarize(doc(b) as never));
  });

  test("an SSE frame schema ({event, data, id}) reduces to its payload", () => {
    const frame = { type: "object", properties: { event: { type: "string" }, data: { type: "integer" } } };
    expect(summarize(doc(frame, "text/event-stream") as never)).toEqual(
      summarize(doc({ type: "integer" }, "text/event-stream") as never),
    );
  });

  test("keywords beside a $ref count", () => {
    const facts = summarize(doc({ $ref: "#/components/schemas/S", deprecated: true }) as never);
    expect(facts.operations["GET /v1/workflows/x"]!["response 200 application/json"]).toEqual({
      type: "string",
      deprecated: true,
    });
  });
});

test("the drift table shows control characters from a document as escapes", () => {
  const table = renderDriftTable([
    {
      kind: "differs",
      operation: "GET /v1/workflows",
      location: "query q",
      fact: "default",
      public: "a\u001b[2Jb\u0085",
    },
  ]);
  expect(table).toContain("a\\u001b[2Jb\\u0085");
  expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
});
