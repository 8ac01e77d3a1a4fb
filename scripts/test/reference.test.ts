import { describe, expect, test } from "vitest";
import { renderExportsDocs } from "../lib/exports-docs.ts";
import { retrySafety, renderReference } from "../lib/reference.ts";
import { bundleSpec, operationRows, root } from "../lib/render.ts";

const doc = bundleSpec();
const rows = operationRows(doc);

describe("API reference", () => {
  test("has an index and one page per group, with a section for every operation", () => {
    const pages = renderReference(doc, rows, root);
    const groups = [...new Set(rows.map((r) => r.group))];
    expect([...pages.keys()].sort()).toEqual(
      [
        "docs/reference/README.md",
        "docs/reference/schemas.md",
        ...groups.map((g) => `docs/reference/${g}.md`),
      ].sort(),
    );
    for (const row of rows) {
      const page = pages.get(`docs/reference/${row.group}.md`)!;
      expect(page).toContain(`### ${row.name}\n`);
      expect(page).toContain(`\`${row.method} ${row.path}\``);
      expect(pages.get("docs/reference/README.md")).toContain(`[${row.group}.${row.name}](${row.group}.md#`);
    }
  });

  test.each([
    ["GET", {}, { safe: true, explicit: false }],
    ["DELETE", {}, { safe: true, explicit: false }],
    ["POST", {}, { safe: false, explicit: false }],
    ["PATCH", {}, { safe: false, explicit: false }],
    ["POST", { "x-retry-safe": true }, { safe: true, explicit: true }],
    ["GET", { "x-retry-safe": false }, { safe: false, explicit: true }],
    [
      "POST",
      { "x-retry-safe": true, "x-idempotency-field": "execution_id" },
      { safe: true, explicit: true, field: "execution_id" },
    ],
  ] as const)("retry safety of %s %j", (method, op, want) => {
    expect(retrySafety(op, method)).toEqual(want);
  });

  test("renders the spec's retry-safety extensions", () => {
    const copy = structuredClone(doc);
    const row = rows.find((r) => r.group === "workflows" && r.name === "executeWorkflow")!;
    Object.assign(copy.paths[row.path]!.post, {
      "x-retry-safe": true,
      "x-idempotency-field": "execution_id",
    });
    const page = renderReference(copy, rows, root).get("docs/reference/workflows.md")!;
    const section = page.slice(page.indexOf("### executeWorkflow\n"));
    expect(section).toMatch(
      /retry-safe \| yes \(`x-retry-safe`\): retried .* every attempt with the same `execution_id`/,
    );
    expect(section).toMatch(
      /A retry answered 409 resolves to the resource only when it is provably the caller's/,
    );
  });

  test("says of an operation that is not retry-safe that it is sent once, and how to opt in", () => {
    const page = renderReference(doc, rows, root).get("docs/reference/deployments.md")!;
    for (const name of ["updateDeployment", "restartDeployment"]) {
      const start = page.indexOf(`### ${name}\n`);
      const section = page.slice(start, page.indexOf("\n### ", start + 1));
      expect(section).toMatch(/retry-safe \| no \(`x-retry-safe`\): sent once; .*`\{ retrySafe: true \}`/);
    }
  });
});

describe("package reference", () => {
  test("names symbol-keyed members as written, never by the compiler's internal id", () => {
    const { files } = renderExportsDocs(root);
    const pages = [...files.values()].join("\n");
    expect(pages).not.toMatch(/__@\w+@\d+/);
    expect(files.get("docs/reference/packages/pagination.md")).toContain("| `[Symbol.asyncIterator]` ");
  }, 60_000);
});
