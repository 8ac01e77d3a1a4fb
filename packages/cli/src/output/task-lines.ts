/**
 * The task part of the live view (`watch`, `run --watch`): under each custom-task event, one line with
 * the task's state as the fold of its events makes it (a text progress bar for a numeric `progress`
 * field, the streamed `text` as it grows), and the sign-in URL a `connector_auth` task asks for. Every
 * piece of server text is stripped of control characters before it reaches the terminal.
 */
import { checkAuthUrl, type TaskSnapshot } from "@mistral-workflows/handles";
import type { WorkflowStreamEvent } from "@mistral-workflows/streaming";
import { createTaskTracker } from "@mistral-workflows/streaming/tasks";
import type { Colors } from "./output.js";

// C0 controls (newlines included: a line stays one line), DEL and C1 controls, e.g. ESC sequences that
// would move the cursor or retitle the terminal, and the single-byte CSI (U+009B).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` with every C0/C1 control character replaced by `�`, safe to print on one terminal line. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, "\uFFFD");
}

/** Text bar of `fraction` (0…1, clamped), `width` cells wide. */
export function textBar(fraction: number, width = 20): string {
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * width);
  return `${"█".repeat(full)}${"░".repeat(width - full)} ${String(Math.round(f * 100)).padStart(3)}%`;
}

const TAIL = 60;

/** The line that shows `task` (its bar, its text's end, its status), or `null` when there is nothing to show. */
export function taskLine(task: TaskSnapshot, c: Colors): string | null {
  const state = task.state as { progress?: unknown; text?: unknown } | null | undefined;
  const parts = [`${c.bold(terminalSafe(task.taskId))} ${c.dim(`(${terminalSafe(task.type)})`)}`];
  if (
    state &&
    typeof state === "object" &&
    typeof state.progress === "number" &&
    Number.isFinite(state.progress)
  )
    parts.push(textBar(state.progress));
  if (state && typeof state === "object" && typeof state.text === "string" && state.text !== "") {
    const text = terminalSafe(state.text);
    parts.push(`“${text.length > TAIL ? `…${text.slice(-TAIL)}` : text}”`);
  }
  if (task.stale) parts.push(c.yellow("(behind: waiting for a full update)"));
  if (task.status !== "RUNNING")
    parts.push(task.status === "COMPLETED" ? c.green(task.status) : c.red(task.status));
  return parts.length > 1 ? `    ${parts.join("  ")}` : null;
}

/** Folds the events it is shown into task states, and says what to print for each. */
export interface TaskLines {
  /** The lines to print after `event` (none for an event that is not a custom task's). */
  lines(event: WorkflowStreamEvent): Promise<string[]>;
}

/** Creates the task part of a live view. */
export function createTaskLines(c: Colors): TaskLines {
  // A patch that does not apply marks the task behind instead of ending the watch.
  const tracker = createTaskTracker({ onError: "resync" });
  const signIns = new Set<string>();
  return {
    async lines(event) {
      const task = await tracker.apply(event);
      if (!task) return [];
      const out: string[] = [];
      const line = taskLine(task, c);
      if (line) out.push(line);
      if (task.type === "connector_auth" && task.status === "RUNNING") {
        const state = task.state as { connector_name?: unknown; auth_url?: unknown } | null;
        const name = terminalSafe(String(state?.connector_name ?? "a connector"));
        const key = `${task.workflowExecId}\u0000${task.taskId}\u0000${String(state?.auth_url)}`;
        if (state && !signIns.has(key)) {
          if (signIns.size >= 1000) signIns.delete(signIns.values().next().value!); // bounded
          signIns.add(key);
          const url = checkAuthUrl(state.auth_url);
          out.push(
            url
              ? `    ${c.yellow("sign in")} to ${name}: ${c.cyan(url)}`
              : `    ${c.yellow("sign in")} to ${name} is needed, but the server's URL is not an http(s) URL: not shown`,
          );
        }
      }
      return out;
    },
  };
}
