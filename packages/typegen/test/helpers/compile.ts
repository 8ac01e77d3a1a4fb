/**
 * Type-checks a generated module and a program that uses it against the workspace's packages (their
 * sources, so no build is needed): the proof that the module's types really check calls.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const source = (pkg: string) => fileURLToPath(new URL(`../../../${pkg}/src/index.ts`, import.meta.url));

/** Type-checks `files`, written into `dir`, and returns the diagnostics of those files as `file:line: text`. */
let previous: ts.Program | undefined;
export function typeCheckWithPackages(dir: string, files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Reusing the previous program keeps the packages' sources parsed once.
  const program = ts.createProgram({
    rootNames: Object.keys(files).map((f) => join(dir, f)),
    oldProgram: previous,
    options: {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: [],
      skipLibCheck: true,
      paths: Object.fromEntries(
        ["handles", "client", "streaming", "pagination"].map((p) => [`@mistral-workflows/${p}`, [source(p)]]),
      ),
    },
  });
  previous = program;
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(dir) ?? true)
    .map((d) => {
      const where =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${d.file?.fileName.slice(dir.length + 1)}:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}
