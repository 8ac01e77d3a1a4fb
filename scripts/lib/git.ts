/** Git in one repository, for the checks that compare with a base commit. */
import { execFileSync } from "node:child_process";

/** `git(…args)` (throws on failure) and `tryGit(…args)` (`null` on failure), run in `root`, output trimmed. */
export function gitIn(root: string) {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const tryGit = (...args: string[]): string | null => {
    try {
      return git(...args);
    } catch {
      return null;
    }
  };
  return { git, tryGit };
}
