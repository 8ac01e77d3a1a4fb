/**
 * The small glob the allow-list and the error-code table use to name operations and locations.
 */

/** `*` matches any run of characters; everything else is literal. */
export function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
}
