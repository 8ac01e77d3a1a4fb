/**
 * How response bodies are parsed. By default `JSON.parse`, which reads every number as a JavaScript
 * number: an integer past `Number.MAX_SAFE_INTEGER` (2^53 − 1) loses its last digits, and the API's
 * nanosecond timestamps (`event_timestamp`, about 1.8e18) come out up to ~256 ns off. The `int64`
 * option of `createClient` keeps such integers exact, as strings or `bigint`s, parsing with the
 * lossless-json library, which is loaded only when the option asks for it.
 */

/** What becomes of an integer past the safe range: see {@link createJsonParser}. */
export type Int64Mode = "number" | "string" | "bigint";

/** A response-body parser; {@link ready} resolves once it can {@link parse}. */
export interface JsonParser {
  readonly mode: Int64Mode;
  /** Resolves once `parse` works (at once for `"number"`; after loading lossless-json otherwise). */
  ready(): Promise<void>;
  /**
   * Parses JSON text. With `"string"` or `"bigint"`, every integer outside ±(2^53 − 1) comes back as
   * its exact digits (a string) or a `bigint`; every other number is a number. Throws if called before
   * {@link ready} resolved.
   */
  parse(text: string): unknown;
}

const INTEGER = /^-?\d+$/;

/** A parser for `mode`; `"number"` is plain `JSON.parse`. */
export function createJsonParser(mode: Int64Mode): JsonParser {
  if (mode === "number") return { mode, ready: () => Promise.resolve(), parse: (text) => JSON.parse(text) };
  let parse: ((text: string) => unknown) | undefined;
  let loading: Promise<void> | undefined;
  return {
    mode,
    ready() {
      loading ??= import("lossless-json").then(({ parse: losslessParse, isSafeNumber }) => {
        const number = (digits: string) =>
          isSafeNumber(digits) || !INTEGER.test(digits)
            ? Number(digits)
            : mode === "bigint"
              ? BigInt(digits)
              : digits;
        parse = (text) => losslessParse(text, null, number);
      });
      return loading;
    },
    parse(text) {
      if (!parse) throw new Error("The int64 JSON parser is not loaded yet: await ready() first.");
      return parse(text);
    },
  };
}
