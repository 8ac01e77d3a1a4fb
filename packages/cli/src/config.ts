/**
 * Where the program's settings come from: the global options, else the environment, else defaults.
 *
 * | setting  | option       | environment                  | default                  |
 * | -------- | ------------ | ---------------------------- | ------------------------ |
 * | API key  | `--api-key`  | `MISTRAL_API_KEY`            | none (an error)          |
 * | base URL | `--base-url` | `MISTRAL_WORKFLOWS_BASE_URL` | `https://api.mistral.ai` |
 * | timeout  | `--timeout`  |                              | 60 s per attempt         |
 */
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
  };
}
