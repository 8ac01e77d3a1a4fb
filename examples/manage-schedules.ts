/**
 * Managing schedules: create one, read its next runs, change it, pause and resume it, trigger it by
 * hand, watch it fire, list schedules, delete it. Run: `examples/node_modules/.bin/tsx examples/manage-schedules.ts`
 * (after `npm run demo` has built the packages).
 *
 * The mock's clock is manual and starts on Monday 2025-01-06 09:00 UTC; `api.clock.advance()` plays
 * the part of time passing. Against the real API, drop the mock and the clock lines.
 */
import { createClient, NotFoundError } from "@mistral-workflows/client";
import { createMockServer } from "@mistral-workflows/mock-server";
import { paginate } from "@mistral-workflows/pagination";

const api = createMockServer();
const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
const HOUR = 3_600_000;

// Create: weekdays at 09:00 in Paris. Choosing the id makes a retried create harmless (409 = exists).
const { schedule_id } = await client.schedules.scheduleWorkflow({
  workflow_identifier: "support-workflow",
  schedule_id: "daily-digest",
  schedule: {
    input: { report: "digest" },
    cron_expressions: ["0 9 * * 1-5"],
    time_zone_name: "Europe/Paris",
  },
});
console.log(`created ${schedule_id}`);

// Read: the next runs are computed by the server, in UTC.
let schedule = await client.schedules.getSchedule({ schedule_id });
const next = (n: number) => (schedule.future_executions ?? []).slice(0, n).map((f) => f.scheduled_at);
console.log(`next runs (UTC, 09:00 Paris): ${next(2).join(", ")}`);

// Update: only the fields sent change. Here, the time of day.
await client.schedules.updateSchedule({
  schedule_id,
  schedule: {
    input: { report: "digest" },
    cron_expressions: ["30 7 * * 1-5"],
    time_zone_name: "Europe/Paris",
  },
});
schedule = await client.schedules.getSchedule({ schedule_id });
console.log(`after update (UTC, 07:30 Paris): ${next(2).join(", ")}`);

// Pause with a note, then resume: a paused schedule has no upcoming runs.
await client.schedules.pauseSchedule({ schedule_id, note: "holidays" });
schedule = await client.schedules.getSchedule({ schedule_id });
console.log(`paused: ${schedule.paused} (note: ${schedule.note}), upcoming runs: ${next(10).length}`);
await client.schedules.resumeSchedule({ schedule_id });
schedule = await client.schedules.getSchedule({ schedule_id });
console.log(`resumed: paused=${schedule.paused}, upcoming runs: ${next(10).length}`);

// Trigger one run now, outside the timetable; then let a day pass so the timetable fires once.
await client.schedules.triggerSchedule({ schedule_id });
api.clock.advance(24 * HOUR);
schedule = await client.schedules.getSchedule({ schedule_id });
for (const run of schedule.recent_executions ?? [])
  console.log(`ran: scheduled ${run.scheduled_at}, started ${run.started_at}`);

// List: every schedule of the workflow, across pages.
for await (const s of paginate(client, "schedules.getSchedules", { workflow_name: "support-workflow" }))
  console.log(`listed: ${s.schedule_id} (${s.paused ? "paused" : "active"})`);

// Delete: executions it started are kept; the schedule is gone.
await client.schedules.unscheduleWorkflow({ schedule_id });
try {
  await client.schedules.getSchedule({ schedule_id });
  throw new Error("the schedule should be gone");
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`deleted ${schedule_id}`);
}
api.close();
