/**
 * When a schedule fires: the union of its cron expressions (read with croner), intervals and
 * calendars, in its time zone, minus the times its `skip` calendars match, within `start_at`/`end_at`.
 *
 * Calendars follow Temporal's semantics, which the API passes through: a field left out matches 0 for
 * `second`, `minute` and `hour` and every value otherwise (in `skip` too), a range's `end` of 0 (or
 * below `start`) means `start`, a `step` of 0 means 1, and day-of-month and day-of-week must both
 * match. Intervals count from the Unix epoch: `every: PT1H, offset: PT15M` fires at hh:15 UTC.
 */
import { Cron } from "croner";
import type { ValidationIssue } from "./errors.js";

/** A range of one calendar field, as on the wire. */
export interface RangeSpec {
  start: number;
  end?: number;
  step?: number;
}

/** A calendar entry, as on the wire. */
export interface CalendarSpec {
  second?: RangeSpec[];
  minute?: RangeSpec[];
  hour?: RangeSpec[];
  day_of_month?: RangeSpec[];
  month?: RangeSpec[];
  year?: RangeSpec[];
  day_of_week?: RangeSpec[];
  comment?: string | null;
}

/** The timing fields of a schedule, as on the wire. */
export interface TimingSpec {
  cron_expressions?: string[];
  intervals?: { every: string; offset?: string | null }[];
  calendars?: CalendarSpec[];
  skip?: CalendarSpec[];
  start_at?: string | null;
  end_at?: string | null;
  time_zone_name?: string | null;
}

const FIELDS = {
  second: [0, 59, [0]],
  minute: [0, 59, [0]],
  hour: [0, 23, [0]],
  day_of_month: [1, 31, null],
  month: [1, 12, null],
  year: [1970, 9999, null],
  day_of_week: [0, 6, null],
} as const;
type Field = keyof typeof FIELDS;

/**
 * Parses an ISO 8601 duration (`PT1H`, `P1DT12H`, `PT0.5S`, `P2W`) into milliseconds. Years and months
 * have no fixed length and are refused, as Temporal refuses them. Returns `null` if not a duration.
 */
export function parseDuration(text: string): number | null {
  const m =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text,
    );
  if (!m || text === "P" || text.endsWith("T")) return null;
  const [, w, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return Math.round((((w! * 7 + d!) * 24 + h!) * 60 + min!) * 60_000 + s! * 1000);
}

const knownZones = new Set<string>(["UTC"]);

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    knownZones.add(name);
    return true;
  } catch {
    return false;
  }
}

function expand(ranges: readonly RangeSpec[]): number[] {
  const out = new Set<number>();
  for (const r of ranges) {
    const end = !r.end || r.end < r.start ? r.start : r.end;
    const step = r.step && r.step > 0 ? r.step : 1;
    for (let v = r.start; v <= end; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

function valuesOf(cal: CalendarSpec, field: Field): number[] | null {
  const ranges = cal[field];
  if (ranges && ranges.length) return expand(ranges);
  const def = FIELDS[field][2];
  return def ? [...def] : null;
}

/** Checks cron expressions, the time zone, calendars and durations; returns 422 issues under `loc`. */
export function checkTiming(spec: TimingSpec, loc: (string | number)[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const tz = spec.time_zone_name ?? "UTC";
  if (!isTimeZone(tz))
    issues.push({
      loc: [...loc, "time_zone_name"],
      msg: `Value error, unknown time zone '${tz}'`,
      type: "value_error",
      input: tz,
    });
  spec.cron_expressions?.forEach((expr, i) => {
    try {
      new Cron(expr, { paused: true });
    } catch (error) {
      issues.push({
        loc: [...loc, "cron_expressions", i],
        msg: `Value error, invalid cron expression: ${(error as Error).message}`,
        type: "value_error",
        input: expr,
      });
    }
  });
  spec.intervals?.forEach((iv, i) => {
    const every = parseDuration(iv.every);
    if (!every)
      issues.push({
        loc: [...loc, "intervals", i, "every"],
        msg: "Input should be a valid positive duration in days, hours, minutes or seconds",
        type: "time_delta_parsing",
        input: iv.every,
      });
    if (iv.offset != null && parseDuration(iv.offset) === null)
      issues.push({
        loc: [...loc, "intervals", i, "offset"],
        msg: "Input should be a valid duration in days, hours, minutes or seconds",
        type: "time_delta_parsing",
        input: iv.offset,
      });
  });
  for (const key of ["calendars", "skip"] as const) {
    spec[key]?.forEach((cal, i) => {
      for (const field of Object.keys(FIELDS) as Field[]) {
        const [min, max] = FIELDS[field];
        cal[field]?.forEach((r, j) => {
          for (const [name, v] of [
            ["start", r.start],
            ["end", r.end],
          ] as const) {
            if (v === undefined || (name === "end" && v === 0)) continue;
            if (v < min || v > max)
              issues.push({
                loc: [...loc, key, i, field, j, name],
                msg: `Input should be between ${min} and ${max}`,
                type: "value_error",
                input: v,
              });
          }
          if (r.step !== undefined && r.step < 0)
            issues.push({
              loc: [...loc, key, i, field, j, "step"],
              msg: "Input should be greater than or equal to 0",
              type: "greater_than_equal",
              input: r.step,
            });
        });
      }
    });
  }
  return issues;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const isUtc = (tz: string) => tz === "UTC" || tz === "Etc/UTC" || tz === "GMT" || tz === "Etc/GMT";

/** croner's zone options: a fixed offset for UTC, ten times faster than its time-zone conversions. */
const zone = (tz: string) => (isUtc(tz) ? { utcOffset: 0 } : { timezone: tz });

/** The calendar fields of an instant in a time zone. */
function fieldsAt(ms: number, tz: string): Record<Field, number> {
  if (isUtc(tz)) {
    const d = new Date(ms);
    return {
      second: d.getUTCSeconds(),
      minute: d.getUTCMinutes(),
      hour: d.getUTCHours(),
      day_of_month: d.getUTCDate(),
      month: d.getUTCMonth() + 1,
      year: d.getUTCFullYear(),
      day_of_week: d.getUTCDay(),
    };
  }
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(tz, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    second: Number(parts.second),
    minute: Number(parts.minute),
    hour: Number(parts.hour),
    day_of_month: Number(parts.day),
    month: Number(parts.month),
    year: Number(parts.year),
    day_of_week: WEEKDAYS[parts.weekday!] ?? 0,
  };
}

function calendarMatches(cal: CalendarSpec, ms: number, tz: string): boolean {
  const at = fieldsAt(ms, tz);
  for (const field of Object.keys(FIELDS) as Field[]) {
    const values = valuesOf(cal, field);
    if (values && !values.includes(at[field])) return false;
  }
  return true;
}

/** Something that yields the first matching time strictly after a given time. */
type Source = (afterMs: number) => number | null;

function cronSource(expr: string, tz: string): Source {
  const cron = new Cron(expr, { paused: true, ...zone(tz) });
  return (after) => cron.nextRun(new Date(after))?.getTime() ?? null;
}

function intervalSource(every: number, offset: number): Source {
  return (after) => (Math.floor((after - offset) / every) + 1) * every + offset;
}

function calendarSource(cal: CalendarSpec, tz: string): Source {
  const list = (field: Field) => {
    const v = valuesOf(cal, field);
    const [min, max] = FIELDS[field];
    return !v || (v.length === max - min + 1 && v[0] === min) ? "*" : v.join(",");
  };
  const pattern = `${list("second")} ${list("minute")} ${list("hour")} ${list("day_of_month")} ${list("month")} ${list("day_of_week")}`;
  // legacyMode: false makes day-of-month AND day-of-week, as Temporal's calendars do.
  const cron = new Cron(pattern, { paused: true, ...zone(tz), legacyMode: false });
  const years = valuesOf(cal, "year");
  return (after) => {
    let from = after;
    for (let i = 0; i < 500; i++) {
      const next = cron.nextRun(new Date(from))?.getTime() ?? null;
      if (next === null || !years) return next;
      const year = fieldsAt(next, tz).year;
      if (years.includes(year)) return next;
      const later = years.find((y) => y > year);
      if (later === undefined) return null;
      from = Date.UTC(later, 0, 1) - 15 * 3_600_000; // the zone's new year is within ±14 h of UTC's
    }
    return null;
  };
}

/** The times a schedule's timing spec matches. */
export interface TimeSpec {
  /** The first matching time strictly after `afterMs`, or `null` if there is none. */
  next(afterMs: number): number | null;
  /** Up to `n` matching times strictly after `afterMs`, earliest first. */
  upcoming(afterMs: number, n: number): number[];
}

/** Compiles a (valid: see {@link checkTiming}) timing spec. */
export function compileTiming(spec: TimingSpec): TimeSpec {
  const tz = spec.time_zone_name ?? "UTC";
  const sources: Source[] = [
    ...(spec.cron_expressions ?? []).map((e) => cronSource(e, tz)),
    ...(spec.intervals ?? []).map((iv) =>
      intervalSource(parseDuration(iv.every)!, iv.offset ? parseDuration(iv.offset)! : 0),
    ),
    ...(spec.calendars ?? []).map((c) => calendarSource(c, tz)),
  ];
  const skip = spec.skip ?? [];
  const startAt = spec.start_at ? Date.parse(spec.start_at) : null;
  const endAt = spec.end_at ? Date.parse(spec.end_at) : null;

  const next = (afterMs: number): number | null => {
    let from = startAt !== null ? Math.max(afterMs, startAt - 1) : afterMs;
    for (let guard = 0; guard < 10_000; guard++) {
      let best: number | null = null;
      for (const s of sources) {
        const t = s(from);
        if (t !== null && (best === null || t < best)) best = t;
      }
      if (best === null || (endAt !== null && best > endAt)) return null;
      if (!skip.some((cal) => calendarMatches(cal, best!, tz))) return best;
      from = best;
    }
    return null;
  };
  return {
    next,
    upcoming(afterMs, n) {
      const out: number[] = [];
      let from = afterMs;
      while (out.length < n) {
        const t = next(from);
        if (t === null) break;
        out.push(t);
        from = t;
      }
      return out;
    },
  };
}
