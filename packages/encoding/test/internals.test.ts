import { describe, expect, test } from "vitest";
import { fromBase64, portableFromBase64, portableToBase64, toBase64 } from "../src/internal/base64.js";
import { pythonJsonDumps, pythonNumber } from "../src/internal/python-json.js";
import { pythonQuote } from "../src/internal/quote.js";
import { frameContentSize } from "../src/internal/zstd.js";
import { generateExecutionId, PayloadEncodingError } from "../src/index.js";
import { _uuid5Hex } from "../src/execution-id.js";
import { seededRandom } from "./helpers/seeded.js";

describe("base64 as Python's b64encode / b64decode", () => {
  test("encodes like Buffer for every length mod 3", () => {
    const random = seededRandom(7);
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const want = Buffer.from(bytes).toString("base64");
      expect(toBase64(bytes)).toBe(want);
      expect(portableToBase64(bytes)).toBe(want); // the path of runtimes without Buffer
      expect(fromBase64(want)).toEqual(bytes);
      expect(portableFromBase64(want)).toEqual(bytes);
    }
  });

  // Outputs checked against CPython 3.11's base64.b64decode (non-validating).
  test.each([
    ["YQ==", "a"],
    ["YQ==YQ==", "a"], // input ends at the first complete padding
    ["Y Q = =", "a"], // characters outside the alphabet are skipped
    ["YQ===", "a"],
    ["YWI=", "ab"],
    ["YWJj", "abc"],
    ["", ""],
  ])("decodes %j", (given, want) => {
    expect(new TextDecoder().decode(fromBase64(given))).toBe(want);
    expect(new TextDecoder().decode(portableFromBase64(given))).toBe(want);
  });

  test.each(["YQ", "YQ=", "Y", "YWJjZ"])("refuses %j (incorrect padding, as Python)", (given) => {
    expect(() => fromBase64(given)).toThrow(expect.objectContaining({ type: "malformed-payload" }));
  });
});

describe("pythonQuote as urllib.parse.quote(s, safe='')", () => {
  test.each([
    ["plain-id_1.2~", "plain-id_1.2~"],
    ["!'()*", "%21%27%28%29%2A"], // encodeURIComponent would leave these five alone
    ["a b/c", "a%20b%2Fc"],
    ["é😀", "%C3%A9%F0%9F%98%80"],
    ["%", "%25"],
  ])("%j → %j", (given, want) => {
    expect(pythonQuote(given)).toBe(want);
    if (/[!'()*]/.test(given)) expect(encodeURIComponent(given)).not.toBe(want);
  });
});

describe("pythonJsonDumps as json.dumps(json.loads(JSON.stringify(v)))", () => {
  // Right-hand sides are CPython 3.11's output.
  test.each([
    [1e-5, "1e-05"],
    [1e-7, "1e-07"],
    [0.0001, "0.0001"],
    [0.1, "0.1"],
    [-2.5, "-2.5"],
    [123.456, "123.456"],
    [1.5e300, "1.5e+300"],
    [1e21, "1e+21"],
    [1e20, "100000000000000000000"], // an int once JSON.stringify wrote it without exponent
    [5e-324, "5e-324"],
    [1234567.125, "1234567.125"],
    [0, "0"],
    [-0, "0"],
    [9007199254740993, "9007199254740992"],
  ])("%d → %s", (given, want) => {
    expect(pythonNumber(given)).toBe(want);
  });

  test("separators, key order and ensure_ascii", () => {
    expect(
      pythonJsonDumps({ a: [1, "é", null, true], b: {}, c: [], "d\n": '😀\u007f\u2028\u0001"\\/' }),
    ).toBe(
      '{"a": [1, "\\u00e9", null, true], "b": {}, "c": [], "d\\n": "\\ud83d\\ude00\\u007f\\u2028\\u0001\\"\\\\/"}',
    );
  });
});

describe("frameContentSize", () => {
  test("reads the sizes zstd writes (1, 2, 4 bytes) and none", () => {
    const frame = (descriptor: number, ...rest: number[]) =>
      Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, descriptor, ...rest]);
    expect(frameContentSize(frame(0x20, 200))).toBe(200); // single segment, 1-byte size
    expect(frameContentSize(frame(0x60, 0x10, 0x00))).toBe(0x10 + 256); // 2-byte size is offset by 256
    expect(frameContentSize(frame(0x80, 0x58, 0x00, 0x00, 0x01, 0x00))).toBe(0x10000); // window byte, 4-byte size
    expect(frameContentSize(frame(0x00, 0x58))).toBeUndefined(); // no content size
  });

  test("refuses what is not a zstd frame", () => {
    expect(() => frameContentSize(Uint8Array.from([1, 2, 3, 4, 5]))).toThrow(PayloadEncodingError);
  });
});

describe("generateExecutionId as the Python SDK's generate_two_part_id", () => {
  test.each([
    // CPython 3.11: uuid.uuid5(uuid.NAMESPACE_DNS, name).hex
    ["support-workflow", "501c258cf74a54d8951cc17cc3deb1d3"],
    ["é/x", "ca5e2e43467d55ccb88433a2ec993be4"],
    ["abc", "6cb8e7070fc55f5588d4d4fed43e64a8"],
  ])("uuid5(DNS, %j)", async (name, hex) => {
    expect(await _uuid5Hex(name)).toBe(hex);
  });

  test("the first half names the workflow, the second is random", async () => {
    const a = await generateExecutionId("support-workflow");
    const b = await generateExecutionId("support-workflow");
    expect(a).toMatch(/^501c258cf74a54d8951cc17cc3deb1d3[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(await generateExecutionId()).toMatch(/^[0-9a-f]{64}$/);
  });
});
