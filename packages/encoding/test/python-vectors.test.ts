import { describe, expect, test } from "vitest";
import { createPayloadCodec, PayloadEncodingError } from "../src/index.js";
import { fromBase64, toBase64 } from "../src/internal/base64.js";
import { unpackEnvelope } from "../src/internal/compressed-envelope.js";
import { codecConfig, loadPythonVectors, replayNonces, storeWith } from "./helpers/vectors.js";

// Vectors made by the official Python SDK's encoder (scripts/oracle.py); the commit is in the file.
const doc = loadPythonVectors();

describe(`Python-made vectors (client-python ${doc.source.commit.slice(0, 12)})`, () => {
  test("the file covers what the cross-language proof promises", () => {
    const options = new Set(doc.vectors.flatMap((v) => v.encoded.encoding_options));
    expect([...options].sort()).toEqual(["compressed", "encrypted", "encrypted-partial", "offloaded"]);
    expect(doc.vectors.some((v) => v.decodeWith?.encryption?.secondaryKey)).toBe(true);
    expect(doc.failures.map((f) => f.name)).toContain("tampered ciphertext");
    expect(doc.source.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  test.each(doc.vectors.map((v) => [v.name, v] as const))("decodes: %s", async (_name, vector) => {
    const store = storeWith(vector.blobs);
    const codec = createPayloadCodec(codecConfig(vector.decodeWith ?? vector.config, doc.keys, store));
    expect(codec.isEncoded(vector.encoded)).toBe(true);
    expect(await codec.decodeResult(vector.encoded)).toEqual(vector.decoded);
  });

  test.each(doc.vectors.map((v) => [v.name, v] as const))(
    "re-encodes the same way: %s",
    async (_name, vector) => {
      // Our JSON text of the input equals pydantic's to_json for every value in the vectors.
      expect(JSON.stringify(vector.input)).toBe(vector.plainJson);
      const store = storeWith({});
      const codec = createPayloadCodec(
        codecConfig(vector.config, doc.keys, store, { _getRandomValues: replayNonces(vector.nonces) }),
      );
      const encoded = await codec.encodeInput(vector.input, { executionId: vector.executionId });
      expect(encoded.encoding_options).toEqual(vector.encoded.encoding_options);
      expect(encoded.empty).toBe(false);
      if (!vector.encoded.encoding_options.includes("compressed")) {
        // Deterministic once the nonces are the same: byte for byte, blobs and their keys included.
        expect(encoded.b64payload).toBe(vector.encoded.b64payload);
        expect(Object.fromEntries([...store.blobs].map(([k, v]) => [k, toBase64(v)]))).toEqual(vector.blobs);
      } else {
        // zstd's output depends on the library version; the rest must agree, and the result must decode.
        expect([...store.blobs.keys()].map((k) => k.replace(/[0-9a-f]{64}$/, ""))).toEqual(
          Object.keys(vector.blobs).map((k) => k.replace(/[0-9a-f]{64}$/, "")),
        );
        const decoder = createPayloadCodec(codecConfig(vector.decodeWith ?? vector.config, doc.keys, store));
        expect(await decoder.decodeResult(encoded)).toEqual(vector.decoded);
      }
    },
  );

  test("a compressed vector's envelope is the one Python writes", () => {
    const vector = doc.vectors.find((v) => v.name === "compressed: level 22")!;
    const envelope = unpackEnvelope(fromBase64(vector.encoded.b64payload));
    expect(envelope.compression).toEqual({ algorithm: "zstd", level: 22 });
  });

  test.each(doc.failures.map((f) => [f.name, f] as const))(
    "fails with a typed error: %s",
    async (_name, failure) => {
      expect(failure.pythonError).toBe("WorkflowPayloadEncryptionException");
      const codec = createPayloadCodec(codecConfig(failure.decodeWith, doc.keys, storeWith({})));
      const error = await codec.decodeResult(failure.encoded).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PayloadEncodingError);
      const expected = failure.decodeWith.encryption ? "decryption-failed" : "missing-key";
      expect((error as PayloadEncodingError).type).toBe(expected);
      const text = `${(error as Error).message} ${String((error as Error).stack)} ${JSON.stringify(error)}`;
      for (const key of Object.values(doc.keys)) expect(text).not.toContain(key);
    },
  );

  test.each(doc.events.map((e) => [e.name, e] as const))(
    "decodes the event payload: %s",
    async (_name, event) => {
      const codec = createPayloadCodec(codecConfig(event.config, doc.keys, storeWith({})));
      expect(await codec.decodeEventPayload(event.payload)).toEqual(event.decoded);
    },
  );
});
