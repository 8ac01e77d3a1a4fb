/**
 * Encodes the TypeScript payload set and has the official Python SDK's decoder decode it, writing the report
 * that is committed as test/vectors/typescript-decoded-by-python.report.json.
 *
 *     pnpm --filter @mistral-workflows/encoding python:report -- --sdk <client-python work tree> --commit <sha>
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import { writeTypescriptPayloads } from "../test/helpers/typescript-payloads.js";
import { loadPythonVectors } from "../test/helpers/vectors.js";

const { values } = parseArgs({ options: { sdk: { type: "string" }, commit: { type: "string" } } });
if (!values.sdk || !values.commit) {
  console.error("usage: python-report.ts --sdk <client-python work tree> --commit <sha>");
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "encoding-python-report-"));
try {
  const input = await writeTypescriptPayloads(dir, loadPythonVectors().keys);
  const report = fileURLToPath(
    new URL("../test/vectors/typescript-decoded-by-python.report.json", import.meta.url),
  );
  const oracle = fileURLToPath(new URL("./oracle.py", import.meta.url));
  const run = spawnSync(
    "python3",
    [oracle, "decode", "--sdk", values.sdk, "--commit", values.commit, "--input", input, "--report", report],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  console.log(
    run.status === 0
      ? `all decoded; report written to ${report}`
      : `the Python side failed (${run.status}); see ${report}`,
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
