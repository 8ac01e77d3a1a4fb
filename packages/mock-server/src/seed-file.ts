/**
 * Seed files: JSON with partial fixtures, completed exactly as the fixture builders complete them
 * (`{ "workflows": [{ "name": "billing" }] }` is `workflowFixture({ name: "billing" })`).
 */
import {
  executionFixture,
  registrationFixture,
  scheduleFixture,
  workflowFixture,
  type SeedData,
} from "./fixtures.js";

const BUILDERS = {
  workflows: workflowFixture,
  registrations: registrationFixture,
  schedules: scheduleFixture,
  executions: executionFixture,
} as const;

/**
 * Completes the partial fixtures of a parsed seed file; throws a `TypeError` naming the bad key or
 * entry (`executions[1]: expected an object`).
 */
export function expandSeed(raw: unknown): SeedData {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new TypeError(`expected an object with ${Object.keys(BUILDERS).join(", ")}`);
  const out: SeedData = {};
  for (const [key, list] of Object.entries(raw)) {
    if (!(key in BUILDERS))
      throw new TypeError(`unknown key "${key}" (expected ${Object.keys(BUILDERS).join(", ")})`);
    if (!Array.isArray(list)) throw new TypeError(`${key}: expected a list`);
    const build = BUILDERS[key as keyof typeof BUILDERS] as (overrides: object) => unknown;
    (out as Record<string, unknown[]>)[key] = list.map((entry: unknown, i) => {
      if (!entry || typeof entry !== "object" || Array.isArray(entry))
        throw new TypeError(`${key}[${i}]: expected an object`);
      return build(entry);
    });
  }
  return out;
}
