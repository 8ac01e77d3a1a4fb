/** Reading JSON payloads given on the command line (`--input`). */
import { readFileSync } from "node:fs";
import { UsageError } from "./errors.js";

/**
 * Parses an option's JSON value: inline JSON (`'{"ticket_id":"T-1"}'`), `@path` to read a file, or
 * `@-` to read standard input. Throws {@link UsageError} naming the option when it is not JSON.
 */
export function parseJsonOption(value: string | undefined, option = "--input"): unknown {
  if (value === undefined) return undefined;
  let text = value;
  if (value.startsWith("@")) {
    const path = value.slice(1);
    try {
      text = readFileSync(path === "-" ? 0 : path, "utf8");
    } catch (error) {
      throw new UsageError(`${option}: cannot read ${path}: ${(error as Error).message}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${option} is not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses a positive whole number for an option like `--limit`; throws {@link UsageError}. */
export function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${option} must be a whole number ≥ 1, got ${JSON.stringify(value)}.`);
  return n;
}
