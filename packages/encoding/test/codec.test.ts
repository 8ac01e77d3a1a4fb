import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  createMemoryBlobStore,
  createPayloadCodec,
  encryptedString,
  PayloadEncodingError,
  type BlobStore,
  type PayloadCodecConfig,
} from "../src/index.js";
import { fromBase64, toBase64 } from "../src/internal/base64.js";
import { packEnvelope, unpackEnvelope } from "../src/internal/compressed-envelope.js";
import { frameContentSize } from "../src/internal/zstd.js";
import { seededPayload } from "./helpers/seeded.js";

const MAIN = "6f".repeat(32);
const OLD = "a1".repeat(32);
const ctx = { executionId: "exec-1" };

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<PayloadEncodingError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PayloadEncodingError);
  return error as PayloadEncodingError;
}

function syncFailure(run: () => unknown): PayloadEncodingError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PayloadEncodingError);
  return error as PayloadEncodingError;
}

describe("config is checked at creation", () => {
  const store = createMemoryBlobStore();
  test.each<[string, unknown]>([
    ["unknown mode", { encryption: { mode: "half", mainKey: MAIN } }],
    ["no main key", { encryption: { mode: "full" } }],
    ["a key that is not hex", { encryption: { mode: "full", mainKey: "zz" + MAIN.slice(2) } }],
    ["a key of 192 bits", { encryption: { mode: "full", mainKey: "ab".repeat(24) } }],
    ["a bad secondary key", { encryption: { mode: "full", mainKey: MAIN, secondaryKey: MAIN.slice(1) } }],
    ["level 0", { compression: { level: 0 } }],
    ["level 23", { compression: { level: 23 } }],
    ["a fractional level", { compression: { level: 2.5 } }],
    ["a negative threshold", { compression: { minSizeBytes: -1 } }],
    ["a store without exists", { offloading: { store: { get() {}, put() {} }, namespace: "ns" } }],
    ["no namespace", { offloading: { store } }],
    ["a config that is not an object", "full"],
  ])("%s is an invalid-config error that names no key", (_name, config) => {
    const error = syncFailure(() => createPayloadCodec(config as PayloadCodecConfig));
    expect(error.type).toBe("invalid-config");
    expect(error.name).toBe("PayloadEncodingError");
    expect(error.message).not.toContain(MAIN.slice(2, 20));
  });

  test("keys are taken as Python's bytes.fromhex takes them (case, whitespace between bytes; 128-bit too)", async () => {
    const spaced = MAIN.toUpperCase().replace(/(..)/g, "$1 ") + "\n";
    const a = createPayloadCodec({ encryption: { mode: "full", mainKey: spaced } });
    const b = createPayloadCodec({ encryption: { mode: "full", mainKey: MAIN } });
    expect(await b.decodeResult(await a.encodeInput({ x: 1 }, ctx))).toEqual({ x: 1 });
    const short = createPayloadCodec({ encryption: { mode: "full", mainKey: "0f".repeat(16) } });
    expect(await short.decodeResult(await short.encodeInput("s", ctx))).toBe("s");
  });
});

describe("no key material anywhere", () => {
  test("toJSON, util.inspect, enumerable properties and errors show settings only", async () => {
    const codec = createPayloadCodec({ encryption: { mode: "full", mainKey: MAIN, secondaryKey: OLD } });
    const views = [
      JSON.stringify(codec),
      inspect(codec, { depth: 10, showHidden: true }),
      JSON.stringify(Object.entries(codec)),
    ];
    for (const view of views) {
      expect(view).not.toContain(MAIN.slice(0, 16));
      expect(view).not.toContain(OLD.slice(0, 16));
    }
    expect(codec.toJSON()).toEqual({
      encryption: { mode: "full", secondaryKey: true },
      maxDecodedSizeBytes: 268435456,
    });
    const other = createPayloadCodec({ encryption: { mode: "full", mainKey: "77".repeat(32) } });
    const error = await failure(other.decodeResult(await codec.encodeInput({ x: 1 }, ctx)));
    expect(`${error.message}${error.stack}${JSON.stringify(error)}${inspect(error)}`).not.toMatch(
      /6f6f6f6f|a1a1a1a1|77777777/,
    );
  });
});

describe("encodeInput", () => {
  test("returns the wire's NetworkEncodedInput, empty: false as Python sends it", async () => {
    const plain = await createPayloadCodec().encodeInput({ a: 1 }, ctx);
    expect(plain).toEqual({
      b64payload: toBase64(new TextEncoder().encode('{"a":1}')),
      encoding_options: [],
      empty: false,
    });
  });

  test.each<[string, unknown]>([
    ["undefined", undefined],
    ["a BigInt", { n: 1n }],
    [
      "a cycle",
      (() => {
        const o: Record<string, unknown> = {};
        o.self = o;
        return o;
      })(),
    ],
  ])("%s is an invalid-input error", async (_name, value) => {
    expect((await failure(createPayloadCodec().encodeInput(value, ctx))).type).toBe("invalid-input");
  });

  test("an execution id is required", async () => {
    const codec = createPayloadCodec();
    expect((await failure(codec.encodeInput({}, { executionId: "" }))).type).toBe("invalid-input");
  });

  test("full: a fresh 12-byte nonce each time, then ciphertext and a 16-byte tag", async () => {
    const codec = createPayloadCodec({ encryption: { mode: "full", mainKey: MAIN } });
    const a = fromBase64((await codec.encodeInput({ x: 1 }, ctx)).b64payload);
    const b = fromBase64((await codec.encodeInput({ x: 1 }, ctx)).b64payload);
    expect(a.length).toBe(12 + '{"x":1}'.length + 16);
    expect(a.subarray(0, 12)).not.toEqual(b.subarray(0, 12));
  });

  test("partial: marked strings are encrypted in place and come back decrypted, markers kept", async () => {
    const codec = createPayloadCodec({ encryption: { mode: "partial", mainKey: MAIN } });
    const value = {
      name: "ada",
      ssn: encryptedString("078-05-1120"),
      list: [{ deep: encryptedString("x") }],
    };
    const encoded = await codec.encodeInput(value, ctx);
    expect(encoded.encoding_options).toEqual(["encrypted-partial"]);
    const wire = JSON.parse(new TextDecoder().decode(fromBase64(encoded.b64payload)));
    expect(wire.name).toBe("ada");
    expect(wire.ssn.field_type).toBe("__encrypted_str__");
    expect(wire.ssn.data).not.toContain("078");
    expect(await codec.decodeResult(encoded)).toEqual(value);
  });

  test("partial: a marker whose data is not a string is refused", async () => {
    const codec = createPayloadCodec({ encryption: { mode: "partial", mainKey: MAIN } });
    const error = await failure(codec.encodeInput({ f: { field_type: "__encrypted_str__", data: 5 } }, ctx));
    expect(error.type).toBe("invalid-input");
  });

  test("compression writes the content size in the frame (the Python decoder needs it) and only when smaller", async () => {
    const codec = createPayloadCodec({ compression: { minSizeBytes: 100, level: 5 } });
    const encoded = await codec.encodeInput({ text: "abc".repeat(1000) }, ctx);
    expect(encoded.encoding_options).toEqual(["compressed"]);
    const envelope = unpackEnvelope(fromBase64(encoded.b64payload));
    expect(envelope.compression).toEqual({ algorithm: "zstd", level: 5 });
    expect(frameContentSize(envelope.payload)).toBe(JSON.stringify({ text: "abc".repeat(1000) }).length);
    expect((await codec.encodeInput("short", ctx)).encoding_options).toEqual([]); // below the threshold
    const eager = createPayloadCodec({ compression: { minSizeBytes: 0 } });
    expect((await eager.encodeInput("ab", ctx)).encoding_options).toEqual([]); // a frame larger than "ab"
  });

  test("offloading: content-addressed key, uploaded once, skipped when the blob exists", async () => {
    const memory = createMemoryBlobStore();
    let puts = 0;
    const store: BlobStore = {
      ...memory,
      get: memory.get,
      exists: memory.exists,
      put: (k, d, o) => (puts++, memory.put(k, d, o)),
    };
    const codec = createPayloadCodec({ offloading: { store, namespace: "team (a)", minSizeBytes: 10 } });
    const first = await codec.encodeInput({ text: "y".repeat(50) }, { executionId: "ex!1" });
    const second = await codec.encodeInput({ text: "y".repeat(50) }, { executionId: "ex!1" });
    expect(first).toEqual(second);
    expect(puts).toBe(1);
    const [key] = [...memory.blobs.keys()];
    expect(key).toMatch(/^temporal-payload\/team%20%28a%29\/ex%211\/sha256:[0-9a-f]{64}$/);
    expect(new TextDecoder().decode(fromBase64(first.b64payload))).toBe(JSON.stringify({ key }));
  });

  test("a multi-megabyte payload from a seed: compressed, offloaded and encrypted with the default thresholds", async () => {
    const store = createMemoryBlobStore();
    const codec = createPayloadCodec({
      encryption: { mode: "full", mainKey: MAIN },
      compression: {},
      offloading: { store, namespace: "default" },
    });
    const value = seededPayload(42, 4 * 1024 * 1024);
    const encoded = await codec.encodeInput(value, ctx);
    expect(encoded.encoding_options).toEqual(["compressed", "offloaded", "encrypted"]);
    expect(fromBase64(encoded.b64payload).length).toBeLessThan(200);
    expect(await codec.decodeResult(encoded)).toEqual(value);
  });

  test("a caller's abort reaches the blob store", async () => {
    const codec = createPayloadCodec({
      offloading: { store: createMemoryBlobStore(), namespace: "n", minSizeBytes: 1 },
    });
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(codec.encodeInput({ a: 1 }, { ...ctx, signal: controller.signal })).rejects.toThrow("stop");
  });
});

describe("decodeResult", () => {
  const codec = createPayloadCodec({ encryption: { mode: "full", mainKey: MAIN } });

  test.each<[string, unknown]>([
    ["a plain object", { answer: 42 }],
    ["a string", "hello"],
    ["null", null],
    ["a list", [{ b64payload: "x" }]],
    [
      "an unknown encoding option (as Python: not an encoded result)",
      { b64payload: "e30=", encoding_options: ["brotli"] },
    ],
    ["encoding_options null", { b64payload: "e30=", encoding_options: null }],
  ])("passes %s through unchanged", async (_name, value) => {
    expect(codec.isEncoded(value)).toBe(false);
    expect(await codec.decodeResult(value)).toBe(value);
  });

  test("bytes that are not JSON come back as bytes, as Python returns them", async () => {
    expect(await codec.decodeResult({ b64payload: toBase64(Uint8Array.from([0xff, 0x00])) })).toEqual(
      Uint8Array.from([0xff, 0x00]),
    );
  });

  test("key rotation: main key first, then the secondary", async () => {
    const before = createPayloadCodec({ encryption: { mode: "full", mainKey: OLD } });
    const after = createPayloadCodec({ encryption: { mode: "full", mainKey: MAIN, secondaryKey: OLD } });
    const old = await before.encodeInput({ v: "old" }, ctx);
    const fresh = await after.encodeInput({ v: "new" }, ctx);
    expect(await after.decodeResult(old)).toEqual({ v: "old" });
    expect(await after.decodeResult(fresh)).toEqual({ v: "new" });
    expect((await failure(before.decodeResult(fresh))).type).toBe("decryption-failed");
  });

  test("tampered ciphertext and a truncated one are typed errors", async () => {
    const encoded = await codec.encodeInput({ x: 1 }, ctx);
    const bytes = fromBase64(encoded.b64payload);
    bytes[bytes.length - 1]! ^= 1;
    expect((await failure(codec.decodeResult({ ...encoded, b64payload: toBase64(bytes) }))).type).toBe(
      "decryption-failed",
    );
    const short = { ...encoded, b64payload: toBase64(bytes.subarray(0, 20)) };
    expect((await failure(codec.decodeResult(short))).type).toBe("malformed-ciphertext");
  });

  test("encrypted and no key configured is missing-key", async () => {
    const encoded = await codec.encodeInput({ x: 1 }, ctx);
    expect((await failure(createPayloadCodec().decodeResult(encoded))).type).toBe("missing-key");
  });

  test("an unknown compression algorithm is unsupported-encoding; a broken envelope is malformed-payload", async () => {
    const plain = createPayloadCodec();
    const lz4 = new TextEncoder().encode("x");
    const { encode } = await import("@msgpack/msgpack");
    const other = encode({ compression: { algorithm: "lz4", level: 3 }, payload: lz4 });
    const e1 = await failure(
      plain.decodeResult({ b64payload: toBase64(other), encoding_options: ["compressed"] }),
    );
    expect(e1.type).toBe("unsupported-encoding");
    const e2 = await failure(
      plain.decodeResult({ b64payload: "bm90IG1zZ3BhY2s=", encoding_options: ["compressed"] }),
    );
    expect(e2.type).toBe("malformed-payload");
    const badLevel = encode({ compression: { algorithm: "zstd", level: 0 }, payload: lz4 });
    expect(
      (
        await failure(
          plain.decodeResult({ b64payload: toBase64(badLevel), encoding_options: ["compressed"] }),
        )
      ).type,
    ).toBe("malformed-payload");
  });

  test("a zstd frame without a content size still decodes (bounded), as Python would not", async () => {
    // A raw-block frame with no content size: magic, descriptor 0x00, window byte, last raw block of 7 bytes.
    const body = new TextEncoder().encode('{"a":1}');
    const frame = Uint8Array.from([
      0x28,
      0xb5,
      0x2f,
      0xfd,
      0x00,
      0x00,
      (body.length << 3) | 1,
      0,
      0,
      ...body,
    ]);
    const payload = toBase64(packEnvelope(frame, 3));
    expect(
      await createPayloadCodec().decodeResult({ b64payload: payload, encoding_options: ["compressed"] }),
    ).toEqual({ a: 1 });
    const tight = createPayloadCodec({ maxDecodedSizeBytes: 3 });
    expect(
      (await failure(tight.decodeResult({ b64payload: payload, encoding_options: ["compressed"] }))).type,
    ).toBe("too-large");
  });

  test("a frame that declares more than maxDecodedSizeBytes is refused before decompressing", async () => {
    const writer = createPayloadCodec({ compression: { minSizeBytes: 0 } });
    const encoded = await writer.encodeInput("z".repeat(10_000), ctx);
    const reader = createPayloadCodec({ maxDecodedSizeBytes: 1000 });
    expect((await failure(reader.decodeResult(encoded))).type).toBe("too-large");
  });

  test("offloaded: no store, a missing blob, a changed blob and a bad reference are typed errors", async () => {
    const store = createMemoryBlobStore();
    const writer = createPayloadCodec({ offloading: { store, namespace: "n", minSizeBytes: 1 } });
    const encoded = await writer.encodeInput({ a: "b" }, ctx);
    expect((await failure(createPayloadCodec().decodeResult(encoded))).type).toBe(
      "offloading-not-configured",
    );
    const empty = createPayloadCodec({ offloading: { store: createMemoryBlobStore(), namespace: "n" } });
    expect((await failure(empty.decodeResult(encoded))).type).toBe("blob-not-found");
    const [key] = [...store.blobs.keys()];
    await store.put(key!, new TextEncoder().encode('{"a":"evil"}'));
    expect((await failure(writer.decodeResult(encoded))).type).toBe("blob-mismatch");
    const bad = {
      b64payload: toBase64(new TextEncoder().encode('{"nokey":1}')),
      encoding_options: ["offloaded"],
    };
    expect((await failure(writer.decodeResult(bad))).type).toBe("malformed-payload");
  });
});

describe("event payloads", () => {
  const codec = createPayloadCodec({
    encryption: { mode: "full", mainKey: MAIN },
    compression: { minSizeBytes: 10 },
  });

  test("a payload without encoding options is returned as it is", async () => {
    const payload = { type: "json", value: { a: 1 }, encoding_options: [] };
    expect(await codec.decodeEventPayload(payload)).toBe(payload);
    const unknownType = { type: "yaml", value: "a: 1" };
    expect(await codec.decodeEventPayload(unknownType)).toBe(unknownType);
  });

  test("encodes as a worker does (never offloaded) and decodes to { type, value, encoding_options: [] }", async () => {
    const offloading = createPayloadCodec({
      encryption: { mode: "full", mainKey: MAIN },
      offloading: { store: createMemoryBlobStore(), namespace: "n", minSizeBytes: 1 },
    });
    const encoded = await offloading.encodeEventPayload({ type: "json", value: { text: "t".repeat(100) } });
    expect(encoded.encoding_options).toEqual(["encrypted"]);
    expect(typeof encoded.value).toBe("string");
    expect(await offloading.decodeEventPayload(encoded)).toEqual({
      type: "json",
      value: { text: "t".repeat(100) },
      encoding_options: [],
    });
  });

  test("an unknown encoding option is unsupported-encoding (Python raises too)", async () => {
    const error = await failure(
      codec.decodeEventPayload({ type: "json", value: "e30=", encoding_options: ["brotli"] }),
    );
    expect(error.type).toBe("unsupported-encoding");
  });

  test("a partially encrypted json_patch keeps its patches and decrypts each encrypted value", async () => {
    const partial = createPayloadCodec({ encryption: { mode: "partial", mainKey: MAIN } });
    const payload = {
      type: "json_patch",
      value: [
        { op: "add", path: "/s", value: await partial.encryptPatchValue("secret") },
        { op: "replace", path: "/t", value: "plain" },
      ],
      encoding_options: ["encrypted-partial"],
    };
    expect(await partial.decodeEventPayload(payload)).toEqual({
      type: "json_patch",
      value: [
        { op: "add", path: "/s", value: "secret" },
        { op: "replace", path: "/t", value: "plain" },
      ],
      encoding_options: [],
    });
    expect((await failure(createPayloadCodec().decodeEventPayload(payload))).type).toBe("missing-key");
    expect((await failure(createPayloadCodec().encryptPatchValue("x"))).type).toBe("missing-key");
  });
});

describe("server text in messages", () => {
  test("a hostile blob key or option reaches a message only escaped (no C0/C1 control characters) and capped", async () => {
    const key = "temporal-payload/\u001b[2J\u009b31m/" + "k".repeat(500);
    const codec = createPayloadCodec({ offloading: { store: createMemoryBlobStore(), namespace: "n" } });
    const encoded = {
      b64payload: toBase64(new TextEncoder().encode(JSON.stringify({ key }))),
      encoding_options: ["offloaded"],
    };
    const error = await failure(codec.decodeResult(encoded));
    expect(error.type).toBe("blob-not-found");
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(error.message).toContain("\\u001b[2J\\u009b31m");
    expect(error.message.length).toBeLessThan(300);
    const option = await failure(
      codec.decodeEventPayload({ type: "json", value: "", encoding_options: ["\u0007bell"] }),
    );
    expect(option.message).not.toMatch(/[\u0000-\u001f]/);
  });
});
