/**
 * Pending changesets (`.changeset/*.md`) and the published workspace packages, read the way
 * `@changesets/cli` reads them: a YAML front matter of `"<package>": major|minor|patch`, then a summary.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Bump = "major" | "minor" | "patch" | "none";

export interface Changeset {
  /** File name without `.md`, as changesets names it (`brave-owls-sing`). */
  id: string;
  releases: { name: string; type: Bump }[];
  summary: string;
}

/** Parses one changeset file; throws on a malformed front matter (changesets would too). */
export function parseChangeset(id: string, text: string): Changeset {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`.changeset/${id}.md: no front matter (--- ... ---)`);
  const front = (parse(match[1] ?? "") ?? {}) as Record<string, unknown>;
  const releases = Object.entries(front).map(([name, type]) => {
    if (!["major", "minor", "patch", "none"].includes(String(type)))
      throw new Error(`.changeset/${id}.md: "${name}" has bump "${String(type)}"`);
    return { name, type: type as Bump };
  });
  return { id, releases, summary: (match[2] ?? "").trim() };
}

/** Every pending changeset of the repository at `root` (README.md and config.json are not changesets). */
export function readChangesets(root: string): Changeset[] {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => parseChangeset(f.slice(0, -3), readFileSync(join(dir, f), "utf8")));
}

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Directory relative to the repository root, e.g. `packages/client`. */
  dir: string;
  private: boolean;
  manifest: Record<string, any>;
}

/** The packages under `packages/`, in a stable order. */
export function workspacePackages(root: string): WorkspacePackage[] {
  const base = join(root, "packages");
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(base, e.name, "package.json")))
    .map((e) => {
      const manifest = JSON.parse(readFileSync(join(base, e.name, "package.json"), "utf8"));
      return {
        name: manifest.name,
        version: manifest.version,
        dir: `packages/${e.name}`,
        private: manifest.private === true,
        manifest,
      };
    })
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The packages that reach npm: every workspace package not marked `private`. */
export function publishedPackages(root: string): WorkspacePackage[] {
  return workspacePackages(root).filter((p) => !p.private);
}

/** The first pending changeset that bumps one of `packages` by `major`, if any. */
export function findMajorChangeset(changesets: Changeset[], packages: string[]): Changeset | undefined {
  const names = new Set(packages);
  return changesets.find((cs) => cs.releases.some((r) => r.type === "major" && names.has(r.name)));
}

/**
 * The changesets added or edited since commit `ref` in the git work tree at `root`: committed, staged,
 * unstaged and untracked alike (in CI only the first exist). A changeset written before `ref` is
 * another change's, and never counts for this one.
 */
export function changesetsSince(root: string, ref: string): Changeset[] {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const changed = new Set(
    [
      git("diff", "--name-only", ref, "--", ".changeset"),
      git("ls-files", "--others", "--exclude-standard", "--", ".changeset"),
    ]
      .join("\n")
      .split("\n")
      .filter(Boolean),
  );
  return [...changed]
    .filter(
      (f) => /^\.changeset\/[^/]+\.md$/.test(f) && f !== ".changeset/README.md" && existsSync(join(root, f)),
    )
    .sort()
    .map((f) => parseChangeset(f.slice(".changeset/".length, -3), readFileSync(join(root, f), "utf8")));
}
