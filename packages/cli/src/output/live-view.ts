/**
 * The live view of one execution (`watch`, `run --watch`): one line per event, and under each custom
 * task's event a line with the task's state (`task-lines.ts`); on a terminal, below them, a bar that
 * follows the custom task's progress with the number of events and the time elapsed since the watch
 * began. With `--json`, each event's wire object on its own line instead.
 */
import type { ReconnectInfo, WorkflowStreamEvent } from "@mistral-workflows/streaming";
import cliProgress from "cli-progress";
import { eventLine, progressOf } from "./event-line.js";
import { formatDuration } from "./format.js";
import type { Output } from "./output.js";
import { createTaskLines } from "./task-lines.js";

/** See the module's description. */
export interface LiveView {
  /** Shows one event (called once per event, in order; await it before the next). */
  event(item: WorkflowStreamEvent): Promise<void>;
  /** Tells that the connection dropped and the stream resumes (stderr). */
  reconnect(info: ReconnectInfo): void;
  /** A note for people (stderr), written above the bar when the bar shares the terminal. */
  note(text: string): void;
  /** Removes the bar; the lines stay. */
  stop(): void;
}

/** Starts the live view for execution `executionId` of workflow `workflowName` (if known). */
export function createLiveView(out: Output, executionId: string, workflowName?: string): LiveView {
  const c = out.c;
  let startNs: number | null = null;
  let events = 0;
  let bar: { multi: cliProgress.MultiBar; bar: cliProgress.SingleBar } | null = null;
  if (!out.json)
    out.line(`${c.bold("watching")} ${workflowName ? `${workflowName} ` : ""}${c.dim(executionId)}`);
  if (!out.json && out.tty) {
    const multi = new cliProgress.MultiBar(
      {
        stream: out.stdout as NodeJS.WriteStream,
        format: `  {bar} {percentage}% ${out.render(c.dim("{task} · {events} events · {duration_formatted}"))}`,
        barCompleteChar: "█",
        barIncompleteChar: "░",
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        autopadding: true,
        fps: 10,
        gracefulExit: false, // Ctrl-C is the program's to handle
      },
      cliProgress.Presets.shades_classic,
    );
    bar = { multi, bar: multi.create(100, 0, { task: "waiting for events", events: 0 }) };
  }
  const tasks = out.json ? null : createTaskLines(c);
  // With the bar drawn, lines go above it through cli-progress, rendered safe by the output layer.
  const print = (text: string) => {
    if (bar) bar.multi.log(`${out.render(text, true)}\n`);
    else out.line(text);
  };
  // A note written to the terminal under a drawn bar would be overwritten by its next redraw.
  const note = (text: string) => {
    const stderrIsTty = (out.stderr as { isTTY?: boolean }).isTTY === true;
    if (bar && stderrIsTty) bar.multi.log(`${out.render(c.dim(text), true)}\n`);
    else out.note(c.dim(text));
  };
  return {
    async event(item) {
      events++;
      const e = item.data;
      if (startNs === null && e.event_type === "WORKFLOW_EXECUTION_STARTED") startNs = e.event_timestamp;
      if (out.json) return out.item(item);
      print(eventLine(item, c, startNs));
      for (const line of (await tasks?.lines(item)) ?? []) print(line);
      if (bar) {
        const progress = progressOf(e);
        const task = (e.attributes as { custom_task_type?: string }).custom_task_type;
        const value =
          progress !== null
            ? Math.round(progress * 100)
            : e.event_type === "CUSTOM_TASK_COMPLETED"
              ? 100
              : undefined;
        bar.bar.update(value ?? bar.bar.getProgress() * 100, {
          task: out.render(task ?? e.event_type.toLowerCase().replace(/_/g, " "), true),
          events,
        });
      }
    },
    reconnect(info) {
      note(
        `connection lost (${info.reason}); resuming after event ${info.lastEventId ?? "start"} in ${formatDuration(info.delayMs)}`,
      );
    },
    note,
    stop() {
      if (bar) {
        bar.multi.update(); // prints the lines still buffered by log()
        bar.multi.stop();
        bar = null;
      }
    },
  };
}
