/**
 * Server text is data: what reaches a terminal or a JSON line goes through here, so that an
 * execution's error message cannot write the clipboard (OSC 52), clear the screen or move the cursor.
 *
 * - For people: every C0 control (U+0000–U+001F except, in multi-line text, `\n` and `\t`), DEL and
 *   every C1 control (U+0080–U+009F, of which U+009B is a one-character CSI) is shown as a visible
 *   escape (`\x1b`, `\x9b`, `\r`); in single-line fields (every line the output layer writes: lines,
 *   notes, table cells, record values, tree labels), `\n` and `\t` too, so server text cannot fake a
 *   line. Multi-line text (an error's details on stderr) keeps its line breaks and tabs. Our own colours are not in the text: {@link createColors} marks them with a tag
 *   no server can guess, and {@link renderTerminal} turns the tags into SGR sequences only after the
 *   text has been neutralised.
 * - For scripts: JSON lines escape DEL, C1 controls and U+2028/U+2029 as `\u` sequences (JSON.stringify
 *   escapes C0 only), so `jq` or a terminal reading the line sees no raw control either.
 */
import { randomBytes } from "node:crypto";

/** The formatters commands colour their own text with (the shape of picocolors' `createColors()`). */
export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** The SGR open and close codes of each style. */
const STYLES: Record<keyof Colors, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** A style marker: a private-use character, then 12 random hex digits; made once per process. */
const TAG = `\u{F8FF}${randomBytes(6).toString("hex")}`;
const TAGGED = new RegExp(`${TAG}(\\d+)m`, "g");

/**
 * Colour formatters that mark their text with this process's tag (`enabled`), or leave it unchanged.
 * Nested styles survive their inner style's close, as with picocolors.
 */
export function createColors(enabled: boolean): Colors {
  const style = ([open, close]: [number, number]) => {
    if (!enabled) return (text: string) => String(text);
    const o = `${TAG}${open}m`;
    const c = `${TAG}${close}m`;
    return (text: string) =>
      o +
      String(text)
        .split(c)
        .join(c + o) +
      c;
  };
  return Object.fromEntries(Object.entries(STYLES).map(([name, codes]) => [name, style(codes)])) as never;
}

const MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };

function visible(ch: string): string {
  return NAMED[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
}

/**
 * `text` with every control character shown as a visible escape (see the module's description);
 * `singleLine` escapes `\n` and `\t` as well. A CRLF line end in multi-line text is kept as `\n`.
 */
export function neutralize(text: string, singleLine = false): string {
  if (singleLine) return text.replace(SINGLE_LINE, visible);
  return text.replace(/\r\n/g, "\n").replace(MULTI_LINE, visible);
}

/**
 * The terminal form of text this program composed (with server text inside): controls neutralised,
 * then this process's colour tags turned into SGR sequences (a tag anyone else wrote stays text).
 */
export function renderTerminal(text: string, singleLine = false): string {
  return neutralize(text, singleLine).replace(TAGGED, "\u001b[$1m");
}

/** `text` with this process's colour tags removed (for widths and for output without colour). */
export function stripTags(text: string): string {
  return text.replace(TAGGED, "");
}

const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * One JSON line: `JSON.stringify(value)` with DEL, C1 controls and U+2028/U+2029 escaped as `\u`
 * sequences (still the same JSON value). `undefined` becomes `null`; `indent` pretty-prints.
 */
export function jsonLine(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent) ?? "null";
  return text.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
