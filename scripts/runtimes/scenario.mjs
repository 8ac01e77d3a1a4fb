/**
 * The smoke scenario every runtime runs against a mock server over HTTP, with the packed packages:
 * list workflows, execute one and stream its events to the end through one dropped connection (the
 * mock drops it once; the stream resumes), page through schedules, catch one typed error by class,
 * abort a request and a stream. Plain JavaScript with web APIs only, so Node, Bun, Deno, a browser and
 * a worker run the same file. Throws on the first thing that is off; returns figures to print.
 */

/**
 * @typedef {object} Packages
 * @property {typeof import("@mistral-workflows/client")} client
 * @property {typeof import("@mistral-workflows/streaming")} streaming
 * @property {typeof import("@mistral-workflows/pagination")} pagination
 * @property {typeof import("@mistral-workflows/encoding")} encoding
 */

/**
 * @typedef {object} ScenarioResult
 * @property {string} executionId the execution that was streamed
 * @property {number} events events received, each once
 * @property {number} reconnects reconnects the stream made
 * @property {string | null} resumedAfter the event id the reconnect resumed after (`null`: from the start)
 * @property {number} pages schedule pages read
 * @property {number} schedules schedules read across those pages
 * @property {number} workflows workflow registrations listed
 * @property {number} decodedPayloads event payloads of the encrypted execution that arrived decoded
 */

/**
 * The key the workers of the mock's encrypted workflow (`report-generator`) use; a test key, nothing
 * else (hex, 256 bits).
 */
export const SMOKE_ENCRYPTION_KEY = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";

/** Fails the scenario with `message` unless `ok`. */
function check(ok, message) {
  if (!ok) throw new Error(message);
}

/**
 * Runs the scenario.
 * @param {Packages} packages the three packages as the runtime loaded them
 * @param {{ baseUrl: string, apiKey: string }} target the mock server
 * @returns {Promise<ScenarioResult>}
 */
export async function runScenario(
  { client: clientPackage, streaming, pagination, encoding },
  { baseUrl, apiKey },
) {
  const { createClient, NotFoundError, APIUserAbortError } = clientPackage;
  const client = createClient({ apiKey, baseUrl, maxRetries: 1 });

  // 1. List workflows (their registrations, with the workflow each belongs to).
  const listed = await client.workflows.getWorkflowRegistrations({ with_workflow: true });
  const workflows = listed.workflow_registrations.length;
  check(workflows > 0, "no workflow registrations listed");

  // 2. Execute one and stream it to the end. The mock drops the first stream connection mid-way
  //    (a server-wide fault set up by the suite); the stream resumes from the last event id.
  const { execution_id: executionId } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { ticket_id: "T-1", _mock: { stepMs: 25 } },
  });
  let reconnects = 0;
  let resumedAfter = null;
  const sequences = [];
  const types = [];
  const stream = streaming.streamExecution(
    client,
    { execution_id: executionId },
    {
      reconnectDelayMs: 10,
      onReconnect: (info) => {
        reconnects++;
        resumedAfter = info.lastEventId;
      },
    },
  );
  for await (const event of stream) {
    sequences.push(event.broker_sequence);
    types.push(event.data.event_type);
  }
  check(reconnects === 1, `expected exactly one reconnect, saw ${reconnects}`);
  check(new Set(sequences).size === sequences.length, `an event came twice: ${sequences.join(",")}`);
  check(
    sequences.every((n, i) => i === 0 || n === sequences[i - 1] + 1),
    `events are not contiguous: ${sequences.join(",")}`,
  );
  check(types[0] === "WORKFLOW_EXECUTION_STARTED", `first event ${types[0]}`);
  check(types.at(-1) === "WORKFLOW_EXECUTION_COMPLETED", `last event ${types.at(-1)}`);

  // 3. Page through schedules (the suite seeds three; two per page).
  let pages = 0;
  const scheduleIds = [];
  for await (const page of pagination.paginate(client, "schedules.getSchedules", { page_size: 2 }).pages()) {
    pages++;
    for (const schedule of page.items) scheduleIds.push(schedule.schedule_id);
  }
  check(new Set(scheduleIds).size === scheduleIds.length, `a schedule came twice: ${scheduleIds.join(",")}`);
  check(scheduleIds.length >= 3, `read ${scheduleIds.length} schedules`);

  // 4. One typed error, caught by its class.
  let notFound;
  try {
    await client.schedules.getSchedule({ schedule_id: "no-such-schedule" });
  } catch (error) {
    notFound = error;
  }
  check(notFound instanceof NotFoundError, `expected NotFoundError, got ${describe(notFound)}`);
  check(notFound.status === 404, `NotFoundError with status ${notFound.status}`);

  // 5. Aborts: a request aborted in flight rejects with APIUserAbortError; a stream aborted after its
  //    first event ends quietly.
  const requestAbort = new AbortController();
  const pending = client.executions.getWorkflowExecution(
    { execution_id: executionId },
    { signal: requestAbort.signal },
  );
  requestAbort.abort();
  let aborted;
  try {
    await pending;
  } catch (error) {
    aborted = error;
  }
  check(aborted instanceof APIUserAbortError, `expected APIUserAbortError, got ${describe(aborted)}`);

  const running = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: { outcome: "running", stepMs: 25 } },
  });
  const streamAbort = new AbortController();
  let seenBeforeAbort = 0;
  for await (const _event of streaming.streamExecution(
    client,
    { execution_id: running.execution_id },
    { signal: streamAbort.signal },
  )) {
    seenBeforeAbort++;
    streamAbort.abort();
  }
  check(seenBeforeAbort === 1, `the aborted stream yielded ${seenBeforeAbort} events`);
  await client.executions.cancelWorkflowExecution({ execution_id: running.execution_id });

  // 6. An encrypted workflow: the mock's workers encrypt and compress `report-generator`'s payloads.
  //    Cleartext input is refused (WF_1302); with the same key, the result and the event payloads come
  //    back plain (the result compressed on the way: zstd decoded in this runtime).
  const sealed = createClient({
    apiKey,
    baseUrl,
    maxRetries: 1,
    payloadCodec: encoding.createPayloadCodec({
      encryption: { mode: "full", mainKey: SMOKE_ENCRYPTION_KEY },
    }),
  });
  let refused;
  try {
    await client.workflows.executeWorkflow({ workflow_identifier: "report-generator", input: { n: 1 } });
  } catch (error) {
    refused = error;
  }
  check(
    refused?.status === 500 && refused?.body?.code === "WF_1302",
    `cleartext input: ${describe(refused)}`,
  );
  const text = "chiffré ✓ ".repeat(200);
  const done = await sealed.workflows.executeWorkflow({
    workflow_identifier: "report-generator",
    input: { text, _mock: { stepMs: 25 } },
    wait_for_result: true,
    timeout_seconds: 30,
  });
  check(
    done.result?.input?.text === text,
    `the encrypted result came back as ${JSON.stringify(done.result)}`,
  );
  let decodedPayloads = 0;
  for await (const event of streaming.streamExecution(sealed, { execution_id: done.execution_id })) {
    for (const value of Object.values(event.data.attributes ?? {}))
      if (value && typeof value === "object" && "value" in value && value.encoding_options?.length === 0)
        decodedPayloads++;
  }
  check(decodedPayloads > 0, "no event payload of the encrypted execution arrived decoded");

  return {
    decodedPayloads,
    executionId,
    events: sequences.length,
    reconnects,
    resumedAfter,
    pages,
    schedules: scheduleIds.length,
    workflows,
  };
}

function describe(value) {
  if (value === undefined) return "no error";
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/** The runtime this runs on, as `name version`, read from the runtime itself. */
export function runtimeName() {
  const g = globalThis;
  if (g.Bun) return `bun ${g.Bun.version}`;
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  if (g.navigator?.userAgent === "Cloudflare-Workers") return "workerd";
  if (g.EdgeRuntime) return `edge-runtime ${g.EdgeRuntime}`;
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  const chrome = /(?:Headless)?Chrome\/([\d.]+)/.exec(g.navigator?.userAgent ?? "");
  return chrome ? `chromium ${chrome[1]}` : (g.navigator?.userAgent ?? "unknown");
}
