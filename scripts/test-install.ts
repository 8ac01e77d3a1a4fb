/**
 * `pnpm test:install`: proves each published package installs and works on its own, as a user gets it.
 *
 * 1. Starts Verdaccio on 127.0.0.1 (a free port) with a temporary storage and config and no uplink,
 *    so nothing is fetched from the internet; creates a user to publish as.
 * 2. Seeds it with the third-party runtime dependencies of our packages, re-published from the
 *    workspace's install (the closure of `dependencies`: openapi-fetch, eventsource-parser, ajv, …).
 * 3. Publishes every package through the release path: `scripts/release.ts --registry <local>`
 *    (build, package checks, `pnpm publish -r`), without bumping versions or writing the real snapshot.
 * 4. For each package, in a fresh directory under the OS temp folder (outside the workspace):
 *    `npm install <package>` from the local registry alone, then an ESM `import`, a CJS `require`
 *    (each running a small piece of real use), and `tsc --noEmit` of a typed usage under
 *    `moduleResolution: node16` (an `.mts` and a `.cts` file) and `bundler`, with `skipLibCheck: false`
 *    and no `@types/node`, so the shipped declarations themselves are checked.
 *    Measures each install's size (every file under `node_modules`: on disk as `du` counts it, and
 *    apparent) and fails a package whose usage sets a budget (`maxDiskBytes`) that it exceeds.
 *    Then installs the packages a usage names in `alongside` and runs its commands through npx.
 * 5. Stops the registry and removes everything, also on failure or timeout.
 *
 *   pnpm test:install [--keep]   (--keep leaves the temp folder for inspection)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { publishedPackages, type WorkspacePackage } from "./lib/changesets.ts";
import { spawn } from "node:child_process";
import {
  baseEnv,
  installSize,
  run,
  seedThirdParty,
  startLocalRegistry,
  type LocalRegistry,
} from "./lib/local-registry.ts";
import { usages, type Usage } from "./lib/install-usages.ts";
import { root } from "./lib/root.ts";

const TIME_LIMIT_MS = 15 * 60_000;
const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } });
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), "workflows-install-"));
let registry: LocalRegistry | undefined;

function cleanup() {
  registry?.stop();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
const deadline = setTimeout(() => {
  console.error(`install test: over ${TIME_LIMIT_MS / 60_000} minutes, stopping.`);
  process.exit(1);
}, TIME_LIMIT_MS);
deadline.unref();

const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);

function writeConsumer(dir: string, pkg: WorkspacePackage, usage: Usage) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }),
  );
  const check = `
    for (const name of ${JSON.stringify(usage.functions)})
      if (typeof m[name] !== "function") throw new Error(name + " is " + typeof m[name]);`;
  const name = JSON.stringify(pkg.name);
  writeFileSync(
    join(dir, "esm.mjs"),
    `import * as m from ${name};\n${check}\n${usage.smoke}\nconsole.log("esm ok");\n`,
  );
  writeFileSync(
    join(dir, "cjs.cjs"),
    `const m = require(${name});\n${check}\n(async () => {${usage.smoke}\n})().then(() => console.log("cjs ok"),` +
      ` (e) => { console.error(e); process.exitCode = 1; });\n`,
  );
  for (const file of ["usage.mts", "usage.cts", "usage.ts"]) writeFileSync(join(dir, file), usage.typed);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "es2022",
    lib: ["es2022", "dom", "dom.iterable"],
    types: [],
    skipLibCheck: false,
  };
  writeFileSync(
    join(dir, "tsconfig.node16.json"),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, module: "node16", moduleResolution: "node16" },
      files: ["usage.mts", "usage.cts"],
    }),
  );
  writeFileSync(
    join(dir, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, module: "esnext", moduleResolution: "bundler" },
      files: ["usage.ts"],
    }),
  );
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

let mockServer: { url: string; close(): Promise<void> } | undefined;

/** A mock server from the workspace's build, started on first use (for the bins' commands). */
async function mockUrl(): Promise<string> {
  if (!mockServer) {
    const { startMockServer } = await import("@mistral-workflows/mock-server");
    mockServer = await startMockServer({ stepMs: 20, heartbeatMs: 0 });
  }
  return mockServer.url;
}

/** Runs `npx -- <args>` in `dir` without blocking (the mock server answers from this process); `--` keeps the
 * bin's options away from npx. */
function capture(
  args: string[],
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no", "--", ...args], { cwd: dir, env: { ...baseEnv, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** What is wrong with one bin command's outcome, or `null`. */
async function binProblem(
  pkg: WorkspacePackage,
  dir: string,
  check: NonNullable<Usage["bin"]>[number],
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  const args = await Promise.all(check.args.map(async (a) => (a === "{mock}" ? await mockUrl() : a)));
  const bin =
    check.command ??
    (typeof pkg.manifest.bin === "string" ? pkg.name.split("/").pop()! : Object.keys(pkg.manifest.bin)[0]!);
  const result = await capture([bin, ...args], dir, { ...env, ...check.env, NO_COLOR: "1" });
  const got = `exit ${result.code}\nstdout: ${result.stdout.trim()}\nstderr: ${result.stderr.trim()}`;
  if (result.code !== check.code) return `expected exit ${check.code}, got ${got}`;
  if (check.stdout && !check.stdout.test(result.stdout))
    return `stdout does not match ${check.stdout}: ${got}`;
  if (check.stderr && !check.stderr.test(result.stderr))
    return `stderr does not match ${check.stderr}: ${got}`;
  return null;
}

async function main() {
  const packages = publishedPackages(root);
  const missing = packages.filter((p) => !usages[p.name]);
  if (missing.length) throw new Error(`no usage written for ${missing.map((p) => p.name).join(", ")}`);

  registry = await startLocalRegistry(work);
  const { url, env } = registry;
  log(`verdaccio listening on ${url} (storage in ${work})`);
  const seeded = await seedThirdParty(registry, packages, work);
  log(`seeded ${seeded.length} third-party packages: ${seeded.join(", ")}`);

  const snapshot = join(work, "released-spec.json");
  run(
    join(root, "node_modules", ".bin", "tsx"),
    [
      "scripts/release.ts",
      "--registry",
      `${url}/`,
      "--skip-version",
      "--allow-dirty",
      "--snapshot",
      snapshot,
    ],
    root,
    env,
    // Building, checking and publishing every package: on a busy two-core machine, past 5 minutes;
    // the test's own time limit still bounds it.
    TIME_LIMIT_MS,
  );
  const released = JSON.parse(readFileSync(snapshot, "utf8"));
  if (released["x-released"]?.version !== packages[0]!.version)
    throw new Error("release wrote no spec snapshot");
  log(`published through the release path: ${packages.map((p) => `${p.name}@${p.version}`).join(", ")}`);

  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const failures: string[] = [];
  for (const pkg of packages) {
    const dir = join(work, "consumers", pkg.name.replace("@", "").replace("/", "__"));
    writeConsumer(dir, pkg, usages[pkg.name]!);
    try {
      run("npm", ["install", `${pkg.name}@${pkg.version}`, "--no-audit", "--no-fund"], dir, env);
      const installed = JSON.parse(readFileSync(join(dir, "node_modules", pkg.name, "package.json"), "utf8"));
      if (installed.version !== pkg.version) throw new Error(`installed ${installed.version}`);
    } catch (error) {
      failures.push(pkg.name);
      console.error(`✗ ${pkg.name}: ${(error as Error).message}`);
      continue;
    }
    const usage = usages[pkg.name]!;
    const size = installSize(join(dir, "node_modules"));
    const sizeText = `${mb(size.diskBytes)} on disk, ${mb(size.apparentBytes)} apparent`;
    // Every check runs, so one report shows all that is wrong with a package.
    const checks: [string, string[]][] = [
      ["import", ["esm.mjs"]],
      ["require", ["cjs.cjs"]],
      ["tsc node16", [tsc, "-p", "tsconfig.node16.json"]],
      ["tsc bundler", [tsc, "-p", "tsconfig.bundler.json"]],
    ];
    const failed = checks.filter(([what, args]) => {
      try {
        run(process.execPath, args, dir);
        return false;
      } catch (error) {
        console.error(`✗ ${pkg.name}, ${what}: ${(error as Error).message}`);
        return true;
      }
    });
    if (usage.maxDiskBytes !== undefined && size.diskBytes > usage.maxDiskBytes) {
      console.error(
        `✗ ${pkg.name}: installs ${sizeText}, over its budget of ${mb(usage.maxDiskBytes)} on disk`,
      );
      failed.push(["install size", []]);
    }
    if (usage.alongside?.length)
      try {
        run(
          "npm",
          ["install", ...usage.alongside.map((name) => `${name}@${pkg.version}`), "--no-audit", "--no-fund"],
          dir,
          env,
        );
      } catch (error) {
        console.error(
          `✗ ${pkg.name}, installing ${usage.alongside.join(", ")} beside it: ${(error as Error).message}`,
        );
        failed.push(["alongside", []]);
      }
    for (const check of usage.bin ?? []) {
      const problem = await binProblem(pkg, dir, check, env);
      if (problem) {
        console.error(`✗ ${pkg.name}, npx ${check.args.join(" ")}: ${problem}`);
        failed.push([`npx ${check.args[0]}…`, []]);
      }
    }
    if (failed.length) failures.push(`${pkg.name} (${failed.map(([what]) => what).join(", ")})`);
    else
      log(
        `✓ ${pkg.name}: npm install (${sizeText}` +
          (usage.maxDiskBytes !== undefined ? `, budget ${mb(usage.maxDiskBytes)}` : "") +
          `), import, require, tsc (node16 .mts/.cts, bundler)` +
          (usage.alongside ? `, installed beside ${usage.alongside.join(", ")}` : "") +
          (usage.bin ? `, ${usage.bin.length} commands through npx` : ""),
      );
  }
  await mockServer?.close();
  if (failures.length) throw new Error(`install test failed for ${failures.join(", ")}`);
  log("all packages install and work on their own");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
