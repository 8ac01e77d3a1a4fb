/**
 * `generateWorkflowTypes()`: a TypeScript module that declares the deployed workflows with the handles
 * package's `defineWorkflow`/`defineSignal`/`defineQuery`/`defineUpdate`, their payload types compiled
 * from the JSON Schemas in each registration's `definition` by json-schema-to-typescript.
 */
import { InvalidArgumentError, type components, type WorkflowsClient } from "@mistral-workflows/client";
import { paginate } from "@mistral-workflows/pagination";
import { camelCase, pascalCase } from "./names.js";

type Registration = components["schemas"]["WorkflowRegistration"];
type JsonSchema = Record<string, unknown>;

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
}

/** One workflow as it will be declared: its name and the definition of its active registration. */
interface Target {
  name: string;
  description: string | null | undefined;
  registration: Registration;
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
 * declarations prefixed with their owner's name, so two workflows never clash. External `$ref`s are not
 * fetched. The output depends only on the registrations, so it can be committed and diffed.
 *
 * Node only (it loads json-schema-to-typescript and prettier).
 */
export async function generateWorkflowTypes(
  client: WorkflowsClient,
  options: GenerateWorkflowTypesOptions = {},
): Promise<string> {
  const { workflows, importFrom = "@mistral-workflows/handles", signal } = options;
  if (
    workflows !== undefined &&
    (!Array.isArray(workflows) || workflows.some((w) => typeof w !== "string" || !w))
  )
    throw new InvalidArgumentError("workflows must be an array of workflow names.", "workflows");
  const targets = await findTargets(client, workflows, signal);
  const { compile } = await import("json-schema-to-typescript");

  const sections: string[][] = [];
  let section: string[] = [];
  const imported = new Set<string>();
  const used = new Set<string>();
  const typeOf = async (schema: unknown, name: string): Promise<string> => {
    if (!isSchema(schema) || Object.keys(schema).length === 0) return "unknown";
    const source = await compile(prepare(schema), name, {
      bannerComment: "",
      additionalProperties: true,
      declareExternallyReferenced: true,
      format: false,
      strictIndexSignatures: true,
      unknownAny: true,
      $refOptions: { resolve: { external: false } } as never,
      customName: (sub, key) => {
        const own = typeof sub.title === "string" ? sub.title : key;
        return own ? `${name}${pascalCase(own)}` : undefined;
      },
    });
    const declared = dedupe(source, used).trim();
    if (declared) section.push(declared);
    return name;
  };

  for (const { name, description, registration } of targets) {
    const d = registration.definition;
    const Base = pascalCase(name);
    const base = camelCase(name);
    section = [];
    sections.push(section);
    const input = await typeOf(d.input_schema, `${Base}Input`);
    const output = await typeOf(d.output_schema, `${Base}Output`);
    imported.add("defineWorkflow");
    section.push(
      `${doc(description)}export const ${base} = defineWorkflow<${input}, ${output}>(${JSON.stringify(name)});`,
    );
    for (const [kind, list] of [
      ["Signal", d.signals],
      ["Query", d.queries],
      ["Update", d.updates],
    ] as const) {
      for (const handler of list ?? []) {
        const Handler = `${Base}${pascalCase(handler.name)}`;
        const handlerInput = await typeOf(handler.input_schema, `${Handler}Input`);
        const handlerOutput =
          kind === "Signal"
            ? null
            : await typeOf((handler as { output_schema?: unknown }).output_schema, `${Handler}Output`);
        const types = handlerOutput === null ? handlerInput : `${handlerInput}, ${handlerOutput}`;
        imported.add(`define${kind}`);
        section.push(
          `${doc(handler.description ?? `The ${kind.toLowerCase()} ${handler.name} of ${name}.`)}export const ${camelCase(
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
      ? `import { ${[...imported].sort().join(", ")} } from ${JSON.stringify(importFrom)};`
      : "export {};",
    ...sections.flat(),
  ].join("\n\n");
  const prettier = await import("prettier");
  return prettier.format(module, { parser: "typescript", printWidth: 100 });
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
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The root's own `title` and `$id` would rename it; the name comes from its owner instead. */
function prepare(schema: JsonSchema): JsonSchema {
  const { title: _title, $id: _id, ...rest } = schema;
  return structuredClone(rest) as JsonSchema;
}

/** Drops declarations already emitted by an earlier schema (same name: same owner, same text). */
function dedupe(source: string, used: Set<string>): string {
  const blocks = source.split(/\n(?=export )/);
  return blocks
    .filter((block) => {
      const name = /^export (?:interface|type) (\w+)/.exec(block.trim())?.[1];
      if (!name) return true;
      if (used.has(name)) return false;
      used.add(name);
      return true;
    })
    .join("\n");
}

function doc(text: string | null | undefined): string {
  if (!text) return "";
  return `/** ${text.replace(/\*\//g, "*\\/").replace(/\n/g, " ")} */\n`;
}
