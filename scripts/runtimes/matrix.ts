/**
 * The runtimes of the smoke matrix: what each is, where it comes from (pinned), and how the scenario
 * runs on it. Each run gets its own mock server; `run` returns the scenario's result.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { baseEnv } from "../lib/local-registry.ts";
import { bundleForBrowser, runBrowser } from "./browser-run.ts";
import { ensureChromium } from "./chromium.ts";
import { ensureRuntime, type CachedRuntime } from "./runtime-cache.ts";

/** What a run can use: the consumer project, the work folder, the local registry. */
export interface RunContext {
  /** The temp project with the packed packages installed and the entries copied in. */
  consumer: string;
  /** A scratch folder of this run's own. */
  scratch: string;
  /** The local registry's URL (Deno installs `npm:` specifiers from it). */
  registryUrl: string;
  /** The mock server's base URL. */
  apiUrl: string;
}

/** What a runtime's run returns: the scenario's figures, plus notes for its line. */
export interface RunOutcome {
  result: Record<string, unknown>;
  notes?: string[];
}

/** One runtime of the matrix. */
export interface MatrixRuntime {
  /** Short id, for the table. */
  id: string;
  /** Makes the runtime available (cache install, apt-get); says where it came from. Throws the reason. */
  prepare(): Promise<string>;
  /** Runs the scenario; throws the reason on failure. */
  run(context: RunContext): Promise<RunOutcome>;
}

const RUN_TIMEOUT_MS = 120_000;

/** Runs a command with a time limit; resolves to the `RESULT` JSON it printed. */
export function runScenarioProcess(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...baseEnv, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.once("error", (error) => (clearTimeout(timer), reject(error)));
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      const line = output.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("RESULT ".length)));
      else
        reject(
          new Error(
            `${cmd} ${args.join(" ")} ${signal === "SIGKILL" ? `timed out after ${RUN_TIMEOUT_MS / 1000} s` : `exited with ${code ?? signal}`}:\n${output.trim()}`,
          ),
        );
    });
  });
}

const NODE_22: CachedRuntime = {
  id: "node-22",
  packages: { node: "22.23.3" },
  bin: "node_modules/node/bin/node",
  versionArgs: ["--version"],
};

type Ready = Awaited<ReturnType<typeof ensureRuntime>>;

/** The matrix, in table order. */
export function matrix(cacheRoot: string): MatrixRuntime[] {
  // One install per cache folder, however many runtimes need it (the edge runner needs Node 22).
  const installs = new Map<string, Promise<Ready>>();
  const ensure = (spec: CachedRuntime) => {
    if (!installs.has(spec.id)) installs.set(spec.id, ensureRuntime(spec, cacheRoot));
    return installs.get(spec.id)!;
  };
  const cached = (
    spec: CachedRuntime,
    run: (ready: Ready, context: RunContext) => Promise<RunOutcome>,
    needs: CachedRuntime[] = [],
  ) => {
    let ready: Ready | undefined;
    return {
      async prepare() {
        await Promise.all(needs.map(ensure));
        ready = await ensure(spec);
        return ready.installed ? "npm, installed now" : "npm, cached";
      },
      run: (context: RunContext) => run(ready!, context),
    };
  };
  const nodeRun = async ({ bin }: { bin: string }, { consumer, apiUrl }: RunContext) => ({
    result: await runScenarioProcess(bin, ["node-entry.mjs", apiUrl], consumer),
  });
  return [
    {
      id: "node-20",
      async prepare() {
        return "this machine";
      },
      run: (context) => nodeRun({ bin: process.execPath }, context),
    },
    {
      id: "node-22",
      ...cached(NODE_22, nodeRun),
    },
    {
      id: "node-24",
      ...cached(
        {
          id: "node-24",
          packages: { node: "24.21.0" },
          bin: "node_modules/node/bin/node",
          versionArgs: ["--version"],
        },
        nodeRun,
      ),
    },
    {
      id: "bun",
      ...cached(
        {
          id: "bun",
          packages: { bun: "1.4.5" },
          bin: "node_modules/bun/bin/bun.exe",
          versionArgs: ["--version"],
        },
        nodeRun,
      ),
    },
    {
      id: "deno",
      ...cached(
        {
          id: "deno",
          packages: { deno: "2.9.6" },
          bin: "node_modules/deno/deno",
          versionArgs: ["--version"],
        },
        async ({ bin }, { consumer, scratch, registryUrl, apiUrl }) => {
          // A folder without package.json or deno.json: the npm: specifiers are installed by Deno
          // itself, from the local registry, into a DENO_DIR of this run's own.
          const dir = join(scratch, "deno-project");
          mkdirSync(dir, { recursive: true });
          for (const file of ["deno-entry.mjs", "scenario.mjs"])
            copyFileSync(join(consumer, file), join(dir, file));
          const result = await runScenarioProcess(
            bin,
            [
              "run",
              "--no-prompt",
              "--no-config",
              // Our packages were published seconds ago; by default Deno takes no version under 24 hours old.
              "--minimum-dependency-age=0",
              "--allow-net=127.0.0.1",
              "deno-entry.mjs",
              apiUrl,
            ],
            dir,
            {
              NPM_CONFIG_REGISTRY: `${registryUrl}/`,
              DENO_DIR: join(scratch, "deno-dir"),
              DENO_NO_UPDATE_CHECK: "1",
              NO_COLOR: "1",
            },
          );
          return { result, notes: ["npm: specifiers"] };
        },
      ),
    },
    {
      id: "workerd",
      ...cached(
        {
          id: "workerd",
          packages: { miniflare: "4.20260730.0" },
          bin: "node_modules/workerd/bin/workerd",
          versionArgs: ["--version"],
        },
        async ({ dir: miniflareDir }, { consumer, scratch, apiUrl }) => {
          // Miniflare needs Node ≥ 22: the runner is started with the cached Node 22, from a folder
          // whose node_modules is Miniflare's.
          const dir = join(scratch, "edge");
          mkdirSync(dir, { recursive: true });
          symlinkSync(join(miniflareDir, "node_modules"), join(dir, "node_modules"));
          copyFileSync(join(consumer, "edge-runner.mjs"), join(dir, "edge-runner.mjs"));
          const bundle = join(dir, "worker.mjs");
          writeFileSync(
            bundle,
            await bundleForBrowser(join(consumer, "worker-entry.mjs"), ["workerd", "worker"]),
          );
          const node22 = await ensure(NODE_22);
          const result = await runScenarioProcess(node22.bin, ["edge-runner.mjs", bundle, apiUrl], dir);
          return { result, notes: ["miniflare 4.20260730.0"] };
        },
        [NODE_22],
      ),
    },
    {
      id: "chromium",
      async prepare() {
        const { path, installed } = await ensureChromium();
        await commandVersion(path); // fails here, with the reason, if it cannot start
        return installed ? "Debian, installed now" : "Debian";
      },
      async run({ consumer, apiUrl }) {
        const outcome = await runBrowser(consumer, apiUrl, "/usr/bin/chromium");
        return {
          result: outcome.result,
          notes: [
            `page ${(outcome.bundleGzipBytes / 1000).toFixed(1)} kB gz`,
            `relay ${outcome.relay.events} events, ${outcome.relay.opens - 1} resume`,
          ],
        };
      },
    },
  ];
}

function commandVersion(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, ["--version"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${path} --version exited with ${code}`)),
    );
  });
}
