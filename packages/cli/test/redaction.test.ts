/**
 * The API key appears in no output, in any spelling: as typed, JSON-escaped (a key with `"` or `\`),
 * percent-encoded, whatever its length, and not when the option that carries it is mistyped.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRedactor, hideOptionValues, spellingsOf } from "../src/redact.js";
import { startFakeApi, sendJson, type FakeApi } from "./helpers/fake-api.js";
import { runMain } from "./helpers/run-main.js";

/** A server that echoes the key it was sent in every form a body can hold it. */
let echo: FakeApi;
beforeAll(async () => {
  echo = await startFakeApi((req, res) => {
    const key = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
    sendJson(res, 401, {
      detail: `invalid key ${key}`,
      nested: JSON.stringify({ key }),
      url: `https://example.invalid/?key=${encodeURIComponent(key)}`,
      form: new URLSearchParams({ key }).toString(),
    });
  });
});
afterAll(() => echo.close());

describe.each([
  ["a key with a quote and a backslash", 'sk-ab"cd\\ef-0123'],
  ["a key with characters URLs encode", "sk-a+b/c=d&e f"],
  ["a 3-character key", "k9q"],
  ["a 1-character key", "Z"],
])("%s", (_label, key) => {
  test.each([["env"], ["option"]])("from the %s, with --debug: in no output", async (from) => {
    const args = ["--debug", "--base-url", echo.url, "workflows", "ls"];
    const r =
      from === "env"
        ? await runMain(args, { env: { MISTRAL_API_KEY: key } })
        : await runMain(["--api-key", key, ...args]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("invalid key ***");
    for (const spelling of spellingsOf(key)) expect(r.stdout + r.stderr).not.toContain(spelling);
  });
});

test("a mistyped --api-keyy=KEY is not echoed in the unknown-option error", async () => {
  const key = "sk-typo-0123456789";
  for (const args of [
    [`--api-keyy=${key}`],
    [`--apikey=${key}`, "workflows", "ls"],
    ["workflows", "ls", `--api-keyy=${key}`],
  ]) {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--api-?keyy?=\*\*\*'/);
    expect(r.stdout + r.stderr).not.toContain(key);
  }
});

test("every spelling is replaced, longest first", () => {
  const redact = createRedactor(['a"b\\c']);
  expect(redact('raw a"b\\c json a\\"b\\\\c twice a\\\\\\"b\\\\\\\\c url a%22b%5Cc')).toBe(
    "raw *** json *** twice *** url ***",
  );
  expect(hideOptionValues("error: unknown option '--api-keyy=sk-1'")).toBe(
    "error: unknown option '--api-keyy=***'",
  );
});
