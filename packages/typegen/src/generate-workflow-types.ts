/**
 * `generateWorkflowTypes()`: a TypeScript module that declares the deployed workflows with the handles
 * package's `defineWorkflow`/`defineSignal`/`defineQuery`/`defineUpdate`, their payload types compiled
 * from the JSON Schemas in each registration's `definition` by json-schema-to-typescript.
 */
import { InvalidArgumentError, type components, type WorkflowsClient } from "@mistral-workflows/client";
import { paginate } from "@mistral-workflows/pagination";
import { escapeControls } from "./escape-controls.js";
import { assertTypesAndDefines, declaredTypes, DEFINE_FUNCTIONS, renameTypes } from "./module-shape.js";
import { byCodeUnit, createNames, isReserved, lowerFirst, pascalCase, type Names } from "./names.js";
import { sanitizeSchema } from "./sanitize-schema.js";

type Registration = components["schemas"]["WorkflowRegistration"];
type JsonSchema = Record<string, unknown>;

/** A schema that typegen could not turn into a type: that one type is `unknown` in the module. */
export interface TypegenWarning {
  /** The workflow whose registration holds the schema. */
  workflow: string;
  /** The name of the type that fell back to `unknown` (e.g. `SupportWorkflowInput`). */
  type: string;
  /** Why, with control characters escaped (it may quote the schema). */
  message: string;
}

/** Options of {@link generateWorkflowTypes}. */
export interface GenerateWorkflowTypesOptions {
  /**
   * Only these workflows (by name). Each must have an active registration, else the call rejects with
   * `InvalidArgumentError`. @default every workflow with an active registration, archived ones excepted
   */
  workflows?: string[];
  /** The module the `define*` functions are imported from. @default "@mistral-workflows/handles" */
  importFrom?: string;
  /** Aborts the listing of the registrations. */
  signal?: AbortSignal;
  /**
   * Called for each schema that could not be turned into a type (a `$ref` that points outside the
   * schema or nowhere, a schema nested too deep, one the generator refuses): that type is `unknown`
   * and the rest of the module is generated as usual. @default warnings are dropped
   */
  onWarning?: (warning: TypegenWarning) => void;
}

/** One workflow as it will be declared: its name and the definition of its active registration. */
interface Target {
  name: string;
  description: string | null | undefined;
  registration: Registration;
}

/** What {@link generateWorkflowModule} made: the module, the workflows it declares, and the warnings. */
export interface GeneratedWorkflowModule {
  /** The TypeScript source, control characters escaped. */
  source: string;
  /** The names of the workflows declared, in the module's order. */
  workflows: string[];
  /** Every schema that fell back to `unknown`, and why. */
  warnings: TypegenWarning[];
}

/**
 * Reads the active registrations (`GET /v1/workflows/registrations?active_only=true`, every page) and
 * resolves to the source of a TypeScript module with, per workflow `support-workflow`:
 *
 * ```ts
 * export interface SupportWorkflowInput { ticket_id: string; [k: string]: unknown }
 * export interface SupportWorkflowOutput { … }
 * export const supportWorkflow = defineWorkflow<SupportWorkflowInput, SupportWorkflowOutput>("support-workflow");
 * export const supportWorkflowApprove = defineSignal<SupportWorkflowApproveInput>("approve");
 * ```
 *
 * and likewise `defineQuery` and `defineUpdate` for its queries and updates. A schema that is absent
 * gives `unknown`; an empty one (`{}`) gives `unknown` too. Named sub-schemas (`title`, `$defs`) become
 * declarations prefixed with their owner's name.
 *
 * What the module is guaranteed to be, whatever the registrations hold:
 * - only type declarations, the import of the `define*` functions and `export const x = defineY<…>("…")`
 *   calls (checked on a syntax tree before it is returned): schema keywords of the generator
 *   (`tsType`, `tsEnumNames`, `extends`…) and any other keyword outside JSON Schema are dropped;
 * - every name a valid, unique identifier that shadows neither an import nor a global: names that
 *   would clash get a number (`fooBar`, `fooBar2`), each type belonging to its own workflow; a reserved
 *   word gets the kind as a suffix (`evalWorkflow`);
 * - a schema that cannot be a type (a `$ref` to a URL, a file or nowhere, nesting past 100 levels)
 *   makes that one type `unknown`, reported to `onWarning`; nothing is fetched or read;
 * - no raw control character: each is written as its `\uXXXX` escape;
 * - the same registrations give the same text on every machine (order by code unit, not locale), so
 *   it can be committed and diffed.
 *
 * Node only (it loads json-schema-to-typescript and prettier).
 */
export async function generateWorkflowTypes(
  client: WorkflowsClient,
  options: GenerateWorkflowTypesOptions = {},
): Promise<string> {
  const { source, warnings } = await generateWorkflowModule(client, options);
  for (const warning of warnings) options.onWarning?.(warning);
  return source;
}

/**
 * {@link generateWorkflowTypes}, resolving to the module together with the names of the workflows it
 * declares and every warning, for a tool that reports them itself (the CLI's `typegen` prints them):
 * `onWarning` is not called. Rejects, like it, with `InvalidArgumentError` for a bad `workflows` or
 * `importFrom` and for a workflow without an active registration, before anything is generated.
 */
export async function generateWorkflowModule(
  client: WorkflowsClient,
  options: GenerateWorkflowTypesOptions = {},
): Promise<GeneratedWorkflowModule> {
  const { workflows, importFrom = "@mistral-workflows/handles", signal } = options;
  if (
    workflows !== undefined &&
    (!Array.isArray(workflows) || workflows.some((w) => typeof w !== "string" || !w))
  )
    throw new InvalidArgumentError("workflows must be an array of workflow names.", "workflows");
  if (typeof importFrom !== "string" || !importFrom)
    throw new InvalidArgumentError("importFrom must be a module name.", "importFrom");
  const targets = await findTargets(client, workflows, signal);
  const { compile } = await import("json-schema-to-typescript");

  const names = createNames(DEFINE_FUNCTIONS);
  const warnings: TypegenWarning[] = [];
  const sections: string[][] = [];
  let section: string[] = [];
  const imported = new Set<string>();

  /** The type of `schema`, declared as `name` (already taken), or `unknown` with a warning. */
  const typeOf = async (schema: unknown, name: string, workflow: string): Promise<string> => {
    if (!isSchema(schema) || Object.keys(schema).length === 0) return "unknown";
    const warn = (message: string) => {
      warnings.push({ workflow: escapeControls(workflow), type: name, message: escapeControls(message) });
      return "unknown";
    };
    // The root's own `title` would rename it: the name comes from its owner instead.
    const { title: _title, ...root } = schema;
    const clean = sanitizeSchema(root as Parameters<typeof sanitizeSchema>[0]);
    if (clean.problem !== undefined) return warn(clean.problem);
    let source: string;
    let declared: string[];
    try {
      source = await compile(clean.schema as never, name, {
        bannerComment: "",
        additionalProperties: true,
        declareExternallyReferenced: true,
        format: false,
        strictIndexSignatures: true,
        unknownAny: true,
        enableConstEnums: false,
        inferStringEnumKeysFromValues: false,
        $refOptions: { resolve: { external: false } } as never,
        customName: (sub, key) => {
          // The generator gives the root the `$id` `name` (the schema's own `$id`s are dropped): it
          // keeps `name` even when it is a `$ref` to a titled definition.
          if (sub.$id === name) return name;
          // Any other `$id` is the generator's, from the path of a `$ref` (`#/properties/date` gives
          // `Date`): prefixed like the rest, so that it never shadows a global type.
          const own = typeof sub.title === "string" ? sub.title : (key ?? sub.$id);
          return own ? `${name}${pascalCase(own)}` : undefined;
        },
      });
      declared = await declaredTypes(source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return warn(`the type generator failed: ${message.slice(0, 300)}`);
    }
    if (!declared.includes(name)) return warn("the type generator declared no type for the schema");
    // Named sub-schemas keep their name unless an earlier declaration has it: then they get a number.
    const renames = new Map<string, string>();
    for (const sub of declared) {
      if (sub === name) continue;
      const taken = names.take(sub);
      if (taken !== sub) renames.set(sub, taken);
    }
    section.push((await renameTypes(source, renames)).trim());
    return name;
  };

  for (const { name, description, registration } of targets) {
    const d = registration.definition;
    section = [];
    sections.push(section);
    const Base = stemOf(name, "Workflow", names, ["Input", "Output"]);
    const input = await typeOf(d.input_schema, `${Base}Input`, name);
    const output = await typeOf(d.output_schema, `${Base}Output`, name);
    imported.add("defineWorkflow");
    section.push(
      `${doc(description)}export const ${lowerFirst(Base)} = defineWorkflow<${input}, ${output}>(${JSON.stringify(name)});`,
    );
    for (const [kind, list] of [
      ["Signal", d.signals],
      ["Query", d.queries],
      ["Update", d.updates],
    ] as const) {
      for (const handler of list ?? []) {
        const suffixes = kind === "Signal" ? ["Input"] : ["Input", "Output"];
        const Handler = stemOf(`${Base}-${handler.name}`, kind, names, suffixes);
        const handlerInput = await typeOf(handler.input_schema, `${Handler}Input`, name);
        const handlerOutput =
          kind === "Signal"
            ? null
            : await typeOf((handler as { output_schema?: unknown }).output_schema, `${Handler}Output`, name);
        const types = handlerOutput === null ? handlerInput : `${handlerInput}, ${handlerOutput}`;
        imported.add(`define${kind}`);
        section.push(
          `${doc(handler.description ?? `The ${kind.toLowerCase()} ${handler.name} of ${name}.`)}export const ${lowerFirst(
            Handler,
          )} = define${kind}<${types}>(${JSON.stringify(handler.name)});`,
        );
      }
    }
  }

  const module = [
    "// Generated by `mistral-workflows typegen` from the active registrations of the Workflows API.\n" +
      "// Do not edit: run it again after deploying a new version of a workflow.",
    imported.size
      ? `import { ${[...imported].sort(byCodeUnit).join(", ")} } from ${JSON.stringify(importFrom)};`
      : "export {};",
    ...sections.flat(),
  ].join("\n\n");
  const prettier = await import("prettier");
  const source = escapeControls(await prettier.format(module, { parser: "typescript", printWidth: 100 }));
  await assertTypesAndDefines(source, importFrom);
  return { source, workflows: targets.map((t) => t.name), warnings };
}

/**
 * The stem of a declaration's names (`SupportWorkflow` for `support-workflow`): the const is its
 * lower-case form and its types add `suffixes`. A stem whose const would be a reserved word gets the
 * kind appended (`eval` → `evalWorkflow`); one already taken gets a number.
 */
function stemOf(name: string, kind: string, names: Names, suffixes: readonly string[]): string {
  const pascal = pascalCase(name);
  return names.takeStem(isReserved(lowerFirst(pascal)) ? `${pascal}${kind}` : pascal, suffixes);
}

async function findTargets(
  client: WorkflowsClient,
  names: string[] | undefined,
  signal: AbortSignal | undefined,
): Promise<Target[]> {
  const found = new Map<string, Target>();
  for await (const r of paginate(
    client,
    "workflows.getWorkflowRegistrations",
    { active_only: true, with_workflow: true },
    signal ? { signal } : {},
  )) {
    const workflow = r.workflow;
    if (!workflow || found.has(workflow.name)) continue; // the first active registration wins
    if (names ? !names.includes(workflow.name) : workflow.archived) continue;
    found.set(workflow.name, { name: workflow.name, description: workflow.description, registration: r });
  }
  const missing = (names ?? []).filter((n) => !found.has(n));
  if (missing.length)
    throw new InvalidArgumentError(
      `No active registration for ${missing.map((n) => JSON.stringify(n)).join(", ")}.`,
      "workflows",
    );
  // By code unit: the same order on every machine, whatever its locale.
  return [...found.values()].sort((a, b) => byCodeUnit(a.name, b.name));
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function doc(text: string | null | undefined): string {
  if (!text) return "";
  return `/** ${text.replace(/\*\//g, "*\\/").replace(/\n/g, " ")} */\n`;
}
