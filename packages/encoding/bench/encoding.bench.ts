/**
 * Encode and decode throughput of the codec, against a plain `crypto.subtle` AES-GCM loop over the same bytes
 * (the JSON text of the payload) in the same run, printed in MB/s and as ratios to that floor:
 *   1. full encryption: JSON, AES-GCM, base64 (and back);
 *   2. full encryption plus zstd level 3 (the compressor this runtime picks: Node's own or WebAssembly);
 *   3. partial encryption of one marked field per 100 records (JSON parse, per-field AES-GCM, Python-style dump);
 *   4. the zstd decompressors alone: Node's native one where present, fzstd (pure JavaScript, the one used
 *      elsewhere) and the WebAssembly build (loaded for compression only; it decompresses slower than fzstd).
 *   pnpm --filter @mistral-workflows/encoding bench        (BENCH_ROUNDS, BENCH_MIB to change the run)
 */
import { decompress as fzstdDecompress } from "fzstd";
import { createPayloadCodec, encryptedString, type NetworkEncodedInput } from "../src/index.js";
import { loadZstdCompressor } from "../src/internal/zstd.js";
import { seededPayload } from "../test/helpers/seeded.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const MIB = Number(process.env.BENCH_MIB ?? 4);
const KEY = "5c".repeat(32);
const ctx = { executionId: "bench" };

const value = seededPayload(1, MIB * 1024 * 1024);
// One marked field per 100 records: partial mode is for a few sensitive fields, each its own AES-GCM call.
const partialValue = {
  records: value.records.map((r, i) => (i % 100 ? r : { ...r, token: encryptedString(r.token) })),
};
const markedFields = Math.ceil(value.records.length / 100);
const bytes = new TextEncoder().encode(JSON.stringify(value));
const megabytes = bytes.length / 1e6;

async function median(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: JIT, key import, WebAssembly instantiation
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

const rawKey = new Uint8Array(32).fill(0x5c);
const key = await crypto.subtle.importKey("raw", rawKey, "AES-GCM", false, ["encrypt", "decrypt"]);
const iv = crypto.getRandomValues(new Uint8Array(12));
const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, bytes));
const floorEncrypt = await median(() => crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, bytes));
const floorDecrypt = await median(() => crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, sealed));

const rows: [string, number, number][] = [];
async function row(name: string, floorMs: number, run: () => Promise<unknown>) {
  rows.push([name, await median(run), floorMs]);
}

const full = createPayloadCodec({ encryption: { mode: "full", mainKey: KEY } });
const fullEncoded = await full.encodeInput(value, ctx);
await row("full: encodeInput", floorEncrypt, () => full.encodeInput(value, ctx));
await row("full: decodeResult", floorDecrypt, () => full.decodeResult(fullEncoded));

const compressed = createPayloadCodec({ encryption: { mode: "full", mainKey: KEY }, compression: {} });
const compressedEncoded: NetworkEncodedInput = await compressed.encodeInput(value, ctx);
await row("full + zstd 3: encodeInput", floorEncrypt, () => compressed.encodeInput(value, ctx));
await row("full + zstd 3: decodeResult", floorDecrypt, () => compressed.decodeResult(compressedEncoded));

const partial = createPayloadCodec({ encryption: { mode: "partial", mainKey: KEY } });
const partialEncoded = await partial.encodeInput(partialValue, ctx);
await row(`partial (${markedFields} fields): encodeInput`, floorEncrypt, () =>
  partial.encodeInput(partialValue, ctx),
);
await row(`partial (${markedFields} fields): decodeResult`, floorDecrypt, () =>
  partial.decodeResult(partialEncoded),
);

const { compress, name: compressor } = await loadZstdCompressor();
const frame = compress(bytes, 3);
const zlib = process.getBuiltinModule?.("node:zlib") as
  { zstdDecompressSync?: (b: Uint8Array) => Uint8Array } | undefined;
if (zlib?.zstdDecompressSync)
  await row("zstd decompress: node:zlib", floorDecrypt, async () => zlib.zstdDecompressSync!(frame));
await row("zstd decompress: fzstd", floorDecrypt, async () =>
  fzstdDecompress(frame, new Uint8Array(bytes.length)),
);
const { Zstd } = await import("@hpcc-js/wasm-zstd");
const wasm = await Zstd.load();
await row("zstd decompress: @hpcc-js/wasm-zstd", floorDecrypt, async () => wasm.decompress(frame));

console.log(
  `encoding bench: ${megabytes.toFixed(2)} MB of JSON (${value.records.length} records), ${ROUNDS} rounds, median; ` +
    `compressor ${compressor}, zstd level 3 → ${((frame.length / bytes.length) * 100).toFixed(0)}% of the JSON; ` +
    `floor = crypto.subtle AES-GCM on the same bytes (${(megabytes / (floorEncrypt / 1000)).toFixed(0)} MB/s encrypt, ` +
    `${(megabytes / (floorDecrypt / 1000)).toFixed(0)} MB/s decrypt)`,
);
for (const [name, ms, floorMs] of rows) {
  const mbps = megabytes / (ms / 1000);
  console.log(
    `  ${name.padEnd(40)} ${mbps.toFixed(0).padStart(6)} MB/s   ${(ms / floorMs).toFixed(1).padStart(5)}× the floor's time`,
  );
}
