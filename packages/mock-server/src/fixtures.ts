/**
 * Builders of seed data: each returns a complete wire object (what the API would return) from a few
 * overrides, so a test states only what it cares about:
 *
 * ```ts
 * const api = createMockServer({ schedules: ["a", "b"].map((id) => scheduleFixture({ schedule_id: id })) });
 * ```
 *
 * Ids left out are derived from the other fields, so the same call always builds the same object.
 */
import type {
  ExecutionBehaviour,
  Schedule,
  Workflow,
  WorkflowExecutionStatus,
  WorkflowRegistration,
} from "./types.js";

/** Customer and workspace of every seeded workflow. */
export const SEED_CUSTOMER_ID = "3b0f3a1e-0c6d-4d7e-8f3a-1b2c3d4e5f60";
/** Workspace of every seeded workflow. */
export const SEED_WORKSPACE_ID = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

/** A UUID (version 4 layout) derived from `text`: stable across runs, distinct for distinct texts. */
export function stableUuid(text: string): string {
  let hex = "";
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ (round * 0x9e3779b9);
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    hex += (h >>> 0).toString(16).padStart(8, "0");
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A workflow. Defaults: `name` "support-workflow" (whose `id` is then the seeded one), a display name
 * made from the name, `type` "code", the seed customer and workspace, `active: true`, not archived.
 * A workflow seeded without a registration gets one (active like the workflow), so it can be executed.
 */
export function workflowFixture(overrides: Partial<Workflow> = {}): Workflow {
  const name = overrides.name ?? "support-workflow";
  return {
    id: overrides.id ?? (name === "support-workflow" ? SUPPORT_WORKFLOW_ID : stableUuid(`workflow:${name}`)),
    name,
    display_name: name
      .split(/[-_]/)
      .map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
      .join(" "),
    type: "code",
    description: null,
    customer_id: SEED_CUSTOMER_ID,
    workspace_id: SEED_WORKSPACE_ID,
    shared_namespace: null,
    available_in_chat_assistant: false,
    is_technical: false,
    archived: false,
    tags: [],
    active: true,
    ...overrides,
  };
}

/**
 * A registration (version) of a workflow. Defaults: the workflow "support-workflow", task queue and
 * deployment "default", an input schema with a `ticket_id` string, no handlers, `active: true`.
 */
export function registrationFixture(overrides: Partial<WorkflowRegistration> = {}): WorkflowRegistration {
  const workflowId = overrides.workflow_id ?? SUPPORT_WORKFLOW_ID;
  const { workflow: _embedded, ...rest } = overrides;
  return {
    id: overrides.id ?? stableUuid(`registration:${workflowId}:${JSON.stringify(rest)}`),
    deployment_id: null,
    task_queue: "default",
    definition: {
      input_schema: { type: "object", properties: { ticket_id: { type: "string" } } },
      output_schema: null,
      signals: [],
      queries: [],
      updates: [],
      enforce_determinism: false,
      on_behalf_of: false,
      plugin_metadata: null,
    },
    workflow_id: workflowId,
    deployment_name: "default",
    compatible_with_chat_assistant: false,
    active: true,
    ...rest,
  };
}

/**
 * A schedule. Defaults: workflow "support-workflow", input `{ "ticket_id": "T-1000" }`, weekdays at
 * 09:00 UTC (`0 9 * * 1-5`), not paused, no limit, Temporal's default policy (skip overlaps). The id,
 * when left out, is derived from the other fields. `future_executions` is always computed by the
 * server; `recent_executions` given here are kept as past runs.
 */
export function scheduleFixture(overrides: Partial<Schedule> = {}): Schedule {
  const { future_executions: _computed, ...rest } = overrides;
  return {
    input: { ticket_id: "T-1000" },
    calendars: [],
    intervals: [],
    cron_expressions: ["0 9 * * 1-5"],
    skip: [],
    start_at: null,
    end_at: null,
    jitter: null,
    time_zone_name: "UTC",
    policy: { catchup_window_seconds: 31_536_000, overlap: 1, pause_on_failure: false },
    schedule_id: overrides.schedule_id ?? `schedule-${stableUuid(JSON.stringify(rest)).slice(0, 8)}`,
    remaining_executions: null,
    workflow_name: "support-workflow",
    deployment_name: null,
    paused: false,
    note: null,
    future_executions: [],
    recent_executions: [],
    ...rest,
  };
}

/** An execution to seed: see {@link executionFixture}. */
export interface ExecutionSeed {
  /** ID of the execution. */
  execution_id: string;
  /** Name of a seeded workflow. */
  workflow_name: string;
  /** How it ends (or `RUNNING` to keep it running). */
  status: WorkflowExecutionStatus;
  /** Input it was started with. */
  input: unknown;
  /** Result of a `COMPLETED` execution. */
  result: unknown;
  /** When it started (ISO 8601). @default ten minutes before the clock's start */
  start_time?: string;
  /** Fine-tuning of its story (steps, timing, failure message…). */
  behaviour?: ExecutionBehaviour;
}

/**
 * An execution that already ran (or is running) when the server starts. The server replays its whole
 * story from `start_time`: events, logs, trace and history exist as if it had run, and an execution
 * whose story reaches past the clock's start goes on from there. Defaults: "support-workflow",
 * `COMPLETED`, input `{ "ticket_id": "T-1000" }`, result `{ "status": "resolved" }`.
 */
export function executionFixture(overrides: Partial<ExecutionSeed> = {}): ExecutionSeed {
  const base = {
    workflow_name: "support-workflow",
    status: "COMPLETED" as WorkflowExecutionStatus,
    input: { ticket_id: "T-1000" },
    result: { status: "resolved" },
    ...overrides,
  };
  return { execution_id: overrides.execution_id ?? stableUuid(`execution:${JSON.stringify(base)}`), ...base };
}

/** The seed data of a mock server (each list adds to, or replaces by id, the default seed). */
export interface SeedData {
  /** Workflows (see {@link workflowFixture}); one without a registration gets a default one. */
  workflows?: Workflow[];
  /** Registrations (see {@link registrationFixture}); their `workflow_id` must be seeded. */
  registrations?: WorkflowRegistration[];
  /** Schedules (see {@link scheduleFixture}); their `workflow_name` must be seeded. They fire on the clock. */
  schedules?: Schedule[];
  /** Executions that ran before the clock's start (see {@link executionFixture}). */
  executions?: ExecutionSeed[];
}

/** ID of the seeded "support-workflow" (the spec's example id). */
export const SUPPORT_WORKFLOW_ID = "7d1c7e0e-5f0c-4b8e-9a57-2f1d3c4b5a69";

/**
 * The default seed: four workflows and five registrations.
 *
 * | workflow | registrations | notes |
 * | --- | --- | --- |
 * | `support-workflow` | v1 (inactive), v2 (active) | v2 declares signal `approve`, query `get_status`, update `set_priority` |
 * | `report-generator` | one, active | tagged `reports` |
 * | `document-summarizer` | one, active | shared (`shared:document-summarizer`), available in the chat assistant |
 * | `legacy-importer` | one, inactive | archived |
 */
export function defaultSeed(): Required<Pick<SeedData, "workflows" | "registrations">> {
  const support = workflowFixture({
    name: "support-workflow",
    display_name: "Support workflow",
    description: "Triage incoming support tickets.",
    tags: ["support"],
  });
  const reports = workflowFixture({
    name: "report-generator",
    display_name: "Report generator",
    description: "Builds a weekly report from the support queue.",
    tags: ["reports"],
  });
  const summarizer = workflowFixture({
    name: "document-summarizer",
    display_name: "Document summarizer",
    description: "Summarises a document.",
    shared_namespace: "shared:document-summarizer",
    available_in_chat_assistant: true,
  });
  const legacy = workflowFixture({
    name: "legacy-importer",
    display_name: "Legacy importer",
    description: "Imported tickets from the old system.",
    archived: true,
    active: false,
  });
  const handlers = {
    signals: [
      {
        name: "approve",
        description: "Approve the proposed answer.",
        input_schema: {
          title: "Approval",
          type: "object",
          properties: {
            approved: { type: "boolean", description: "Whether the answer may be sent." },
            comment: { type: "string", description: "Note for the agent." },
          },
          required: ["approved"],
        },
      },
    ],
    queries: [
      {
        name: "get_status",
        description: "Current stage and progress.",
        input_schema: { type: "object", properties: {}, additionalProperties: false },
        output_schema: {
          title: "TicketStatus",
          type: "object",
          properties: {
            status: { type: ["string", "null"], description: "Status of the execution." },
            progress: { type: "number", minimum: 0, maximum: 1, description: "Share of the answer written." },
            text: { type: "string", description: "The answer so far." },
            waiting_for_signal: { type: ["string", "null"], description: "Signal awaited, if any." },
            signals_received: { type: "array", items: { type: "string" } },
            state: { type: "object", additionalProperties: true, description: "Fields set by updates." },
          },
          required: ["status", "progress", "text", "waiting_for_signal", "signals_received", "state"],
        },
      },
    ],
    updates: [
      {
        name: "set_priority",
        description: "Change the ticket's priority.",
        input_schema: {
          title: "PriorityChange",
          type: "object",
          properties: { priority: { type: "string", enum: ["low", "normal", "high"] } },
          required: ["priority"],
        },
        output_schema: {
          title: "UpdateOutcome",
          type: "object",
          properties: {
            accepted: { type: "boolean" },
            update: { type: "string", description: "Name of the update." },
            state: { type: "object", additionalProperties: true, description: "Fields set by updates." },
          },
          required: ["accepted", "update", "state"],
        },
      },
    ],
  };
  const definition = (extra: object = {}) => ({
    ...registrationFixture().definition,
    input_schema: {
      title: "SupportTicket",
      type: "object",
      properties: {
        ticket_id: { type: "string", description: "ID of the ticket, e.g. T-1042." },
        customer: { type: "string", description: "Name of the customer." },
        priority: { type: "string", enum: ["low", "normal", "high"], default: "normal" },
      },
      required: ["ticket_id"],
    },
    output_schema: {
      title: "Outcome",
      type: "object",
      properties: {
        status: { type: "string", description: "How the run ended, e.g. done." },
        answer: { type: "string", description: "The text the workflow wrote." },
        input: { description: "The input the run was started with." },
      },
      required: ["status", "answer"],
    },
    ...extra,
  });
  return {
    workflows: [support, reports, summarizer, legacy],
    registrations: [
      registrationFixture({
        id: "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        workflow_id: support.id,
        task_queue: "support",
        deployment_name: "support",
        definition: definition(),
        active: false,
      }),
      registrationFixture({
        id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        workflow_id: support.id,
        task_queue: "support",
        deployment_name: "support",
        definition: definition(handlers),
        active: true,
      }),
      registrationFixture({
        id: "3d8b7e2f-9c1a-4f5b-8e3d-6a7b8c9d0e1f",
        workflow_id: reports.id,
        task_queue: "reports",
        deployment_name: "reports",
        definition: definition({
          input_schema: {
            title: "ReportRequest",
            type: "object",
            properties: {
              week: {
                type: "string",
                description: "ISO week, e.g. 2025-W02; the current week when left out.",
              },
              include_closed: { type: "boolean", default: false },
            },
          },
        }),
      }),
      registrationFixture({
        id: "7b6c5d4e-3f2a-4b1c-8d0e-9f8a7b6c5d4e",
        workflow_id: summarizer.id,
        task_queue: "shared",
        deployment_name: "shared",
        compatible_with_chat_assistant: true,
        definition: definition({
          input_schema: {
            title: "SummaryRequest",
            type: "object",
            properties: {
              document_url: { type: "string", format: "uri" },
              max_words: { type: "integer", minimum: 10, default: 150 },
            },
            required: ["document_url"],
          },
        }),
      }),
      registrationFixture({
        id: "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
        workflow_id: legacy.id,
        task_queue: "legacy",
        deployment_name: "legacy",
        active: false,
      }),
    ],
  };
}
