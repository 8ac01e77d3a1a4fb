/**
 * Errors of the handles package. Like every error of the SDK they are `WorkflowsError`s of
 * `@mistral-workflows/client`; HTTP failures stay the client's typed errors.
 */
import { InvalidArgumentError } from "@mistral-workflows/client";

/** One way an input fails its JSON Schema (see {@link InputSchemaError}). */
export interface SchemaIssue {
  /** JSON Pointer to the offending value in the input, `""` for the input itself (e.g. `/ticket_id`). */
  instancePath: string;
  /** JSON Pointer to the rule it breaks in the schema (e.g. `#/properties/ticket_id/type`). */
  schemaPath: string;
  /** The rule's keyword (`type`, `required`, `enum`…). */
  keyword: string;
  /** What is wrong, e.g. `must be string`. */
  message: string;
}

/**
 * `startExecution(…, { validate: true })` found that the input does not match the input schema of the
 * workflow's registration, so nothing was started. An `InvalidArgumentError` (argument `input`), with
 * every problem in `issues`.
 */
export class InputSchemaError extends InvalidArgumentError {
  static override readonly errorBrand: string = "@mistral-workflows/handles.InputSchemaError";
  override name = "InputSchemaError";
  constructor(
    /** The workflow whose schema the input failed. */
    readonly workflow: string,
    /** ID of the registration whose `definition.input_schema` was used. */
    readonly registrationId: string,
    /** Every problem found. */
    readonly issues: SchemaIssue[],
  ) {
    const shown = issues
      .slice(0, 3)
      .map((i) => `${i.instancePath || "input"} ${i.message} (schema ${i.schemaPath})`)
      .join("; ");
    const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : "";
    super(`The input does not match the input schema of "${workflow}": ${shown}${more}.`, "input");
  }
}
