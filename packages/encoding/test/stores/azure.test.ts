import { ContainerClient } from "@azure/storage-blob";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BlobStoreArgumentError } from "../../src/index.js";
import { createAzureBlobStore } from "../../src/stores/azure.js";
import { codecKey, blobStoreContract, seededBytes } from "./helpers/store-contract.js";
import { AZURITE_KEY, startAzurite, type Azurite } from "./helpers/azurite.js";

const CONTAINER = "payloads";
let azurite: Azurite;
let raw: ContainerClient;

beforeAll(async () => {
  azurite = await startAzurite();
  raw = new ContainerClient(azurite.connectionString(), CONTAINER);
  await raw.create();
});
afterAll(async () => {
  await azurite?.stop();
});

describe("createAzureBlobStore against Azurite", () => {
  blobStoreContract(() => ({
    make: (options) =>
      createAzureBlobStore({
        connectionString: azurite.connectionString(),
        container: CONTAINER,
        ...options,
      }),
    async rawGet(name) {
      const blob = raw.getBlockBlobClient(name);
      if (!(await blob.exists())) return undefined;
      return new Uint8Array(await blob.downloadToBuffer());
    },
    async rawPut(name, data) {
      await raw.getBlockBlobClient(name).uploadData(data);
    },
    async rawList(prefix) {
      const names: string[] = [];
      for await (const blob of raw.listBlobsFlat({ prefix })) names.push(blob.name);
      return names;
    },
    secrets: [AZURITE_KEY],
  }));

  test("uses a ContainerClient it is given", async () => {
    const store = createAzureBlobStore({ containerClient: raw, prefix: "given" });
    const data = seededBytes(300, 40);
    await store.put(codecKey(data), data);
    expect(await raw.getBlockBlobClient(`given/${codecKey(data)}`).exists()).toBe(true);
    expect(await store.get(codecKey(data))).toEqual(data);
    expect(store.toJSON()).toEqual({
      store: "azure",
      container: CONTAINER,
      prefix: "given",
      maxBytes: 268435456,
    });
  });

  test("a request refused for its key fails with the SDK's error, which carries no key", async () => {
    const wrongKey = Buffer.from("not-the-account-key-but-also-secret-0123456789abcdef").toString("base64");
    const store = createAzureBlobStore({
      connectionString: azurite.connectionString(wrongKey),
      container: CONTAINER,
    });
    const error = await store.exists(codecKey(seededBytes(1, 41))).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RestError", statusCode: 403 });
    const shown = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: 20, showHidden: true })}`;
    expect(shown).not.toContain(wrongKey);
  });

  test("a connection string the SDK cannot parse is a BlobStoreArgumentError that does not quote it", async () => {
    const connectionString = "AccountName=devstoreaccount1;AccountKey=c2VjcmV0LWtleS12YWx1ZQ==;Protocol=ftp";
    const store = createAzureBlobStore({ connectionString, container: CONTAINER });
    const error = await store.get("k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobStoreArgumentError);
    expect(error).toMatchObject({ argument: "connectionString" });
    expect(`${String(error)}\n${inspect(error, { depth: 20 })}`).not.toContain("c2VjcmV0LWtleS12YWx1ZQ==");
  });

  test("a missing container is the SDK's ContainerNotFound, not a missing blob", async () => {
    const store = createAzureBlobStore({
      connectionString: azurite.connectionString(),
      container: "no-such-container",
    });
    await expect(store.get(codecKey(seededBytes(1, 42)))).rejects.toMatchObject({
      name: "RestError",
      statusCode: 404,
      code: "ContainerNotFound",
    });
  });

  test.each([
    ["connectionString", { container: CONTAINER }],
    ["container", { connectionString: "UseDevelopmentStorage=true" }],
    ["containerClient", { containerClient: {} }],
    ["connectionString", "both"],
    ["maxBytes", { connectionString: "UseDevelopmentStorage=true", container: CONTAINER, maxBytes: "1" }],
  ])("rejects a bad %s at the call", (argument, options) => {
    const given =
      options === "both" ? { containerClient: raw, connectionString: "UseDevelopmentStorage=true" } : options;
    const make = () => createAzureBlobStore(given as never);
    expect(make).toThrow(BlobStoreArgumentError);
    expect(make).toThrow(expect.objectContaining({ argument }));
  });
});
