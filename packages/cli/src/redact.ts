/**
 * Keeping the API key out of every output. A key can reach a line in several spellings: as typed, as
 * a JSON string escapes it (a `"` or `\` in the key becomes `\"`, `\\`; twice for JSON inside JSON),
 * percent-encoded in a URL or form, or with a control character shown visibly by the terminal layer.
 * Every spelling of every key, whatever its length, becomes `***`.
 */
import { neutralize } from "./output/terminal-text.js";

/** What secrets are replaced with. */
export const REDACTED = "***";

/** The spellings of `secret` that an output line can hold, longest first. */
export function spellingsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = [
    secret,
    json,
    JSON.stringify(json).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ k: secret }).toString().slice(2),
  ];
  for (const form of [...forms]) forms.push(neutralize(form), neutralize(form, true));
  return [...new Set(forms)].filter((f) => f !== "").sort((a, b) => b.length - a.length);
}

/** A function that replaces every spelling of every secret in a text with {@link REDACTED}. */
export type Redactor = (text: string) => string;

/**
 * A {@link Redactor} for `secrets` (empty or `undefined` ones are ignored). Secrets can be added later
 * (`add`), when the command line has been parsed.
 */
export function createRedactor(secrets: (string | undefined)[] = []): Redactor & {
  add(secret: string | undefined): void;
} {
  let pattern: RegExp | null = null;
  const all = new Set<string>();
  const add = (secret: string | undefined) => {
    if (!secret || all.has(secret)) return;
    all.add(secret);
    const spellings = [...all].flatMap(spellingsOf).sort((a, b) => b.length - a.length);
    pattern = new RegExp(spellings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  };
  for (const s of secrets) add(s);
  const redact = (text: string) => (pattern ? text.replace(pattern, REDACTED) : text);
  return Object.assign(redact, { add });
}

/**
 * The API keys a command line gives (`--api-key KEY`, `--api-key=KEY`), found before commander parses
 * it, so that even a line commander rejects is redacted.
 */
export function keysInArgv(argv: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--api-key" && i + 1 < argv.length) keys.push(argv[++i]!);
    else if (arg.startsWith("--api-key=")) keys.push(arg.slice("--api-key=".length));
  }
  return keys;
}

/**
 * Commander's errors echo what was typed: `unknown option '--api-keyy=KEY'` would print a mistyped
 * option's key. The value after `=` of an option quoted in an error is dropped.
 */
export function hideOptionValues(text: string): string {
  return text.replace(/'(-{1,2}[^\s'=]+)=[^']*'/g, `'$1=${REDACTED}'`);
}
