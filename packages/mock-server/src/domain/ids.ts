/**
 * Deterministic identifiers: every id the mock server makes comes from one seeded generator, so two
 * servers created with the same seed and sent the same requests hand out the same ids.
 */

/** Makes ids from a seeded pseudo-random sequence. */
export interface IdSource {
  /** A random (version 4) UUID. */
  uuid4(): string;
  /** A time-ordered (version 7) UUID for the given time in milliseconds, as the API's execution ids. */
  uuid7(ms: number): string;
  /** `bytes` random bytes as lowercase hex (trace ids are 16 bytes, span ids 8). */
  hex(bytes: number): string;
}

/** mulberry32: small, fast and good enough for ids that only need to look random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Creates an {@link IdSource} seeded with `seed`. */
export function createIdSource(seed: number): IdSource {
  const next = mulberry32(seed);
  const bytes = (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const v = next();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (j * 8)) & 0xff;
    }
    return out;
  };
  const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  const format = (h: string) =>
    `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  return {
    uuid4() {
      const b = bytes(16);
      b[6] = (b[6]! & 0x0f) | 0x40;
      b[8] = (b[8]! & 0x3f) | 0x80;
      return format(hex(b));
    },
    uuid7(ms) {
      const b = bytes(16);
      // RFC 9562 §5.7: 48-bit big-endian Unix time in milliseconds, then version and variant bits.
      let t = Math.max(0, Math.floor(ms));
      for (let i = 5; i >= 0; i--) {
        b[i] = t % 256;
        t = Math.floor(t / 256);
      }
      b[6] = (b[6]! & 0x0f) | 0x70;
      b[8] = (b[8]! & 0x3f) | 0x80;
      return format(hex(b));
    },
    hex: (n) => hex(bytes(n)),
  };
}

/** FNV-1a, 32-bit: a stable short hash (user ids derived from API keys). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
