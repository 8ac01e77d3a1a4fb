/**
 * The errors of the cloud blob stores, besides {@link BlobNotFoundError}. None of them ever carries a
 * credential (an access key, a connection string, a token): only the option's name, the package's
 * name or the blob's key, which is a content hash and no secret.
 */

/**
 * What went wrong in a {@link BlobStoreError}: branch on this, not on the message. Kebab-case, like
 * every error discriminant of the SDK (`PayloadEncodingError.type` included).
 */
export type BlobStoreErrorCode = "invalid-argument" | "sdk-missing" | "too-large";

/**
 * The snake_case spellings {@link BlobStoreErrorCode} had before every error discriminant of the SDK
 * became kebab-case (`"too_large"` is `"too-large"`, and so on).
 * @deprecated Compare `BlobStoreError.code` with the kebab-case values; `legacyCode` still gives these.
 */
export type LegacyBlobStoreErrorCode = "invalid_argument" | "sdk_missing" | "too_large";

const LEGACY_CODES = {
  "invalid-argument": "invalid_argument",
  "sdk-missing": "sdk_missing",
  "too-large": "too_large",
} as const satisfies Record<BlobStoreErrorCode, LegacyBlobStoreErrorCode>;

/** Base class of the errors a cloud blob store throws itself (the SDKs' own errors pass through). */
export class BlobStoreError extends Error {
  override name = "BlobStoreError";
  /** The kind of failure; see {@link BlobStoreErrorCode}. */
  readonly code: BlobStoreErrorCode;
  constructor(
    message: string,
    /** The kind of failure (a deprecated snake_case spelling is accepted and stored kebab-case). */
    code: BlobStoreErrorCode | LegacyBlobStoreErrorCode,
  ) {
    super(message);
    this.code = code.replace(/_/g, "-") as BlobStoreErrorCode;
  }
  /**
   * {@link code} in its old snake_case spelling (`"invalid_argument"`, `"sdk_missing"`, `"too_large"`),
   * so code that compares with those still matches.
   * @deprecated Compare {@link code} with the kebab-case values.
   */
  get legacyCode(): LegacyBlobStoreErrorCode {
    return LEGACY_CODES[this.code];
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
    super(message, "invalid-argument");
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
      "sdk-missing",
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
      "too-large",
    );
  }
}
