import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";
import { lazySdk } from "../../src/stores/load-sdk.js";
import { BlobStoreSdkMissingError } from "../../src/stores/store-errors.js";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "encoding-load-sdk-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test("a package that is not installed rejects with BlobStoreSdkMissingError naming it", async () => {
  const name = "@mistral-workflows/not-an-installed-sdk";
  const load = lazySdk(name, () => import(/* @vite-ignore */ name));
  const error = await load().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BlobStoreSdkMissingError);
  expect(error).toMatchObject({ name: "BlobStoreSdkMissingError", code: "sdk-missing", packageName: name });
  expect((error as Error).message).toContain(`npm install ${name}`);
});

test("a package that fails for another reason passes its own error through, and is tried again", async () => {
  const dir = tempDir();
  const file = join(dir, "broken.mjs");
  writeFileSync(file, `throw new Error("broken at load");`);
  let attempts = 0;
  const load = lazySdk("@aws-sdk/client-s3", () => {
    attempts++;
    return import(/* @vite-ignore */ `${pathToFileURL(file).href}?attempt=${attempts}`);
  });
  await expect(load()).rejects.toThrow("broken at load");
  writeFileSync(file, `export const ok = true;`);
  await expect(load()).resolves.toMatchObject({ ok: true });
  expect(attempts).toBe(2);
});

test("a missing dependency of the package is not reported as the package missing", async () => {
  const dir = tempDir();
  const file = join(dir, "sdk.mjs");
  writeFileSync(file, `import "@mistral-workflows/a-missing-transitive-dependency";`);
  const load = lazySdk("@azure/storage-blob", () => import(/* @vite-ignore */ pathToFileURL(file).href));
  const error = await load().catch((e: unknown) => e);
  expect(error).not.toBeInstanceOf(BlobStoreSdkMissingError);
  expect(error).toMatchObject({ code: "ERR_MODULE_NOT_FOUND" });
});

test("a loaded module is imported once", async () => {
  let attempts = 0;
  const load = lazySdk("@google-cloud/storage", async () => ({ n: ++attempts }));
  expect(await load()).toBe(await load());
  expect(attempts).toBe(1);
});
