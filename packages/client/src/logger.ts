/**
 * The client's opt-in debug log: one line per attempt (method, URL, status, attempt) and per retry
 * (delay, reason). Nothing is logged unless a `logger` is given; the API key is never part of a line.
 */

/** Fields of a log line: `method`, `url`, `status`, `attempt` (0 for the first), `delayMs`. */
export type LogFields = Record<string, string | number | undefined>;

/** Where the client writes its debug lines; `console` fits. */
export interface Logger {
  /** Receives one line and its fields. */
  debug(message: string, fields: LogFields): void;
}
