import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonLines, startCliMock, TEST_KEY } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  mock = await startCliMock();
});
afterAll(() => mock.close());

describe("workflows", () => {
  test("ls prints a table of each workflow once", async () => {
    const r = await mock.cli(["workflows", "ls"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/^NAME\s+DISPLAY NAME\s+ARCHIVED\s+TAGS\s+DESCRIPTION$/);
    const names = r.lines.slice(1).map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual(["document-summarizer", "legacy-importer", "report-generator", "support-workflow"]);
    expect(r.stdout + r.stderr).not.toContain(TEST_KEY);
  });

  test("ls --json prints one wire object per line, and --limit stops paging with a note", async () => {
    mock.api.requests.length = 0;
    const r = await mock.cli(["--json", "workflows", "ls", "--limit", "1"]);
    expect(r.code).toBe(0);
    const items = jsonLines(r);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: "document-summarizer", display_name: "Document summarizer" });
    expect(
      mock.api.requests.filter((q) => q.operation === "workflows.getWorkflows").map((q) => q.query.limit),
    ).toEqual(["1"]);
    expect(r.stderr).toBe(""); // the note is for people, not for --json
    const human = await mock.cli(["workflows", "ls", "--limit", "2"]);
    expect(human.lines).toHaveLength(3);
    expect(human.stderr).toContain("more: --limit N or --all");
  });

  test("show prints the workflow and its registrations' handlers", async () => {
    const r = await mock.cli(["workflows", "show", "support-workflow"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/name\s+support-workflow/);
    expect(r.stdout).toMatch(/signal\s+approve: Approve the proposed answer\./);
    expect(r.stdout).toMatch(/query\s+get_status/);
    expect(r.stdout).toMatch(/update\s+set_priority/);
    const json = jsonLines(await mock.cli(["--json", "workflows", "show", "support-workflow"]));
    expect(json).toHaveLength(1);
    expect(json[0].workflow.name).toBe("support-workflow");
    expect(json[0].registrations.map((x: { id: string }) => x.id)).toContain(
      "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    );
  });

  test("archive and unarchive change the workflow on the server", async () => {
    const archived = await mock.cli(["workflows", "archive", "report-generator"]);
    expect(archived.code).toBe(0);
    expect(archived.lines).toEqual(["archived report-generator"]);
    const stored = () => [...mock.api.state.workflows.values()].find((w) => w.name === "report-generator");
    expect(stored()?.archived).toBe(true);
    const back = await mock.cli(["--json", "workflows", "unarchive", "report-generator"]);
    expect(back.code).toBe(0);
    expect(jsonLines(back)).toHaveLength(1);
    expect(stored()?.archived).toBe(false);
  });
});

describe("registrations ls", () => {
  test("pages lazily: --limit 2 asks for one page of 2", async () => {
    mock.api.requests.length = 0;
    const r = await mock.cli(["--json", "registrations", "ls", "--limit", "2"]);
    expect(r.code).toBe(0);
    expect(jsonLines(r)).toHaveLength(2);
    const listings = mock.api.requests.filter((q) => q.operation === "workflows.getWorkflowRegistrations");
    expect(listings).toHaveLength(1);
    expect(listings[0]!.query.limit).toBe("2");
  });

  test("--all follows every page", async () => {
    mock.api.requests.length = 0;
    const r = await mock.cli(["--json", "registrations", "ls", "--all", "--active-only"]);
    expect(r.code).toBe(0);
    const items = jsonLines(r);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => typeof x.id === "string" && x.definition)).toBe(true);
    expect(new Set(items.map((x) => x.id)).size).toBe(items.length);
  });

  test("the handlers column lists signals, queries and updates", async () => {
    const r = await mock.cli(["registrations", "ls", "--all"]);
    expect(r.stdout).toMatch(
      /1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\s+support-workflow\s+support\s+support\s+signal:approve query:get_status update:set_priority/,
    );
  });
});
