/**
 * The operations of the bundled spec (`spec/dist/openapi.json`, written by `pnpm generate`), so that
 * tests compare the generated table with the spec instead of with a hand-kept count.
 */
import { readFileSync } from "node:fs";

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Every operation of the bundled spec by SDK name (`<tag>.<x-sdk-method>`), sorted. */
export function specOperationNames(): string[] {
  const url = new URL("../../../../spec/dist/openapi.json", import.meta.url);
  const doc = JSON.parse(readFileSync(url, "utf8")) as {
    paths: Record<string, Record<string, { tags: string[]; "x-sdk-method": string }>>;
  };
  return Object.values(doc.paths)
    .flatMap((item) =>
      METHODS.filter((m) => item[m]).map((m) => `${item[m]!.tags[0]}.${item[m]!["x-sdk-method"]}`),
    )
    .sort();
}
