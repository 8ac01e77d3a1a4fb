/**
 * Compares two contract summaries (see `contract-summary.ts`): the public document's and our spec's.
 * Every difference is one row (a location only one side has, or one fact that differs), explained by
 * an entry of the allow-list or not. `pnpm check:contract` fails on any row left unexplained.
 */
import type { ContractSummary, Facts } from "./contract-summary.ts";
import { glob } from "./glob.ts";

/** `missing`: the public document has it and we do not; `extra`: the reverse; `differs`: one fact differs. */
export type DriftKind = "missing" | "extra" | "differs";

/** One difference between the public document and our spec. */
export interface Drift {
  kind: DriftKind;
  /** `GET /v1/workflows/deployments` */
  operation: string;
  /** `query page_size`, `response 200 application/json .items[].id`… */
  location: string;
  /** For `differs`: the fact that differs (`required`, `default`, `maximum`…). */
  fact?: string;
  /** The public document's value: the facts of the location, or the one fact. */
  public?: unknown;
  /** Our spec's value, likewise. */
  ours?: unknown;
}

/**
 * One entry of `spec/contract/allow-list.yaml`: which drift it explains and why. `operation` and
 * `location` are patterns where `*` stands for any run of characters; `fact` narrows a `differs`.
 */
export interface AllowEntry {
  kind: DriftKind;
  operation: string;
  location: string;
  fact?: string;
  /** Where the difference comes from (e.g. `@mistralai/mistralai 2.7.0`). */
  source?: string;
  /** Why we differ from the public document. */
  why: string;
}

/** The drift split by the allow-list, and the entries that explained nothing (stale ones). */
export interface ContractCheck {
  unexplained: Drift[];
  allowed: Drift[];
  unused: AllowEntry[];
}

/** Every difference between `pub` (the public document's summary) and `ours`, in a stable order. */
export function diffSummaries(pub: ContractSummary, ours: ContractSummary): Drift[] {
  const drift: Drift[] = [];
  const operations = [...new Set([...Object.keys(pub.operations), ...Object.keys(ours.operations)])].sort();
  for (const operation of operations) {
    const a = pub.operations[operation];
    const b = ours.operations[operation];
    if (!a || !b) {
      drift.push({
        kind: a ? "missing" : "extra",
        operation,
        location: "operation",
        public: a ? {} : undefined,
      });
      continue;
    }
    const locations = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const location of locations) {
      const x = a[location];
      const y = b[location];
      if (!x) drift.push({ kind: "extra", operation, location, ours: y });
      else if (!y) drift.push({ kind: "missing", operation, location, public: x });
      else
        for (const fact of factNames(x, y))
          if (!sameValue(x[fact], y[fact]))
            drift.push({ kind: "differs", operation, location, fact, public: x[fact], ours: y[fact] });
    }
  }
  return drift;
}

/** Splits `drift` into what `allow` explains and what it does not. */
export function applyAllowList(drift: Drift[], allow: AllowEntry[]): ContractCheck {
  const used = new Set<AllowEntry>();
  const matchers = allow.map((entry) => ({
    entry,
    operation: glob(entry.operation),
    location: glob(entry.location),
  }));
  const unexplained: Drift[] = [];
  const allowed: Drift[] = [];
  for (const d of drift) {
    const hit = matchers.find(
      (m) =>
        m.entry.kind === d.kind &&
        m.operation.test(d.operation) &&
        m.location.test(d.location) &&
        (m.entry.fact === undefined || m.entry.fact === d.fact),
    );
    if (hit) (used.add(hit.entry), allowed.push(d));
    else unexplained.push(d);
  }
  return { unexplained, allowed, unused: allow.filter((e) => !used.has(e)) };
}

/** Checks the shape of a parsed allow-list; throws with the entry's index on the first bad entry. */
export function parseAllowList(raw: unknown): AllowEntry[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error("allow-list: expected a list of entries");
  return raw.map((e, i) => {
    const ok =
      e &&
      typeof e === "object" &&
      ["missing", "extra", "differs"].includes(e.kind) &&
      typeof e.operation === "string" &&
      typeof e.location === "string" &&
      typeof e.why === "string" &&
      e.why.trim() !== "" &&
      (e.fact === undefined || typeof e.fact === "string") &&
      (e.source === undefined || typeof e.source === "string");
    if (!ok)
      throw new Error(
        `allow-list entry ${i}: needs kind (missing|extra|differs), operation, location and why`,
      );
    return e as AllowEntry;
  });
}

/** The drift as a plain-text table (kind, operation, location, public, ours), control characters shown as escapes. */
export function renderDriftTable(drift: Drift[]): string {
  const rows = drift.map((d) => [
    d.kind,
    d.operation,
    d.fact ? `${d.location} [${d.fact}]` : d.location,
    show(d.public),
    show(d.ours),
  ]);
  const header = ["kind", "operation", "location", "public document", "our spec"];
  const widths = header.map((h, i) => Math.min(90, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!)))
      .join(" | ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

const factNames = (x: Facts, y: Facts) => [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
const sameValue = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** A value for the table; `—` when absent. Text from a document is data: C0/C1 controls become escapes. */
function show(value: unknown): string {
  if (value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
