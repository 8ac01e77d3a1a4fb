/**
 * How a failure becomes one line on stderr and an exit code. Nothing here prints a stack trace unless
 * `--debug` asks for details, and every line goes through {@link redact} so the API key never shows.
 */
import {
  APIConnectionError,
  InvalidArgumentError,
  WorkflowsAPIError,
  WorkflowsError,
} from "@mistral-workflows/client";
import { ExecutionError } from "@mistral-workflows/streaming";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";

/** A mistake in the command line (bad option value, unreadable `--input`, no API key): exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The exit code for an error thrown by a command. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof InvalidArgumentError) return EXIT_CODES.usage;
  if (error instanceof ExecutionError) return EXIT_CODES.executionFailed;
  return EXIT_CODES.api;
}

/** Replaces every occurrence of `secret` in `text` (when it is long enough to be one) with `***`. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join("***");
}

/** The one line printed for an error: what went wrong, the status and the request id when there are some. */
export function describeError(error: unknown): string {
  if (error instanceof WorkflowsAPIError) {
    const requestId = error.requestId ? ` (request id ${error.requestId})` : "";
    return `error: ${error.message}${requestId}`;
  }
  if (error instanceof ExecutionError) return `${error.message}`;
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `error: ${error.message}${cause}`;
  }
  if (error instanceof UsageError || error instanceof WorkflowsError) return `error: ${error.message}`;
  if (error instanceof Error) return `error: ${error.message}`;
  return `error: ${String(error)}`;
}

/** What `--debug` adds after the line: the error's fields (body of an API error), its stack and causes. */
export function describeErrorDetails(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof WorkflowsAPIError)
      parts.push(`status: ${current.status}\nbody: ${JSON.stringify(current.body, null, 2)}`);
    if (current instanceof Error) {
      parts.push(current.stack ?? `${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join("\ncaused by ");
}
