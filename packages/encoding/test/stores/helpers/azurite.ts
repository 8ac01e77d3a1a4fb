/**
 * A real Azure Blob Storage emulator for the tests: Azurite's blob service (from npm), as a child
 * process on 127.0.0.1 and an ephemeral port, in memory. Startup is bounded (it takes about a second);
 * `stop()` ends the process, killing it if it lingers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Azurite's well-known development account (published in Azure's documentation; no secret). */
export const AZURITE_ACCOUNT = "devstoreaccount1";
export const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

const STARTUP_LIMIT_MS = 20_000;
const STOP_LIMIT_MS = 5_000;

export interface Azurite {
  blobEndpoint: string;
  /** A connection string for the development account, or for another key (to test a wrong one). */
  connectionString(accountKey?: string): string;
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startAzurite(): Promise<Azurite> {
  const main = join(
    dirname(createRequire(import.meta.url).resolve("azurite/package.json")),
    "dist/src/blob/main.js",
  );
  const child = spawn(
    process.execPath,
    [
      main,
      "--blobHost",
      "127.0.0.1",
      "--blobPort",
      "0",
      "--inMemoryPersistence",
      "--extentMemoryLimit",
      "64",
      "--skipApiVersionCheck",
      "--disableTelemetry",
      "--silent",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = async () => {
    child.kill("SIGTERM");
    if (!(await waitForExit(child, STOP_LIMIT_MS))) {
      child.kill("SIGKILL");
      await waitForExit(child, STOP_LIMIT_MS);
    }
  };
  let output = "";
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Azurite did not start within ${STARTUP_LIMIT_MS} ms:\n${output}`)),
        STARTUP_LIMIT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const match = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited (${code}) before listening:\n${output}`));
      });
    });
    const blobEndpoint = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
    return {
      blobEndpoint,
      connectionString: (accountKey = AZURITE_KEY) =>
        `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${accountKey};BlobEndpoint=${blobEndpoint};`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
