#!/usr/bin/env node
/**
 * Gets a fresh clone ready with nothing but Node and npm: installs the pnpm version pinned in
 * package.json's `packageManager` (into .tools/, unless that exact version is already on PATH), then the
 * workspace's dependencies from the lockfile, then runs `pnpm <args>` with that pnpm on PATH.
 *
 *   node scripts/bootstrap.mjs run demo
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const version = packageManager.replace(/^pnpm@/, "").split("+")[0];
const tools = join(root, ".tools");
const env = { ...process.env, PATH: `${join(tools, "node_modules", ".bin")}${delimiter}${process.env.PATH}` };
// corepack (where enabled) would try to download pnpm itself; we provide the pinned version instead.
env.COREPACK_ENABLE_STRICT = "0";
// No telemetry or update checks from the tools: this machine may have no way out.
env.TURBO_TELEMETRY_DISABLED = "1";
env.REDOCLY_TELEMETRY = "off";
env.REDOCLY_SUPPRESS_UPDATE_NOTICE = "true";

function pnpmVersion() {
  const result = spawnSync("pnpm", ["--version"], {
    env,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  return result.status === 0 ? result.stdout.trim() : null;
}

if (pnpmVersion() !== version) {
  console.log(`> installing pnpm@${version} into .tools/`);
  execFileSync(
    "npm",
    ["install", "--prefix", tools, "--no-save", "--no-audit", "--no-fund", `pnpm@${version}`],
    {
      stdio: "inherit",
      env,
    },
  );
  if (pnpmVersion() !== version) throw new Error(`pnpm@${version} did not install`);
}

const run = (args) => {
  const result = spawnSync("pnpm", args, {
    cwd: root,
    env,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!existsSync(join(root, "node_modules", ".modules.yaml")) || process.env.CI) {
  run(["install", "--frozen-lockfile"]);
}
const args = process.argv.slice(2);
if (args.length) run(args);
