/**
 * `@mistral-workflows/typegen` is an optional peer of the CLI: json-schema-to-typescript and prettier,
 * which `typegen` needs, would otherwise more than double every user's install. The `typegen` command
 * loads it here, on first use; when it is not installed, the error names the one command that
 * installs it where this CLI is installed (a project, a global install, an `npx` cache).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "./errors.js";

/** The package the `typegen` command needs. */
export const TYPEGEN_PACKAGE = "@mistral-workflows/typegen";

type Typegen = typeof import("@mistral-workflows/typegen");

/**
 * `typegen` ran without `@mistral-workflows/typegen` installed next to the CLI: a usage error (exit
 * code 2) whose message is one line ending with the command that installs it.
 */
export class TypegenNotInstalledError extends UsageError {
  override name = "TypegenNotInstalledError";
  /** The package to install: always `@mistral-workflows/typegen`. */
  readonly packageName = TYPEGEN_PACKAGE;
  constructor(
    /** The command that installs it where this CLI is installed, e.g. `npm install -g @mistral-workflows/typegen`. */
    readonly installCommand: string,
  ) {
    super(`typegen needs ${TYPEGEN_PACKAGE}, which is not installed: ${installCommand}`);
  }
}

/**
 * The command that installs `@mistral-workflows/typegen` beside the CLI whose file is `cliFile`:
 * `npx -p … -p …` in an npx cache; `npm install -g` (or `pnpm add -g`) for a global install; in a
 * project (a `package.json` beside its `node_modules`), the add command of its package manager, read
 * from its lockfile (npm when there is none). `exists` is injected for tests.
 */
export function typegenInstallCommand(
  cliFile: string,
  exists: (path: string) => boolean = existsSync,
): string {
  const path = cliFile.replace(/\\/g, "/");
  if (/\/_npx\//.test(path))
    return `npx -p @mistral-workflows/cli -p ${TYPEGEN_PACKAGE} mistral-workflows typegen …`;
  if (/\/pnpm\/global\//.test(path)) return `pnpm add -g ${TYPEGEN_PACKAGE}`;
  const modules = path.indexOf("/node_modules/");
  // Not under node_modules: a clone of the repository, where a workspace install brings it.
  if (modules < 0) return `npm install --save-dev ${TYPEGEN_PACKAGE}`;
  const project = path.slice(0, modules) || "/";
  if (!exists(join(project, "package.json"))) return `npm install -g ${TYPEGEN_PACKAGE}`;
  if (exists(join(project, "pnpm-lock.yaml"))) return `pnpm add -D ${TYPEGEN_PACKAGE}`;
  if (exists(join(project, "yarn.lock"))) return `yarn add -D ${TYPEGEN_PACKAGE}`;
  if (exists(join(project, "bun.lock")) || exists(join(project, "bun.lockb")))
    return `bun add -d ${TYPEGEN_PACKAGE}`;
  return `npm install --save-dev ${TYPEGEN_PACKAGE}`;
}

/**
 * Loads `@mistral-workflows/typegen`; throws {@link TypegenNotInstalledError} when that package itself
 * cannot be found. Any other failure (one of its own dependencies missing, a broken install) is
 * rethrown as it is, so it is never mistaken for "not installed". `importModule` is injected for tests.
 */
export async function loadTypegen(
  importModule: (specifier: string) => Promise<unknown> = (specifier) => import(specifier),
  cliFile: string = fileURLToPath(import.meta.url),
): Promise<Typegen> {
  try {
    return (await importModule(TYPEGEN_PACKAGE)) as Typegen;
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const notFound = code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
    // Node names the package it could not find: `Cannot find package '@mistral-workflows/typegen' imported from …`.
    if (notFound && typeof message === "string" && message.includes(`'${TYPEGEN_PACKAGE}'`))
      throw new TypegenNotInstalledError(typegenInstallCommand(cliFile));
    throw error;
  }
}
