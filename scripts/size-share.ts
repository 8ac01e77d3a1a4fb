/**
 * What each package, dependency and module costs in the size-limit entries that bundle several of our
 * packages (`.size-limit.json`), measured the way size-limit measures (esbuild, minified, gzip level 9):
 *
 * - a package's share is the entry's size minus the same entry without that package's import (what
 *   adding it costs on top of the others, the code it shares with them counted once, on their side);
 * - a third-party dependency's share is the drop when it is left out of the bundle (`external`);
 * - a module's figure is its minified bytes in the bundle, built from the package's `src/` so each
 *   module shows, with an estimated gzip share: its package's own share (without its dependencies) in
 *   proportion to its bytes. Shown in the entries that pair a package with the client, where its
 *   share is its own code; alone in an entry, a package's share also holds the client's code it uses.
 *
 *   pnpm exec tsx scripts/size-share.ts           # after `pnpm build`
 *
 * Read-only and quick (a few esbuild builds per entry); a measurement to act on, not a check.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

interface Entry {
  name: string;
  path: string | string[];
  import?: string | Record<string, string>;
  ignore?: string[];
}

const root = new URL("../", import.meta.url).pathname;
const entries = JSON.parse(readFileSync(`${root}.size-limit.json`, "utf8")) as Entry[];
const OURS = /^packages\/([^/]+)\/dist\/index\.js$/;

/** The entry's imports as `{ file: "{ names }" }`. */
function importsOf(entry: Entry): Record<string, string> {
  if (typeof entry.import === "object") return entry.import;
  return { [entry.path as string]: entry.import ?? "*" };
}

async function measure(
  imports: Record<string, string>,
  external: string[],
  metafile = false,
): Promise<{ min: number; gz: number; modules: Record<string, number> }> {
  const lines = Object.entries(imports).map(([file, names], i) =>
    names === "*"
      ? `export * as m${i} from ${JSON.stringify(root + file)};`
      : `export ${names.replace(/\b(\w+)\b/g, `$1 as m${i}_$1`)} from ${JSON.stringify(root + file)};`,
  );
  const result = await build({
    stdin: { contents: lines.join("\n"), resolveDir: root, loader: "ts" },
    bundle: true,
    write: false,
    minify: true,
    treeShaking: true,
    format: "esm",
    metafile,
    external,
    outfile: "out.js",
  });
  const js = result.outputFiles[0]!.contents;
  const modules: Record<string, number> = {};
  if (result.metafile)
    for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs))
      if (bytesInOutput > 0) modules[path] = bytesInOutput;
  return { min: js.length, gz: gzipSync(js, { level: 9 }).length, modules };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const pad = (text: string, width: number) => text.padStart(width);

for (const entry of entries) {
  const imports = importsOf(entry);
  const ours = Object.keys(imports).filter((file) => OURS.test(file));
  const measured = ours.filter((file) => /streaming|pagination/.test(file));
  if (measured.length === 0) continue;
  const ignore = entry.ignore ?? [];
  const whole = await measure(imports, ignore);
  console.log(`\n${entry.name}\n  whole: ${kB(whole.gz)} gzip (${kB(whole.min)} minified)`);

  for (const file of ours) {
    const pkg = OURS.exec(file)![1]!;
    const rest = Object.fromEntries(Object.entries(imports).filter(([f]) => f !== file));
    const without = Object.keys(rest).length ? await measure(rest, ignore) : { min: 0, gz: 0, modules: {} };
    const share = { min: whole.min - without.min, gz: whole.gz - without.gz };
    console.log(`  ${pkg}: ${kB(share.gz)} gzip share (${kB(share.min)} minified)`);
    if (!measured.includes(file)) continue;

    // Its third-party dependencies, each left out in turn.
    const deps = { min: 0, gz: 0 };
    const manifest = JSON.parse(readFileSync(`${root}packages/${pkg}/package.json`, "utf8")) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (dep.startsWith("@mistral-workflows/") || ignore.includes(dep)) continue;
      const left = await measure(imports, [...ignore, dep]);
      if (left.min === whole.min) continue;
      deps.min += whole.min - left.min;
      deps.gz += whole.gz - left.gz;
      console.log(
        `    ${pad(kB(whole.gz - left.gz), 9)} gzip ${pad(kB(whole.min - left.min), 9)} min  ${dep} (dependency)`,
      );
    }
    // Alone in its entry, its share holds the client's code too: the entries that pair it tell its modules.
    if (ours.length === 1) continue;
    // Its modules, from source.
    const fromSource = { ...imports, [`packages/${pkg}/src/index.ts`]: imports[file]! };
    delete fromSource[file];
    const { modules } = await measure(fromSource, ignore, true);
    const own = Object.entries(modules).filter(([path]) => path.startsWith(`packages/${pkg}/src/`));
    const ownMin = own.reduce((sum, [, bytes]) => sum + bytes, 0);
    // Its own code's gzip share, spread over its modules by their minified bytes.
    const ratio = (share.gz - deps.gz) / (share.min - deps.min);
    for (const [path, bytes] of own.sort((a, b) => b[1] - a[1]))
      console.log(
        `    ${pad(`~${kB(bytes * ratio)}`, 9)} gzip ${pad(kB(bytes), 9)} min  ${path.slice(`packages/${pkg}/src/`.length)}`,
      );
    console.log(
      `    (built from src/: ${kB(ownMin)} minified of its own, against ${kB(share.min - deps.min)} from dist/)`,
    );
  }
}
