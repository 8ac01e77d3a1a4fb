/**
 * Loads a cloud SDK (an optional peer dependency) on first use, so that importing a store's subpath
 * costs nothing and a missing SDK is reported as {@link BlobStoreSdkMissingError} naming the package.
 */
import { BlobStoreSdkMissingError } from "./store-errors.js";

/** True when `error` says that `packageName` itself could not be resolved (not one of its dependencies). */
function isMissing(error: unknown, packageName: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const notFound = code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
  return (
    notFound &&
    new RegExp(`['"]${packageName.replace(/[/\\^$.*+?()[\]{}|-]/g, "\\$&")}['"/]`).test(error.message)
  );
}

/**
 * Runs `importer` (an `import()` of `packageName`, written out literally so bundlers see it) once and
 * caches its module. A module that cannot be found rejects with {@link BlobStoreSdkMissingError}, and the
 * next call tries again (the package may have been installed since).
 */
export function lazySdk<T>(packageName: string, importer: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw isMissing(error, packageName) ? new BlobStoreSdkMissingError(packageName) : error;
    });
    return loading;
  };
}
