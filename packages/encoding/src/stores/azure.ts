/**
 * `@mistral-workflows/encoding/azure`: a {@link BlobStore} on Azure Blob Storage through
 * `@azure/storage-blob`, an optional peer dependency loaded on first use. It reads and writes the same
 * blobs as the Python SDK's Azure store given the same container and prefix.
 */
import type { ContainerClient } from "@azure/storage-blob";
import type { BlobStore } from "../blob-store.js";
import { BlobNotFoundError } from "../errors.js";
import { prefixedKey } from "./key-prefix.js";
import { lazySdk } from "./load-sdk.js";
import { readBounded, releaseBody, type DownloadBody } from "./read-bounded.js";
import {
  checkCall,
  commonSettings,
  requireName,
  requireOptions,
  type CommonBlobStoreOptions,
} from "./store-arguments.js";
import { BlobStoreArgumentError, BlobTooLargeError } from "./store-errors.js";

/** Options of {@link createAzureBlobStore}: a `ContainerClient`, or a connection string and a container. */
export type AzureBlobStoreOptions = CommonBlobStoreOptions &
  (
    | {
        /**
         * The container to use, e.g. `new ContainerClient(accountUrl + "/" + name, new DefaultAzureCredential())`
         * for the Python setting `azure_storage_account_url`.
         */
        containerClient: ContainerClient;
        connectionString?: never;
        container?: never;
      }
    | {
        containerClient?: never;
        /** A storage account connection string, as the Python setting `azure_connection_string`. A secret: it appears in no error. */
        connectionString: string;
        /** The container's name, as the Python setting `container_name`. */
        container: string;
      }
  );

/** What `JSON.stringify` shows of an Azure store: where it writes, never the connection string. */
export interface AzureBlobStoreDescription {
  store: "azure";
  container: string;
  prefix: string;
  maxBytes: number;
}

/** A {@link BlobStore} on Azure Blob Storage, with a credential-free `toJSON()`. */
export interface AzureBlobStore extends BlobStore {
  /** The container's name, prefix and limit; never the connection string or credentials. */
  toJSON(): AzureBlobStoreDescription;
}

const loadAzure = lazySdk("@azure/storage-blob", () => import("@azure/storage-blob"));

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  details?: { errorCode?: string };
}

function isBlobNotFound(error: unknown): boolean {
  const e = error as RestErrorLike | null;
  return e?.statusCode === 404 && (e.code ?? e.details?.errorCode) === "BlobNotFound";
}

/**
 * A {@link BlobStore} over one Azure Blob Storage container. Keys become blob names by the Python SDK's
 * prefix rule (`<prefix>/<key>` unless the key already starts with the prefix).
 *
 * - `get` downloads the blob; `BlobNotFound` rejects with `BlobNotFoundError` (a missing container
 *   stays the SDK's `RestError`). Above `maxBytes` (default 256 MiB) it rejects with
 *   `BlobTooLargeError`, before reading when the response announces the size.
 * - `exists` reads the blob's properties: a 404 is `false`.
 * - `put` uploads a block blob, replacing one that exists (one request up to 256 MiB). The SDK retries
 *   failed requests; since keys name their content (a SHA-256), a repeated write stores the same bytes.
 *
 * Options are checked at the call (`BlobStoreArgumentError`); the SDK is loaded on the first operation,
 * which rejects with `BlobStoreSdkMissingError` when `@azure/storage-blob` is not installed, or with
 * `BlobStoreArgumentError` when the connection string cannot be parsed.
 */
export function createAzureBlobStore(options: AzureBlobStoreOptions): AzureBlobStore {
  const {
    containerClient: given,
    connectionString,
    container,
  } = requireOptions(options, "createAzureBlobStore");
  if (given !== undefined) {
    if (typeof given?.getBlockBlobClient !== "function")
      throw new BlobStoreArgumentError("containerClient must be a ContainerClient", "containerClient");
    if (connectionString !== undefined || container !== undefined)
      throw new BlobStoreArgumentError(
        "give either containerClient or connectionString and container, not both",
        connectionString !== undefined ? "connectionString" : "container",
      );
  } else {
    requireName(connectionString, "connectionString");
    requireName(container, "container");
  }
  const containerName = given ? given.containerName : (container as string);
  const { prefix, maxBytes } = commonSettings(options);
  let client: ContainerClient | undefined = given;

  async function blob(key: string) {
    if (!client) {
      const azure = await loadAzure();
      try {
        client ??= new azure.ContainerClient(connectionString as string, containerName);
      } catch {
        // The SDK's parse errors may quote the string; ours names only the option.
        throw new BlobStoreArgumentError(
          "connectionString is not a valid Azure Storage connection string",
          "connectionString",
        );
      }
    }
    return client.getBlockBlobClient(prefixedKey(prefix, key));
  }

  return {
    async get(key, { signal } = {}) {
      checkCall(key, signal);
      const target = await blob(key);
      let response;
      try {
        response = await target.download(0, undefined, { abortSignal: signal });
      } catch (error) {
        if (isBlobNotFound(error)) throw new BlobNotFoundError(key);
        throw error;
      }
      const body: DownloadBody | undefined = response.readableStreamBody ?? (await response.blobBody);
      if (response.contentLength !== undefined && response.contentLength > maxBytes) {
        if (body) releaseBody(body);
        throw new BlobTooLargeError(key, maxBytes, response.contentLength);
      }
      return body ? readBounded(body, key, maxBytes, signal, response.contentLength) : new Uint8Array(0);
    },

    async put(key, data, { signal } = {}) {
      checkCall(key, signal, data);
      await (await blob(key)).uploadData(data, { abortSignal: signal });
    },

    async exists(key, { signal } = {}) {
      checkCall(key, signal);
      return (await blob(key)).exists({ abortSignal: signal });
    },

    toJSON: () => ({ store: "azure", container: containerName, prefix, maxBytes }),
  };
}
