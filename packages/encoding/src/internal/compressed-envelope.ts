import { decode, encode } from "@msgpack/msgpack";
import { quoteText } from "./quote-text.js";
import { PayloadEncodingError } from "../errors.js";

/** The algorithm the envelope names; the Python SDK's `ZstdCompressionConfig` is the only one. */
export interface ZstdAlgorithm {
  algorithm: "zstd";
  level: number;
}

/**
 * The MessagePack envelope of a compressed payload, as the Python SDK's `CompressedPayloadData.to_msgpack()`
 * writes it: a map `{ "compression": { "algorithm": "zstd", "level": n }, "payload": <bin> }`, keys in that
 * order, the bytes as MessagePack `bin`.
 */
export function packEnvelope(payload: Uint8Array, level: number): Uint8Array {
  return encode({ compression: { algorithm: "zstd", level }, payload });
}

/**
 * Reads the envelope as the Python decoder validates it: `compression.algorithm` must be `"zstd"` (anything
 * else is `"unsupported-encoding"`), `level` an integer from 1 to 22, `payload` bytes. The level is not needed
 * to decompress; it is checked so that what Python refuses is refused here too.
 */
export function unpackEnvelope(data: Uint8Array): { compression: ZstdAlgorithm; payload: Uint8Array } {
  let unpacked: unknown;
  try {
    unpacked = decode(data);
  } catch (cause) {
    throw new PayloadEncodingError("malformed-payload", "Invalid compressed payload data (not MessagePack)", {
      cause,
    });
  }
  const envelope = unpacked as { compression?: { algorithm?: unknown; level?: unknown }; payload?: unknown };
  const compression = envelope?.compression;
  if (
    typeof envelope !== "object" ||
    envelope === null ||
    typeof compression !== "object" ||
    compression === null
  ) {
    throw new PayloadEncodingError("malformed-payload", "Invalid compressed payload metadata");
  }
  if (compression.algorithm !== "zstd") {
    throw new PayloadEncodingError(
      "unsupported-encoding",
      `Unsupported compression algorithm: ${quoteText(String(compression.algorithm), 64)}`,
    );
  }
  const level = compression.level ?? 3;
  if (typeof level !== "number" || !Number.isInteger(level) || level < 1 || level > 22) {
    throw new PayloadEncodingError("malformed-payload", "Invalid compressed payload metadata (level)");
  }
  let payload = envelope.payload;
  if (typeof payload === "string") payload = new TextEncoder().encode(payload); // pydantic's lax bytes
  if (!(payload instanceof Uint8Array)) {
    throw new PayloadEncodingError("malformed-payload", "Invalid compressed payload metadata (payload)");
  }
  return { compression: { algorithm: "zstd", level }, payload };
}
