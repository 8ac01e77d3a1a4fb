/**
 * `pnpm test:maintainer-path`: walks CONTRIBUTING.md's "from a spec change to a release" on a scratch
 * copy of the repository (spec/, scripts/, docs, and the packages with spec-derived files, client and
 * mock-server, without their tests; node_modules linked, nothing installed), once for each kind of spec change of the contract
 * gate's fixtures: an added field, an added parameter, a removed field, a narrowed type, a new
 * operation and a removed operation.
 *
 * The scratch repository's spec is the fixture API (`scripts/test/fixtures/spec-diff/base.yaml`),
 * released as 0.1.0. For each change it runs the documented commands, exactly as `pnpm <name>` runs
 * them (the command line from package.json), and checks each ends as the guide says:
 *
 *   edit the spec               the fixture, with `x-not-in-official-sdk` on operations the official SDK lacks
 *   pnpm check:generated        fails: the generated files are stale (checked for the first change only)
 *   pnpm generate               rewrites them
 *   pnpm check:generated        passes
 *   pnpm check:breaking         fails, naming the bump the change needs
 *   (write the changeset)       what `pnpm changeset` writes, with the bump and, if breaking, a before/after note
 *   pnpm check:breaking         passes
 *   pnpm check:changeset        passes
 *
 * `--keep` leaves the scratch folder; `--only <fixture,...>` runs some changes. Exits 1 on the first
 * step that does not end as documented, printing the step and its output.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { root } from "./lib/root.ts";

/** One kind of change: the fixture that makes it, and the changeset that covers it. */
export interface PathCase {
  fixture: string;
  what: string;
  bump: "patch" | "minor" | "major";
  /** Whether the change is breaking (its changeset needs a before/after note). */
  breaking: boolean;
}

/** The kinds of change the path is walked for, with the changeset each needs before 1.0. */
export const CASES: PathCase[] = [
  { fixture: "response-property-added", what: "added field", bump: "minor", breaking: false },
  { fixture: "parameter-added", what: "added parameter", bump: "minor", breaking: false },
  { fixture: "response-property-removed", what: "removed field", bump: "minor", breaking: true },
  { fixture: "parameter-type-narrowed", what: "narrowed type", bump: "minor", breaking: true },
  { fixture: "operation-added", what: "new operation", bump: "minor", breaking: false },
  { fixture: "operation-removed", what: "removed operation", bump: "minor", breaking: true },
];

const FIXTURES = join(root, "scripts", "test", "fixtures", "spec-diff");
/** What the scratch copy holds (besides node_modules, linked). */
const COPIED = [
  "package.json",
  "tsconfig.json",
  "tsconfig.base.json",
  ".prettierrc.json",
  ".prettierignore",
  "README.md",
  "docs",
  "spec",
  "scripts",
  ".changeset/config.json",
  ".changeset/README.md",
];
/** The published packages with spec-derived files (`src/generated/`), which every spec change bumps. */
const DERIVED = ["client", "mock-server"];
/** What of those packages is copied: the generator reads their sources (the reference documents exports). */
const PACKAGE_SKIP = /(^|\/)(node_modules|dist|test|bench|\.turbo)$/;
const GIT_ENV = {
  GIT_AUTHOR_NAME: "maintainer-path",
  GIT_AUTHOR_EMAIL: "maintainer-path@example.invalid",
  GIT_COMMITTER_NAME: "maintainer-path",
  GIT_COMMITTER_EMAIL: "maintainer-path@example.invalid",
};

/** A step that did not end as documented. */
export class MaintainerPathError extends Error {
  override readonly name = "MaintainerPathError";
  constructor(
    /** The fixture being walked. */
    readonly fixture: string,
    /** The step, e.g. `pnpm check:breaking`. */
    readonly step: string,
    /** What the step printed. */
    readonly output: string,
    expected: string,
  ) {
    super(`${fixture}: ${step} should ${expected}\n${output}`);
  }
}

/** The fixture spec, with the mark the guide asks for on every operation the official SDK lacks (all of them here). */
function fixtureSpec(name: string, mark = true): string {
  const doc = parse(readFileSync(join(FIXTURES, `${name}.yaml`), "utf8"));
  doc["x-error-codes"] ??= []; // the repository's spec lists its API's error codes; the fixture API has none
  // The generator classifies the API's execution statuses (final or not); the fixture API has one of each.
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.WorkflowExecutionStatus ??= {
    type: "string",
    enum: ["RUNNING", "COMPLETED"],
    "x-final": { RUNNING: false, COMPLETED: true },
  };
  for (const item of Object.values<any>(doc.paths ?? {}))
    for (const op of Object.values<any>(item))
      if (mark && op && typeof op === "object" && op.operationId)
        op["x-not-in-official-sdk"] = "an operation of the fixture API, not of Mistral's";
  return stringify(doc);
}

/** Creates the scratch repository, released at 0.1.0 with the fixture API; returns its path. */
export async function createScratch(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "maintainer-path-"));
  for (const path of COPIED)
    if (existsSync(join(root, path))) cpSync(join(root, path), join(dir, path), { recursive: true });
  for (const pkg of DERIVED)
    cpSync(join(root, "packages", pkg), join(dir, "packages", pkg), {
      recursive: true,
      filter: (source) => !PACKAGE_SKIP.test(source),
    });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, ".gitignore"), "node_modules\n");
  writeFileSync(join(dir, "spec", "openapi.yaml"), fixtureSpec("base"));
  await run(dir, "generate", "base", true);
  const bundled = JSON.parse(readFileSync(join(dir, "spec", "dist", "openapi.json"), "utf8"));
  writeFileSync(
    join(dir, "spec", "releases", "latest.json"),
    `${JSON.stringify({ ...bundled, "x-released": { version: "0.1.0" } }, null, 2)}\n`,
  );
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "release 0.1.0");
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });
}

/**
 * Runs `pnpm <name>` as package.json defines it; rejects unless it exits as `pass` says. Asynchronous,
 * so that a test runner's worker stays responsive while a step runs.
 */
async function run(dir: string, name: string, fixture: string, pass: boolean): Promise<string> {
  const scripts = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts as Record<
    string,
    string
  >;
  const child = spawn("sh", ["-c", scripts[name]!], {
    cwd: dir,
    env: {
      ...process.env,
      ...GIT_ENV,
      PATH: `${join(dir, "node_modules", ".bin")}:${process.env.PATH}`,
      GITHUB_BASE_REF: "",
      CHANGESET_BASE: "",
    },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if ((status === 0) !== pass)
    throw new MaintainerPathError(fixture, `pnpm ${name}`, output, pass ? "pass" : "fail");
  return output;
}

/** The changeset a maintainer writes for `c` with `pnpm changeset`. */
function changesetFor(c: PathCase): string {
  const packages = DERIVED.map((p) => `"@mistral-workflows/${p}": ${c.bump}`).join("\n");
  const note = c.breaking
    ? "\n\nBefore:\n\n```ts\nawait client.items.getItem({ item_id });\n```\n\nAfter:\n\n```ts\nawait client.items.getItem({ item_id }); // see the reference\n```"
    : "";
  return `---\n${packages}\n---\n\nThe fixture API: ${c.what}.${note}\n`;
}

/**
 * Walks the path for one change on `dir` (reset to the release first); returns the steps' outputs.
 * `stale: false` skips the check that the generated files are stale before `pnpm generate`; `mark:
 * false` leaves out the spec's `x-not-in-official-sdk` marks (so `pnpm generate` must refuse it).
 */
export async function walk(
  dir: string,
  c: PathCase,
  { stale = true, mark = true } = {},
): Promise<Record<string, string>> {
  git(dir, "reset", "-q", "--hard");
  git(dir, "clean", "-qfd");
  writeFileSync(join(dir, "spec", "openapi.yaml"), fixtureSpec(c.fixture, mark));
  const out: Record<string, string> = {};
  if (stale) out["stale"] = await run(dir, "check:generated", c.fixture, false);
  out["generate"] = await run(dir, "generate", c.fixture, true);
  out["check:generated"] = await run(dir, "check:generated", c.fixture, true);
  out["unreleased"] = await run(dir, "check:breaking", c.fixture, false);
  writeFileSync(join(dir, ".changeset", `${c.fixture}.md`), changesetFor(c));
  out["check:breaking"] = await run(dir, "check:breaking", c.fixture, true);
  out["check:changeset"] = await run(dir, "check:changeset", c.fixture, true);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { keep: { type: "boolean" }, only: { type: "string" } } });
  const only = values.only?.split(",");
  const dir = await createScratch();
  let failed = false;
  try {
    for (const [i, c] of CASES.filter((x) => !only || only.includes(x.fixture)).entries()) {
      const started = Date.now();
      await walk(dir, c, { stale: i === 0 });
      console.log(`ok  ${c.what} (${c.fixture}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
