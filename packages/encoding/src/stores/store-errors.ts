/**
 * The errors of the cloud blob stores, besides {@link BlobNotFoundError}. None of them ever carries a
 * credential (an access key, a connection string, a token): only the option's name, the package's
 * name or the blob's key, which is a content hash and no secret.
 */

/** What went wrong in a {@link BlobStoreError}: branch on this, not on the message. */
export type BlobStoreErrorCode = "invalid_argument" | "sdk_missing" | "too_large";

/** Base class of the errors a cloud blob store throws itself (the SDKs' own errors pass through). */
export class BlobStoreError extends Error {
  override name = "BlobStoreError";
  constructor(
    message: string,
    /** The kind of failure. */
    readonly code: BlobStoreErrorCode,
  ) {
    super(message);
  }
}

/** An option or argument was rejected before any request was sent. */
export class BlobStoreArgumentError extends BlobStoreError {
  override name = "BlobStoreArgumentError";
  constructor(
    message: string,
    /** The offending option or argument, e.g. `bucket`, `maxBytes`, `key`. */
    readonly argument: string,
  ) {
    super(message, "invalid_argument");
  }
}

/** The store's cloud SDK (an optional peer dependency) is not installed: install {@link packageName}. */
export class BlobStoreSdkMissingError extends BlobStoreError {
  override name = "BlobStoreSdkMissingError";
  constructor(
    /** The npm package to install, e.g. `@aws-sdk/client-s3`. */
    readonly packageName: string,
  ) {
    super(
      `This blob store needs the optional package ${packageName}: npm install ${packageName}`,
      "sdk_missing",
    );
  }
}

/**
 * A blob is larger than the store's `maxBytes`. The store stopped reading at the limit (or before
 * reading, when the service announced the size), so memory stays bounded.
 */
export class BlobTooLargeError extends BlobStoreError {
  override name = "BlobTooLargeError";
  constructor(
    /** The key that was asked for. */
    readonly key: string,
    /** The limit in bytes. */
    readonly maxBytes: number,
    /** The blob's size in bytes when the service announced it, else `undefined`. */
    readonly size?: number,
  ) {
    super(
      `Blob ${key} is larger than maxBytes (${maxBytes} bytes${size === undefined ? "" : `; it has ${size}`})`,
      "too_large",
    );
  }
}
