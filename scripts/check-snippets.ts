/**
 * `pnpm check:snippets`: runs every program of the READMEs and guides as a reader would run it (see
 * scripts/lib/snippets.ts for what counts as a program): each is written to `examples/.snippets/`, where
 * the workspace packages resolve as they do for an installed app, and imported with a fresh mock
 * server listening on 127.0.0.1 and named by `MISTRAL_WORKFLOWS_BASE_URL`, with `MISTRAL_API_KEY=test`:
 * the setup the root README gives the reader (`npm run mock`). A program fails when it throws, or when
 * it has not finished after 30 seconds (a first run must not hang). Needs `pnpm build` first.
 *
 *   pnpm check:snippets [--list] [file.md …]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { startMockServer } from "@mistral-workflows/mock-server";
import { root } from "./lib/root.ts";
import { collectSnippets } from "./lib/snippets.ts";

/** What `npm run mock` starts: executions move one step every 50 ms of real time. */
export const SNIPPET_MOCK = { stepMs: 50 } as const;
const TIMEOUT_MS = 30_000;

const { values, positionals } = parseArgs({
  options: { list: { type: "boolean", default: false } },
  allowPositionals: true,
});
const found = collectSnippets(root);
const programs = positionals.length
  ? found.programs.filter((p) => positionals.includes(p.file))
  : found.programs;
if (values.list) {
  for (const p of programs) console.log(`program  ${p.file}:${p.line}`);
  for (const f of found.fragments) console.log(`fragment ${f.file}:${f.line}`);
  process.exit(0);
}

const dir = join(root, "examples", ".snippets");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let failed = 0;
for (const [i, program] of programs.entries()) {
  const where = `${program.file}:${program.line}`;
  const file = join(
    dir,
    `${String(i).padStart(3, "0")}-${program.file.replace(/[^\w]+/g, "-")}-${program.line}.mts`,
  );
  writeFileSync(file, `// ${where}\n${program.code}\nexport {};\n`);
  const server = await startMockServer(SNIPPET_MOCK);
  process.env.MISTRAL_WORKFLOWS_BASE_URL = server.url;
  process.env.MISTRAL_API_KEY = "test";
  console.log(`\n> ${where}`);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(file).href),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`did not finish within ${TIMEOUT_MS / 1000} s`)),
          TIMEOUT_MS,
        );
      }),
    ]);
    console.log(`ok ${where}`);
  } catch (error) {
    failed++;
    console.error(`FAILED ${where}: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    clearTimeout(timer);
    await server.close();
  }
}
console.log(
  `\n${programs.length - failed} of ${programs.length} README and guide programs ran; ` +
    `${found.fragments.length} blocks are marked as fragments.`,
);
// A program may leave a timer or a socket behind; the check is over either way.
process.exit(failed ? 1 : 0);
