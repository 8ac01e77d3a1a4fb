/**
 * Definitions: a workflow's name, signals, queries and updates, each declared once with the types of
 * its payloads, then used everywhere a handle needs them. At run time a definition is only its name
 * and kind; the payload types exist for the compiler alone.
 */
import { InvalidArgumentError } from "@mistral-workflows/client";

/**
 * Key of the type-only member that carries a definition's payload types. Never set at run time: it
 * lets the compiler tell `WorkflowDefinition<A, B>` from `WorkflowDefinition<C, D>`.
 */
declare const payloadTypes: unique symbol;

/** A workflow, by name, with the types of its input and of its result. Made by {@link defineWorkflow}. */
export interface WorkflowDefinition<Input = unknown, Output = unknown> {
  readonly kind: "workflow";
  /** The workflow's name (or ID), as `workflow_identifier` takes it. */
  readonly name: string;
  /** Type-only: never present at run time. */
  readonly [payloadTypes]?: { readonly input: Input; readonly output: Output };
}

/** A signal handler, by name, with the type of its input. Made by {@link defineSignal}. */
export interface SignalDefinition<Input = unknown> {
  readonly kind: "signal";
  /** The handler's name, as the signal body's `name` takes it. */
  readonly name: string;
  /** Type-only: never present at run time. */
  readonly [payloadTypes]?: { readonly input: Input };
}

/** A query handler, by name, with the types of its input and result. Made by {@link defineQuery}. */
export interface QueryDefinition<Input = unknown, Output = unknown> {
  readonly kind: "query";
  /** The handler's name, as the query body's `name` takes it. */
  readonly name: string;
  /** Type-only: never present at run time. */
  readonly [payloadTypes]?: { readonly input: Input; readonly output: Output };
}

/** An update handler, by name, with the types of its input and result. Made by {@link defineUpdate}. */
export interface UpdateDefinition<Input = unknown, Output = unknown> {
  readonly kind: "update";
  /** The handler's name, as the update body's `name` takes it. */
  readonly name: string;
  /** Type-only: never present at run time. */
  readonly [payloadTypes]?: { readonly input: Input; readonly output: Output };
}

/** A workflow named by its definition (typed payloads) or by a plain string (payloads `unknown`). */
export type WorkflowRef = WorkflowDefinition<any, any> | string;
/** A signal named by its definition or by a plain string. */
export type SignalRef = SignalDefinition<any> | string;
/** A query named by its definition or by a plain string. */
export type QueryRef = QueryDefinition<any, any> | string;
/** An update named by its definition or by a plain string. */
export type UpdateRef = UpdateDefinition<any, any> | string;

/** The input type of a workflow, signal, query or update reference (`unknown` for a plain string). */
export type InputOf<R> = R extends { readonly [payloadTypes]?: { readonly input: infer I } } ? I : unknown;
/** The result type of a workflow, query or update reference (`unknown` for a plain string). */
export type OutputOf<R> = R extends { readonly [payloadTypes]?: { readonly output: infer O } } ? O : unknown;

function check(kind: string, name: unknown): string {
  if (typeof name !== "string" || name.trim() === "")
    throw new InvalidArgumentError(`define${kind}(): name must be a non-empty string.`, "name");
  return name;
}

/**
 * Declares a workflow: its name, the type of its input and the type of its result.
 *
 * ```ts
 * const support = defineWorkflow<{ ticket_id: string }, { status: string }>("support-workflow");
 * const handle = await startExecution(client, support, { ticket_id: "T-1" }); // input checked
 * const { status } = await handle.result(); // typed
 * ```
 *
 * The types are not checked at run time (see `startExecution`'s `validate` option for that).
 * Throws `InvalidArgumentError` for an empty name.
 */
export function defineWorkflow<Input = unknown, Output = unknown>(
  name: string,
): WorkflowDefinition<Input, Output> {
  return Object.freeze({ kind: "workflow", name: check("Workflow", name) });
}

/** Declares a signal handler and the type of its input. Throws `InvalidArgumentError` for an empty name. */
export function defineSignal<Input = unknown>(name: string): SignalDefinition<Input> {
  return Object.freeze({ kind: "signal", name: check("Signal", name) });
}

/**
 * Declares a query handler, the type of its input and the type of its result. Throws
 * `InvalidArgumentError` for an empty name.
 */
export function defineQuery<Input = unknown, Output = unknown>(name: string): QueryDefinition<Input, Output> {
  return Object.freeze({ kind: "query", name: check("Query", name) });
}

/**
 * Declares an update handler, the type of its input and the type of its result. Throws
 * `InvalidArgumentError` for an empty name.
 */
export function defineUpdate<Input = unknown, Output = unknown>(
  name: string,
): UpdateDefinition<Input, Output> {
  return Object.freeze({ kind: "update", name: check("Update", name) });
}

/** The name a reference stands for; throws `InvalidArgumentError` for a wrong kind or an empty name. */
export function nameOf(ref: unknown, kind: "workflow" | "signal" | "query" | "update"): string {
  if (typeof ref === "string" && ref.trim() !== "") return ref;
  if (ref !== null && typeof ref === "object") {
    const { kind: actual, name } = ref as { kind?: unknown; name?: unknown };
    if (actual === kind && typeof name === "string" && name !== "") return name;
    if (typeof actual === "string")
      throw new InvalidArgumentError(`Expected a ${kind} definition, got a ${actual} definition.`, kind);
  }
  throw new InvalidArgumentError(
    `Expected a ${kind} name or a define${kind[0]!.toUpperCase()}${kind.slice(1)}() definition.`,
    kind,
  );
}
