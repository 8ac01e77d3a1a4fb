/** The requests a mock server received (`api.requests`), oldest first, bounded. */

/** A request the mock received (`api.requests`). */
export interface RecordedRequest {
  method: string;
  /** The full URL as sent. */
  url: string;
  /** The path, without the query. */
  path: string;
  /** Query parameters; a repeated parameter's values joined in an array. */
  query: Record<string, string | string[]>;
  /** Request headers, lowercase names. */
  headers: Record<string, string>;
  /** The body: parsed JSON, the raw text if it is not JSON, `undefined` if empty. */
  body: unknown;
  /** SDK name of the operation (`"schedules.getSchedule"`), `null` if no route matched. */
  operation: string | null;
  /** Status of the response (0 until it is decided). */
  status: number;
  /** Clock time the request arrived, ISO 8601. */
  at: string;
  /** Wall-clock time the request arrived, ISO 8601 (differs from `at` under a manual clock). */
  received_at: string;
}

/** Keeps the last `max` requests in `list` (the oldest are dropped first). */
export function createRequestLog(max: number, onRequest?: (request: RecordedRequest) => void) {
  const list: RecordedRequest[] = [];
  return {
    list,
    /** Adds a request as it arrives. */
    add(rec: RecordedRequest): void {
      list.push(rec);
      if (list.length > max) list.splice(0, list.length - max);
    },
    /** Sets the status once the response is known, and tells `onRequest`. */
    done(rec: RecordedRequest, status: number): void {
      rec.status = status;
      onRequest?.(rec);
    },
  };
}

/** What {@link createRequestLog} returns. */
export type RequestLog = ReturnType<typeof createRequestLog>;
