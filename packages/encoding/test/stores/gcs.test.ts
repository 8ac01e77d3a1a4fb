import { Storage, type Bucket, type StorageOptions } from "@google-cloud/storage";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BlobNotFoundError, BlobStoreArgumentError } from "../../src/index.js";
import { createGcsBlobStore } from "../../src/stores/gcs.js";
import { codecKey, blobStoreContract, seededBytes } from "./helpers/store-contract.js";
import { startGcsFakeServer, type GcsFakeServer } from "./helpers/gcs-fake-server.js";

const BUCKET = "payloads";
// A service-account-shaped credential: with a custom endpoint the SDK sends no token, so it is never
// used, but the store must not show it.
const KEY_MATERIAL = "MIIEfakeKEYmaterial0123456789";
const PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----\n${KEY_MATERIAL}\n-----END PRIVATE KEY-----\n`;
let server: GcsFakeServer;
let storageOptions: StorageOptions;
let raw: Bucket;

beforeAll(async () => {
  server = await startGcsFakeServer([BUCKET]);
  storageOptions = {
    apiEndpoint: server.apiEndpoint,
    projectId: "test-project",
    credentials: { client_email: "writer@test-project.iam.gserviceaccount.com", private_key: PRIVATE_KEY },
  };
  raw = new Storage(storageOptions).bucket(BUCKET);
});
afterAll(async () => {
  await server?.stop();
});

describe("createGcsBlobStore against the JSON API fake", () => {
  blobStoreContract(() => ({
    make: (options) => createGcsBlobStore({ bucket: BUCKET, storageOptions, ...options }),
    async rawGet(name) {
      try {
        const [contents] = await raw.file(name).download();
        return new Uint8Array(contents);
      } catch (error) {
        if ((error as { code?: number }).code === 404) return undefined;
        throw error;
      }
    },
    async rawPut(name, data) {
      await raw.file(name).save(Buffer.from(data), { resumable: false });
    },
    // The fake's own table: the names exactly as the uploads carried them.
    rawList: async (prefix) =>
      [...server.buckets.get(BUCKET)!.keys()].filter((name) => name.startsWith(prefix)),
    secrets: [PRIVATE_KEY, KEY_MATERIAL],
  }));

  test("uses a Bucket it is given; each operation is one request, the object named exactly by the key", async () => {
    const store = createGcsBlobStore({ bucket: raw, prefix: "given" });
    const data = seededBytes(5000, 30);
    const key = codecKey(data);
    const before = server.requests.length;
    await store.put(key, data);
    expect(await store.exists(key)).toBe(true);
    expect(await store.get(key)).toEqual(data);
    const encoded = encodeURIComponent(`given/${key}`);
    expect(server.requests.slice(before)).toEqual([
      `POST /upload/storage/v1/b/${BUCKET}/o?uploadType=multipart&name=${encoded}`,
      `GET /storage/v1/b/${BUCKET}/o/${encoded}`,
      `GET /storage/v1/b/${BUCKET}/o/${encoded}?alt=media`,
    ]);
    expect(server.buckets.get(BUCKET)!.get(`given/${key}`)?.data).toEqual(Buffer.from(data));
  });

  test("a missing bucket is reported as a missing blob, as the Python store does (any 404)", async () => {
    const store = createGcsBlobStore({ bucket: "no-such-bucket", storageOptions });
    await expect(store.get(codecKey(seededBytes(1, 32)))).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  test.each([
    ["bucket", { bucket: "" }],
    ["bucket", { bucket: 7 }],
    ["storageOptions", "bucket-with-options"],
    ["prefix", { bucket: BUCKET, prefix: 1 }],
    ["maxBytes", { bucket: BUCKET, maxBytes: Number.NaN }],
    ["options", null],
  ])("rejects a bad %s at the call", (argument, options) => {
    const given = options === "bucket-with-options" ? { bucket: raw, storageOptions } : options;
    const make = () => createGcsBlobStore(given as never);
    expect(make).toThrow(BlobStoreArgumentError);
    expect(make).toThrow(expect.objectContaining({ argument }));
  });
});
