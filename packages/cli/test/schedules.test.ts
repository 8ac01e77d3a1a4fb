import { afterAll, beforeAll, expect, test } from "vitest";
import { jsonLines, startCliMock } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  // A manual clock: next runs are computed from a known time.
  mock = await startCliMock({ clock: { mode: "manual", now: "2025-01-06T09:00:00Z" } });
});
afterAll(() => mock.close());

test("create, ls, show (local time and UTC), pause, resume, trigger, rm", async () => {
  const created = await mock.cli([
    "schedules",
    "create",
    "report-generator",
    "--cron",
    "0 9 * * 1-5",
    "--tz",
    "Europe/Paris",
    "--input",
    '{"week":"2025-W02"}',
    "--schedule-id",
    "weekday-report",
  ]);
  expect(created.code).toBe(0);
  expect(created.lines).toEqual(["created schedule weekday-report"]);
  const stored = mock.api.state.schedules.get("weekday-report");
  expect(stored?.schedule.cron_expressions).toEqual(["0 9 * * 1-5"]);
  expect(stored?.schedule.time_zone_name).toBe("Europe/Paris");
  expect(stored?.schedule.input).toEqual({ week: "2025-W02" });

  const ls = await mock.cli(["schedules", "ls"]);
  expect(ls.code).toBe(0);
  expect(ls.lines[0]).toMatch(/^SCHEDULE\s+WORKFLOW\s+STATE\s+WHEN\s+NEXT RUN \(UTC\)$/);
  // 09:00 in Paris on Tuesday 7 January 2025 is 08:00 UTC.
  expect(ls.lines[1]).toMatch(
    /^weekday-report\s+report-generator\s+active\s+cron 0 9 \* \* 1-5 \(Europe\/Paris\)\s+2025-01-07 08:00:00 UTC$/,
  );

  const show = await mock.cli(["schedules", "show", "weekday-report", "--next", "2"], {
    env: { TZ: "America/New_York" },
  });
  expect(show.code).toBe(0);
  expect(show.stdout).toContain("next runs");
  expect(show.stdout).toContain("2025-01-07 03:00:00 EST  |  2025-01-07 08:00:00 UTC");
  expect(show.stdout).toContain("2025-01-08 03:00:00 EST  |  2025-01-08 08:00:00 UTC");
  expect(show.stdout).not.toContain("2025-01-09");

  const paused = await mock.cli(["schedules", "pause", "weekday-report", "--note", "holidays"]);
  expect(paused.code).toBe(0);
  expect(mock.api.state.schedules.get("weekday-report")?.schedule.paused).toBe(true);
  expect(mock.api.state.schedules.get("weekday-report")?.schedule.note).toBe("holidays");
  const pausedList = jsonLines(await mock.cli(["--json", "schedules", "ls", "--status", "paused"]));
  expect(pausedList.map((s) => s.schedule_id)).toEqual(["weekday-report"]);

  const resumed = await mock.cli(["--json", "schedules", "resume", "weekday-report", "--note", "back"]);
  expect(resumed.code).toBe(0);
  expect(jsonLines(resumed)[0]).toMatchObject({ schedule_id: "weekday-report", paused: false });

  const triggered = await mock.cli(["schedules", "trigger", "weekday-report"]);
  expect(triggered.code).toBe(0);
  expect(mock.api.state.schedules.get("weekday-report")?.runs).toHaveLength(1);

  const removed = await mock.cli(["schedules", "rm", "weekday-report"]);
  expect(removed.code).toBe(0);
  expect(mock.api.state.schedules.has("weekday-report")).toBe(false);
  const gone = await mock.cli(["schedules", "show", "weekday-report"]);
  expect(gone.code).toBe(3);
  expect(gone.stderr.trim().split("\n")).toHaveLength(1);
  expect(gone.stderr).toMatch(/^error: 404 .*weekday-report.*\(request id \S+\)\n$/);
});

test("ls pages lazily with --limit and --all", async () => {
  for (const id of ["a", "b", "c"])
    await mock.cli([
      "schedules",
      "create",
      "support-workflow",
      "--cron",
      "0 * * * *",
      "--schedule-id",
      `hourly-${id}`,
      "--input",
      '{"ticket_id":"T"}',
    ]);
  mock.api.requests.length = 0;
  const two = await mock.cli(["--json", "schedules", "ls", "--limit", "2", "--workflow", "support-workflow"]);
  expect(jsonLines(two).map((s) => s.schedule_id)).toEqual(["hourly-a", "hourly-b"]);
  const pages = mock.api.requests.filter((q) => q.operation === "schedules.getSchedules");
  expect(pages.map((p) => p.query.page_size)).toEqual(["2"]);
  const all = await mock.cli(["--json", "schedules", "ls", "--all", "--workflow", "support-workflow"]);
  expect(jsonLines(all).map((s) => s.schedule_id)).toEqual(["hourly-a", "hourly-b", "hourly-c"]);
});
