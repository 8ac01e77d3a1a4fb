import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { camelCase, MIGRATION_GUIDE, officialCall, sourcedFields } from "../lib/migration.ts";
import { bundleSpec, operationRows, root } from "../lib/render.ts";

// The official SDK is a workspace devDependency of the client (for its benchmark).
const require = createRequire(join(root, "packages", "client", "package.json"));
const { Mistral } = require("@mistralai/mistralai") as { Mistral: new (o: { apiKey: string }) => any };

const doc = bundleSpec();
const rows = operationRows(doc);

describe("migration table", () => {
  test("camelCases wire names as the official SDK does", () => {
    expect(camelCase("schedule_id")).toBe("scheduleId");
    expect(camelCase("WorkflowScheduleRequest")).toBe("workflowScheduleRequest");
    expect(camelCase("last-event-id")).toBe("lastEventId");
  });

  test.each(rows.map((r) => [`${r.group}.${r.name}`, r] as const))(
    "%s names a method the official SDK has",
    (_name, row) => {
      const call = officialCall(doc, row);
      const path = call.slice(0, call.indexOf("(")).split(".").slice(1); // drop `mistral`
      let target: any = new Mistral({ apiKey: "unused" });
      for (const key of path.slice(0, -1)) target = target[key];
      expect(typeof target[path.at(-1)!]).toBe("function");
    },
  );
});

test("the guide lists every field the spec adds beyond the public document, with its source", () => {
  const guide = readFileSync(join(root, MIGRATION_GUIDE), "utf8");
  const added = sourcedFields(doc);
  expect(added.map((f) => f.field)).toEqual(expect.arrayContaining(["backend_spec", "owner", "search_keys"]));
  for (const f of added) {
    // Every field names a public source: the official TypeScript SDK, or the Python SDK the workers run.
    expect(f.source).toMatch(/@mistralai\/mistralai 2\.7\.0|mistralai\/client-python/);
    expect(guide).toContain(`| \`${f.field}\``);
  }
});
