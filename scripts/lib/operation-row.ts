/**
 * The shape of one row of the generated operation table, in a module of its own: `render.ts` makes the
 * rows, and the pages rendered from them (reference, migration table, error codes) read them.
 */
/** One row of the generated operation table. */
export interface OperationRow {
  operationId: string;
  group: string;
  name: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  body: "none" | "optional" | "required";
  /** JSON types each parameter accepts (`[]`: any), for checking arguments before anything is sent. */
  paramTypes: Record<string, string[]>;
  /**
   * The spec's `minimum`/`maximum` of the numeric parameters that have one (page sizes), for refusing
   * an out-of-range value at the call.
   */
  paramBounds?: Record<string, { minimum?: number; maximum?: number }>;
  /** The JSON body's top-level fields, when the body admits no others (unknown fields are refused). */
  bodyFields?: string[];
  status: number;
  response: "json" | "empty" | "sse";
  deprecated?: true;
  /**
   * Whether sending the request again after an unknown outcome is harmless (`x-retry-safe`; by
   * default `true` for GET and DELETE, `false` otherwise).
   */
  retrySafe: boolean;
  /**
   * From `x-idempotency-field`: the body `field` holding a client-chosen id of the created resource,
   * the SDK name of the operation that reads it back (`read`), and what the operation answers:
   * the resource itself or only `{ [field]: id }` (`returns`). `required` when the body schema
   * requires the field: the caller always names the resource (a deployment's `name`), and the client
   * never makes one up.
   */
  idempotency?: { field: string; read: string; returns: "resource" | "id"; required?: true };
  pagination?: {
    items: string;
    cursorParam: string;
    nextCursor: string;
    pageSizeParam?: string;
    firstPageOnly?: string[];
  };
  sse?: { resumeParam?: string; resumeHeader?: string };
}
