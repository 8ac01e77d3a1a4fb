/**
 * The shape a command relies on, checked before it prints anything: a 2xx body that is not what the
 * spec documents (`{"unexpected":true}` from a wrong base URL or a misbehaving proxy) is an
 * {@link UnexpectedResponseError} (exit 3), never "(none)" or "execution undefined". Only the fields a
 * command reads are checked: a field added by a newer API is no error.
 */
import { UnexpectedResponseError } from "./errors.js";

/** A JSON type, with `?` when the spec lets it be `null` or absent. */
export type FieldKind = `${"string" | "number" | "boolean" | "object" | "array"}${"" | "?"}`;

function kindOk(value: unknown, kind: FieldKind): boolean {
  const optional = kind.endsWith("?");
  if (value === undefined || value === null) return optional;
  const base = optional ? kind.slice(0, -1) : kind;
  if (base === "array") return Array.isArray(value);
  if (base === "object") return typeof value === "object" && !Array.isArray(value);
  if (base === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === base;
}

function article(kind: string): string {
  const base = kind.replace("?", "");
  const noun = base === "array" ? "an array" : base === "object" ? "an object" : `a ${base}`;
  return kind.endsWith("?") ? `${noun} or null` : noun;
}

/**
 * Returns `value` typed as `T` when it is an object whose `fields` (dotted paths allowed:
 * `"execution_count.value"`) have the given kinds; throws {@link UnexpectedResponseError} naming
 * `what` and the first field that does not.
 */
export function expectShape<T>(value: unknown, what: string, fields: Record<string, FieldKind> = {}): T {
  if (!kindOk(value, "object")) throw new UnexpectedResponseError(what, "", "an object");
  for (const [path, kind] of Object.entries(fields)) {
    let current: unknown = value;
    for (const key of path.split("."))
      current =
        current !== null && typeof current === "object"
          ? (current as Record<string, unknown>)[key]
          : undefined;
    if (!kindOk(current, kind)) throw new UnexpectedResponseError(what, path, article(kind));
  }
  return value as T;
}

/** The fields every command showing an execution (or a run) reads. */
export const EXECUTION_FIELDS: Record<string, FieldKind> = {
  execution_id: "string",
  workflow_name: "string",
  status: "string?",
  start_time: "string",
  end_time: "string?",
  run_id: "string?",
  total_duration_ms: "number?",
};
