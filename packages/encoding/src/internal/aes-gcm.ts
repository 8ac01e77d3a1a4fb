import { PayloadEncodingError } from "../errors.js";

/** Bytes of the random nonce that starts every ciphertext (the Python SDK's `_NONCE_SIZE`). */
export const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Fills the array with random bytes and returns it (the shape of `crypto.getRandomValues`). */
export type RandomSource = (array: Uint8Array) => Uint8Array;

/** AES-GCM with a main key and an optional secondary key for decryption only (key rotation). */
export interface AesGcm {
  /** `nonce || ciphertext || tag`, as Python's `nonce + AESGCM(key).encrypt(nonce, data, None)`. */
  encrypt(data: Uint8Array): Promise<Uint8Array>;
  /** Tries the main key, then the secondary key; `"decryption-failed"` when neither authenticates. */
  decrypt(data: Uint8Array): Promise<Uint8Array>;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new PayloadEncodingError(
      "invalid-config",
      "Encryption needs Web Crypto (globalThis.crypto.subtle), which this runtime does not provide (in a browser: a secure context)",
    );
  }
  return s;
}

/**
 * Imports the raw keys as non-extractable AES-GCM keys once, on first use; the key bytes are zeroed after
 * the import, so only the runtime's opaque `CryptoKey` objects hold them.
 */
export function createAesGcm(
  mainKey: Uint8Array,
  secondaryKey: Uint8Array | undefined,
  random: RandomSource,
): AesGcm {
  let keys: Promise<CryptoKey[]> | undefined;
  const load = () =>
    (keys ??= (async () => {
      const imported: CryptoKey[] = [];
      for (const raw of secondaryKey ? [mainKey, secondaryKey] : [mainKey]) {
        imported.push(
          await subtle().importKey("raw", raw as BufferSource, { name: "AES-GCM" }, false, [
            "encrypt",
            "decrypt",
          ]),
        );
        raw.fill(0);
      }
      return imported;
    })());

  return {
    async encrypt(data) {
      const [main] = await load();
      const nonce = random(new Uint8Array(NONCE_BYTES));
      const sealed = new Uint8Array(
        await subtle().encrypt({ name: "AES-GCM", iv: nonce as BufferSource }, main!, data as BufferSource),
      );
      const out = new Uint8Array(NONCE_BYTES + sealed.length);
      out.set(nonce, 0);
      out.set(sealed, NONCE_BYTES);
      return out;
    },
    async decrypt(data) {
      if (data.length < NONCE_BYTES + TAG_BYTES) {
        throw new PayloadEncodingError(
          "malformed-ciphertext",
          `The ciphertext is ${data.length} bytes, shorter than a nonce and a tag (${NONCE_BYTES + TAG_BYTES})`,
        );
      }
      const nonce = data.subarray(0, NONCE_BYTES);
      const sealed = data.subarray(NONCE_BYTES);
      for (const key of await load()) {
        try {
          return new Uint8Array(
            await subtle().decrypt(
              { name: "AES-GCM", iv: nonce as BufferSource },
              key,
              sealed as BufferSource,
            ),
          );
        } catch {
          // OperationError: the tag did not verify under this key; try the next one (rotation).
        }
      }
      throw new PayloadEncodingError(
        "decryption-failed",
        "Failed to decrypt the payload: no configured key authenticates it (a wrong key, or a tampered ciphertext)",
      );
    },
  };
}
