/**
 * `@mistral-workflows/typegen`: TypeScript definitions of the deployed workflows, from the JSON Schemas
 * of their registrations. The `mistral-workflows typegen` command of `@mistral-workflows/cli` loads it
 * on demand; apps and build scripts call it directly. Node only: it loads json-schema-to-typescript
 * and prettier, which is why it is a package of its own and not part of the CLI's default install.
 */
export { generateWorkflowModule, generateWorkflowTypes } from "./generate-workflow-types.js";
export type {
  GeneratedWorkflowModule,
  GenerateWorkflowTypesOptions,
  TypegenWarning,
} from "./generate-workflow-types.js";
export { GeneratedModuleShapeError } from "./module-shape.js";
