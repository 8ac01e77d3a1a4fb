/** Where the contract check keeps its pinned summary and its allow-list, and how it reads them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { parseAllowList, type AllowEntry } from "./contract-diff.ts";
import type { ContractSummary } from "./contract-summary.ts";
import { root } from "./root.ts";

/** The pinned summary of the public document (written by `pnpm spec:pull`, never by hand). */
export const SUMMARY_PATH = join(root, "spec", "contract", "public-summary.json");
/** The commented list of the differences we keep on purpose. */
export const ALLOW_LIST_PATH = join(root, "spec", "contract", "allow-list.yaml");

/** Reads the pinned summary. */
export function readSummary(path = SUMMARY_PATH): ContractSummary {
  const summary = JSON.parse(readFileSync(path, "utf8")) as ContractSummary;
  if (!summary || typeof summary.operations !== "object") throw new Error(`${path}: not a contract summary`);
  return summary;
}

/** Reads and checks the allow-list. */
export function readAllowList(path = ALLOW_LIST_PATH): AllowEntry[] {
  return parseAllowList(YAML.parse(readFileSync(path, "utf8")));
}
