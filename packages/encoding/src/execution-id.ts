// RFC 4122 §4.3: the DNS namespace UUID, 6ba7b810-9dad-11d1-80b4-00c04fd430c8.
const NAMESPACE_DNS = Uint8Array.from([
  0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
]);

/** A name-based UUID (version 5, SHA-1) in the DNS namespace, as 32 hex digits (Python's `uuid5(...).hex`). */
async function uuid5Hex(name: string): Promise<string> {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(NAMESPACE_DNS, 0);
  input.set(nameBytes, 16);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-1", input)).subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  let hex = "";
  for (const byte of hash) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * An execution id made on the client, as the Python SDK makes one when it must encode an execute call's input
 * before the server could choose the id (`generate_two_part_id`): 64 hex digits, the first 32 the version-5 UUID
 * of `workflowIdentifier` (so ids of one workflow share a prefix), the last 32 that of a random UUID. Without a
 * workflow identifier both halves are random.
 *
 * ```ts
 * const executionId = await generateExecutionId("support-workflow"); // "501c258c…" + 32 random hex digits
 * ```
 */
export async function generateExecutionId(workflowIdentifier?: string): Promise<string> {
  const randomHex = () => globalThis.crypto.randomUUID().replaceAll("-", "");
  const first = await uuid5Hex(workflowIdentifier ? workflowIdentifier : randomHex());
  return first + (await uuid5Hex(randomHex()));
}

/** The version-5 UUID half, exposed for tests against CPython's `uuid.uuid5(uuid.NAMESPACE_DNS, name).hex`. */
export const _uuid5Hex = uuid5Hex;
