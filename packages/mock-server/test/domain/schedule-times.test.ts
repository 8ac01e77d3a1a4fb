import { describe, expect, test } from "vitest";
import {
  checkTiming,
  compileTiming,
  parseDuration,
  type TimingSpec,
} from "../../src/domain/schedule-times.js";

const MON_0900 = Date.parse("2025-01-06T09:00:00Z");
const iso = (ms: number[]) => ms.map((t) => new Date(t).toISOString());

describe("parseDuration", () => {
  test.each([
    ["PT1H", 3_600_000],
    ["PT15M", 900_000],
    ["PT0.5S", 500],
    ["P1DT12H", 129_600_000],
    ["P2W", 1_209_600_000],
    ["P1M", null],
    ["P1Y", null],
    ["PT", null],
    ["1h", null],
  ])("%s → %s", (text, ms) => expect(parseDuration(text)).toBe(ms));
});

describe("compileTiming", () => {
  test.each<[string, TimingSpec, string[]]>([
    [
      "a cron expression with seconds",
      { cron_expressions: ["30 0 10 * * *"] },
      ["2025-01-06T10:00:30.000Z", "2025-01-07T10:00:30.000Z"],
    ],
    [
      "a nickname",
      { cron_expressions: ["@daily"] },
      ["2025-01-07T00:00:00.000Z", "2025-01-08T00:00:00.000Z"],
    ],
    [
      "a zone with daylight saving",
      {
        cron_expressions: ["0 9 * 3 *"],
        time_zone_name: "America/New_York",
        start_at: "2025-03-08T00:00:00Z",
      },
      ["2025-03-08T14:00:00.000Z", "2025-03-09T13:00:00.000Z"],
    ],
    [
      "calendar: day of month AND day of week",
      { calendars: [{ day_of_month: [{ start: 13 }], day_of_week: [{ start: 5 }] }] },
      ["2025-06-13T00:00:00.000Z", "2026-02-13T00:00:00.000Z"],
    ],
    [
      "calendar: a year range",
      {
        calendars: [
          { month: [{ start: 1 }], day_of_month: [{ start: 1 }], year: [{ start: 2027, end: 2028 }] },
        ],
      },
      ["2027-01-01T00:00:00.000Z", "2028-01-01T00:00:00.000Z"],
    ],
    [
      "calendar: an end below start means start",
      { calendars: [{ hour: [{ start: 11, end: 3 }] }] },
      ["2025-01-06T11:00:00.000Z", "2025-01-07T11:00:00.000Z"],
    ],
    [
      "skip with Temporal's defaults only skips midnight",
      { intervals: [{ every: "PT12H" }], skip: [{ day_of_week: [{ start: 2 }] }] },
      ["2025-01-06T12:00:00.000Z", "2025-01-07T12:00:00.000Z"],
    ],
    ["an end_at before any match", { cron_expressions: ["0 0 1 1 *"], end_at: "2025-06-01T00:00:00Z" }, []],
    ["nothing to match", {}, []],
  ])("%s", (_name, spec, want) => {
    expect(checkTiming(spec, [])).toEqual([]);
    expect(iso(compileTiming(spec).upcoming(MON_0900, 2))).toEqual(want);
  });

  test("next() is strictly after the given time", () => {
    const t = compileTiming({ cron_expressions: ["0 9 * * *"] });
    expect(new Date(t.next(MON_0900 - 1)!).toISOString()).toBe("2025-01-06T09:00:00.000Z");
    expect(new Date(t.next(MON_0900)!).toISOString()).toBe("2025-01-07T09:00:00.000Z");
  });
});
