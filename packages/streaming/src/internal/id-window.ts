/**
 * The ids of the last `capacity` events delivered, for dropping the duplicates a server may resend
 * after a resume. Remembering an id is one array write (events stream by at hundreds of thousands a
 * second, and hashing every id into a set would cost more than parsing a small event); the set is built
 * only when a connection resumes and its events must be checked. Memory is bounded by `capacity`,
 * whatever the stream's length: the oldest id is forgotten first.
 */
export interface IdWindow {
  /** Remembers `id`, forgetting the oldest when `capacity` ids are remembered already. */
  add(id: string): void;
  /** The ids remembered now, as a set to check a resumed connection's events against; `null` if none. */
  snapshot(): ReadonlySet<string> | null;
  /** How many ids are remembered. */
  readonly size: number;
}

/** Creates an {@link IdWindow}; `capacity` 0 remembers nothing (no deduplication). */
export function createIdWindow(capacity: number): IdWindow {
  const ring: string[] = [];
  let next = 0;
  return {
    add(id) {
      if (capacity === 0) return;
      if (ring.length < capacity) ring.push(id);
      else {
        ring[next] = id;
        if (++next === capacity) next = 0;
      }
    },
    snapshot: () => (ring.length === 0 ? null : new Set(ring)),
    get size() {
      return ring.length;
    },
  };
}
