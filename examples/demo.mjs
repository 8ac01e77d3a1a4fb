#!/usr/bin/env node
/**
 * The end-to-end demo: starts the mock server on 127.0.0.1 and walks through a day with the Workflows
 * API using the handles, client and pagination packages, printing a short transcript.
 *
 *   node examples/demo.mjs          against the embedded mock server (no key, no network)
 *   node examples/demo.mjs --real   the read-only part against https://api.mistral.ai (MISTRAL_API_KEY)
 */
import { createClient, WorkflowsError } from "@mistral-workflows/client";
import { createSchedule, startExecution } from "@mistral-workflows/handles";
import { createPayloadCodec } from "@mistral-workflows/encoding";
import { startMockServer } from "@mistral-workflows/mock-server";
import { paginate } from "@mistral-workflows/pagination";
import { streamDeploymentLogs } from "@mistral-workflows/streaming";

const real = process.argv.includes("--real");
const tty = process.stdout.isTTY === true;
let step = 0;
/** @param {string} text */
const title = (text) => console.log(`\n${++step}. ${text}`);
/** @param {string} text */
const say = (text) => console.log(`   ${text}`);

/** The demo's encrypted workflow and its workers' settings (a demo key; yours lives in a secret manager). */
const ENCRYPTED_WORKFLOW = "document-summarizer";
/** @type {import("@mistral-workflows/encoding").PayloadCodecConfig} */
const ENCRYPTED_SETTINGS = {
  encryption: { mode: "full", mainKey: "2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe" },
  compression: { minSizeBytes: 64 },
};

async function main() {
  if (real) return readOnlyTour();

  const server = await startMockServer({
    stepMs: 150,
    deploymentStepMs: 200,
    // One workflow whose workers encrypt and compress its payloads, as a deployment configured for it does.
    workerEncoding: { ...ENCRYPTED_SETTINGS, workflows: [ENCRYPTED_WORKFLOW] },
  });
  say(`mock server listening on ${server.url}`);
  const client = createClient({ apiKey: "demo-key", baseUrl: server.url });
  const created = [];
  try {
    title("List the workflows that can be run");
    // A workflow runs as a registration: one version of its code, published by a worker. Only the
    // active registrations of workflows that are not archived can start executions, so ask for those.
    const registrations = await paginate(client, "workflows.getWorkflowRegistrations", {
      with_workflow: true,
      active_only: true,
      archived: false,
    }).toArray(20);
    say("each is run through its active registration (the version of its code a worker serves);");
    say("older registrations and archived workflows are left out, as they cannot be run:");
    for (const r of registrations)
      say(`- ${r.workflow?.name ?? r.workflow_id}  (active registration …${short(r.id)})`);
    const workflowName = registrations.find((r) => r.workflow?.name && r.workflow.name !== ENCRYPTED_WORKFLOW)
      ?.workflow?.name;
    if (!workflowName) throw new Error("the mock server has no workflow to run");

    title(`Execute "${workflowName}" and watch it live`);
    const execution = await startExecution(client, workflowName, {
      ticket_id: "T-1042",
      customer: "ACME",
      _mock: { steps: 6 },
    });
    say(`execution ${execution.executionId} started`);
    let progress = 0;
    for await (const { data } of execution.events()) {
      if (data.event_type === "CUSTOM_TASK_IN_PROGRESS") {
        progress++;
        const bar = `[${"#".repeat(progress)}${".".repeat(Math.max(0, 6 - progress))}]`;
        if (tty)
          process.stdout.write(`\r   ${bar} ${data.attributes.custom_task_type ?? "task"} in progress`);
        else say(`${bar} ${data.event_type}`);
      } else {
        if (tty && progress) process.stdout.write("\n");
        say(`${data.event_type}`);
      }
    }
    say(`result ${JSON.stringify(await execution.result())}`);

    title("Create a cron schedule and show its next runs");
    const schedule = await createSchedule(
      client,
      workflowName,
      { report: "daily" },
      { cron_expressions: ["0 9 * * 1-5"], time_zone_name: "Europe/Paris" },
    );
    const schedule_id = schedule.scheduleId;
    created.push(schedule_id);
    say(`schedule ${schedule_id}: weekdays at 09:00 Europe/Paris; next runs:`);
    for (const run of await schedule.nextRuns(5)) say(`- ${zoned(run.toISOString(), "Europe/Paris")}`);

    title("Add two more schedules and page through all of them, two per page");
    for (const expression of ["*/30 * * * *", "0 18 * * 5"]) {
      const more = await client.schedules.scheduleWorkflow({
        workflow_identifier: workflowName,
        schedule: { input: { report: expression }, cron_expressions: [expression] },
      });
      created.push(more.schedule_id);
    }
    let page = 0;
    for await (const p of paginate(client, "schedules.getSchedules", { page_size: 2 }).pages()) {
      say(
        `page ${++page}: ${p.items.map((s) => `${short(s.schedule_id)} (${s.cron_expressions?.[0] ?? "?"})`).join(", ")}`,
      );
    }

    title("Trigger the schedule now, then pause and resume it");
    await schedule.trigger();
    const triggered = (await schedule.recentExecutions()).at(-1);
    say(
      `triggered: execution ${triggered?.executionId ?? "?"}, ${(await triggered?.describe())?.status ?? "?"}`,
    );
    await schedule.pause("paused for the holidays");
    const paused = await schedule.describe();
    say(`paused: ${paused.paused}, note: "${paused.note}"`);
    await schedule.resume("back to work");
    const resumed = await schedule.describe();
    say(`paused: ${resumed.paused}, note: "${resumed.note}"`);

    title("Page through the execution's logs, three per page (times in UTC)");
    page = 0;
    for await (const p of execution.logs({ order: "asc", limit: 3 }).pages()) {
      say(`page ${++page}:`);
      for (const log of p.items)
        say(
          `  ${log.timestamp} ${log.severity_text.padEnd(7)} ${typeof log.body === "string" ? log.body : JSON.stringify(log.body)}`,
        );
    }
    let tail = 0;
    for await (const _ of execution.followLogs()) tail++;
    // The log stream delivers each record as it is written; read after the run has ended, it sends the
    // records already written, then ends.
    say(`the log stream, opened after the run ended, delivers the same ${tail} records and ends;`);
    say("opened during a run, it would deliver each record as it is written (a live tail)");

    title("Show the trace summary");
    const summary = await execution.trace();
    say(`${summary.workflow_name}: ${summary.status} in ${summary.total_duration_ms ?? "?"} ms; spans:`);
    for (const span of flattenSpans(summary.span_tree).slice(0, 6)) say(`- ${span}`);

    await encryptedChapter(client, server.url);
    await deploymentChapter(client);
  } finally {
    title("Clean up");
    for (const id of created) await client.schedules.unscheduleWorkflow({ schedule_id: id }).catch(() => {});
    say(`deleted ${created.length} schedules`);
    await server.close();
    say("mock server stopped");
  }
}

/**
 * An encrypted workflow: its workers refuse cleartext input (WF_1302); a client with the same key as the
 * workers sends encoded input and reads the result plain, while the API only ever holds ciphertext.
 * @param {import("@mistral-workflows/client").WorkflowsClient} client
 * @param {string} baseUrl
 */
async function encryptedChapter(client, baseUrl) {
  title(`Run "${ENCRYPTED_WORKFLOW}", whose workers encrypt its payloads`);
  try {
    await client.workflows.executeWorkflow({
      workflow_identifier: ENCRYPTED_WORKFLOW,
      input: { doc: "q3.pdf" },
    });
  } catch (caught) {
    const error = /** @type {import("@mistral-workflows/client").WorkflowsAPIError} */ (caught);
    say(`in cleartext it is refused: ${error.status} ${error.code ?? ""} (payload encoding required)`);
  }
  const sealed = createClient({
    apiKey: "demo-key",
    baseUrl,
    payloadCodec: createPayloadCodec(ENCRYPTED_SETTINGS),
  });
  const done = await sealed.workflows.executeWorkflow({
    workflow_identifier: ENCRYPTED_WORKFLOW,
    input: { doc: "q3.pdf", _mock: { steps: 2 } },
    wait_for_result: true,
    timeout_seconds: 30,
  });
  say(`with the workers' key, the result comes back plain: ${JSON.stringify(done.result)}`);
  const stored = await client.executions.getWorkflowExecution({ execution_id: done.execution_id });
  say(`what the API holds and sends: ${JSON.stringify(stored.result).slice(0, 72)}…`);
}

/**
 * Deploy workers: create a managed deployment, watch it start, list its workers, tail its logs
 * (stopping it ends the tail), then delete it.
 * @param {import("@mistral-workflows/client").WorkflowsClient} client
 */
async function deploymentChapter(client) {
  const name = "demo-workers";
  title("Create a deployment and watch it start");
  const accepted = await client.deployments.createDeployment({
    name,
    spec: { github_url: "https://github.com/acme/support-workflows", revision: "main" },
    resources: { replicas: 2 },
  });
  say(`accepted: ${accepted.name} is ${accepted.status.phase}`);
  try {
    let phase = accepted.status.phase;
    for (let polls = 0; phase !== "running" && polls < 100; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const current = (await client.deployments.getDeployment({ name })).managed?.status.phase;
      if (current && current !== phase) say(`-> ${(phase = current)}`);
    }

    title("List its workers");
    for await (const w of paginate(client, "deployments.listDeploymentWorkers", { name }))
      say(`- ${w.name} ${w.is_active ? "live" : "gone"} since ${w.created_at}`);

    title("Tail its logs; stopping the deployment ends the tail");
    for await (const log of streamDeploymentLogs(client, { name }, { signal: AbortSignal.timeout(10_000) })) {
      say(`${log.timestamp} ${log.body}`);
      if (log.body.includes("running with")) await client.deployments.stopDeployment({ name });
    }
  } finally {
    await client.deployments.deleteDeployment({ name }).catch(() => {});
    say(`deleted deployment ${name}`);
  }
}

/** The read-only part, against the real API. */
async function readOnlyTour() {
  if (!process.env.MISTRAL_API_KEY) throw new Error("--real needs MISTRAL_API_KEY");
  const client = createClient();
  title("List the workflows that can be run (real API)");
  for await (const r of paginate(
    client,
    "workflows.getWorkflowRegistrations",
    { with_workflow: true, active_only: true, archived: false },
    { maxItems: 10 },
  ))
    say(`- ${r.workflow?.name ?? r.workflow_id}`);
  title("List schedules (real API)");
  for await (const s of paginate(client, "schedules.getSchedules", {}, { maxItems: 10 }))
    say(`- ${s.schedule_id} ${s.workflow_name} ${s.paused ? "(paused)" : ""}`);
  title("Latest workflow events (real API)");
  const first = await paginate(client, "events.getWorkflowEvents", { limit: 5 });
  for (const e of first.items) say(`- ${e.event_type} ${e.workflow_name ?? ""}`);
}

/**
 * A wire time (ISO 8601, UTC) shown in a time zone, with the zone named and the UTC time beside it:
 * `Tue 2025-01-07 09:00 Europe/Paris (08:00 UTC)`.
 * @param {string} iso
 * @param {string} timeZone
 */
function zoned(iso, timeZone) {
  const date = new Date(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const utc = date.toISOString().slice(11, 16);
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${timeZone} (${utc} UTC)`;
}

/** @param {string} id */
function short(id) {
  return String(id).slice(-8);
}

/**
 * @param {{ name: string; children?: any[] } | null | undefined} span
 * @param {number} depth
 * @param {string[]} out
 */
function flattenSpans(span, depth = 0, out = []) {
  if (!span) return out;
  out.push(`${"  ".repeat(depth)}${span.name}`);
  for (const child of span.children ?? []) flattenSpans(child, depth + 1, out);
  return out;
}

main().then(
  () => {
    console.log("\ndone.");
    console.log(
      "The same from a terminal, in this clone: npm run cli -- --mock run support-workflow --watch",
    );
  },
  (error) => {
    console.error(
      `\ndemo failed: ${error instanceof WorkflowsError ? `${error.name}: ` : ""}${error.message}`,
    );
    process.exitCode = 1;
  },
);
