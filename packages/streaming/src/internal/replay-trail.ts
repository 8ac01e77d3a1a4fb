/**
 * The events a stream received since the last `id:`, for telling their repeats after a resume. An event
 * without an `id:` leaves the last event id where it was (WHATWG HTML §9.2.6), so a server that resumes
 * "after the last id" sends it again, with an id this time or not. A workflow event carries its own
 * `event_id` to tell it by; a log record has nothing of the kind. What does tell it: a resumed server
 * sends the events after the resume point in their order, so the first events of the next connection
 * are these same events, with the same data. They are matched in that place only, one for one, and
 * the first event that differs ends the matching: a later event that happens to carry the same data
 * is new, and is delivered.
 *
 * Memory is bounded: at most `capacity` events and {@link MAX_TRAIL_CHARS} characters of data are kept,
 * the oldest first (a resumed server sends those first); past that, the repeats of the rest are not
 * recognised. Events with an id cost nothing here.
 */

/** Most characters of `data` a trail keeps, over all its events. */
export const MAX_TRAIL_CHARS = 1_048_576;

/** See the file's description. One per stream, shared by its connections. */
export interface ReplayTrail {
  /** A new connection begins: its first events are compared with the trail from its start. */
  startConnection(): void;
  /**
   * Whether an event with this `data`, the next one of the connection, repeats the trail's next event.
   * `true` consumes that trail entry; `false` ends the matching for this connection.
   */
  isRepeat(data: string): boolean;
  /**
   * The repeat just matched came with an `id:`: the events up to it are now before the resume point,
   * so they leave the trail, and matching goes on with the rest.
   */
  anchorRepeat(): void;
  /** A new event came with an `id:`: every event before it is before the resume point. */
  anchor(): void;
  /** A new event came without an `id:`: remember its data, if there is room. */
  record(data: string): void;
}

/** Creates a {@link ReplayTrail} keeping at most `capacity` events; `0` keeps none (no matching). */
export function createReplayTrail(capacity: number): ReplayTrail {
  let entries: string[] = [];
  let chars = 0;
  let full = false;
  let position = 0;
  let matching = false;
  return {
    startConnection() {
      position = 0;
      matching = entries.length > 0;
    },
    isRepeat(data) {
      if (!matching) return false;
      if (entries[position] !== data) {
        matching = false;
        return false;
      }
      position++;
      if (position === entries.length) matching = false;
      return true;
    },
    anchorRepeat() {
      const rest = entries.slice(position);
      for (let i = 0; i < position; i++) chars -= entries[i]!.length;
      entries = rest;
      position = 0;
      // Still `full` if it was: events after the kept ones were not recorded, and a gap would misplace
      // the ones recorded after it.
      matching = matching && entries.length > 0;
    },
    anchor() {
      if (entries.length !== 0) {
        entries = [];
        chars = 0;
      }
      full = false;
      matching = false;
    },
    record(data) {
      if (full || capacity === 0) return;
      if (entries.length >= capacity || chars + data.length > MAX_TRAIL_CHARS) {
        // Keep the oldest: a resumed server sends those first, so they are the ones that can match.
        full = true;
        return;
      }
      entries.push(data);
      chars += data.length;
    },
  };
}
