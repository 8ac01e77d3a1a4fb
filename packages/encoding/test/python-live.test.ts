import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { clientPythonCheckout, pythonUnavailable, runOracle } from "./helpers/python.js";
import { writeTypescriptPayloads } from "./helpers/typescript-payloads.js";
import { loadPythonVectors } from "./helpers/vectors.js";

// The Python side decodes what TypeScript encodes, live. With a client-python checkout (CLIENT_PYTHON_SRC) it is
// the SDK's own decoder; without one (as in CI) the oracle's `primitives` mode decodes with the libraries the SDK
// uses (cryptography, msgpack, zstandard's one-shot decompressor), which still proves the frame, envelope, key,
// nonce and JSON formats. Skipped, with the reason, when python3 or its packages are missing.
const checkout = clientPythonCheckout();
const unavailable = pythonUnavailable(checkout !== undefined);
const dir = mkdtempSync(join(tmpdir(), "encoding-python-live-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(unavailable !== undefined)(
  `Python decodes TypeScript-made payloads (${unavailable ?? (checkout ? "the SDK's decoder" : "primitives only: set CLIENT_PYTHON_SRC for the SDK's decoder")})`,
  () => {
    test("every payload decodes to its input, and every tampered or wrong-key payload is refused", async () => {
      const input = await writeTypescriptPayloads(dir, loadPythonVectors().keys);
      const { status, report } = checkout
        ? runOracle(["decode", "--sdk", checkout, "--input", input])
        : runOracle(["primitives", "--input", input]);
      expect(report.results.filter((r) => !r.ok)).toEqual([]);
      expect(report.failed).toBe(0);
      const written = JSON.parse(readFileSync(input, "utf8")) as { payloads: unknown[] };
      expect(report.passed).toBe(written.payloads.length);
      expect(status).toBe(0);
    });
  },
);

test.runIf(unavailable !== undefined)("Python round trip skipped", () => {
  console.warn(`Python round trip skipped: ${unavailable}`);
});
