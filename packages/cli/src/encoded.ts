/**
 * Results of workflows whose workers encode payloads: without the key, the CLI says what is missing
 * instead of printing base64 as if it were the result.
 */
import type { Config } from "./config.js";
import { UsageError } from "./errors.js";

/** Whether `value` has the shape of an encoded payload (`{ b64payload, encoding_options }`). */
export function looksEncoded(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as { b64payload?: unknown; encoding_options?: unknown };
  return (
    typeof v.b64payload === "string" && Array.isArray(v.encoding_options) && v.encoding_options.length > 0
  );
}

/** Throws a {@link UsageError} naming the missing key when `result` is encoded and no key is configured. */
export function requirePlainResult(result: unknown, config: Config): void {
  if (config.encryption || !looksEncoded(result)) return;
  throw new UsageError(
    "the result is encoded: this workflow's workers encrypt, compress or offload its payloads. Give the key " +
      "with MISTRAL_WORKFLOWS_ENCRYPTION_KEY or --encryption-key-file (and --encryption-mode partial if they " +
      "encrypt marked fields only).",
  );
}
