import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { packagesWithInstallScripts, unreviewedInstallScripts } from "../runtimes/runtime-cache.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `node_modules/<path>/package.json` with `manifest`. */
function pkg(path: string, manifest: Record<string, unknown>) {
  const folder = join(dir, "node_modules", path);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "package.json"), JSON.stringify(manifest));
}

function fixture() {
  dir = mkdtempSync(join(tmpdir(), "install-scripts-"));
  pkg("runtime", { name: "runtime", version: "1.0.0", scripts: { postinstall: "node install.js" } });
  pkg("@scope/native", { name: "@scope/native", version: "2.0.0", scripts: { install: "node-gyp rebuild" } });
  pkg("plain", { name: "plain", version: "1.0.0", scripts: { test: "vitest", build: "tsc" } });
  pkg("plain/node_modules/nested", {
    name: "nested",
    version: "3.1.0",
    scripts: { preinstall: "node fetch.js" },
  });
  return join(dir, "node_modules");
}

test("finds every package with a preinstall, install or postinstall script, nested ones too", () => {
  expect(packagesWithInstallScripts(fixture())).toEqual([
    "@scope/native@2.0.0",
    "nested@3.1.0",
    "runtime@1.0.0",
  ]);
});

test("a script is accepted only for the exact name and version reviewed", () => {
  const modules = fixture();
  expect(
    unreviewedInstallScripts(modules, {
      "runtime@1.0.0": "links its binary",
      "@scope/native@2.0.0": "builds from source",
      "nested@3.0.0": "an older version was reviewed",
    }),
  ).toEqual(["nested@3.1.0"]);
});

test("a missing node_modules has no scripts", () => {
  dir = mkdtempSync(join(tmpdir(), "install-scripts-"));
  expect(packagesWithInstallScripts(join(dir, "node_modules"))).toEqual([]);
});
