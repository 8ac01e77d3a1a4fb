/**
 * The `typegen` command: with `@mistral-workflows/typegen` installed (as in the workspace) it writes a
 * module that compiles; without it (the CLI's default install) it says in one line what to install and
 * exits 2; and the loader tells "not installed" apart from any other failure.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadTypegen, TypegenNotInstalledError, typegenInstallCommand } from "../src/load-typegen.js";
import { seedOf } from "../../typegen/test/helpers/typegen.js";
import { typeCheckWithPackages } from "../../typegen/test/helpers/compile.js";
import { assertBuilt, cleanEnv, jsonLines, startCliMock, TEST_KEY } from "./helpers/run-cli.js";

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-typegen-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("with @mistral-workflows/typegen installed", () => {
  test("typegen writes the seeded workflows' module, which compiles", { timeout: 120_000 }, async () => {
    const mock = await startCliMock();
    try {
      const out = join(dir, "seeded.ts");
      const r = await mock.cli(["typegen", "--out", out]);
      expect(r.code).toBe(0);
      expect(r.lines).toEqual([`wrote 3 workflows to ${out}`]); // legacy-importer is archived
      const source = readFileSync(out, "utf8");
      expect(source).toContain("defineUpdate<\n  SupportWorkflowSetPriorityInput,");
      const usage = `
      import { createClient } from "@mistral-workflows/client";
      import { startExecution } from "@mistral-workflows/handles";
      import { supportWorkflow, supportWorkflowSetPriority } from "./seeded";
      export async function main() {
        const handle = await startExecution(createClient({ apiKey: "k" }), supportWorkflow, { ticket_id: "T-1" });
        await handle.update(supportWorkflowSetPriority, { priority: "high" });
        // @ts-expect-error: not a priority
        await handle.update(supportWorkflowSetPriority, { priority: "urgent" });
      }
    `;
      expect(typeCheckWithPackages(dir, { "seeded.ts": source, "seeded-usage.ts": usage })).toEqual([]);
      const stdout = await mock.cli(["typegen", "--workflow", "support-workflow"]);
      expect(stdout.code).toBe(0);
      expect(stdout.stdout).toContain("export const supportWorkflow = defineWorkflow<");
      const missing = await mock.cli(["typegen", "--workflow", "nope"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe('error: No active registration for "nope".\n');
    } finally {
      await mock.close();
    }
  });

  test(
    "--json without --out prints one JSON line; warnings go to stderr, escaped",
    { timeout: 60_000 },
    async () => {
      const mock = await startCliMock(
        seedOf({
          good: { input_schema: { type: "object", properties: { n: { type: "integer" } } } },
          [`bad\u001b[2J`]: { input_schema: { $ref: "https://example.com/a.json" } },
        }),
      );
      try {
        const r = await mock.cli(["typegen", "--json"]);
        expect(r.code).toBe(0);
        const [line, ...rest] = jsonLines(r);
        expect(rest).toEqual([]);
        expect(line).toMatchObject({ workflows: 2, warnings: [{ type: "Bad2JInput" }] });
        expect(line.source).toContain('export const good = defineWorkflow<GoodInput, unknown>("good");');
        expect(r.stdout).not.toMatch(CONTROL);
        expect(r.stderr).not.toMatch(CONTROL);
        expect(r.stderr).toContain("warning: bad\\u001b[2J: Bad2JInput is unknown: $ref");
        const plain = await mock.cli(["typegen"]);
        expect(plain.code).toBe(0);
        expect(plain.stdout).not.toMatch(CONTROL);
        expect(plain.stdout).toContain("export const bad2J = defineWorkflow<unknown, unknown>(");
      } finally {
        await mock.close();
      }
    },
  );
});

describe("without @mistral-workflows/typegen (the CLI's default install)", () => {
  /**
   * A project as `npm install @mistral-workflows/cli` leaves it: the built CLI under node_modules with
   * its dependencies beside it (linked to the workspace's), and no typegen package anywhere.
   */
  function installWithoutTypegen(project: string): string {
    const cliRoot = fileURLToPath(new URL("..", import.meta.url));
    const modules = join(project, "node_modules");
    const installed = join(modules, "@mistral-workflows", "cli");
    mkdirSync(installed, { recursive: true });
    for (const part of ["bin", "dist", "package.json"])
      cpSync(join(cliRoot, part), join(installed, part), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(cliRoot, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies)) {
      mkdirSync(dirname(join(modules, dep)), { recursive: true });
      symlinkSync(realpathSync(join(cliRoot, "node_modules", dep)), join(modules, dep), "dir");
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "app", private: true }));
    return join(installed, "bin", "mistral-workflows.js");
  }

  /** Runs the installed bin without blocking (the mock answers from this process). */
  function run(bin: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [bin, ...args],
        { env: cleanEnv({ MISTRAL_API_KEY: TEST_KEY }), encoding: "utf8", timeout: 20_000 },
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
  }

  test(
    "typegen says in one line what to install, exits 2, and sends nothing",
    { timeout: 60_000 },
    async () => {
      assertBuilt();
      const bin = installWithoutTypegen(join(dir, "app"));
      const mock = await startCliMock();
      try {
        const r = await run(bin, ["--base-url", mock.server.url, "typegen"]);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr).toBe(
          "error: typegen needs @mistral-workflows/typegen, which is not installed: " +
            "npm install --save-dev @mistral-workflows/typegen\n",
        );
        expect(mock.api.requests).toEqual([]); // refused before anything is sent
        // The other commands do not need it.
        const ls = await run(bin, ["--base-url", mock.server.url, "workflows", "ls"]);
        expect(ls.status).toBe(0);
        expect(ls.stdout).toContain("support-workflow");
        // --help says what typegen needs, without loading it.
        const help = await run(bin, ["typegen", "--help"]);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain("Needs @mistral-workflows/typegen");
      } finally {
        await mock.close();
      }
    },
  );

  test.each([
    [
      "/usr/lib/node_modules/@mistral-workflows/cli/dist/cli.js",
      [],
      "npm install -g @mistral-workflows/typegen",
    ],
    [
      "C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\@mistral-workflows\\cli\\dist\\cli.js",
      [],
      "npm install -g @mistral-workflows/typegen",
    ],
    [
      "/home/me/.npm/_npx/1a2b/node_modules/@mistral-workflows/cli/dist/cli.js",
      ["/home/me/.npm/_npx/1a2b/package.json"],
      "npx -p @mistral-workflows/cli -p @mistral-workflows/typegen mistral-workflows typegen …",
    ],
    [
      "/home/me/.local/share/pnpm/global/5/node_modules/.pnpm/@mistral-workflows+cli@0.1.0/node_modules/@mistral-workflows/cli/dist/cli.js",
      ["/home/me/.local/share/pnpm/global/5/package.json"],
      "pnpm add -g @mistral-workflows/typegen",
    ],
    [
      "/app/node_modules/.pnpm/@mistral-workflows+cli@0.1.0/node_modules/@mistral-workflows/cli/dist/cli.js",
      ["/app/package.json", "/app/pnpm-lock.yaml"],
      "pnpm add -D @mistral-workflows/typegen",
    ],
    [
      "/app/node_modules/@mistral-workflows/cli/dist/cli.js",
      ["/app/package.json", "/app/yarn.lock"],
      "yarn add -D @mistral-workflows/typegen",
    ],
    [
      "/app/node_modules/@mistral-workflows/cli/dist/cli.js",
      ["/app/package.json", "/app/bun.lock"],
      "bun add -d @mistral-workflows/typegen",
    ],
    [
      "/app/node_modules/@mistral-workflows/cli/dist/cli.js",
      ["/app/package.json"],
      "npm install --save-dev @mistral-workflows/typegen",
    ],
  ])("installed at %s (with %j): %s", (cliFile, files, command) => {
    const exists = (path: string) => files.includes(path.replace(/\\/g, "/"));
    expect(typegenInstallCommand(cliFile, exists)).toBe(command);
  });

  test("only the typegen package itself missing is 'not installed'; other failures pass through", async () => {
    const notFound = (name: string) =>
      Object.assign(new Error(`Cannot find package '${name}' imported from /app/node_modules/x.js`), {
        code: "ERR_MODULE_NOT_FOUND",
      });
    const cli = "/usr/lib/node_modules/@mistral-workflows/cli/dist/cli.js";
    const missing = loadTypegen(async () => Promise.reject(notFound("@mistral-workflows/typegen")), cli);
    await expect(missing).rejects.toBeInstanceOf(TypegenNotInstalledError);
    await expect(missing).rejects.toMatchObject({
      name: "TypegenNotInstalledError",
      packageName: "@mistral-workflows/typegen",
      installCommand: "npm install -g @mistral-workflows/typegen",
    });
    // Installed, but one of its own dependencies is gone: that error, not a misleading "install typegen".
    const broken = notFound("json-schema-to-typescript");
    await expect(loadTypegen(async () => Promise.reject(broken), cli)).rejects.toBe(broken);
    // Installed: the module itself.
    const module = { generateWorkflowModule: () => null };
    await expect(
      loadTypegen(async (s) => (s === "@mistral-workflows/typegen" ? module : null), cli),
    ).resolves.toBe(module);
  });
});
