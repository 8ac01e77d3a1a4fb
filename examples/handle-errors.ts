/**
 * Handling every error class the client throws, each provoked for real against the mock server.
 * Run: `examples/node_modules/.bin/tsx examples/handle-errors.ts` (after `npm run demo` has built the packages).
 *
 * Named methods, paginators and streams throw; the raw path client (`client.GET(…)`) returns
 * `{ data, error, response }` instead. Branch with `instanceof` (or on `status`), never on the message.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createClient,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  WorkflowsAPIError,
  WorkflowsError,
} from "@mistral-workflows/client";
import { createMockServer, formatFaultHeader } from "@mistral-workflows/mock-server";

const api = createMockServer({ apiKey: "good-key" });
const client = createClient({ apiKey: "good-key", baseUrl: api.url, fetch: api.fetch, maxRetries: 0 });

/** One place that turns any SDK error into a line for a log or a user. */
function explain(error: unknown): string {
  // Most specific first: every API error is a WorkflowsAPIError, every SDK error a WorkflowsError.
  if (error instanceof ValidationError)
    return `422 invalid request: ${error.detail.map((d) => `${d.loc.join(".")}: ${d.msg}`).join("; ") || error.message}`;
  if (error instanceof NotFoundError) return `404 no such thing (request id ${error.requestId ?? "none"})`;
  if (error instanceof ConflictError) return "409 conflict: it already exists, or is in the wrong state";
  if (error instanceof AuthenticationError) return "401 the API key is missing, wrong or revoked";
  if (error instanceof PermissionDeniedError) return "403 the key may not do this";
  if (error instanceof BadRequestError) return "400 bad request";
  if (error instanceof RateLimitError) return "429 rate limited, after the retries were spent";
  if (error instanceof InternalServerError)
    return `${error.status} server error, after the retries were spent`;
  if (error instanceof WorkflowsAPIError) return `${error.status} other HTTP error`;
  if (error instanceof APIConnectionTimeoutError) return "timed out (no response within timeoutMs)";
  if (error instanceof APIConnectionError) return "no response at all (DNS, refused, reset…)";
  if (error instanceof APIUserAbortError) return "aborted by our own signal (never retried)";
  if (error instanceof InvalidArgumentError) return `refused before sending: argument ${error.argument}`;
  if (error instanceof InvalidResponseError) return `a ${error.status} whose body is not the documented JSON`;
  if (error instanceof WorkflowsError) return `other SDK error: ${error.message}`;
  throw error; // not ours: a bug in this program
}

/** Runs one call that must fail, and prints how it failed. */
async function show(label: string, call: () => Promise<unknown>, expected: new (...a: any[]) => Error) {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof expected))
      throw new Error(`${label}: expected ${expected.name}, got ${String(error)}`);
    console.log(`${label.padEnd(28)} ${(error as Error).name.padEnd(26)} ${explain(error)}`);
    return;
  }
  throw new Error(`${label}: did not fail`);
}

/** Per-call headers that make the mock answer with a status (the request changes nothing). */
const fault = (status: number) => ({
  headers: { "x-mock-fault": formatFaultHeader({ status, retryAfterSeconds: 0 }) },
});

// Real answers of the mock's state.
await show("unknown schedule", () => client.schedules.getSchedule({ schedule_id: "nope" }), NotFoundError);
const wrongKey = createClient({ apiKey: "bad-key", baseUrl: api.url, fetch: api.fetch });
await show("wrong API key", () => wrongKey.schedules.getSchedules({}), AuthenticationError);
const run = await client.workflows.executeWorkflow({ workflow_identifier: "support-workflow", input: {} });
await api.settle(run.execution_id);
await show(
  "cancel a finished execution",
  () => client.executions.cancelWorkflowExecution({ execution_id: run.execution_id }),
  ConflictError,
);
await show(
  "invalid body",
  () =>
    client.schedules.scheduleWorkflow({
      workflow_identifier: "support-workflow",
      schedule: { cron_expressions: 42 },
    } as never),
  WorkflowsError, // a 422 ValidationError from the server, or an InvalidArgumentError if caught at the call
);

// Statuses the mock answers on request, as a real server might.
await show("400", () => client.schedules.getSchedules({}, fault(400)), BadRequestError);
await show("403", () => client.schedules.getSchedules({}, fault(403)), PermissionDeniedError);
await show("429", () => client.schedules.getSchedules({}, fault(429)), RateLimitError);
await show("503", () => client.schedules.getSchedules({}, fault(503)), InternalServerError);

// Failures before or around the HTTP exchange.
await show(
  "empty path parameter",
  () => client.schedules.getSchedule({ schedule_id: "" }),
  InvalidArgumentError,
);
const controller = new AbortController();
controller.abort();
await show(
  "our own abort",
  () => client.schedules.getSchedules({}, { signal: controller.signal }),
  APIUserAbortError,
);
await show(
  "slow server",
  () =>
    client.schedules.getSchedules(
      {},
      { timeoutMs: 20, headers: { "x-mock-fault": formatFaultHeader({ latencyMs: 500 }) } },
    ),
  APIConnectionTimeoutError,
);
const unreachable = createClient({
  apiKey: "k",
  maxRetries: 0,
  fetch: async () => {
    throw new TypeError("fetch failed: connect ECONNREFUSED");
  },
});
await show("server unreachable", () => unreachable.schedules.getSchedules({}), APIConnectionError);
const garbled = createClient({
  apiKey: "k",
  maxRetries: 0,
  fetch: async () => new Response("<html>proxy page</html>", { status: 200 }),
});
await show("a 200 that is not JSON", () => garbled.schedules.getSchedules({}), InvalidResponseError);

// The raw path client does not throw for HTTP errors: it hands back the error body.
const { data, error, response } = await client.GET("/v1/workflows/schedules/{schedule_id}", {
  params: { path: { schedule_id: "nope" } },
});
console.log(
  `path client, unknown schedule: data=${String(data)} status=${response.status} error=${JSON.stringify(error)}`,
);

api.close();
console.log("every error class handled");
