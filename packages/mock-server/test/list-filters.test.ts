/**
 * Every documented query parameter of every list operation is honoured by the mock: for each one
 * (enumerated from the spec, so a parameter added to the spec is covered the day it is added), some
 * value drawn from its schema must change the answer compared with leaving it out. A parameter the
 * mock does not read leaves every answer unchanged and fails here, by name.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { readOperations, type ParameterDef } from "../src/http/spec.js";
import { bundledSpec, workflowFixture, type MockServer } from "../src/index.js";
import { get, setup } from "./helpers.js";

/** The list operations: those the spec pages (`x-pagination`). */
const listOps = readOperations(bundledSpec).filter(
  (op) => (bundledSpec.paths[op.path] as any)[op.method.toLowerCase()]["x-pagination"],
);

/** Values to try for a parameter, from its schema: enum members, both booleans, bounds, far dates, a miss. */
function candidates(p: ParameterDef, seen: Map<string, Set<string>>): unknown[] {
  const schemas: any[] = [];
  const walk = (s: any) => {
    if (!s || typeof s !== "object") return;
    schemas.push(s);
    for (const k of ["anyOf", "oneOf", "allOf"]) for (const x of s[k] ?? []) walk(resolve(x));
    if (s.items) walk(resolve(s.items));
  };
  walk(resolve(p.schema));
  const out: unknown[] = [];
  for (const s of schemas) {
    for (const v of s.enum ?? []) out.push(v);
    if (s.const !== undefined) out.push(s.const);
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes("boolean")) out.push(true, false);
    if (types.includes("integer") || types.includes("number")) out.push(Math.max(1, s.minimum ?? 1), 2);
    if (types.includes("string") && s.format === "date-time")
      out.push("2000-01-01T00:00:00Z", "2999-01-01T00:00:00Z");
    else if (types.includes("string") && s.format === "uuid")
      out.push(...(seen.get(p.name) ?? []), "00000000-0000-4000-8000-000000000000");
    else if (types.includes("string"))
      // A miss, and a miss shaped `key:value` (search keys and other pairs).
      out.push(...(seen.get(p.name) ?? []), "no-such-value", "no-such-key:no-such-value");
  }
  return [...new Set(out.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v));
}

function resolve(node: any): any {
  let n = node;
  while (n?.$ref)
    n = n.$ref
      .slice(2)
      .split("/")
      .reduce((o: any, k: string) => o?.[k], bundledSpec);
  return n;
}

/** Every string value found anywhere in a body, by the field name it sits under (to try as filters). */
function collect(value: unknown, into: Map<string, Set<string>>, key = ""): void {
  if (typeof value === "string" && key) into.set(key, (into.get(key) ?? new Set()).add(value));
  else if (Array.isArray(value)) for (const v of value) collect(v, into, key);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) collect(v, into, k);
}

describe("every query parameter of every list operation changes the mock's answer", () => {
  let api: MockServer;
  const paths = new Map<string, string>();

  beforeAll(async () => {
    // A technical workflow (a parallel-execution helper) beside the default seed's, for `include_internal`.
    const helper = workflowFixture({ name: "parallel-helper", display_name: "Helper", is_technical: true });
    const { api: server, client } = setup({ heartbeatMs: 0, workflows: [helper] });
    api = server;
    // A minute apart, so that every ordering has distinct keys to order by.
    const start = async (workflow_identifier: string, input: Record<string, unknown>) => {
      api.clock.advance(60_000);
      return (await client.workflows.executeWorkflow({ workflow_identifier, input })).execution_id;
    };
    const done = await start("support-workflow", { ticket_id: "T-1" });
    await start("report-generator", { _mock: "running" });
    await start("document-summarizer", {});
    await start("parallel-helper", {});
    const spec = { github_url: "https://github.com/acme/support-workflows" };
    await client.deployments.createDeployment({ name: "filters-a", spec, resources: { replicas: 2 } });
    api.clock.advance(60_000);
    await client.deployments.createDeployment({ name: "filters-b", spec, hardened: true });
    api.clock.advance(60_000);
    await client.deployments.stopDeployment({ name: "filters-b" });
    await client.deployments.createDeployment({ name: "filters-c", spec });
    api.clock.advance(60_000);
    // Updated last, so that ordering by `updated_at` differs from ordering by `created_at`.
    await client.deployments.updateDeployment({ name: "filters-a", resources: { replicas: 3 } });
    api.clock.advance(60_000);
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule: { input: {}, cron_expressions: ["0 9 * * 1-5"] },
    });
    await client.schedules.scheduleWorkflow({
      workflow_identifier: "report-generator",
      schedule: { input: {} },
    });
    api.clock.advance(60_000);
    for (const op of listOps)
      paths.set(op.sdkName, op.path.replace("{execution_id}", done).replace("{name}", "filters-a"));
  });

  const cases = listOps.flatMap((op) =>
    op.parameters
      .filter((p) => p.in === "query")
      .map((p) => [op.sdkName, p.name, p, pagingOf(op.path, op.method)] as const),
  );

  test("the spec has list operations with query parameters to check", () => {
    expect(cases.length).toBeGreaterThan(listOps.length);
  });

  test.each(cases)("%s ?%s", async (sdkName, _name, param, paging) => {
    expect(await ignored(api, paths.get(sdkName)!, param, paging)).toBeNull();
  });

  test("the check is not vacuous: a parameter added to the spec and not implemented fails it", async () => {
    const spec = structuredClone(bundledSpec);
    const list = (spec.paths["/v1/workflows/events/list"] as any).get;
    const tag = { name: "tag", in: "query", required: false, schema: { type: ["string", "null"] } };
    list.parameters = [...list.parameters, tag];
    const { api: newer } = setup({ heartbeatMs: 0, spec });
    const started = await newer.fetch(`${newer.url}/v1/workflows/support-workflow/execute`, {
      method: "POST",
      headers: { authorization: "Bearer test", "content-type": "application/json" },
      body: JSON.stringify({ input: { ticket_id: "T-9" } }),
    });
    expect(started.status).toBe(200);
    const param = readOperations(spec)
      .find((o) => o.sdkName === "events.getWorkflowEvents")!
      .parameters.find((p) => p.name === "tag")!;
    expect(await ignored(newer, "/v1/workflows/events/list", param)).toMatch(
      /ignores tag: the same answer for .*"no-such-value"/,
    );
  });
});

async function call(api: MockServer, path: string, query: Record<string, unknown>): Promise<string> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    for (const one of Array.isArray(v) ? v : [v])
      params.append(k, typeof one === "object" ? JSON.stringify(one) : String(one));
  const response = await get(api, `${path}${params.size ? `?${params}` : ""}`);
  return `${response.status} ${await response.text()}`;
}

/** The list's paging parameters and next-cursor field, from its `x-pagination`. */
interface Paging {
  cursorParam: string;
  nextCursor: string;
  pageSizeParam?: string;
}

function pagingOf(path: string, method: string): Paging | null {
  const x = (bundledSpec.paths[path] as any)[method.toLowerCase()]["x-pagination"];
  return x
    ? { cursorParam: x["cursor-param"], nextCursor: x["next-cursor"], pageSizeParam: x["page-size-param"] }
    : null;
}

/**
 * `null` when some candidate value of `param` changes the answer of the list at `path` (a success
 * with other contents: a refusal such as a 422 for a malformed cursor does not count); otherwise why
 * not. The baseline must be a success; its own strings are tried first (a real id or name), and for
 * the cursor, a real next cursor from a one-item page.
 */
async function ignored(
  api: MockServer,
  path: string,
  param: ParameterDef,
  paging: Paging | null = null,
): Promise<string | null> {
  const baseline = await call(api, path, {});
  if (!baseline.startsWith("200 ")) return `the list itself fails: ${baseline.slice(0, 300)}`;
  const seen = new Map<string, Set<string>>();
  collect(JSON.parse(baseline.slice(4)), seen);
  if (paging && param.name === paging.cursorParam && paging.pageSizeParam) {
    const first = await call(api, path, { [paging.pageSizeParam]: 1 });
    const next = first.startsWith("200 ") ? JSON.parse(first.slice(4))[paging.nextCursor] : null;
    seen.set(param.name, new Set(typeof next === "string" ? [next] : []));
  }
  const tried: string[] = [];
  for (const value of candidates(param, seen)) {
    const answer = await call(api, path, { [param.name]: value });
    if (answer.startsWith("200 ") && answer !== baseline) return null;
    tried.push(JSON.stringify(value));
  }
  return `the mock ignores ${param.name}: the same answer for ${tried.join(", ") || "no value"}`;
}
