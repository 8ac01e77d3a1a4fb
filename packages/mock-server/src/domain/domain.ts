/**
 * The domain assembled: the store, the engine (with its recorder and story) and the schedules, on
 * one clock and one id source. Nothing in here knows about HTTP.
 */
import type { TaskClock } from "../clock.js";
import type { ExecutionBehaviour } from "../types.js";
import { Deployments } from "./deployments.js";
import { Engine } from "./engine.js";
import type { IdSource } from "./ids.js";
import { Schedules } from "./schedules.js";
import { Store, type RetentionOptions } from "./store.js";

/** The mock's domain: what it holds and what changes it. */
export interface Domain {
  readonly clock: TaskClock;
  readonly ids: IdSource;
  readonly store: Store;
  readonly engine: Engine;
  readonly schedules: Schedules;
  readonly deployments: Deployments;
}

/** Options of {@link createDomain}. */
export interface DomainOptions extends RetentionOptions {
  stepMs: number;
  behaviours: Record<string, ExecutionBehaviour>;
  /** Clock milliseconds between two phases of a managed deployment. @default 1000 */
  deploymentStepMs?: number;
}

/** Creates an empty domain on `clock`. */
export function createDomain(clock: TaskClock, ids: IdSource, options: DomainOptions): Domain {
  const store = new Store({
    maxFinishedExecutions: options.maxFinishedExecutions ?? 1000,
    ...(options.maxFinishedAgeMs !== undefined ? { maxFinishedAgeMs: options.maxFinishedAgeMs } : {}),
  });
  const engine = new Engine(store, clock, ids, { stepMs: options.stepMs, behaviours: options.behaviours });
  const schedules = new Schedules(store, engine);
  const deployments = new Deployments(store, clock, ids, options.deploymentStepMs);
  return { clock, ids, store, engine, schedules, deployments };
}

/**
 * Where a mock server keeps its domain for the `./testing` helpers (a registered symbol, so the ESM
 * and CommonJS builds agree).
 */
export const DOMAIN = Symbol.for("@mistral-workflows/mock-server:domain");
