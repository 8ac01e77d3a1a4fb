import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { root } from "../lib/root.ts";

/** The one repository every published package points to. */
const REPOSITORY = "https://github.com/mistral-workflows/sdk-typescript";

const published = readdirSync(join(root, "packages"))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
  .filter(({ pkg }) => !pkg.private);

describe.each(published.map((p) => [p.pkg.name as string, p] as const))("%s", (_name, { dir, pkg }) => {
  test("points to the repository, its folder, the issue tracker and its README", () => {
    expect(pkg.repository).toEqual({
      type: "git",
      url: `git+${REPOSITORY}.git`,
      directory: `packages/${dir}`,
    });
    expect(pkg.homepage).toBe(`${REPOSITORY}/tree/main/packages/${dir}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(pkg.funding).toBeUndefined();
  });

  test("has keywords, including mistral and workflows", () => {
    expect(pkg.keywords).toEqual(expect.arrayContaining(["mistral", "workflows"]));
  });

  test("has a CHANGELOG.md headed with its name, where changesets writes each release", () => {
    const changelog = join(root, "packages", dir, "CHANGELOG.md");
    expect(existsSync(changelog)).toBe(true);
    // changesets inserts each release's entries right after the first line.
    expect(readFileSync(changelog, "utf8").split("\n")[0]).toBe(`# ${pkg.name}`);
  });

  test("its README has exactly one install line, with npm", () => {
    const readme = readFileSync(join(root, "packages", dir, "README.md"), "utf8");
    const installs = readme.split("\n").filter((l) => /^(npm|pnpm|yarn|bun) (install|add|i) /.test(l));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatch(
      new RegExp(`^npm install (--save-dev )?(@mistral-workflows/\\S+ )*${pkg.name}$`),
    );
  });
});
