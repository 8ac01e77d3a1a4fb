import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BlobStoreArgumentError } from "../../src/index.js";
import { createS3BlobStore } from "../../src/stores/s3.js";
import { codecKey, blobStoreContract, seededBytes } from "./helpers/store-contract.js";
import { S3RVER_CREDENTIALS, startS3Server, type S3Server } from "./helpers/s3-server.js";

const BUCKET = "payloads";
let server: S3Server;
let config: S3ClientConfig;
let raw: S3Client;

beforeAll(async () => {
  server = await startS3Server([BUCKET]);
  config = {
    endpoint: server.endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  };
  raw = new S3Client(config);
});
afterAll(async () => {
  raw?.destroy();
  await server?.stop();
});

describe("createS3BlobStore against s3rver", () => {
  blobStoreContract(() => ({
    make: (options) => createS3BlobStore({ bucket: BUCKET, client: config, ...options }),
    async rawGet(name) {
      try {
        const out = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: name }));
        return await out.Body!.transformToByteArray();
      } catch (error) {
        if ((error as Error).name === "NoSuchKey") return undefined;
        throw error;
      }
    },
    async rawPut(name, data) {
      await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: name, Body: data }));
    },
    async rawList(prefix) {
      const out = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
      return (out.Contents ?? []).map((o) => o.Key!);
    },
    secrets: [S3RVER_CREDENTIALS.secretAccessKey],
  }));

  test("uses an S3Client it is given", async () => {
    const store = createS3BlobStore({ bucket: BUCKET, client: raw, prefix: "given" });
    const data = seededBytes(300, 20);
    await store.put(codecKey(data), data);
    expect(await store.get(codecKey(data))).toEqual(data);
  });

  test("a request refused for its credentials fails with the SDK's error, which carries no secret", async () => {
    const secret = "wrong-secret-6f1c0d2e9a";
    const store = createS3BlobStore({
      bucket: BUCKET,
      client: { ...config, credentials: { accessKeyId: "UNKNOWN", secretAccessKey: secret } },
    });
    const error = await store.put(codecKey(seededBytes(1, 21)), seededBytes(1, 21)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "InvalidAccessKeyId", $metadata: { httpStatusCode: 403 } });
    const shown = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: 20, showHidden: true })}`;
    expect(shown).not.toContain(secret);
  });

  test("a missing bucket is the SDK's NoSuchBucket, not a missing blob", async () => {
    const store = createS3BlobStore({ bucket: "no-such-bucket", client: config });
    await expect(store.get(codecKey(seededBytes(1, 22)))).rejects.toMatchObject({ name: "NoSuchBucket" });
  });

  test.each([
    ["bucket", { bucket: "" }],
    ["bucket", { bucket: 7 }],
    ["prefix", { bucket: BUCKET, prefix: 1 }],
    ["maxBytes", { bucket: BUCKET, maxBytes: -1 }],
    ["maxBytes", { bucket: BUCKET, maxBytes: 1.5 }],
    ["client", { bucket: BUCKET, client: "http://127.0.0.1" }],
    ["options", undefined],
  ])("rejects a bad %s at the call", (argument, options) => {
    const make = () => createS3BlobStore(options as never);
    expect(make).toThrow(BlobStoreArgumentError);
    expect(make).toThrow(expect.objectContaining({ argument }));
  });
});
