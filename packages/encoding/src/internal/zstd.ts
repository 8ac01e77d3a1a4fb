import { Decompress, decompress as fzstdDecompress } from "fzstd";
import { PayloadEncodingError } from "../errors.js";

/** A zstd compressor: one frame per call, the content size written in the frame header. */
export type ZstdCompress = (data: Uint8Array, level: number) => Uint8Array;

interface NodeZlibZstd {
  zstdCompressSync(data: Uint8Array, options: object): Uint8Array;
  zstdDecompressSync(data: Uint8Array, options: object): Uint8Array;
  constants: Record<string, number>;
}

/**
 * Node's own zstd (`zlib.zstdCompressSync`, Node ≥ 22.15 / 23.8), found through `process.getBuiltinModule`
 * so that no bundle for a browser ever sees an import of `node:zlib`. Bun and Deno answer too where they
 * implement it.
 */
function nodeZstd(): NodeZlibZstd | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proc?.getBuiltinModule?.("node:zlib") as Partial<NodeZlibZstd> | undefined;
  return typeof zlib?.zstdCompressSync === "function" && typeof zlib.zstdDecompressSync === "function"
    ? (zlib as NodeZlibZstd)
    : undefined;
}

let compressor: Promise<{ compress: ZstdCompress; name: string }> | undefined;

/**
 * The compressor for this runtime, loaded once: Node's one-shot `zstdCompressSync` where present (its
 * streaming and async forms leave the content size out of the frame header, which the Python decoder
 * rejects; the one-shot call knows the whole input and writes it), else the zstd library compiled to
 * WebAssembly (`@hpcc-js/wasm-zstd`, loaded only now, with its module inlined: no network at run time).
 */
export function loadZstdCompressor(): Promise<{ compress: ZstdCompress; name: string }> {
  return (compressor ??= (async () => {
    const zlib = nodeZstd();
    if (zlib) {
      const levelParam = zlib.constants.ZSTD_c_compressionLevel!;
      return {
        name: "node:zlib",
        compress: (data, level) => zlib.zstdCompressSync(data, { params: { [levelParam]: level } }),
      };
    }
    try {
      const { Zstd } = await import("@hpcc-js/wasm-zstd");
      const zstd = await Zstd.load();
      return { name: "@hpcc-js/wasm-zstd", compress: (data, level) => zstd.compress(data, level) };
    } catch (cause) {
      compressor = undefined; // a later call may try again
      throw new PayloadEncodingError(
        "compression-unavailable",
        "No zstd compressor could be loaded in this runtime",
        {
          cause,
        },
      );
    }
  })());
}

/**
 * The decompressed size a zstd frame declares in its header (RFC 8878 §3.1.1.1), or `undefined` when the
 * frame leaves it out. Throws `"malformed-payload"` when the bytes are not a zstd frame.
 */
export function frameContentSize(frame: Uint8Array): number | undefined {
  if (frame.length < 5 || frame[0] !== 0x28 || frame[1] !== 0xb5 || frame[2] !== 0x2f || frame[3] !== 0xfd) {
    throw new PayloadEncodingError("malformed-payload", "The compressed payload is not a zstd frame");
  }
  const descriptor = frame[4]!;
  const fcsFlag = descriptor >> 6;
  const singleSegment = (descriptor >> 5) & 1;
  const dictIdBytes = [0, 1, 2, 4][descriptor & 3]!;
  const fcsBytes = fcsFlag === 0 ? singleSegment : [0, 2, 4, 8][fcsFlag]!;
  if (fcsBytes === 0) return undefined;
  let offset = 5 + (singleSegment ? 0 : 1) + dictIdBytes;
  if (frame.length < offset + fcsBytes)
    throw new PayloadEncodingError("malformed-payload", "Truncated zstd frame header");
  let size = 0;
  for (let i = fcsBytes - 1; i >= 0; i--) size = size * 256 + frame[offset + i]!;
  return fcsBytes === 2 ? size + 256 : size;
}

/**
 * Decompresses one zstd frame, never producing more than `maxBytes`: a frame that declares a larger content
 * size is refused before any allocation, and one that declares none is decoded in chunks and stopped at the
 * limit. Node's native decoder is used where present, fzstd (pure JavaScript) elsewhere.
 */
export function zstdDecompress(frame: Uint8Array, maxBytes: number): Uint8Array {
  const declared = frameContentSize(frame);
  if (declared !== undefined && declared > maxBytes) {
    throw tooLarge(maxBytes);
  }
  try {
    const zlib = nodeZstd();
    if (zlib) return zlib.zstdDecompressSync(frame, { maxOutputLength: Math.max(maxBytes, 1) });
    if (declared !== undefined) return fzstdDecompress(frame, new Uint8Array(declared));
    return decompressBounded(frame, maxBytes);
  } catch (cause) {
    if (cause instanceof PayloadEncodingError) throw cause;
    if ((cause as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(maxBytes);
    throw new PayloadEncodingError("malformed-payload", "The compressed payload is not a valid zstd frame", {
      cause,
    });
  }
}

function decompressBounded(frame: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Decompress((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  });
  stream.push(frame, true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function tooLarge(maxBytes: number): PayloadEncodingError {
  return new PayloadEncodingError(
    "too-large",
    `The decompressed payload would exceed maxDecodedSizeBytes (${maxBytes})`,
  );
}
