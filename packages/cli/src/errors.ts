/**
 * How a failure becomes one line on stderr and an exit code. Nothing here prints a stack trace unless
 * `--debug` asks for details; the program redacts the API key and neutralises control characters in
 * every line before it is written.
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

/**
 * A 2xx response whose body does not have the shape the spec documents (and the command relies on):
 * exit code 3, like any other API failure. `field` says where (`"items"`, `"execution_id"`…).
 */
export class UnexpectedResponseError extends WorkflowsError {
  static override readonly errorBrand: string = "@mistral-workflows/cli.UnexpectedResponseError";
  override name = "UnexpectedResponseError";
  constructor(
    /** What was read, e.g. `the execution`. */
    readonly what: string,
    /** The field that is missing or of the wrong type; `""` for the body itself. */
    readonly field: string,
    /** What the spec documents there, e.g. `a string`. */
    readonly expected: string,
  ) {
    super(
      `unexpected response: ${what}${field ? `'s "${field}"` : ""} is not ${expected}, as the API documents it (is the base URL the Workflows API's?).`,
    );
  }
}

/** Where the command sent its requests, for hints about a wrong base URL. */
export interface ErrorContext {
  baseUrl?: string;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html|<head|<body|<title|<h1|<center)\b/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * A short text for an HTML error page (a proxy's 502): its `<title>`, else its text, tags and
 * scripts stripped, entities decoded, whitespace collapsed, at most `max` characters; `null` when
 * `body` is not HTML.
 */
export function summarizeHtml(body: string, contentType: string | null, max = 120): string | null {
  if (!HTML_START.test(body) && !/\bhtml\b/i.test(contentType ?? "")) return null;
  const head = body.slice(0, 100_000);
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  const source =
    title && title.trim()
      ? title
      : head.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ").replace(/<!--[\s\S]*?-->/g, " ");
  const text = source
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return "an HTML page";
  return `an HTML page: ${text.length > max ? `${text.slice(0, max - 1)}…` : text}`;
}

/** The one line printed for an error: what went wrong, the status and the request id when there are some. */
export function describeError(error: unknown, context: ErrorContext = {}): string {
  if (error instanceof WorkflowsAPIError) {
    const requestId = error.requestId ? ` (request id ${error.requestId})` : "";
    const html =
      typeof error.body === "string" ? summarizeHtml(error.body, error.headers.get("content-type")) : null;
    const message = html ? `${error.status} ${html}` : error.message;
    let hint = "";
    if (error.status === 404 && context.baseUrl && /\/v1\/*$/.test(new URL(context.baseUrl).pathname))
      hint =
        `\nhint: the base URL ${context.baseUrl} ends in /v1, but the CLI adds /v1/workflows/… to it itself: ` +
        `drop the /v1 (e.g. --base-url ${context.baseUrl.replace(/\/v1\/*$/, "")}).`;
    const code = (error.body as { code?: unknown } | null | undefined)?.code;
    if (code === "WF_1302")
      hint =
        "\nhint: WF_1302, payload encoding required: this workflow's workers encrypt, compress or offload " +
        "its payloads. Give the key with MISTRAL_WORKFLOWS_ENCRYPTION_KEY or --encryption-key-file.";
    return `error: ${message}${requestId}${hint}`;
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
