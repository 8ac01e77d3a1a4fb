import { PayloadEncodingError } from "../errors.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 with padding, as Python's `base64.b64encode`. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 0x3000; // multiple of 3, so chunks join without padding in between
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let out = "";
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    }
    if (i < end) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const n = (a << 16) | (b << 8);
      out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
      out += i + 1 < end ? ALPHABET[(n >> 6) & 63]! + "=" : "==";
    }
    parts.push(out);
  }
  return parts.join("");
}

/**
 * Decodes base64 the way Python's `base64.b64decode(s)` does (non-validating): characters outside the
 * alphabet are skipped, the input ends at the first complete padding, and a group left incomplete without
 * padding is an error.
 */
export function fromBase64(text: string): Uint8Array {
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
