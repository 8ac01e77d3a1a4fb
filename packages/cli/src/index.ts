/**
 * `@mistral-workflows/cli`: the `mistral-workflows` command (see its `--help`), and the functions
 * behind it that are useful from code. `generateWorkflowTypes()` lives in `@mistral-workflows/typegen`,
 * which the `typegen` command loads on demand.
 */
export { EXIT_CODES } from "./exit-codes.js";
export type { ExitCode } from "./exit-codes.js";
export { VERSION } from "./version.js";
