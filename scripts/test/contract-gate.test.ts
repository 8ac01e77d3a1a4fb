/**
 * The contract gate end to end: `scripts/check-breaking.ts` run on a scratch repository whose spec is
 * the spec-diff fixture `base.yaml` at its last release, after one fixture change of each kind, with the
 * changesets a contributor would write. Each run is a real process over a real git history.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { parse } from "yaml";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const script = join(repoRoot, "scripts", "check-breaking.ts");
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const fixture = (name: string) =>
  parse(readFileSync(new URL(`./fixtures/spec-diff/${name}.yaml`, import.meta.url), "utf8"));

let dir: string;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GITHUB_BASE_REF: "",
};
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, stdio: "pipe" });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const pkg = (name: string, version: string) => JSON.stringify({ name, version }, null, 2);
/** The head spec, as the gate reads a bundled document. */
const head = (name: string) => write("head.json", JSON.stringify(fixture(name)));
const changeset = (id: string, bump: string, summary: string) =>
  write(`.changeset/${id}.md`, `---\n"@mistral-workflows/client": ${bump}\n---\n\n${summary}\n`);
const NOTE = "Removes a field.\n\nBefore:\n\n```ts\nitem.created_at;\n```\n\nAfter:\n\n```ts\n// gone\n```";
const gate = (...args: string[]) => {
  const run = spawnSync(tsx, [script, "--root", dir, "--head", join(dir, "head.json"), ...args], {
    cwd: dir,
    env,
    encoding: "utf8",
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
};

/** A released repository at `version`: the fixture spec, its baseline, one spec-derived package. */
function released(version: string) {
  write("spec/releases/latest.json", JSON.stringify({ ...fixture("base"), "x-released": { version } }));
  write("packages/client/package.json", pkg("@mistral-workflows/client", version));
  write("packages/client/src/generated/schema.d.ts", "export {};\n");
  write("packages/app/package.json", JSON.stringify({ name: "app", private: true, version: "0.0.0" }));
  write(".changeset/README.md", "# Changesets\n");
  head("base");
  git("add", ".");
  git("commit", "-qm", `release ${version}`);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "contract-gate-"));
  git("init", "-q", "-b", "main");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("each kind of spec change, before 1.0", () => {
  beforeEach(() => released("0.1.0"));

  // [fixture, what it is, changeset (bump and whether it has a before/after note), passes]
  test.each([
    ["response-property-added", "added field", null, false],
    ["response-property-added", "added field", ["patch", false], false],
    ["response-property-added", "added field", ["minor", false], true],
    ["parameter-added", "added parameter", null, false],
    ["parameter-added", "added parameter", ["minor", false], true],
    ["operation-added", "new operation", ["patch", false], false],
    ["operation-added", "new operation", ["minor", false], true],
    ["response-property-removed", "removed field", ["minor", false], false],
    ["response-property-removed", "removed field", ["minor", true], true],
    ["request-type-narrowed", "narrowed type", null, false],
    ["request-type-narrowed", "narrowed type", ["patch", true], false],
    ["request-type-narrowed", "narrowed type", ["minor", true], true],
    ["operation-removed", "removed operation", ["minor", false], false],
    ["operation-removed", "removed operation", ["minor", true], true],
    ["deprecated", "deprecation (a fix)", null, false],
    ["deprecated", "deprecation (a fix)", ["patch", false], true],
  ] as const)("%s (%s), changeset %j: passes %s", (name, _what, cs, passes) => {
    head(name);
    if (cs) changeset("gate-change", cs[0], cs[1] ? NOTE : "One sentence.");
    git("add", ".");
    git("commit", "-qm", "change");
    const { status, out } = gate();
    expect(status, out).toBe(passes ? 0 : 1);
  });

  test("the failure names the package, the bump needed and the bump given", () => {
    head("operation-added");
    changeset("gate-change", "patch", "Adds an operation.");
    const { out } = gate();
    expect(out).toMatch(/ADDITION\s+operation-added: DELETE \/items\/\{item_id\}/);
    expect(out).toMatch(/@mistral-workflows\/client: needs at least `minor`, its changeset says `patch`/);
  });

  test("an empty changeset does not cover a spec change", () => {
    head("parameter-added");
    write(".changeset/nothing.md", "---\n---\n");
    expect(gate().status).toBe(1);
  });

  test("a changeset from before the release is another change's, and does not count", () => {
    changeset("old-minor", "minor", NOTE);
    git("add", ".");
    git("commit", "-qm", "old changeset");
    write(
      "spec/releases/latest.json",
      JSON.stringify({ ...fixture("base"), "x-released": { version: "0.1.0" } }) + "\n",
    );
    git("commit", "-qam", "release again");
    head("response-property-removed");
    expect(gate().status).toBe(1);
  });

  test("a deleted baseline fails instead of comparing nothing", () => {
    git("rm", "-q", "spec/releases/latest.json");
    const { status, out } = gate();
    expect(status).toBe(1);
    expect(out).toMatch(/No released spec/);
  });
});

describe("from 1.0 on", () => {
  beforeEach(() => released("1.2.0"));

  test("a breaking change needs major: minor with a note fails, major with a note passes", () => {
    head("response-property-removed");
    changeset("gate-change", "minor", NOTE);
    expect(gate().status).toBe(1);
    changeset("gate-change", "major", NOTE);
    expect(gate().status).toBe(0);
  });
});

describe("a pull request", () => {
  test("is also compared with its merge base, and only its own changesets count there", () => {
    const spec = (doc: object) => write("spec/openapi.yaml", JSON.stringify(doc));
    spec(fixture("base"));
    released("0.1.0");
    // main moves on after the release: an added parameter, covered by its changeset.
    spec(fixture("parameter-added"));
    changeset("main-addition", "minor", "Adds a parameter.");
    git("add", ".");
    git("commit", "-qm", "main: addition");
    git("checkout", "-qb", "feature");
    const withSchema = fixture("parameter-added");
    withSchema.components.schemas.Extra = { type: "string" };
    spec(withSchema);
    git("commit", "-qam", "feature: adds a schema");
    // Against the release, main's changeset covers the branch; against the merge base the branch adds
    // a schema of its own, which needs a changeset of its own.
    const run = () => gate("--base-ref", "main", "--head", join(dir, "spec", "openapi.yaml"));
    const first = run();
    expect(first.out).toMatch(/Spec compared with the merge base with main/);
    expect(first.out).toMatch(/ADDITION\s+schema-added: components\.schemas\.Extra/);
    expect(first.status).toBe(1);
    changeset("feature-schema", "minor", "Adds a schema.");
    expect(run().status).toBe(0);
  });
});
