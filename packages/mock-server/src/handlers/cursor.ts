/**
 * Opaque page cursors: base64url-encoded JSON, tagged with what they page, so a cursor from one list
 * sent to another is refused (422) instead of silently paging the wrong thing.
 */

/** Encodes `value` as a cursor of kind `kind`. */
export function encodeCursor(kind: string, value: Record<string, unknown>): string {
  return btoa(JSON.stringify({ k: kind, ...value }))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Decodes a cursor of kind `kind`; `null` if it is not one. */
export function decodeCursor<T extends Record<string, unknown>>(kind: string, cursor: string): T | null {
  try {
    const text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const value = JSON.parse(text) as { k?: unknown } & T;
    if (!value || typeof value !== "object" || value.k !== kind) return null;
    return value;
  } catch {
    return null;
  }
}
