/**
 * The release rule for spec changes: what bump a set of changes needs, and whether the changesets
 * written since the comparison base give it. `check:breaking` applies it to each comparison it makes
 * (the last release's spec, and in a pull request the merge base's).
 *
 * - A breaking change needs `major` once the packages are at 1.0 or above, and `minor` before (semver
 *   §4: anything may change in 0.x, and the minor number is the one that says so), plus a before/after
 *   note in the changeset's summary: how a caller's code reads before the change and after it.
 * - An addition (a new operation, parameter, field, enum value…) needs at least `minor`.
 * - A fix (a deprecation, a loosened rule, a newly documented error) needs at least `patch`.
 *
 * Every published package whose generated files derive from the spec (`src/generated/`) is affected
 * by a spec change and needs a changeset naming it with at least that bump. An empty changeset ("needs
 * no release") never covers a spec change.
 */
import type { Bump, Changeset } from "./changesets.ts";
import type { ChangeKind, SpecChange } from "./spec-diff.ts";

/** A release bump, weakest first. */
export type ReleaseBump = Exclude<Bump, "none">;
const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The bump a change of this kind needs at `version` (the packages' current version). */
export function bumpFor(kind: ChangeKind, version: string): ReleaseBump {
  if (kind === "fix") return "patch";
  if (kind === "addition") return "minor";
  return Number(version.split(".")[0]) >= 1 ? "major" : "minor";
}

/** The strongest bump any of `changes` needs, or `null` when there is nothing to release. */
export function requiredBump(changes: SpecChange[], version: string): ReleaseBump | null {
  let best: ReleaseBump | null = null;
  for (const c of changes) {
    const bump = bumpFor(c.kind, version);
    if (!best || RANK[bump] > RANK[best]) best = bump;
  }
  return best;
}

/**
 * Whether a changeset's summary carries the before/after note a breaking change needs: a line that
 * starts with "Before" and a later one that starts with "After" (as a heading, bold label or plain
 * "Before:"), each followed by something, e.g. a code block.
 */
export function hasBeforeAfterNote(summary: string): boolean {
  const label = (word: string) => new RegExp(`^\\s*(?:#+\\s*|\\*\\*|__)?${word}\\b`, "im");
  const before = label("before").exec(summary);
  if (!before) return false;
  const rest = summary.slice(before.index + before[0].length);
  const after = label("after").exec(rest);
  return after !== null && rest.slice(after.index + after[0].length).trim().length > 0;
}

/** One reason the gate refuses, for one package or for the change as a whole. */
export interface GateProblem {
  package?: string;
  message: string;
}

/** The gate's verdict on one comparison. */
export interface GateResult {
  required: ReleaseBump | null;
  problems: GateProblem[];
}

/**
 * Judges `changes` against the changesets written since the comparison base.
 *
 * @param affected the published packages the spec change reaches (those with spec-derived files)
 * @param version the packages' current version (they are versioned together)
 */
export function evaluateGate(
  changes: SpecChange[],
  changesets: Changeset[],
  affected: string[],
  version: string,
): GateResult {
  const required = requiredBump(changes, version);
  const problems: GateProblem[] = [];
  if (!required) return { required, problems };
  for (const name of affected) {
    const given = changesets
      .flatMap((cs) => cs.releases)
      .filter((r) => r.name === name)
      .reduce<Bump>((best, r) => (RANK[r.type] > RANK[best] ? r.type : best), "none");
    if (given === "none")
      problems.push({ package: name, message: `needs a changeset with at least \`${required}\`, has none` });
    else if (RANK[given] < RANK[required])
      problems.push({
        package: name,
        message: `needs at least \`${required}\`, its changeset says \`${given}\``,
      });
  }
  if (changes.some((c) => c.kind === "breaking")) {
    const noted = changesets.some(
      (cs) =>
        cs.releases.some((r) => affected.includes(r.name) && RANK[r.type] >= RANK[required]) &&
        hasBeforeAfterNote(cs.summary),
    );
    if (!noted)
      problems.push({
        message:
          "a breaking change needs a before/after note in its changeset: a line starting with " +
          '"Before" and a later one starting with "After", each followed by how a caller\'s code reads',
      });
  }
  return { required, problems };
}
