/**
 * The API's structured error codes (spec/errors.yaml).
 * Generated from spec/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec
 * (or scripts/lib/render.ts) and regenerate. `pnpm check:generated` fails when this file is stale.
 */

/** A structured error code the API documents (`WF_xxxx`); see docs/reference/errors.md. */
export type WorkflowsErrorCode =
  | "WF_1000"
  | "WF_1001"
  | "WF_1100"
  | "WF_1101"
  | "WF_1102"
  | "WF_1103"
  | "WF_1104"
  | "WF_1105"
  | "WF_1200"
  | "WF_1201"
  | "WF_1300"
  | "WF_1301"
  | "WF_1302"
  | "WF_1400"
  | "WF_1500"
  | "WF_1600";

/** Each documented code: its name, the HTTP statuses it comes with, and the extra body fields it carries. */
export const errorCodes: Readonly<
  Record<WorkflowsErrorCode, { name: string; status: readonly number[]; fields: readonly string[] }>
> = {
  /** A failure that maps to no specific code. */
  WF_1000: { name: "Unknown Error", status: [500], fields: [] },
  /** The request is well-formed but its data is not valid; today, a reset to an event id that cannot be reset to. */
  WF_1001: { name: "Invalid Request", status: [422], fields: ["valid_reset_events"] },
  /** No workflow execution has this id (wrong id, or purged). */
  WF_1100: { name: "Workflow Not Found", status: [404], fields: [] },
  /** An execution with this id already exists in the workspace; execution ids are unique. */
  WF_1101: { name: "Workflow Already Started", status: [409], fields: [] },
  /** The execution has ended, so it takes no signal, query, update, cancel or terminate. */
  WF_1102: { name: "Workflow Not Running", status: [409], fields: ["status"] },
  /** A call to the underlying workflow platform failed; 504 when it ran out of time. Worth a retry. */
  WF_1103: { name: "Platform Request Failed", status: [500, 504], fields: [] },
  /** A worker could not register its workflow definitions (seen by workers, not by these operations). */
  WF_1104: { name: "Workflow Registration Failed", status: [500], fields: [] },
  /** An execution the service expected to exist was missing (an internal inconsistency, unlike WF_1100). */
  WF_1105: { name: "Execution Not Found", status: [500], fields: [] },
  /** Creating or changing a schedule failed; 422 for an invalid schedule, 503 while the workspace is being set up (retry), 500 otherwise. */
  WF_1200: { name: "Schedule Failed", status: [422, 500, 503], fields: [] },
  /** No schedule has this id (never created, or deleted). */
  WF_1201: { name: "Schedule Not Found", status: [404], fields: [] },
  /** The service could not connect to the workflow platform (its configuration). */
  WF_1300: { name: "Platform Client Creation Failed", status: [500], fields: [] },
  /** The workflow platform's search attributes could not be registered at start-up. */
  WF_1301: { name: "Platform Initialization Failed", status: [500], fields: [] },
  /** The deployment requires encoded payloads and the input was not encoded. */
  WF_1302: { name: "Payload Encoding Required", status: [500], fields: [] },
  /** Connecting to, publishing to or reading from a stream failed. */
  WF_1400: { name: "Streaming Error", status: [500], fields: [] },
  /** The execution's traces could not be read or parsed (spans may not be emitted yet; retry). */
  WF_1500: { name: "Trace Error", status: [500], fields: [] },
  /** The event store was inconsistent (an expected event was missing after a conflict). */
  WF_1600: { name: "Event Store Error", status: [500], fields: [] },
};
