/**
 * The global event log: every published event by `broker_sequence`, found in constant time (the
 * sequence is the index plus an offset). Evicting an execution leaves holes that reading skips; the
 * holes at the front are dropped, so memory follows what is retained, not what was ever published.
 */
import type { StreamEvent } from "../types.js";

/** Events by `broker_sequence`, with holes where evicted executions' events were. */
export class EventLog {
  private slots: (StreamEvent | null)[] = [];
  /** `broker_sequence` of `slots[0]`. */
  private base = 1;
  private live = 0;

  /** How many events the log holds. */
  get size(): number {
    return this.live;
  }

  /** The sequence the next event gets. */
  get nextSequence(): number {
    return this.base + this.slots.length;
  }

  /** Appends an event; its `broker_sequence` must be {@link nextSequence}. */
  push(event: StreamEvent): void {
    this.slots.push(event);
    this.live++;
  }

  /** The event with this sequence, or `null` (never published, or evicted). */
  get(sequence: number): StreamEvent | null {
    const i = sequence - this.base;
    return i >= 0 && i < this.slots.length ? (this.slots[i] ?? null) : null;
  }

  /**
   * The first sequence at or after `sequence` that holds an event, or `null` if none does yet.
   * Reading `from(start)` then `from(found + 1)` walks the log without copying it.
   */
  seek(sequence: number): number | null {
    for (let i = Math.max(0, sequence - this.base); i < this.slots.length; i++)
      if (this.slots[i]) return i + this.base;
    return null;
  }

  /** The events from `sequence` on (inclusive), oldest first. */
  *from(sequence: number): Generator<StreamEvent> {
    for (let i = Math.max(0, sequence - this.base); i < this.slots.length; i++) {
      const e = this.slots[i];
      if (e) yield e;
    }
  }

  /** Removes `events` (one execution's, in order) from the log. */
  removeExecution(_executionId: string, events: readonly StreamEvent[]): void {
    for (const e of events) {
      const i = e.broker_sequence - this.base;
      if (i >= 0 && i < this.slots.length && this.slots[i]) {
        this.slots[i] = null;
        this.live--;
      }
    }
    let lead = 0;
    while (lead < this.slots.length && this.slots[lead] === null) lead++;
    // Dropping the front costs a copy: do it once the holes there are worth it.
    if (lead > 1024 && lead * 4 >= this.slots.length) {
      this.slots = this.slots.slice(lead);
      this.base += lead;
    }
  }

  /** A copy of the events held, oldest first. */
  toArray(): StreamEvent[] {
    return [...this.from(this.base)];
  }
}
