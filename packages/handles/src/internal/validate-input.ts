/**
 * `validate: true` of `startExecution()`: checks the input against the JSON Schema of the registration
 * the execution would run, before sending it. The validator (Ajv, JSON Schema 2020-12, with the
 * standard formats) is loaded on first use only, so code that never validates never downloads it.
 * Each distinct schema is compiled once and its validator reused (a bounded cache, below).
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
interface AjvLike {
  compile(schema: object): Validate;
  removeSchema(schema: object): unknown;
}
type MakeAjv = () => AjvLike;

let loading: Promise<MakeAjv> | undefined;

/** Ajv's constructor from a module namespace, whether a bundler or Node wrapped the CommonJS export once or twice. */
function defaultOf<T>(module: unknown): T {
  const d = (module as { default?: unknown }).default ?? module;
  return (typeof d === "function" ? d : (d as { default: unknown }).default) as T;
}

function loadAjv(): Promise<MakeAjv> {
  loading ??= Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]).then(([ajv, formats]) => {
    const Ajv = defaultOf<new (options: object) => AjvLike>(ajv);
    const addFormats = defaultOf<(ajv: AjvLike) => void>(formats);
    return () => {
      // strict: false, as registrations carry annotations Ajv does not know (Pydantic's `title`s are
      // fine, but tools add others); allErrors, to report every problem at once; addUsedSchema: false,
      // so a schema's `$id` is not registered in the instance: two registrations (or two fetches of one)
      // may carry the same `$id`, which Ajv would otherwise refuse as "already exists".
      const instance = new Ajv({ strict: false, allErrors: true, addUsedSchema: false });
      addFormats(instance);
      return instance;
    };
  });
  return loading;
}

/**
 * Compiled validators, one per distinct schema text, least recently used first. Registrations arrive
 * as fresh objects on every call, so the key is the schema's canonical text (keys sorted), not the
 * object. Bounded both in entries and in total text, so a server that sends a new schema on every
 * call costs a compilation each time but never an ever-growing heap.
 */
const MAX_VALIDATORS = 64;
const MAX_CACHED_CHARS = 4_000_000;
/**
 * An Ajv instance keeps a little per compiled schema even after `removeSchema` (the `$id`s of nested
 * schemas), so it is replaced after this many compilations; an old one is freed once the last of its
 * validators leaves the cache.
 */
const COMPILATIONS_PER_INSTANCE = MAX_VALIDATORS;

interface Entry {
  validate: Validate;
  ajv: AjvLike;
  schema: object;
}
const validators = new Map<string, Entry>();
let cachedChars = 0;
let instance: AjvLike | undefined;
let instanceCompilations = 0;

/** JSON text with object keys sorted, so that two equal schemas give one key whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: Record<string, unknown>) =>
    v && typeof v == "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );

/**
 * The validator of `schema`, compiled on first use and then reused while it stays in the cache. A
 * schema bigger than the whole cache is compiled, used, and evicted at once (with everything else).
 */
function validatorOf(schema: object, makeAjv: MakeAjv): Validate {
  const key = canonical(schema);
  let entry = validators.get(key);
  if (entry)
    validators.delete(key); // re-inserted last: most recently used
  else {
    if (!instance || instanceCompilations++ >= COMPILATIONS_PER_INSTANCE) {
      instance = makeAjv();
      instanceCompilations = 1;
    }
    const ajv = instance;
    try {
      entry = { validate: ajv.compile(schema), ajv, schema };
    } catch (error) {
      ajv.removeSchema(schema); // Ajv caches the schema before compiling it
      throw error;
    }
    cachedChars += key.length;
  }
  validators.set(key, entry);
  for (const [oldKey, old] of validators) {
    if (validators.size <= MAX_VALIDATORS && cachedChars <= MAX_CACHED_CHARS) break;
    validators.delete(oldKey);
    cachedChars -= oldKey.length;
    // Frees Ajv's own cache entry for this schema object (Ajv keys its cache by object identity).
    old.ajv.removeSchema(old.schema);
  }
  return entry.validate;
}

/** For tests: how many validators the cache holds now, and at most. */
export function _validatorCacheStats(): { cached: number; maxValidators: number } {
  return { cached: validators.size, maxValidators: MAX_VALIDATORS };
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
  const [registration, makeAjv] = await Promise.all([
    registrationOf(client, workflow, deployment, request),
    loadAjv(),
  ]);
  // The schema's own `$schema` names the draft it was written for; Ajv 2020 reads the drafts it can
  // (2019-09 and 2020-12 keywords, and draft-07's, which they keep) without it.
  const { $schema: _draft, ...schema } = registration.definition.input_schema;
  let validate: Validate;
  try {
    validate = validatorOf(schema, makeAjv);
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
