/**
 * Where the program's settings come from: the global options, else the environment, else defaults.
 *
 * | setting  | option       | environment                  | default                  |
 * | -------- | ------------ | ---------------------------- | ------------------------ |
 * | API key  | `--api-key`  | `MISTRAL_API_KEY`            | none (an error)          |
 * | base URL | `--base-url` | `MISTRAL_WORKFLOWS_BASE_URL` | `https://api.mistral.ai` |
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
}

/** The resolved settings of one run. */
export interface Config {
  /** `undefined` only with `mock`. */
  apiKey: string | undefined;
  baseUrl: string;
  mock: boolean;
  json: boolean;
  debug: boolean;
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
  return { apiKey, baseUrl, mock, json: options.json === true, debug: options.debug === true };
}
