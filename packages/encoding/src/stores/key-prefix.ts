/**
 * The object name a store uses for a codec key, by the rule of the Python SDK's S3, GCS and Azure
 * stores (`_get_full_key`), so that a TypeScript client and a Python worker configured with the same
 * prefix read each other's blobs:
 *
 * - no prefix (or an empty one): the key as is;
 * - a key that already starts with the prefix *text* is left as is (a plain string test, not a path
 *   test: with prefix `temporal`, the key `temporal-payload/…` is not prefixed);
 * - else `<prefix>/<key>`, with exactly one `/` added, even if the prefix already ends in `/`.
 */
export function prefixedKey(prefix: string, key: string): string {
  if (prefix === "" || key.startsWith(prefix)) return key;
  return `${prefix}/${key}`;
}
