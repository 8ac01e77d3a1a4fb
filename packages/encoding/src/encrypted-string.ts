/** The `field_type` that marks a string for partial encryption (the Python SDK's `EncryptableFieldTypes.STRING`). */
export const ENCRYPTED_STRING_FIELD_TYPE = "__encrypted_str__";

/**
 * A string field marked for partial encryption: the wire shape of the Python SDK's `EncryptedStrField`. In
 * partial mode the codec replaces `data` with the base64 of its ciphertext on the way out, and a decoded
 * payload keeps the marker with `data` decrypted (exactly as the Python SDK returns it).
 */
export interface EncryptedStringField {
  /** Always `"__encrypted_str__"`. */
  field_type: typeof ENCRYPTED_STRING_FIELD_TYPE;
  /** The plain text (before encoding and after decoding). */
  data: string;
}

/**
 * Marks `text` for encryption in partial mode. Put the result anywhere in a payload, at any depth:
 *
 * ```ts
 * await codec.encodeInput({ user: "ada", ssn: encryptedString("078-05-1120") }, { executionId });
 * ```
 *
 * Outside partial mode the marker is sent as it is (in full mode, inside the encrypted payload). A marker is
 * found by its `field_type` alone, so a plain object `{ field_type: "__encrypted_str__", data }` works the same.
 */
export function encryptedString(text: string): EncryptedStringField {
  if (typeof text !== "string") throw new TypeError("encryptedString() takes a string");
  return { field_type: ENCRYPTED_STRING_FIELD_TYPE, data: text };
}

/**
 * Every marker in `value`, depth first in key order, as the Python SDK's `_extract_encrypted_fields` finds them:
 * an object whose `field_type` is the marker is taken whole (nothing inside it is searched).
 */
export function findEncryptedStrings(
  value: unknown,
  found: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (Array.isArray(value)) {
    for (const item of value) findEncryptedStrings(item, found);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.field_type === ENCRYPTED_STRING_FIELD_TYPE) {
      found.push(record);
      return found;
    }
    for (const item of Object.values(record)) {
      if (typeof item === "object" && item !== null) findEncryptedStrings(item, found);
    }
  }
  return found;
}
