import { expect, test } from "vitest";
import { prefixedKey } from "../../src/stores/key-prefix.js";

// The Python SDK's `_get_full_key`, case by case (its S3, GCS and Azure stores share the rule).
test.each([
  ["no prefix", "", "temporal-payload/ns/id/sha256:ab", "temporal-payload/ns/id/sha256:ab"],
  ["a prefix", "team-a", "temporal-payload/ns/id/sha256:ab", "team-a/temporal-payload/ns/id/sha256:ab"],
  ["a nested prefix", "env/prod", "temporal-payload/x", "env/prod/temporal-payload/x"],
  ["a key already under the prefix", "team-a", "team-a/temporal-payload/x", "team-a/temporal-payload/x"],
  [
    "a key starting with the prefix text (no path test)",
    "temporal",
    "temporal-payload/x",
    "temporal-payload/x",
  ],
  [
    "a prefix ending in a slash keeps it (two slashes)",
    "team-a/",
    "temporal-payload/x",
    "team-a//temporal-payload/x",
  ],
  [
    "percent-encoded parts are left alone",
    "p",
    "temporal-payload/a%2Fb/c%3Ad/sha256:ab",
    "p/temporal-payload/a%2Fb/c%3Ad/sha256:ab",
  ],
])("%s", (_name, prefix, key, want) => {
  expect(prefixedKey(prefix, key)).toBe(want);
});
