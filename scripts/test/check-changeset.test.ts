import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const script = join(repoRoot, "scripts", "check-changeset.ts");
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");

let dir: string;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GITHUB_BASE_REF: "",
  CHANGESET_BASE: "",
};
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, stdio: "pipe" });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const manifest = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: "@mistral-workflows/client", version: "0.1.0", ...extra }, null, 2);
const check = (...args: string[]) => {
  const run = spawnSync(tsx, [script, "--root", dir, ...args], { cwd: dir, env, encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "changeset-check-"));
  git("init", "-q", "-b", "main");
  write("packages/client/package.json", manifest());
  write("packages/client/src/index.ts", "export const a = 1;\n");
  write(
    "packages/private-app/package.json",
    JSON.stringify({ name: "app", private: true, version: "0.0.0" }),
  );
  write(".changeset/README.md", "# Changesets\n");
  git("add", ".");
  git("commit", "-q", "-m", "initial");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("before the first release", () => {
  test("a single-commit clone with no release has nothing to compare with, and passes saying so", () => {
    write("packages/client/src/index.ts", "export const a = 2;\n");
    const { status, out } = check();
    expect(status).toBe(0);
    expect(out).toMatch(/No base to compare with/);
  });
});

describe("after a release", () => {
  beforeEach(() => {
    write("spec/releases/latest.json", '{"x-released":{"version":"0.1.0"}}\n');
    git("add", ".");
    git("commit", "-q", "-m", "release 0.1.0");
  });

  test("the release commit itself needs nothing", () => {
    expect(check().status).toBe(0);
  });

  test("a source change without a changeset fails and names the package and file", () => {
    write("packages/client/src/index.ts", "export const a = 2;\n");
    git("commit", "-qam", "change");
    const { status, out } = check();
    expect(status).toBe(1);
    expect(out).toMatch(/@mistral-workflows\/client: 1 changed file\(s\), NO CHANGESET/);
    expect(out).toMatch(/packages\/client\/src\/index\.ts/);
  });

  test("a changeset naming the package covers it, committed or not", () => {
    write("packages/client/src/index.ts", "export const a = 2;\n");
    write(".changeset/brave-owls.md", '---\n"@mistral-workflows/client": minor\n---\n\nAdds b.\n');
    expect(check().status).toBe(0);
  });

  test("an empty changeset says no release is needed", () => {
    write("packages/client/src/index.ts", "// comment only\nexport const a = 1;\n");
    write(".changeset/quiet-cats.md", "---\n---\n");
    const { status, out } = check();
    expect(status).toBe(0);
    expect(out).toMatch(/covered by empty changeset quiet-cats/);
  });

  test("a changeset naming another package does not cover this one", () => {
    write("packages/client/src/index.ts", "export const a = 2;\n");
    write(".changeset/odd-dogs.md", '---\n"@mistral-workflows/streaming": patch\n---\n\nFix.\n');
    expect(check().status).toBe(1);
  });

  test.each([
    ["a test", "packages/client/test/a.test.ts", "test('x', () => {});\n"],
    ["a README", "packages/client/README.md", "# client\n"],
    ["devDependencies", "packages/client/package.json", manifest({ devDependencies: { tsx: "^4.0.0" } })],
    ["a private package", "packages/private-app/src/index.ts", "export {};\n"],
  ])("changing %s needs no changeset", (_what, path, text) => {
    write(path, text);
    expect(check().status).toBe(0);
  });

  test("changing dependencies in package.json does", () => {
    write("packages/client/package.json", manifest({ dependencies: { "openapi-fetch": "^0.17.0" } }));
    expect(check().status).toBe(1);
  });

  test("on a pull request the base is the merge base with the target branch", () => {
    git("update-ref", "refs/remotes/origin/main", "HEAD");
    git("checkout", "-q", "-b", "feature");
    write("packages/client/src/index.ts", "export const a = 3;\n");
    git("commit", "-qam", "feature");
    const run = spawnSync(tsx, [script, "--root", dir], {
      cwd: dir,
      env: { ...env, GITHUB_BASE_REF: "main" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/merge base with origin\/main/);
  });
});
