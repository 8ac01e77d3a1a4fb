/**
 * The execution statuses of the spec (`WorkflowExecutionStatus`) and which of them are final
 * (`x-final`), checked, then rendered as a module that both the client and the mock server own a copy
 * of: the client's streams and handles and the mock's engine read one classification.
 */
import type { OpenAPIDocument } from "./ref.ts";

/** Each status of the spec, in the enum's order, with whether it ends the execution. */
export type StatusTable = [status: string, final: boolean][];

/**
 * The statuses of `doc` and their `x-final` flag. Throws when a status has no flag (a status added to
 * the spec must be classified), when a flag names no status, or when a flag is not a boolean.
 */
export function executionStatusesOf(doc: OpenAPIDocument): StatusTable {
  const schema = (doc as { components?: { schemas?: Record<string, any> } }).components?.schemas?.[
    "WorkflowExecutionStatus"
  ];
  const values: unknown = schema?.enum;
  if (!Array.isArray(values) || !values.every((v) => typeof v === "string"))
    throw new Error("spec: WorkflowExecutionStatus must be a string enum");
  const flags: unknown = schema["x-final"];
  if (!flags || typeof flags !== "object" || Array.isArray(flags))
    throw new Error("spec: WorkflowExecutionStatus needs x-final, a map of each status to true or false");
  const table = flags as Record<string, unknown>;
  for (const key of Object.keys(table))
    if (!values.includes(key))
      throw new Error(`spec: x-final names ${key}, which is not a WorkflowExecutionStatus`);
  return values.map((status: string) => {
    const final = table[status];
    if (typeof final !== "boolean")
      throw new Error(`spec: WorkflowExecutionStatus ${status} is not classified in x-final (true or false)`);
    return [status, final];
  });
}

/** The generated module: the statuses in spec order, the final ones as a union, and the flag of each. */
export function renderExecutionStatusesModule(table: StatusTable, header: string): string {
  const list = table.map(([s]) => JSON.stringify(s)).join(", ");
  const finals = table.filter(([, f]) => f).map(([s]) => `  | ${JSON.stringify(s)}`);
  const flags = table.map(([s, f]) => `  ${s}: ${f},`).join("\n");
  return `${header}
/** Every execution status of the spec (\`WorkflowExecutionStatus\`), in its order. */
export const WORKFLOW_EXECUTION_STATUSES = [${list}] as const;

/** An execution status this SDK knows (a newer API may send others: they are not final). */
export type KnownExecutionStatus = (typeof WORKFLOW_EXECUTION_STATUSES)[number];

/** The statuses that end an execution for good (\`x-final\` in the spec). */
export type FinalExecutionStatus =
${finals.length ? finals.join("\n") : "  never"};

/**
 * Whether each status ends the execution for good (\`x-final\`): once final, it changes no more. A
 * status that is not may end a run, after which a new run follows under the same execution id.
 */
export const FINAL_EXECUTION_STATUS: { readonly [S in KnownExecutionStatus]: S extends FinalExecutionStatus ? true : false } = {
${flags}
};
`;
}
