/**
 * A throwaway npm registry (Verdaccio) on 127.0.0.1 for the install and runtime tests: no uplink, so
 * nothing comes from the internet; seeded with our third-party runtime dependencies from the
 * workspace's install; our packages are published to it as a release would publish them.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, lstatSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import type { WorkspacePackage } from "./changesets.ts";
import { root } from "./root.ts";

/**
 * The environment without the `npm_config_*` / `npm_package_*` / `pnpm_*` variables (and `NODE_PATH`) a package-manager
 * script run sets (pnpm passes its own settings, `overrides` and `catalog` among them, that way), so
 * consumer installs see only the configuration given to them, as a user's machine would.
 */
export const baseEnv: NodeJS.ProcessEnv = Object.fromEntries(
  // NODE_PATH too: pnpm points it at its virtual store, where `require` would find every devDependency
  // of the workspace (an optional peer a consumer never installed, say) and hide a missing one.
  Object.entries(process.env).filter(
    ([k]) => !/^(npm_config_|npm_package_|npm_lifecycle_|pnpm_)/i.test(k) && k !== "NODE_PATH",
  ),
);

/**
 * Runs a command and returns its stdout; throws with its output if it fails or runs longer than
 * `timeoutMs` (default 5 minutes).
 */
export function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 5 * 60_000,
): string {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...baseEnv, ...env },
    timeout: timeoutMs,
  });
  if (result.status !== 0)
    throw new Error(
      `${cmd} ${args.join(" ")} (in ${cwd}) failed with ${result.status ?? result.signal}:\n` +
        `${result.stdout ?? ""}${result.stderr ?? ""}`.trim(),
    );
  return result.stdout;
}

/** {@link run}, without blocking: for independent commands that may overlap. Resolves to the output. */
export function runAsync(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...baseEnv, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(
              `${cmd} ${args.join(" ")} (in ${cwd}) failed with ${code ?? signal}:\n${output.trim()}`,
            ),
          ),
    );
  });
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A running local registry. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /**
   * Variables that point npm and pnpm at this registry alone, authenticated, with a cache of their own
   * in the work folder (the machine's npm cache stays out of it).
   */
  env: NodeJS.ProcessEnv;
  /** Stops the registry (idempotent). */
  stop(): void;
}

/**
 * Starts Verdaccio on a free port with its storage, config and user in `work`, creates a user to
 * publish as, and writes an `.npmrc` there. Call `stop()` (also on failure) when done.
 */
export async function startLocalRegistry(work: string): Promise<LocalRegistry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = join(work, "verdaccio.yaml");
  // No `uplinks`, no `proxy`: the registry serves only what is published to it. No web UI, no audit.
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(work, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(work, "htpasswd"))}`,
      "    max_users: 10",
      "uplinks: {}",
      "packages:",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "web:",
      "  enable: false",
      "middlewares: {}",
      "server:",
      "  keepAliveTimeout: 60",
      "log: { type: stdout, format: pretty, level: warn }",
      "max_body_size: 50mb",
      "",
    ].join("\n"),
  );
  const bin = join(root, "node_modules", "verdaccio", "bin", "verdaccio");
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "--config", config, "--listen", `127.0.0.1:${port}`],
    {
      cwd: work,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  child.once("exit", (code) => {
    if (code !== null && code !== 0) console.error(`verdaccio exited with ${code}`);
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  try {
    await waitForPing(url, child);
    const token = await addUser(url);
    const npmrc = join(work, ".npmrc");
    writeFileSync(npmrc, `registry=${url}/\n${url.replace(/^http:/, "")}/:_authToken=${token}\n`);
    const env = {
      npm_config_userconfig: npmrc,
      npm_config_registry: `${url}/`,
      npm_config_cache: join(work, "npm-cache"),
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
    };
    return { url, env, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitForPing(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${url}/-/ping`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error("verdaccio did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("verdaccio did not answer /-/ping within 60 s");
}

/** Creates a user the way `npm adduser` does and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = "release";
  const res = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: "release-password", type: "user", roles: [] }),
  });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token) throw new Error(`could not create a registry user: ${res.status}`);
  return body.token;
}

/** The installed directory of every third-party package our published packages need at run time. */
export function runtimeClosure(packages: WorkspacePackage[]): Map<string, string> {
  const found = new Map<string, string>(); // name@version → directory
  const visit = (fromDir: string, name: string) => {
    // pnpm's layout: a package's dependencies are its siblings in `.pnpm/<id>/node_modules`.
    let dir: string;
    try {
      dir = realpathSync(join(fromDir, "node_modules", name));
    } catch {
      return; // an optional peer that is not installed
    }
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.set(key, dir);
    const modules = manifest.name.startsWith("@") ? dirname(dirname(dir)) : dirname(dir);
    const deps = { ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies };
    for (const dep of Object.keys(deps)) visit(dirname(modules), dep);
  };
  for (const pkg of packages)
    for (const dep of Object.keys(pkg.manifest.dependencies ?? {}))
      if (!dep.startsWith("@mistral-workflows/")) visit(join(root, pkg.dir), dep);
  return found;
}

/**
 * Publishes the third-party runtime dependencies of `packages` to the registry, from copies of the
 * workspace's installed folders (four at a time). Returns their `name@version` keys.
 */
export async function seedThirdParty(
  registry: LocalRegistry,
  packages: WorkspacePackage[],
  work: string,
): Promise<string[]> {
  const closure = runtimeClosure(packages);
  const copies = [...closure].map(([key, dir]) => {
    // Published from a copy: npm's packing walks up from a folder inside pnpm's store and can hang.
    const copy = join(work, "seed", key.replace("/", "__"));
    cpSync(dir, copy, { recursive: true, dereference: true });
    // A `publishConfig.registry` (prettier has one) would send the copy to the public registry.
    const manifestPath = join(copy, "package.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.publishConfig) {
      delete manifest.publishConfig;
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    }
    return copy;
  });
  for (let i = 0; i < copies.length; i += 4)
    await Promise.all(
      copies
        .slice(i, i + 4)
        .map((copy) =>
          runAsync("npm", ["publish", copy, "--ignore-scripts", "--access", "public"], work, registry.env),
        ),
    );
  return [...closure.keys()];
}

/**
 * Publishes the built workspace packages as `pnpm publish -r` does in a release (`workspace:` and
 * `catalog:` ranges rewritten to real versions), without the release's version bump and checks.
 * Build first.
 */
export async function publishWorkspace(registry: LocalRegistry): Promise<void> {
  await runAsync(
    "pnpm",
    [
      "publish",
      "-r",
      "--filter",
      "./packages/*",
      "--access",
      "public",
      "--no-git-checks",
      "--registry",
      `${registry.url}/`,
    ],
    root,
    registry.env,
  );
}

/**
 * The size of everything under `dir` (an install's `node_modules`), in bytes: `diskBytes` as `du`
 * counts it (allocated 512-byte blocks, a hard-linked file once, a symbolic link as itself), and
 * `apparentBytes`, the files' lengths (`du --apparent-size`).
 */
export function installSize(dir: string): { diskBytes: number; apparentBytes: number } {
  const seen = new Set<string>();
  let diskBytes = 0;
  let apparentBytes = 0;
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const inode = `${stat.dev}:${stat.ino}`;
    if (seen.has(inode)) return;
    seen.add(inode);
    diskBytes += stat.blocks * 512;
    apparentBytes += stat.size;
    // Symbolic links (npm's .bin) count as themselves, never as what they point at.
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  visit(dir);
  return { diskBytes, apparentBytes };
}
