/**
 * `pnpm lint:spec` (Redocly, with spec/redocly.yaml) and `pnpm check:examples` (Ajv) judge examples
 * the same way. JSON Schema 2020-12, which OpenAPI 3.1 uses, lets an object have properties its schema
 * does not declare unless `additionalProperties` (or `unevaluatedProperties`) forbids them, so an
 * example with an extra property is valid against an open schema and invalid against a closed one.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { checkExamples } from "../lib/examples.ts";
import type { OpenAPIDocument } from "../lib/ref.ts";
import { root } from "../lib/root.ts";

const fixture = join(root, "scripts", "test", "fixtures", "examples-agreement", "openapi.yaml");
const open = "/paths/~1open/get/responses/200/content/application~1json/example";
const closed = "/paths/~1closed/get/responses/200/content/application~1json/example";

test("check:examples refuses the extra property only where the schema closes the object", () => {
  const doc = parse(readFileSync(fixture, "utf8")) as OpenAPIDocument;
  const failing = checkExamples(doc)
    .filter((e) => e.errors.length)
    .map((e) => e.where);
  expect(failing).toEqual([closed]);
});

test("lint:spec, with the repository's rules, refuses the same example and only that one", () => {
  const bin = join(root, "node_modules", ".bin", "redocly");
  const run = spawnSync(bin, ["lint", "--config", "spec/redocly.yaml", "--format", "json", fixture], {
    cwd: root,
    encoding: "utf8",
  });
  const report = JSON.parse(run.stdout) as {
    problems: { ruleId: string; location: { pointer: string }[] }[];
  };
  const examples = report.problems.filter((p) => /example/.test(p.ruleId));
  expect(examples.map((p) => p.location[0]!.pointer.replace(/^#/, "").replace(/\/extra$/, ""))).toEqual([
    closed,
  ]);
  expect(examples.map((p) => p.location[0]!.pointer)).not.toContain(`#${open}/extra`);
  expect(run.status).not.toBe(0); // the closed example is an error
});
