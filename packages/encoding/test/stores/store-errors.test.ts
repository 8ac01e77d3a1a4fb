import { expect, test } from "vitest";
import {
  BlobStoreArgumentError,
  BlobStoreError,
  BlobStoreSdkMissingError,
  BlobTooLargeError,
  type BlobStoreErrorCode,
  type LegacyBlobStoreErrorCode,
} from "../../src/index.js";

test.each<[BlobStoreError, BlobStoreErrorCode, LegacyBlobStoreErrorCode]>([
  [new BlobStoreArgumentError("bad bucket", "bucket"), "invalid-argument", "invalid_argument"],
  [new BlobStoreSdkMissingError("@aws-sdk/client-s3"), "sdk-missing", "sdk_missing"],
  [new BlobTooLargeError("k", 10, 11), "too-large", "too_large"],
])(
  "%s: code is kebab-case, and the deprecated legacyCode keeps the old spelling matchable",
  (error, code, legacy) => {
    expect(error).toBeInstanceOf(BlobStoreError);
    expect(error.code).toBe(code);
    expect(error.legacyCode).toBe(legacy);
  },
);

test("a store's own subclass that still passes a snake_case code gets the kebab-case one", () => {
  const error = new BlobStoreError("too big", "too_large");
  expect(error.code).toBe("too-large");
  expect(error.legacyCode).toBe("too_large");
});
