/**
 * Node-only parts of `@mistral-workflows/encoding`, behind their own entry so that a browser bundle never
 * loads `node:fs`: `import { createFileBlobStore } from "@mistral-workflows/encoding/node"`.
 * @module
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { BlobStore } from "./blob-store.js";
import { BlobNotFoundError, PayloadEncodingError } from "./errors.js";

/**
 * The file path of a blob key under `root`: each `/`-separated segment becomes one directory level, every byte
 * outside `A-Z a-z 0-9 . _ -` written `%XX` (so `sha256:…` is `sha256%3A…` and works on every file system), and a
 * key with an empty, `.` or `..` segment is refused, so no key reaches outside `root`.
 */
export function fileBlobPath(root: string, key: string): string {
  if (typeof key !== "string" || key === "") throw unsafeKey();
  const segments = key.split("/").map((segment) => {
    if (segment === "" || segment === "." || segment === "..") throw unsafeKey();
    let out = "";
    for (const byte of new TextEncoder().encode(segment)) {
      const ch = String.fromCharCode(byte);
      out += /[A-Za-z0-9._-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
  });
  const base = resolve(root);
  const path = resolve(base, ...segments);
  if (!path.startsWith(base + sep)) throw unsafeKey(); // belt and braces: the rules above already ensure it
  return path;
}

function unsafeKey(): PayloadEncodingError {
  return new PayloadEncodingError(
    "malformed-payload",
    "A blob key must be non-empty segments separated by /, none of them . or ..",
  );
}

/**
 * A {@link BlobStore} in a directory, one file per blob (see {@link fileBlobPath} for the layout). Writes go to a
 * temporary file renamed into place, so a reader never sees half a blob. For local development, tests and a
 * directory shared with workers on the same machine.
 *
 * @param dir - the root directory; created on the first `put`.
 */
export function createFileBlobStore(dir: string): BlobStore {
  if (typeof dir !== "string" || dir === "") {
    throw new PayloadEncodingError("invalid-config", "createFileBlobStore() needs a directory path");
  }
  return {
    async get(key, options) {
      const path = fileBlobPath(dir, key);
      try {
        return new Uint8Array(await readFile(path, { signal: options?.signal }));
      } catch (error) {
        if ((error as { code?: string }).code === "ENOENT") throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async put(key, data, options) {
      const path = fileBlobPath(dir, key);
      options?.signal?.throwIfAborted();
      await mkdir(join(path, ".."), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, data, { signal: options?.signal });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async exists(key, options) {
      const path = fileBlobPath(dir, key);
      options?.signal?.throwIfAborted();
      try {
        return (await stat(path)).isFile();
      } catch (error) {
        if ((error as { code?: string }).code === "ENOENT") return false;
        throw error;
      }
    },
  };
}
