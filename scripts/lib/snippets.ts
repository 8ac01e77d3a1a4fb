/**
 * The code blocks of the READMEs and guides, as a reader meets them. A `ts`/`js` block is a program the
 * test command runs (`pnpm check:snippets`), unless the comment line right above its fence says
 * otherwise:
 *
 * - `<!-- snippet: fragment -->`: not a program (a signature, one call out of context, a config file);
 * - `<!-- snippet: continues -->`: the rest of the program of the block before it in the same file,
 *   which then runs as one (a README that builds an example over several blocks).
 *
 * Only what a reader sees is run: no hidden setup. Where a program needs a server, the text says how
 * to start one, and the runner does exactly that.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A program made of one block, or of a block and the ones that continue it. */
export interface SnippetProgram {
  /** Repository-relative path of the Markdown file. */
  file: string;
  /** 1-based line of the first block's opening fence. */
  line: number;
  /** The program's source: the blocks' code joined in order. */
  code: string;
}

/** A block left out, and why (reported, so a fragment is always a visible choice). */
export interface SnippetFragment {
  file: string;
  line: number;
}

const RUNNABLE = new Set(["ts", "typescript", "js", "javascript", "mjs", "mts"]);
const MARKER = /^<!--\s*snippet:\s*(fragment|continues)\s*-->$/;

/** The Markdown files whose blocks are checked: the READMEs and the hand-written guides. */
export function snippetFiles(root: string): string[] {
  const files = ["README.md", "CONTRIBUTING.md"];
  for (const dir of readdirSync(join(root, "packages"), { withFileTypes: true }))
    if (dir.isDirectory()) files.push(`packages/${dir.name}/README.md`);
  for (const f of readdirSync(join(root, "docs"))) if (f.endsWith(".md")) files.push(`docs/${f}`);
  return files.filter((f) => {
    try {
      readFileSync(join(root, f));
      return true;
    } catch {
      return false;
    }
  });
}

/** Splits one Markdown text into programs and fragments. */
export function extractSnippets(
  file: string,
  text: string,
): {
  programs: SnippetProgram[];
  fragments: SnippetFragment[];
} {
  const lines = text.split(/\r?\n/);
  const programs: SnippetProgram[] = [];
  const fragments: SnippetFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence!)) end++;
    const code = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
      .join("\n");
    let above = i - 1;
    while (above >= 0 && lines[above]!.trim() === "") above--;
    const marker = above >= 0 ? MARKER.exec(lines[above]!.trim())?.[1] : undefined;
    if (RUNNABLE.has(lang!)) {
      if (marker === "fragment") fragments.push({ file, line: i + 1 });
      else if (marker === "continues") {
        const last = programs.at(-1);
        if (!last) throw new Error(`${file}:${i + 1}: "snippet: continues" with no program before it`);
        last.code += `\n${code}`;
      } else programs.push({ file, line: i + 1, code });
    }
    i = end;
  }
  return { programs, fragments };
}

/** Every program and fragment of the repository at `root`. */
export function collectSnippets(root: string) {
  const programs: SnippetProgram[] = [];
  const fragments: SnippetFragment[] = [];
  for (const file of snippetFiles(root)) {
    const found = extractSnippets(relative(root, join(root, file)), readFileSync(join(root, file), "utf8"));
    programs.push(...found.programs);
    fragments.push(...found.fragments);
  }
  return { programs, fragments };
}
