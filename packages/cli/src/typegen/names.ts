/** Identifiers for generated declarations, from workflow and handler names like `support-workflow`. */

const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

/** `support-workflow` → `SupportWorkflow`; `get_status` → `GetStatus`; never empty, never starting with a digit. */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  if (!joined) return "Unnamed";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** `support-workflow` → `supportWorkflow`, a valid identifier that is not a reserved word. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  const camel = pascal.startsWith("_") ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
  return RESERVED.has(camel) ? `${camel}Workflow` : camel;
}
