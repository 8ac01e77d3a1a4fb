/**
 * `@mistral-workflows/cli`: the `mistral-workflows` command (see its `--help`), and the functions
 * behind it that are useful from code.
 */
export { EXIT_CODES } from "./exit-codes.js";
export type { ExitCode } from "./exit-codes.js";
export { VERSION } from "./version.js";
export { generateWorkflowTypes } from "./typegen/generate-workflow-types.js";
export type { GenerateWorkflowTypesOptions, TypegenWarning } from "./typegen/generate-workflow-types.js";
