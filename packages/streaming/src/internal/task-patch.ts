/**
 * Applies one `json_patch` payload to a task state without touching the previous state: each
 * operation first copies the containers on its path (structural sharing, so a snapshot handed out
 * earlier never changes), then `fast-json-patch` applies it in place on those copies.
 *
 * The API's patches go beyond RFC 6902 in two ways (spec `JSONPatch*` schemas):
 * - an `append` operation (append text to the string at `path`, for token streaming). fast-json-patch
 *   has no way to register an operation, so `append` is read with its `getValueByPointer` and written
 *   back as an RFC `replace` of the concatenated string, which the library then checks and applies;
 * - `/` names the root, like `""` (RFC 6901 would read it as the member named `""`).
 */
import jsonPatch, { type Operation } from "fast-json-patch";

// The default import: fast-json-patch's CommonJS entry (what Node's ESM loader picks, as the package
// has no `exports` map) fills `exports` in a way Node cannot see named exports through; the default is
// `module.exports` there, and the ESM entry (what bundlers pick) exports the same object as default.
const { applyOperation, getValueByPointer, JsonPatchError } = jsonPatch;

/** Why an operation could not be applied (`PatchFailure.reason`). */
export type PatchFailureReason =
  | "not-a-list"
  | "invalid-operation"
  | "unsupported-operation"
  | "path-not-found"
  | "append-target-not-string"
  | "test-failed";

/** What went wrong, and where: the caller turns it into its public error. */
export class PatchFailure extends Error {
  override name = "PatchFailure";
  constructor(
    readonly reason: PatchFailureReason,
    /** Index of the failing operation in the patch (`-1` when the patch itself is not a list). */
    readonly index: number,
    /** The failing operation's `op`, when it had a string one. */
    readonly op: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const RFC_OPS = new Set(["add", "remove", "replace", "move", "copy", "test"]);

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  v !== null && typeof v === "object";

const rootPath = (path: string) => (path === "/" ? "" : path);

function tokens(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Returns `root` with every container from the root down to the parent of `pointer`'s target copied
 * (one level each, so the rest stays shared). Only own members are followed: a `__proto__` token stops
 * the walk, and the library then refuses the operation.
 */
function copyPath(root: unknown, pointer: string): unknown {
  if (!isContainer(root)) return root;
  const copy = (v: Record<string, unknown> | unknown[]) => (Array.isArray(v) ? [...v] : { ...v });
  const top = copy(root);
  let current: Record<string, unknown> | unknown[] = top;
  const path = tokens(pointer);
  for (let i = 0; i < path.length - 1; i++) {
    const token = path[i]!;
    if (!Object.prototype.hasOwnProperty.call(current, token)) break;
    const child = (current as Record<string, unknown>)[token];
    if (!isContainer(child)) break;
    const next = copy(child);
    (current as Record<string, unknown>)[token] = next;
    current = next;
  }
  return top;
}

function toFailure(error: unknown, index: number, op: string): PatchFailure {
  if (error instanceof PatchFailure) return error;
  if (error instanceof JsonPatchError) {
    const reason: PatchFailureReason =
      error.name === "TEST_OPERATION_FAILED"
        ? "test-failed"
        : error.name === "OPERATION_PATH_UNRESOLVABLE" ||
            error.name === "OPERATION_FROM_UNRESOLVABLE" ||
            error.name === "OPERATION_PATH_CANNOT_ADD" ||
            error.name === "OPERATION_VALUE_OUT_OF_BOUNDS"
          ? "path-not-found"
          : "invalid-operation";
    // The library's message quotes the document; only its error name is kept.
    return new PatchFailure(reason, index, op, `operation ${index} (${op}) failed: ${error.name}`, {
      cause: error,
    });
  }
  return new PatchFailure("invalid-operation", index, op, `operation ${index} (${op}) failed`, {
    cause: error,
  });
}

/**
 * Applies `patch` to `state` and returns the new state; `state` is left as it was. Throws a
 * {@link PatchFailure} at the first operation that does not apply (and then nothing of the patch is
 * kept: the caller still holds the old state).
 */
export function applyTaskPatch(state: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) throw new PatchFailure("not-a-list", -1, undefined, "the patch is not a list");
  let doc = state;
  for (let index = 0; index < patch.length; index++) {
    const raw: unknown = patch[index];
    const op =
      isContainer(raw) && typeof (raw as { op?: unknown }).op === "string"
        ? (raw as { op: string }).op
        : undefined;
    if (!op || typeof (raw as { path?: unknown }).path !== "string")
      throw new PatchFailure("invalid-operation", index, op, `operation ${index} has no op or path`);
    const given = raw as { op: string; path: string; from?: unknown; value?: unknown };
    const path = rootPath(given.path);
    try {
      if (op === "append") {
        if (typeof given.value !== "string")
          throw new PatchFailure(
            "invalid-operation",
            index,
            op,
            `operation ${index} (append) has no text value`,
          );
        let current: unknown;
        try {
          current = getValueByPointer(doc, path);
        } catch (error) {
          throw new PatchFailure("path-not-found", index, op, `operation ${index} (append): path not found`, {
            cause: error,
          });
        }
        if (typeof current !== "string")
          throw new PatchFailure(
            current === undefined ? "path-not-found" : "append-target-not-string",
            index,
            op,
            `operation ${index} (append): ${current === undefined ? "path not found" : "target is not a string"}`,
          );
        doc = apply(doc, { op: "replace", path, value: current + given.value }, index);
        continue;
      }
      if (!RFC_OPS.has(op))
        throw new PatchFailure("unsupported-operation", index, op, `operation ${index}: unsupported op`);
      const operation = { ...given, path } as Operation;
      if ((op === "move" || op === "copy") && typeof given.from === "string")
        (operation as { from: string }).from = rootPath(given.from);
      doc = apply(doc, operation, index);
    } catch (error) {
      throw toFailure(error, index, op);
    }
  }
  return doc;
}

function apply(doc: unknown, operation: Operation, index: number): unknown {
  let target = copyPath(doc, operation.path);
  if (operation.op === "move") target = copyPath(target, operation.from);
  // validate: checks the operation's shape; mutate: on the copies made above; ban prototype changes.
  return applyOperation(target, operation, true, true, true, index).newDocument;
}
