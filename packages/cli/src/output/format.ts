/** Small formatters shared by the commands' human-readable output. */

/** A duration in milliseconds as `850ms`, `4.2s`, `3m 05s` or `2h 10m`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "-";
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.floor(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** An ISO time as `2025-01-06 09:00:00 UTC`; `-` when absent. */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return "-";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/**
 * An ISO time in the local time zone of this machine (`TZ`), e.g. `2025-01-06 10:00:00 CET`; the time
 * zone name comes from `Intl`.
 */
export function formatLocal(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return "-";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")} ${get("timeZoneName")}`;
}

/** A JSON value on one line, cut to `max` characters. */
export function formatJson(value: unknown, max = 80): string {
  if (value === undefined) return "-";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A short form of a UUID-like id (its first 8 characters) for tables. */
export function shortId(id: string | null | undefined): string {
  return id ? (id.length > 12 ? id.slice(0, 8) : id) : "-";
}
