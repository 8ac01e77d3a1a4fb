/**
 * `pnpm check:packages`: checks what each published package would put on npm, from the packed tarball
 * (`pnpm pack`, which rewrites `workspace:` and `catalog:` ranges as publishing does), after `pnpm build`:
 *
 * - the manifest has the shape of STYLE §7: an `exports` map with `"."` and `"./package.json"`, `import`
 *   and `require` each with `types` first (`.d.ts` / `.d.cts`), no `internal/` entry, a `files`
 *   allowlist, `sideEffects: false`, `engines.node`, `type: module`;
 * - the tarball holds every file the manifest points at, nothing outside `dist/` but the manifest,
 *   README and LICENSE, and no unresolved `workspace:`/`catalog:` range;
 * - `publint --strict` and `attw` (Are the Types Wrong: node10, node16 from CJS and ESM, bundler) pass;
 * - the build loads: `import()` and `require()` of the package name give the same exports.
 *
 *   pnpm check:packages [package-dir…]   (default: every published workspace package)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { publishedPackages, type WorkspacePackage } from "./lib/changesets.ts";
import { root } from "./lib/root.ts";

const bin = (name: string) => join(root, "node_modules", ".bin", name);

/** Manifest rules (STYLE §7); returns the problems found. */
export function manifestProblems(manifest: Record<string, any>): string[] {
  const problems: string[] = [];
  const exp = manifest.exports;
  if (manifest.type !== "module") problems.push(`"type" must be "module"`);
  if (manifest.sideEffects !== false) problems.push(`"sideEffects" must be false`);
  if (typeof manifest.engines?.node !== "string") problems.push(`"engines.node" is missing`);
  if (!Array.isArray(manifest.files) || !manifest.files.includes("dist"))
    problems.push(`"files" must be an allowlist including "dist"`);
  if (!exp || typeof exp !== "object" || Array.isArray(exp)) return [...problems, `"exports" map is missing`];
  if (exp["./package.json"] !== "./package.json") problems.push(`"exports" lacks "./package.json"`);
  if (!exp["."]) problems.push(`"exports" lacks "."`);
  for (const [subpath, entry] of Object.entries<any>(exp)) {
    if (/internal/.test(subpath) || /\/internal\//.test(JSON.stringify(entry)))
      problems.push(`"exports" entry ${subpath} exposes an internal/ folder`);
    if (subpath === "./package.json") continue;
    for (const [condition, dts, js] of [
      ["import", ".d.ts", ".js"],
      ["require", ".d.cts", ".cjs"],
    ] as const) {
      const target = entry?.[condition];
      if (!target || typeof target !== "object") {
        problems.push(`exports["${subpath}"].${condition} must be { types, default }`);
        continue;
      }
      const keys = Object.keys(target);
      if (keys[0] !== "types") problems.push(`exports["${subpath}"].${condition}: "types" must come first`);
      if (!String(target.types).endsWith(dts))
        problems.push(`exports["${subpath}"].${condition}.types must end in ${dts}`);
      if (!String(target.default).endsWith(js))
        problems.push(`exports["${subpath}"].${condition}.default must end in ${js}`);
    }
  }
  return problems;
}

/** Every file path an `exports` map points at (`./dist/index.js` → `dist/index.js`). */
function exportTargets(node: unknown): string[] {
  if (typeof node === "string") return [node.replace(/^\.\//, "")];
  if (node && typeof node === "object") return Object.values(node).flatMap(exportTargets);
  return [];
}

function run(cmd: string, args: string[], cwd = root) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

function checkPackage(pkg: WorkspacePackage, packDir: string): string[] {
  const problems = manifestProblems(pkg.manifest).map((p) => `package.json: ${p}`);
  const dir = isAbsolute(pkg.dir) ? pkg.dir : join(root, pkg.dir);

  execFileSync("pnpm", ["pack", "--pack-destination", packDir], { cwd: dir, stdio: "ignore" });
  const tarballName = readdirSync(packDir).find(
    (f) => f.startsWith(pkg.name.replace("@", "").replace("/", "-")) && f.endsWith(".tgz"),
  );
  if (!tarballName) return [...problems, "pnpm pack produced no tarball"];
  const tarball = join(packDir, tarballName);

  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
  for (const target of exportTargets(pkg.manifest.exports))
    if (!files.includes(target)) problems.push(`tarball lacks ${target} (named in "exports"; was it built?)`);
  // Besides dist/, only the manifest, docs and the files that "bin" names belong in the tarball.
  const bins = new Set(
    Object.values(
      typeof pkg.manifest.bin === "string"
        ? { [pkg.manifest.name]: pkg.manifest.bin }
        : (pkg.manifest.bin ?? {}),
    ).map((b) => String(b).replace(/^\.\//, "")),
  );
  for (const bin of bins) if (!files.includes(bin)) problems.push(`tarball lacks ${bin} (named in "bin")`);
  // A subpath export (`"./testing"`) may have a `testing/package.json` stub pointing into dist/, for
  // resolvers that predate `exports` (node10).
  const stubs = new Set(
    Object.keys(pkg.manifest.exports ?? {})
      .filter((k) => k !== "." && k !== "./package.json")
      .map((k) => `${k.replace(/^\.\//, "")}/package.json`),
  );
  const stray = files.filter(
    (f) =>
      !f.startsWith("dist/") &&
      !bins.has(f) &&
      !stubs.has(f) &&
      !/^(package\.json|README\.md|LICENSE)$/.test(f),
  );
  if (stray.length) problems.push(`tarball holds files outside dist/: ${stray.join(", ")}`);
  const packed = execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" });
  const unresolved = packed.match(/"(workspace|catalog):[^"]*"/g);
  if (unresolved) problems.push(`packed package.json keeps ${unresolved.join(", ")}`);

  const publint = run(bin("publint"), ["run", tarball, "--strict"]);
  if (!publint.ok || /Suggestion|Warning|Error/.test(publint.output))
    problems.push(`publint:\n${publint.output}`);
  const attw = run(bin("attw"), [tarball, "--format", "ascii", "--no-emoji", "--no-color"]);
  if (!attw.ok) problems.push(`attw:\n${attw.output}`);

  // The build loads both ways and exports the same names (self-reference by name, from the package's folder).
  const name = JSON.stringify(pkg.name);
  const esm = run(
    process.execPath,
    ["--input-type=module", "-e", `console.log(Object.keys(await import(${name})).sort().join(","))`],
    dir,
  );
  const cjs = run(
    process.execPath,
    ["-e", `console.log(Object.keys(require(${name})).sort().join(","))`],
    dir,
  );
  if (!esm.ok || !cjs.ok) problems.push(`loading the build failed:\n${esm.output}\n${cjs.output}`);
  else if (esm.output !== cjs.output || !esm.output)
    problems.push(`import() and require() disagree:\n  esm: ${esm.output}\n  cjs: ${cjs.output}`);
  return problems;
}

const dirs = process.argv.slice(2).map((d) => resolve(d));
const packages: WorkspacePackage[] = dirs.length
  ? dirs.map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return { name: manifest.name, version: manifest.version, dir, private: false, manifest };
    })
  : publishedPackages(root);
if (!packages.length) {
  console.error("No published package found.");
  process.exit(1);
}
let failed = 0;
const packDir = mkdtempSync(join(tmpdir(), "packages-check-"));
try {
  for (const pkg of packages) {
    const problems = checkPackage(pkg, packDir);
    if (problems.length) {
      failed++;
      console.error(`✗ ${pkg.name}\n  ${problems.map((p) => p.replace(/\n/g, "\n    ")).join("\n  ")}`);
    } else console.log(`✓ ${pkg.name}: manifest, tarball, publint, attw, import() and require()`);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
