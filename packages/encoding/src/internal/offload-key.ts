import { pythonQuote } from "./quote.js";

/** The first segment of every blob key (the Python SDK's `BLOB_STORAGE_KEY_PREFIX`). */
export const BLOB_KEY_PREFIX = "temporal-payload";

/** Lowercase hex SHA-256 of the bytes (Web Crypto). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", data as BufferSource));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * `temporal-payload/<namespace>/<execution_id>/sha256:<hex>`, the namespace and id quoted as Python's
 * `urllib.parse.quote(…, safe="")`: the same payload of the same execution always lands on the same key.
 */
export async function blobKey(namespace: string, executionId: string, data: Uint8Array): Promise<string> {
  return `${BLOB_KEY_PREFIX}/${pythonQuote(namespace)}/${pythonQuote(executionId)}/sha256:${await sha256Hex(data)}`;
}
