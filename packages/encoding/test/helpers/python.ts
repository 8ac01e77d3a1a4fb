import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The oracle script. */
export const ORACLE = fileURLToPath(new URL("../../scripts/oracle.py", import.meta.url));

/**
 * Why the Python side cannot run here, or `undefined` when it can: python3 must import cryptography, msgpack
 * and zstandard (the last two may come from Debian's python3-msgpack and python3-zstandard, which the oracle
 * adds to its path), and pydantic 2 as well to run the SDK's own decoder.
 */
export function pythonUnavailable(withSdk: boolean): string | undefined {
  const probe = spawnSync(
    "python3",
    [
      "-c",
      "import sys; sys.path.append('/usr/lib/python3/dist-packages'); import cryptography, msgpack, zstandard" +
        (withSdk ? "; import pydantic; assert pydantic.VERSION.startswith('2')" : ""),
    ],
    { encoding: "utf8" },
  );
  if (probe.error) return "python3 is not installed";
  if (probe.status !== 0) {
    const needs = withSdk
      ? "cryptography, msgpack, zstandard, pydantic 2"
      : "cryptography, msgpack, zstandard";
    return `python3 lacks a package the oracle needs (${needs}): ${probe.stderr.trim().split("\n").pop()}`;
  }
  return undefined;
}

/**
 * A client-python work tree for the full check, from CLIENT_PYTHON_SRC (a folder holding
 * src/mistralai/extra/workflows/encoding, e.g. made with `git archive <commit> src/mistralai/extra/workflows/encoding`).
 */
export function clientPythonCheckout(): string | undefined {
  const dir = process.env.CLIENT_PYTHON_SRC;
  return dir && existsSync(`${dir}/src/mistralai/extra/workflows/encoding/payload_encoder.py`)
    ? dir
    : undefined;
}

/** Runs the oracle; returns its parsed report and exit status. */
export function runOracle(args: string[]): {
  status: number | null;
  report: { passed: number; failed: number; results: { name: string; ok: boolean; result: string }[] };
  stderr: string;
} {
  const run = spawnSync("python3", [ORACLE, ...args], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`the oracle printed no report (status ${run.status}): ${run.stderr.slice(-2000)}`);
  }
  return { status: run.status, report, stderr: run.stderr };
}
