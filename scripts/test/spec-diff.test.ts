import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { findMajorChangeset, parseChangeset } from "../lib/changesets.ts";
import type { OpenAPIDocument } from "../lib/ref.ts";
import { diffSpecs, type Severity } from "../lib/spec-diff.ts";

const fixtures = new URL("./fixtures/spec-diff/", import.meta.url);
const load = (name: string) =>
  parse(readFileSync(new URL(`${name}.yaml`, fixtures), "utf8")) as OpenAPIDocument;
const base = load("base");

type Want = [Severity, string, string][];
const B = "breaking" as const;
const N = "non-breaking" as const;

/**
 * The three operations that return an `Item` (in a list, created, read): a change to that shared
 * schema is reported at each of them, so the report names everything it reaches.
 */
const atEveryItem = (severity: Severity, code: string, field: string): Want => [
  [severity, code, `GET /items response 200 body: items[].${field}`],
  [severity, code, `POST /items response 201 body: ${field}`],
  [severity, code, `GET /items/{item_id} response 200 body: ${field}`],
];

/** One fixture per kind of change: `fixtures/spec-diff/<name>.yaml` is base.yaml with that one change. */
const cases: [string, Want][] = [
  ["operation-removed", [[B, "operation-removed", "GET /items/{item_id}"]]],
  ["operation-added", [[N, "operation-added", "DELETE /items/{item_id}"]]],
  ["sdk-method-renamed", [[B, "sdk-method-renamed", "GET /items/{item_id}"]]],
  ["operation-id-changed", [[B, "operation-id-changed", "GET /items/{item_id}"]]],
  [
    "path-parameter-renamed",
    [
      [B, "parameter-removed", "GET /items/{item_id} path parameter item_id"],
      [B, "parameter-added-required", "GET /items/{item_id} path parameter id"],
    ],
  ],
  ["parameter-removed", [[B, "parameter-removed", "GET /items query parameter page_size"]]],
  ["parameter-added-required", [[B, "parameter-added-required", "GET /items query parameter owner"]]],
  ["parameter-added", [[N, "parameter-added", "GET /items query parameter search"]]],
  ["parameter-became-required", [[B, "parameter-became-required", "GET /items query parameter page_size"]]],
  ["parameter-enum-narrowed", [[B, "request-enum-narrowed", "GET /items query parameter status"]]],
  ["parameter-type-narrowed", [[B, "request-type-narrowed", "GET /items query parameter page_size"]]],
  [
    "request-body-added-required",
    [[B, "request-body-added-required", "POST /items/{item_id}/archive request body"]],
  ],
  [
    "request-property-added-required",
    [[B, "request-property-added-required", "POST /items request body: owner"]],
  ],
  ["request-property-added", [[N, "request-property-added", "POST /items request body: color"]]],
  [
    "request-property-became-required",
    [[B, "request-property-became-required", "POST /items request body: kind"]],
  ],
  ["request-property-removed", [[B, "request-property-removed", "POST /items request body: note"]]],
  ["request-type-narrowed", [[B, "request-type-narrowed", "POST /items request body: note"]]],
  ["request-type-widened", [[N, "request-type-widened", "POST /items request body: name"]]],
  ["request-enum-narrowed", [[B, "request-enum-narrowed", "POST /items request body: kind"]]],
  ["request-enum-widened", [[N, "request-enum-widened", "POST /items request body: kind"]]],
  ["request-constraint-tightened", [[B, "request-constraint-tightened", "POST /items request body: name"]]],
  ["request-union-narrowed", [[B, "request-union-narrowed", "POST /items request body: payload"]]],
  ["response-property-removed", atEveryItem(B, "response-property-removed", "created_at")],
  ["response-property-became-optional", atEveryItem(B, "response-property-became-optional", "name")],
  ["response-type-widened", atEveryItem(B, "response-type-widened", "name")],
  ["response-property-added", atEveryItem(N, "response-property-added", "owner")],
  ["response-enum-widened", atEveryItem(N, "response-enum-widened", "status")],
  [
    "response-union-widened",
    [
      ...atEveryItem(N, "response-union-widened", "payload"),
      [N, "schema-added", "components.schemas.ImagePayload"],
    ],
  ],
  [
    "response-removed",
    [
      [B, "response-removed", "POST /items response 201"],
      [N, "response-added", "POST /items response 200"],
    ],
  ],
  ["response-media-type-removed", [[B, "response-media-type-removed", "GET /items/{item_id} response 200"]]],
  ["error-response-removed", [[N, "response-removed", "GET /items/{item_id} response 404"]]],
  [
    "schema-removed",
    [
      [B, "schema-removed", "components.schemas.ItemList"],
      [N, "schema-added", "components.schemas.ItemPage"],
    ],
  ],
  ["deprecated", [[N, "deprecated", "GET /items/{item_id}"]]],
  ["unchanged", []],
];

describe("diffSpecs: one fixture pair per kind of change", () => {
  test.each(cases)("%s", (name, want) => {
    const got = diffSpecs(base, load(name)).map((c) => [c.severity, c.code, c.where]);
    expect(got).toEqual(want);
  });

  test("every fixture file has a case, so none is silently skipped", () => {
    const files = readdirSync(fixtures)
      .filter((f) => f.endsWith(".yaml") && f !== "base.yaml")
      .map((f) => f.slice(0, -5))
      .sort();
    expect(files).toEqual(cases.map(([name]) => name).sort());
  });

  test("a change and its reverse: narrowing a request breaks, widening it back does not", () => {
    const narrowed = load("request-enum-narrowed");
    expect(diffSpecs(base, narrowed).map((c) => c.severity)).toEqual([B]);
    expect(diffSpecs(narrowed, base).map((c) => [c.severity, c.code])).toEqual([[N, "request-enum-widened"]]);
  });

  test("a recursive schema is compared without looping", () => {
    const tree = (extra: Record<string, unknown>): OpenAPIDocument => ({
      openapi: "3.1.0",
      paths: {
        "/tree": {
          get: {
            responses: {
              "200": {
                description: "A tree.",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Node" } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Node: {
            type: "object",
            properties: {
              children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
              ...extra,
            },
          },
        },
      },
    });
    expect(diffSpecs(tree({ label: { type: "string" } }), tree({})).map((c) => [c.code, c.where])).toEqual([
      ["response-property-removed", "GET /tree response 200 body: label"],
    ]);
  });
});

describe("the release each change needs", () => {
  test.each([
    ["operation-added", "addition"],
    ["parameter-added", "addition"],
    ["request-property-added", "addition"],
    ["response-enum-widened", "addition"],
    ["deprecated", "fix"],
    ["request-type-widened", "fix"],
    ["error-response-removed", "fix"],
    ["operation-removed", "breaking"],
    ["request-type-narrowed", "breaking"],
  ])("%s is %s", (name, kind) => {
    expect(new Set(diffSpecs(base, load(name)).map((c) => c.kind))).toEqual(new Set([kind]));
  });
});

describe("major changesets", () => {
  const published = ["@mistral-workflows/client", "@mistral-workflows/streaming"];

  test.each([
    ["major on a published package", `---\n"@mistral-workflows/client": major\n---\n\nDrop x.\n`, true],
    ["minor only", `---\n"@mistral-workflows/client": minor\n---\n\nAdd y.\n`, false],
    ["major on an unknown package", `---\n"left-pad": major\n---\n\nNope.\n`, false],
    ["empty changeset", `---\n---\n`, false],
  ])("%s", (_name, text, allows) => {
    const found = findMajorChangeset([parseChangeset("cs", text)], published);
    expect(found !== undefined).toBe(allows);
  });

  test("a malformed bump is an error, not a silent pass", () => {
    expect(() => parseChangeset("bad", `---\n"@mistral-workflows/client": huge\n---\n`)).toThrow(/huge/);
    expect(() => parseChangeset("bad", "no front matter")).toThrow(/front matter/);
  });
});
