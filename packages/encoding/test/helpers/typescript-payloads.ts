import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createPayloadCodec, encryptedString, type PayloadCodecConfig } from "../../src/index.js";
import { createFileBlobStore } from "../../src/node.js";
import { fromBase64, toBase64 } from "../../src/internal/base64.js";
import { seededPayload } from "./seeded.js";
import type { VectorConfig } from "./vectors.js";

/** One payload for the Python side to decode, and what it must decode to. */
export interface TypescriptPayload {
  name: string;
  kind: "result" | "event";
  encoded: unknown;
  decodeWith: VectorConfig;
  expected?: unknown;
  expectedSha256?: string;
  expectError?: boolean;
}

const UNICODE = 'héllo wörld ✓ 日本語 😀 \u2028 \x7f tab\tnew\nline "quoted" back\\slash \x01';
const NESTED = {
  user: "ada",
  ssn: encryptedString("078-05-1120"),
  accounts: [
    { iban: encryptedString("FR76 3000 6000 0112 3456 7890 189"), n: 1 },
    { note: "plain", deep: { x: [encryptedString(UNICODE)] } },
  ],
  numbers: [0, -3, 2.5, 0.1, 1e-7, 1.5e300, 123456789012],
  text: UNICODE,
};
const LONG = Array.from({ length: 60 }, (_, i) => `item ${i} of a repetitive payload`).join(" ");

/**
 * Encodes a set of payloads with the TypeScript codec (blobs in a file store under `dir/blobs`, the layout the
 * oracle's file store reads) and writes `dir/typescript-payloads.json` for `oracle.py decode|primitives`.
 */
export async function writeTypescriptPayloads(
  dir: string,
  keys: Record<string, string>,
  options: { largeBytes: number } = { largeBytes: 3 * 1024 * 1024 },
): Promise<string> {
  const blobDir = join(dir, "blobs");
  const store = createFileBlobStore(blobDir);
  const make = (config: VectorConfig): PayloadCodecConfig => ({
    ...(config.encryption && {
      encryption: {
        mode: config.encryption.mode,
        mainKey: keys[config.encryption.mainKey]!,
        ...(config.encryption.secondaryKey && { secondaryKey: keys[config.encryption.secondaryKey]! }),
      },
    }),
    ...(config.compression && { compression: config.compression }),
    ...(config.offloading && { offloading: { store, ...config.offloading } }),
  });
  const full: VectorConfig = { encryption: { mode: "full", mainKey: "main" } };
  const partial: VectorConfig = { encryption: { mode: "partial", mainKey: "main" } };
  const small = { minSizeBytes: 64 };
  const off = { minSizeBytes: 64, namespace: "team ns!'()*~é/x" };
  const executionId = "exec/ts (b)*!'é";
  const payloads: TypescriptPayload[] = [];

  const results: [string, VectorConfig, unknown, VectorConfig?][] = [
    ["full: object", full, { prompt: "hello", n: 3 }],
    ["full: unicode", full, { text: UNICODE, emoji: "😀👍🏽" }],
    ["full: empty object", full, {}],
    ["full: empty string", full, ""],
    ["full: null", full, null],
    ["partial: nested marked fields", partial, NESTED],
    ["partial: no marked field", partial, { a: "é", b: [1, 2.5] }],
    ["compressed: above the threshold", { compression: small }, { text: LONG }],
    ["compressed: level 19", { compression: { minSizeBytes: 64, level: 19 } }, { text: LONG }],
    ["compressed: below the threshold", { compression: { minSizeBytes: 100000 } }, { text: LONG }],
    ["offloaded: file store on both sides", { offloading: off }, { text: LONG }],
    [
      "combined: partial + compressed + offloaded",
      { ...partial, compression: small, offloading: off },
      { ...NESTED, LONG },
    ],
    [
      "combined: compressed + offloaded + full",
      { ...full, compression: small, offloading: off },
      { LONG, UNICODE },
    ],
    [
      "rotation: written under the secondary key, read with main + secondary",
      { encryption: { mode: "full", mainKey: "secondary" } },
      { rotated: true },
      { encryption: { mode: "full", mainKey: "main", secondaryKey: "secondary" } },
    ],
  ];
  for (const [name, config, input, decodeWith] of results) {
    const encoded = await createPayloadCodec(make(config)).encodeInput(input, { executionId });
    payloads.push({ name, kind: "result", encoded, decodeWith: decodeWith ?? config, expected: input });
  }

  // A multi-megabyte payload from a seed, with the default thresholds (1 MiB): compressed, offloaded, encrypted.
  const large = seededPayload(20260721, options.largeBytes);
  const largeConfig: VectorConfig = { ...full, compression: {}, offloading: { namespace: "default" } };
  payloads.push({
    name: `large: ${(options.largeBytes / 1024 / 1024).toFixed(1)} MiB from a seed, default thresholds`,
    kind: "result",
    encoded: await createPayloadCodec(make(largeConfig)).encodeInput(large, { executionId }),
    decodeWith: largeConfig,
    expectedSha256: createHash("sha256").update(JSON.stringify(large)).digest("hex"),
  });

  // Failures the Python side must refuse.
  const secret = await createPayloadCodec(make(full)).encodeInput({ secret: 1 }, { executionId });
  const bytes = fromBase64(secret.b64payload);
  bytes[20]! ^= 1;
  payloads.push({
    name: "tampered ciphertext",
    kind: "result",
    encoded: { ...secret, b64payload: toBase64(bytes) },
    decodeWith: full,
    expectError: true,
  });
  payloads.push({
    name: "wrong key",
    kind: "result",
    encoded: secret,
    decodeWith: { encryption: { mode: "full", mainKey: "other" } },
    expectError: true,
  });

  // Events, as a worker would encode them (never offloaded).
  const eventConfig: VectorConfig = {
    ...full,
    compression: small,
    offloading: { minSizeBytes: 1, namespace: "ns" },
  };
  const eventValue = { long: Array(200).fill("event").join(" "), text: UNICODE };
  payloads.push({
    name: "event: json, compressed + full",
    kind: "event",
    encoded: await createPayloadCodec(make(eventConfig)).encodeEventPayload({
      type: "json",
      value: eventValue,
    }),
    decodeWith: eventConfig,
    expected: { type: "json", value: eventValue, encoding_options: [] },
  });

  const partialCodec = createPayloadCodec(make(partial));
  payloads.push({
    name: "event: json_patch with an encrypted patch value",
    kind: "event",
    encoded: {
      type: "json_patch",
      value: [
        {
          op: "add",
          path: "/secret",
          value: await partialCodec.encryptPatchValue({ ssn: "078-05-1120", note: UNICODE }),
        },
        { op: "replace", path: "/status", value: "running" },
      ],
      encoding_options: ["encrypted-partial"],
    },
    decodeWith: partial,
    expected: {
      type: "json_patch",
      value: [
        { op: "add", path: "/secret", value: { ssn: "078-05-1120", note: UNICODE } },
        { op: "replace", path: "/status", value: "running" },
      ],
      encoding_options: [],
    },
  });

  const path = join(dir, "typescript-payloads.json");
  writeFileSync(path, JSON.stringify({ keys, blobDir, payloads }));
  return path;
}
