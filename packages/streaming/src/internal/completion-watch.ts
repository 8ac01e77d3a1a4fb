/**
 * Whether a stream that the server keeps open is over. A server may hold a connection with heartbeats
 * and nothing else: one resumed from a finished execution's last event, or one whose execution was
 * terminated (which sends no terminal event). The heartbeats keep the idle timeout away, so such a
 * stream would wait forever. This watch asks the stream's `isComplete` once a connection has gone
 * `periodMs` without delivering an item, while it stays open, and again after each further such
 * period; when the answer is yes, it closes the connection and the stream ends quietly.
 *
 * As with the idle timeout, only time spent waiting for bytes counts: a slow loop body does not.
 */
import { isRetryable } from "./reconnect-policy.js";

/** What the reader tells the watch, and what the watch found. */
export interface CompletionWatch {
  /** The reader began waiting for bytes. */
  waitStart(): void;
  /** The wait ended: bytes came (or the body ended). */
  waitEnd(): void;
  /** An item was delivered: the quiet period starts over, and an answer asked before it is stale. */
  delivered(): void;
  /** `complete`: the stream is over; `error`: the question failed for good (a 404, say). */
  readonly verdict: { complete: boolean; error: unknown };
  /** Stops the watch (the connection is done with). */
  stop(): void;
}

/**
 * Starts a {@link CompletionWatch} over `connection`, which it aborts once it has a verdict; `null`
 * when `periodMs` is 0. `isComplete` is asked with the connection's signal (so the question is
 * dropped with the connection) and the number of items this connection delivered. A failure that is
 * worth another attempt (5xx, 408, 429, a network error) counts as "not yet".
 */
export function watchCompletion(
  periodMs: number,
  isComplete: (signal: AbortSignal, connection: { received: number }) => Promise<boolean>,
  connection: AbortController,
): CompletionWatch | null {
  if (periodMs <= 0) return null;
  const verdict = { complete: false, error: undefined as unknown };
  let received = 0;
  // Time waited for bytes since the last item, before the current wait; the current wait's start.
  let quietBefore = 0;
  let waitingSince = -1;
  // Bumped by each item, so an answer to a question asked before it is not taken.
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const quiet = () => quietBefore + (waitingSince < 0 ? 0 : performance.now() - waitingSince);
  const arm = (ms: number) => {
    timer = setTimeout(check, ms);
    // Never keeps a process alive by itself, as the idle timer.
    (timer as { unref?: () => void }).unref?.();
  };
  const restart = () => {
    quietBefore = 0;
    if (waitingSince >= 0) waitingSince = performance.now();
    arm(periodMs);
  };
  const settle = (complete: boolean, error?: unknown) => {
    if (complete) verdict.complete = true;
    else verdict.error = error;
    connection.abort();
  };
  function check(): void {
    if (connection.signal.aborted) return;
    const waited = quiet();
    if (waited < periodMs) return arm(periodMs - waited);
    const asked = generation;
    isComplete(connection.signal, { received }).then(
      (complete) => {
        if (connection.signal.aborted) return;
        if (complete && asked === generation) settle(true);
        else restart();
      },
      (error: unknown) => {
        if (connection.signal.aborted) return;
        if (isRetryable(error)) restart();
        else settle(false, error);
      },
    );
  }

  arm(periodMs);
  connection.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  return {
    waitStart() {
      waitingSince = performance.now();
    },
    waitEnd() {
      if (waitingSince >= 0) quietBefore += performance.now() - waitingSince;
      waitingSince = -1;
    },
    delivered() {
      received++;
      generation++;
      quietBefore = 0;
    },
    verdict,
    stop() {
      clearTimeout(timer);
    },
  };
}
