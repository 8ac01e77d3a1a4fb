/** Help text shared by the commands. */

/** An "Examples:" help section, one command a line. */
export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}`;
}
