/** Identifiers for generated declarations, from workflow and handler names like `support-workflow`. */

/**
 * Words a generated `const` may not be named: reserved words (strict mode and TypeScript's), names a
 * module may not bind (`eval`, `arguments`), and globals that a binding would shadow confusingly.
 */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with yield let static implements interface package private protected " +
    "public await eval arguments undefined NaN Infinity globalThis"
  ).split(" "),
);

/** `support-workflow` → `SupportWorkflow`; `get_status` → `GetStatus`; never empty, never starting with a digit. */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  if (!joined) return "Unnamed";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** `SupportWorkflow` → `supportWorkflow`; `_9Lives` stays as it is. */
export function lowerFirst(pascal: string): string {
  return pascal.startsWith("_") ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** Whether `name` is a word a generated `const` may not be named (see `RESERVED`). */
export function isReserved(name: string): boolean {
  return RESERVED.has(name);
}

/** Hands out identifiers that are unique within one generated module. */
export interface Names {
  /**
   * `wanted`, or when it is taken (or reserved) the first free `wanted2`, `wanted3`…; the name
   * returned is taken from then on. Values and types share one set, so no two declarations of the
   * module are ever spelled alike.
   */
  take(wanted: string): string;
  /**
   * A stem for one declaration and its types: `stem` itself, or `stem2`, `stem3`… the first for which
   * the `const` (`lowerFirst(stem)`) and every `stem + suffix` are all free; all of them are taken.
   */
  takeStem(stem: string, suffixes: readonly string[]): string;
}

/** {@link Names} with `reserved` (the module's imports) and the reserved words already taken. */
export function createNames(reserved: Iterable<string>): Names {
  const taken = new Set<string>([...RESERVED, ...reserved]);
  return {
    take(wanted) {
      let name = wanted;
      for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
      taken.add(name);
      return name;
    },
    takeStem(stem, suffixes) {
      const names = (s: string) => [lowerFirst(s), ...suffixes.map((suffix) => `${s}${suffix}`)];
      let chosen = stem;
      for (let n = 2; names(chosen).some((name) => taken.has(name)); n++) chosen = `${stem}${n}`;
      for (const name of names(chosen)) taken.add(name);
      return chosen;
    },
  };
}

/** Orders strings by UTF-16 code units, the same on every machine whatever its locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
