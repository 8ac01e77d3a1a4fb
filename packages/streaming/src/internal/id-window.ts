/**
 * The ids of the last `capacity` events, for dropping the duplicates a server may resend after a
 * resume. Memory is bounded by `capacity`, whatever the stream's length: the oldest id is forgotten
 * first, so only a repeat from further back than `capacity` events would get through.
 */
export interface IdWindow {
  /** Whether `id` is among the remembered ids. */
  has(id: string): boolean;
  /** Remembers `id` (which must not be remembered already), forgetting the oldest when full. */
  add(id: string): void;
  /** How many ids are remembered. */
  readonly size: number;
}

/** Creates an {@link IdWindow}; `capacity` 0 remembers nothing (no deduplication). */
export function createIdWindow(capacity: number): IdWindow {
  const ids = new Set<string>();
  const ring: string[] = [];
  let next = 0;
  return {
    has: (id) => ids.has(id),
    add(id) {
      if (capacity === 0) return;
      if (ring.length < capacity) ring.push(id);
      else {
        ids.delete(ring[next]!);
        ring[next] = id;
        next = (next + 1) % capacity;
      }
      ids.add(id);
    },
    get size() {
      return ids.size;
    },
  };
}
