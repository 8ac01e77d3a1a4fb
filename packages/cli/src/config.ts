/**
 * Where the program's settings come from: the global options, else the environment, else defaults.
 *
 * | setting  | option       | environment                  | default                  |
 * | -------- | ------------ | ---------------------------- | ------------------------ |
 * | API key  | `--api-key`  | `MISTRAL_API_KEY`            | none (an error)          |
 * | base URL | `--base-url` | `MISTRAL_WORKFLOWS_BASE_URL` | `https://api.mistral.ai` |
 * | timeout  | `--timeout`  |                              | 60 s per attempt         |
 *
 * Payload encryption (for workflows whose workers encrypt): the key from
 * `MISTRAL_WORKFLOWS_ENCRYPTION_KEY` (and `MISTRAL_WORKFLOWS_ENCRYPTION_SECONDARY_KEY`), or from the file
 * `--encryption-key-file` names (first line the main key, an optional second line the secondary one);
 * never from a flag's value, which would land in the shell's history. The mode is `full` unless
 * `--encryption-mode` or `MISTRAL_WORKFLOWS_ENCRYPTION_MODE` says `partial`.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_BASE_URL } from "@mistral-workflows/client";
import { UsageError } from "./errors.js";

/** The global options, as commander parses them. */
export interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  mock?: boolean;
  json?: boolean;
  debug?: boolean;
  /** `false` with `--no-color`. */
  color?: boolean;
  /** `--timeout`, already parsed to milliseconds by {@link parseTimeout}. */
  timeout?: number;
  /** `--encryption-key-file`: a file holding the key (and, on a second line, the secondary key). */
  encryptionKeyFile?: string;
  /** `--encryption-mode`: `full` or `partial`. */
  encryptionMode?: string;
}

/** The payload encryption settings, when a key is configured (see the module's description). */
export interface EncryptionSettings {
  mode: "full" | "partial";
  mainKey: string;
  secondaryKey?: string;
}

/** The resolved settings of one run. */
export interface Config {
  /** `undefined` only with `mock`. */
  apiKey: string | undefined;
  baseUrl: string;
  mock: boolean;
  json: boolean;
  debug: boolean;
  /** Per-attempt time limit of every request, in milliseconds (`undefined`: the client's 60 s). */
  timeoutMs: number | undefined;
  /** Payload encryption, when a key is configured. */
  encryption: EncryptionSettings | undefined;
}

/** Reads the encryption settings from `--encryption-key-file` or the environment; `undefined` without a key. */
export function resolveEncryption(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv,
): EncryptionSettings | undefined {
  let mainKey = env.MISTRAL_WORKFLOWS_ENCRYPTION_KEY || undefined;
  let secondaryKey = env.MISTRAL_WORKFLOWS_ENCRYPTION_SECONDARY_KEY || undefined;
  if (options.encryptionKeyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.encryptionKeyFile, "utf8");
    } catch (error) {
      throw new UsageError(
        `--encryption-key-file: cannot read ${JSON.stringify(options.encryptionKeyFile)} (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      );
    }
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0 || lines.length > 2)
      throw new UsageError(
        "--encryption-key-file must hold the key on its first line, and at most a secondary key on a second.",
      );
    [mainKey, secondaryKey] = lines;
  }
  const mode = options.encryptionMode ?? (env.MISTRAL_WORKFLOWS_ENCRYPTION_MODE || "full");
  if (mode !== "full" && mode !== "partial")
    throw new UsageError(`the encryption mode must be full or partial, got ${JSON.stringify(mode)}.`);
  if (!mainKey) {
    if (secondaryKey) throw new UsageError("a secondary encryption key needs a main key.");
    return undefined;
  }
  return { mode, mainKey, ...(secondaryKey ? { secondaryKey } : {}) };
}

/**
 * Reads `--timeout`: a duration with its unit, `1500ms` or `30s` (a decimal is fine: `2.5s`); a bare
 * number is seconds. Throws {@link UsageError} for anything else, zero or more than a day.
 */
export function parseTimeout(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * (m[2] === "ms" ? 1 : 1000) : NaN;
  if (!(ms >= 1) || ms > 86_400_000)
    throw new UsageError(
      `--timeout must be a duration such as 30s or 1500ms (a bare number is seconds; at most a day), got ${JSON.stringify(value)}.`,
    );
  return Math.round(ms);
}

/** Resolves the settings; throws {@link UsageError} for a missing key or a bad URL. */
export function resolveConfig(options: GlobalOptions, env: NodeJS.ProcessEnv): Config {
  const mock = options.mock === true;
  const apiKey = options.apiKey ?? (env.MISTRAL_API_KEY || undefined);
  const baseUrl = options.baseUrl ?? (env.MISTRAL_WORKFLOWS_BASE_URL || DEFAULT_BASE_URL);
  if (!mock) {
    if (!apiKey)
      throw new UsageError(
        "no API key: set MISTRAL_API_KEY or pass --api-key (or try it offline with --mock).",
      );
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new UsageError(`the base URL is not a URL: ${JSON.stringify(baseUrl)}.`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new UsageError(`the base URL must be http or https, got ${url.protocol}`);
  }
  return {
    apiKey,
    baseUrl,
    mock,
    json: options.json === true,
    debug: options.debug === true,
    timeoutMs: options.timeout,
    encryption: resolveEncryption(options, env),
  };
}
