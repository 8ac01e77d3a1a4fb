/**
 * Fault injection: make the mock server misbehave the way networks and busy services do, so retry,
 * resume and error paths can be tested. Off by default; set for the whole server (`api.faults.add(…)`,
 * or `createMockServer({ faults })`) or for one request with the `x-mock-fault` header.
 */

/**
 * One fault. Every field is optional; a rule with several fields applies them all (latency first, then
 * the status, or else the body faults).
 */
export interface FaultRule {
  /**
   * Operations the rule applies to, by SDK name (`"executions.stream"`) or `operationId`.
   * @default every operation
   */
  operations?: string[];
  /** Wait this long (real milliseconds, whatever the clock mode) before answering. */
  latencyMs?: number;
  /**
   * Answer with this status instead of handling the request (429 and 503 are the useful ones), with a
   * `Retry-After` header and a `{"detail": …}` body. The request changes nothing.
   */
  status?: number;
  /** The `Retry-After` value sent with `status`, in whole seconds. @default 1 */
  retryAfterSeconds?: number;
  /** Streams only: drop the connection right after this many events (0: before the first). */
  dropAfterEvents?: number;
  /** Any response: drop the connection after this many bytes of the body. */
  dropAfterBytes?: number;
  /**
   * Streams only: send an event whose `data` is not valid JSON just before the N-th event (1-based). The
   * malformed event has no `id`, so the events around it and resuming are unaffected.
   */
  malformedEvent?: number;
  /** Streams only: after this many events, send an `error` event (`reason: "stream_error"`) and end the stream. */
  errorAfterEvents?: number;
  /**
   * How many matching requests the rule applies to before it is spent. With the header, the count is
   * kept per distinct header value, so a client's retries (which resend the header) see the fault
   * `times` times and then succeed.
   * @default unlimited
   */
  times?: number;
}

/** The per-request header that carries a {@link FaultRule}: see {@link formatFaultHeader}. */
export const FAULT_HEADER = "x-mock-fault";

const KEYS: Record<string, keyof FaultRule> = {
  "latency-ms": "latencyMs",
  status: "status",
  "retry-after": "retryAfterSeconds",
  "drop-after-events": "dropAfterEvents",
  "drop-after-bytes": "dropAfterBytes",
  "malformed-event": "malformedEvent",
  "error-after-events": "errorAfterEvents",
  times: "times",
};

/**
 * Writes a {@link FaultRule} as an `x-mock-fault` header value: `status=503; retry-after=1; times=2`.
 * Keys: `latency-ms`, `status`, `retry-after`, `drop-after-events`, `drop-after-bytes`,
 * `malformed-event`, `error-after-events`, `times` (`operations` does not apply to a header).
 */
export function formatFaultHeader(rule: Omit<FaultRule, "operations">): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(KEYS)) {
    const value = (rule as FaultRule)[field];
    if (value !== undefined) parts.push(`${key}=${value as number}`);
  }
  return parts.join("; ");
}

/** The range each numeric field of a {@link FaultRule} takes (integers, inclusive). */
export const FAULT_LIMITS: Readonly<Record<Exclude<keyof FaultRule, "operations">, [number, number]>> = {
  latencyMs: [0, 60_000],
  status: [400, 599],
  retryAfterSeconds: [0, 86_400],
  dropAfterEvents: [0, 1_000_000_000],
  dropAfterBytes: [0, 1_000_000_000_000],
  malformedEvent: [1, 1_000_000_000],
  errorAfterEvents: [0, 1_000_000_000],
  times: [1, 1_000_000_000],
};

const HEADER_NAME = Object.fromEntries(Object.entries(KEYS).map(([k, f]) => [f, k]));

/**
 * Checks a rule; throws a `TypeError` naming the first bad field and its range (`status: must be an
 * integer from 400 to 599, got 999`). `header` names the fields as the header spells them.
 */
export function validateFaultRule(rule: FaultRule, header = false): FaultRule {
  if (!rule || typeof rule !== "object" || Array.isArray(rule))
    throw new TypeError("a fault rule must be an object");
  for (const [key, value] of Object.entries(rule)) {
    if (key === "operations") {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
        throw new TypeError("operations: must be a list of operation names");
      continue;
    }
    const range = FAULT_LIMITS[key as keyof typeof FAULT_LIMITS];
    const name = header ? (HEADER_NAME[key] ?? key) : key;
    if (!range) throw new TypeError(`${name}: unknown field`);
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < range[0] || value > range[1])
      throw new TypeError(
        `${name}: must be an integer from ${range[0]} to ${range[1]}, got ${String(value)}`,
      );
  }
  return rule;
}

/** Reads an `x-mock-fault` header value; throws a `TypeError` naming the bad part or field. */
export function parseFaultHeader(value: string): FaultRule {
  const rule: Record<string, number> = {};
  const parts = value.split(/[;,]/);
  for (const [i, part] of parts.entries()) {
    // `status=503;;;` is a typo, not a rule: every separator must be followed by a part.
    if (!part.trim()) {
      if (parts.length === 1) throw new TypeError("empty value: expected key=value parts");
      throw new TypeError(
        `empty part ${i + 1} of ${parts.length}: parts are key=value, separated by a single ";" or ","`,
      );
    }
    const m = /^\s*([a-z-]+)\s*=\s*(\S+)\s*$/i.exec(part);
    const field = m ? KEYS[m[1]!.toLowerCase()] : undefined;
    if (!m || !field) throw new TypeError(`unknown or malformed part "${part.trim()}"`);
    if (!/^\d+$/.test(m[2]!))
      throw new TypeError(`${m[1]!.toLowerCase()}: must be a whole number, got "${m[2]}"`);
    rule[field] = Number(m[2]);
  }
  return validateFaultRule(rule as FaultRule, true);
}

/** The server-wide faults of a mock server (`api.faults`). */
export interface FaultController {
  /**
   * Adds a rule; returns a function that removes it. Rules apply in the order added, later fields
   * winning. Throws a `TypeError` naming a field out of its range (see {@link FAULT_LIMITS}).
   */
  add(rule: FaultRule): () => void;
  /** Removes every server-wide rule. */
  clear(): void;
  /** The active rules (spent ones are removed). */
  readonly rules: readonly FaultRule[];
}

/** The faults that apply to one request, all rules merged. */
export type ResolvedFault = Omit<FaultRule, "operations" | "times">;

interface LiveRule {
  rule: FaultRule;
  left: number;
}

/** Server-wide rules plus the per-header counters (internal). */
export class FaultRegistry implements FaultController {
  private live: LiveRule[] = [];
  private readonly headerCounts = new Map<string, number>();

  constructor(initial: FaultRule[] = []) {
    for (const r of initial) this.add(r);
  }

  get rules(): readonly FaultRule[] {
    return this.live.map((l) => l.rule);
  }

  add(rule: FaultRule): () => void {
    validateFaultRule(rule);
    const entry = { rule: { ...rule }, left: rule.times ?? Infinity };
    this.live.push(entry);
    return () => {
      this.live = this.live.filter((l) => l !== entry);
    };
  }

  clear(): void {
    this.live = [];
    this.headerCounts.clear();
  }

  /** The merged fault for a request to `op` (SDK name and operationId), spending counted rules. */
  resolve(
    op: { sdkName: string; operationId: string } | null,
    header: FaultRule | null,
    headerText: string,
  ): ResolvedFault | null {
    let merged: ResolvedFault | null = null;
    for (const entry of [...this.live]) {
      const ops = entry.rule.operations;
      if (ops && (!op || !(ops.includes(op.sdkName) || ops.includes(op.operationId)))) continue;
      const { operations: _o, times: _t, ...fault } = entry.rule;
      merged = { ...(merged ?? {}), ...fault };
      if (--entry.left <= 0) this.live = this.live.filter((l) => l !== entry);
    }
    if (header) {
      const used = this.headerCounts.get(headerText) ?? 0;
      if (header.times === undefined || used < header.times) {
        this.headerCounts.set(headerText, used + 1);
        const { operations: _o, times: _t, ...fault } = header;
        merged = { ...(merged ?? {}), ...fault };
      }
    }
    return merged;
  }
}
