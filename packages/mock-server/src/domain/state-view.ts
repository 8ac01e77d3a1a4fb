/**
 * `api.state`: a read-only view of the domain for tests. The maps are live (they follow the state as
 * requests arrive) but offer no way to change it; only requests, the clock and `api.seed()` do.
 */
import type {
  MockExecution,
  MockSchedule,
  MockState,
  StreamEvent,
  Workflow,
  WorkflowRegistration,
} from "../types.js";
import type { Domain } from "./domain.js";

/** A live read-only map whose values are derived from another map's. */
class DerivedMap<K, S, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly source: ReadonlyMap<K, S>,
    private readonly pick: (value: S) => V,
  ) {}
  get size(): number {
    return this.source.size;
  }
  get(key: K): V | undefined {
    const v = this.source.get(key);
    return v === undefined ? undefined : this.pick(v);
  }
  has(key: K): boolean {
    return this.source.has(key);
  }
  keys(): MapIterator<K> {
    return this.source.keys();
  }
  *values(): MapIterator<V> {
    for (const v of this.source.values()) yield this.pick(v);
  }
  *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.source) yield [k, this.pick(v)];
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** Creates the read-only view of `domain` that `api.state` returns. */
export function createStateView(domain: Domain): MockState {
  const { store, schedules } = domain;
  const same = <T>(v: T) => v;
  return {
    workflows: new DerivedMap<string, Workflow, Workflow>(store.workflows, same),
    registrations: new DerivedMap<string, WorkflowRegistration, WorkflowRegistration>(
      store.registrations,
      same,
    ),
    executions: new DerivedMap(store.executions, (rt): MockExecution => rt.rec),
    schedules: new DerivedMap(schedules.records(), (rt): MockSchedule => rt.rec),
    get events(): readonly StreamEvent[] {
      return store.events.toArray();
    },
  };
}
