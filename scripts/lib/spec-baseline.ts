/**
 * The released-spec baseline (`spec/releases/latest.json`): the bundled spec with `x-released.version`,
 * formatted as the repository formats JSON. `pnpm release` writes it after publishing; the contract
 * gate (`pnpm check:breaking`) compares every later spec with it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as prettier from "prettier";
import { bundleSpecFresh } from "./spec-validator.ts";

/** Bundles the current spec and writes it to `path` as the spec of `version`. */
export async function writeSpecBaseline(path: string, version: string): Promise<void> {
  const spec = { ...bundleSpecFresh(), "x-released": { version } };
  const options = (await prettier.resolveConfig(path)) ?? {};
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await prettier.format(JSON.stringify(spec), { ...options, parser: "json" }));
}
