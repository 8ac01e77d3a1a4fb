/** mulberry32: a small seeded PRNG, so a large payload is made at test time instead of committed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "alpha",
  "beta",
  "gamma",
  "delta",
  "épsilon",
  "zêta",
  "ηta",
  "θ",
  "日本",
  "😀",
  "kappa",
  "lambda",
];

/**
 * A JSON-safe object of about `bytes` bytes of JSON from `seed`: records of words, integers and a random hex
 * token, so that zstd at level 3 keeps about half of it (a 4 MiB payload stays above the 1 MiB offloading
 * threshold after compression).
 */
export function seededPayload(
  seed: number,
  bytes: number,
): { records: { id: number; text: string; n: number; token: string }[] } {
  const random = seededRandom(seed);
  const records: { id: number; text: string; n: number; token: string }[] = [];
  let size = 0;
  while (size < bytes) {
    const words: string[] = [];
    for (let i = 0; i < 12; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
    let token = "";
    for (let i = 0; i < 64; i++) token += Math.floor(random() * 16).toString(16);
    const record = { id: records.length, text: words.join(" "), n: Math.floor(random() * 1e9), token };
    records.push(record);
    size += JSON.stringify(record).length + 1;
  }
  return { records };
}
