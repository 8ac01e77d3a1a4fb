import { PayloadEncodingError } from "../errors.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}
const ascii = new TextDecoder();

/** `Buffer` where the runtime has one (Node, Bun, Deno): its base64 is standard, and native. */
interface BufferLike {
  from(data: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: "base64"): string };
  from(data: string, encoding: "base64"): Uint8Array;
}
const nodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/**
 * Standard base64 with padding, as Python's `base64.b64encode`: the runtime's `Buffer` where there is one,
 * else {@link portableToBase64}.
 */
export function toBase64(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  return portableToBase64(bytes);
}

/**
 * Base64 for any runtime: a table over bytes, decoded once as ASCII (building the string a few characters at a
 * time is two orders of magnitude slower on megabytes).
 */
export function portableToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[n >> 18]!;
    out[o++] = ENCODE[(n >> 12) & 63]!;
    out[o++] = ENCODE[(n >> 6) & 63]!;
    out[o++] = ENCODE[n & 63]!;
  }
  if (i < bytes.length) {
    const two = i + 1 < bytes.length;
    const n = (bytes[i]! << 16) | ((two ? bytes[i + 1]! : 0) << 8);
    out[o++] = ENCODE[n >> 18]!;
    out[o++] = ENCODE[(n >> 12) & 63]!;
    out[o++] = two ? ENCODE[(n >> 6) & 63]! : 61;
    out[o++] = 61;
  }
  return ascii.decode(out);
}

/**
 * Decodes base64 the way Python's `base64.b64decode(s)` does (non-validating): characters outside the
 * alphabet are skipped, the input ends at the first complete padding, and a group left incomplete without
 * padding is an error. Canonical input (what every encoder writes) takes the runtime's native decoder.
 */
export function fromBase64(text: string): Uint8Array {
  if (nodeBuffer && text.length % 4 === 0 && text.indexOf("-") < 0 && text.indexOf("_") < 0) {
    // Buffer skips what is not base64 (as Python does) but also reads the URL-safe alphabet (excluded above)
    // and handles padding its own way: its answer is taken only when every character was data or final padding.
    const pads = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    const decoded = nodeBuffer.from(text, "base64");
    if (decoded.byteLength === (text.length / 4) * 3 - pads) {
      return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
    }
  }
  return portableFromBase64(text);
}

/** {@link fromBase64} for any runtime and any input. */
export function portableFromBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let quad = 0;
  let pads = 0;
  let acc = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61 /* = */) {
      if (quad >= 2 && quad + ++pads >= 4) {
        // Padding closes a 2- or 3-character group; CPython's binascii ignores whatever follows.
        if (quad === 2) out[length++] = (acc >> 4) & 255;
        else {
          out[length++] = (acc >> 10) & 255;
          out[length++] = (acc >> 2) & 255;
        }
        quad = 0;
        break;
      }
      continue;
    }
    const value = code < 256 ? DECODE[code]! : -1;
    if (value < 0) continue;
    pads = 0;
    acc = ((acc << 6) | value) & 0xffffff;
    if (++quad === 4) {
      out[length++] = (acc >> 16) & 255;
      out[length++] = (acc >> 8) & 255;
      out[length++] = acc & 255;
      quad = 0;
      acc = 0;
    }
  }
  if (quad !== 0) {
    throw new PayloadEncodingError(
      "malformed-payload",
      "The payload is not valid base64 (incorrect padding)",
    );
  }
  return out.subarray(0, length);
}
