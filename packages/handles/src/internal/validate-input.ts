/**
 * `validate: true` of `startExecution()`: checks the input against the JSON Schema of the registration
 * the execution would run, before sending it. The validator (Ajv, JSON Schema 2020-12, with the
 * standard formats) is loaded on first use only, so code that never validates never downloads it.
 */
import {
  InvalidArgumentError,
  WorkflowsError,
  type RequestOptions,
  type WorkflowsClient,
  type components,
} from "@mistral-workflows/client";
import { InputSchemaError, type SchemaIssue } from "../errors.js";

type Registration = components["schemas"]["WorkflowRegistration"];

type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; schemaPath: string; keyword: string; message?: string }[] | null;
};
type Compile = (schema: object) => Validate;

let compiler: Promise<Compile> | undefined;

/** Ajv's constructor from a module namespace, whether a bundler or Node wrapped the CommonJS export once or twice. */
function defaultOf<T>(module: unknown): T {
  const d = (module as { default?: unknown }).default ?? module;
  return (typeof d === "function" ? d : (d as { default: unknown }).default) as T;
}

function loadCompiler(): Promise<Compile> {
  compiler ??= Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]).then(([ajv, formats]) => {
    type AjvLike = { compile: Compile };
    const Ajv = defaultOf<new (options: object) => AjvLike>(ajv);
    const addFormats = defaultOf<(ajv: AjvLike) => void>(formats);
    // strict: false, as registrations carry annotations Ajv does not know (Pydantic's `title`s are
    // fine, but tools add others); allErrors, to report every problem at once.
    const instance = new Ajv({ strict: false, allErrors: true });
    addFormats(instance);
    return (schema: object) => instance.compile(schema);
  });
  return compiler;
}

/**
 * The registration an execute call would run: the last active registration of the workflow (on
 * `deployment` when given), else, when none is active (the execution then waits for a worker), the last
 * registration.
 */
async function registrationOf(
  client: WorkflowsClient,
  workflow: string,
  deployment: string | null | undefined,
  request: RequestOptions,
): Promise<Registration> {
  const { workflow: found } = await client.workflows.getWorkflow({ workflow_identifier: workflow }, request);
  const last = async (active_only: boolean) => {
    const page = await client.workflows.getWorkflowRegistrations(
      { workflow_id: found.id, active_only, limit: 100 },
      request,
    );
    return page.workflow_registrations.filter((r) => !deployment || r.deployment_name === deployment).at(-1);
  };
  const chosen = (await last(true)) ?? (await last(false));
  if (!chosen)
    throw new InvalidArgumentError(
      `validate: workflow "${workflow}" has no registration${deployment ? ` on deployment "${deployment}"` : ""} to validate against.`,
      "validate",
    );
  return chosen;
}

/**
 * Throws {@link InputSchemaError} when `input` does not match the input schema of the registration of
 * `workflow` that would run it. Two requests: the workflow (for its id) and its active registrations
 * (a third, of all its registrations, when none is active).
 */
export async function checkInput(
  client: WorkflowsClient,
  workflow: string,
  deployment: string | null | undefined,
  input: unknown,
  request: RequestOptions,
): Promise<void> {
  const [registration, compile] = await Promise.all([
    registrationOf(client, workflow, deployment, request),
    loadCompiler(),
  ]);
  // The schema's own `$schema` names the draft it was written for; Ajv 2020 reads the drafts it can
  // (2019-09 and 2020-12 keywords, and draft-07's, which they keep) without it.
  const { $schema: _draft, ...schema } = registration.definition.input_schema;
  let validate: Validate;
  try {
    validate = compile(schema);
  } catch (cause) {
    throw new WorkflowsError(
      `validate: the input schema of "${workflow}" (registration ${registration.id}) could not be compiled: ${(cause as Error).message}`,
      { cause },
    );
  }
  if (validate(input === undefined ? null : input)) return;
  const issues: SchemaIssue[] = (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
  }));
  throw new InputSchemaError(workflow, registration.id, issues);
}
