/**
 * The ids of recent events, for dropping the repeats a server may send (after a resume, or twice on one
 * connection). Ids are kept in two generations of `capacity` each: when the newer one is full, the older
 * is dropped whole and the newer takes its place. So at least the last `capacity` ids are always
 * remembered and at most twice as many, and remembering one is a single set insertion (no eviction of
 * the oldest id one at a time: events stream by at hundreds of thousands a second).
 */
export interface IdWindow {
  /** Whether `id` is among the remembered ids. */
  has(id: string): boolean;
  /** Remembers `id` (which must not be remembered already). */
  add(id: string): void;
  /** How many ids are remembered. */
  readonly size: number;
}

/** Creates an {@link IdWindow}; `capacity` 0 remembers nothing (no deduplication). */
export function createIdWindow(capacity: number): IdWindow {
  let current = new Set<string>();
  let previous = new Set<string>();
  return {
    has: (id) => current.has(id) || previous.has(id),
    add(id) {
      if (capacity === 0) return;
      if (current.size === capacity) {
        previous = current;
        current = new Set();
      }
      current.add(id);
    },
    get size() {
      return current.size + previous.size;
    },
  };
}
