/**
 * Server-provided text (a blob key, an encoding option) quoted for an error message: printable ASCII kept,
 * everything else (C0 and C1 controls included, which `JSON.stringify` leaves raw from U+007F up) written
 * `\uXXXX`, and the whole capped at `max` characters, so a message is safe to print to a terminal.
 */
export function quoteText(text: string, max = 200): string {
  let out = "";
  for (const ch of text.slice(0, max)) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f && ch !== '"' && ch !== "\\") out += ch;
    else if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else for (const unit of ch.split("")) out += `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
  return `"${out}${text.length > max ? "…" : ""}"`;
}
