/** An execution's logs: a page at a time (cursor), and as a stream that resumes by cursor. */
import type { LogListener } from "../domain/execution.js";
import type { ExecutionLogRecord } from "../types.js";
import { encodeCursor } from "./cursor.js";
import { inWindow, logPage, logStreamStart, type LogWindow } from "./log-page.js";
import type { Handler, HandlerContext, HandlerGroup } from "./types.js";

type LogContext = Pick<
  HandlerContext<"executions.getWorkflowExecutionLogs" | "executions.streamWorkflowExecutionLogs">,
  "query"
>;

function logFilter(ctx: LogContext, window: LogWindow) {
  const within = inWindow(window);
  return (r: ExecutionLogRecord) =>
    (!ctx.query.run_id || r.log_attributes.run_id === ctx.query.run_id) &&
    (!ctx.query.activity_id || r.log_attributes.activity_id === ctx.query.activity_id) &&
    within(r);
}

/** Logs, a page at a time; the cursor carries the time window and the order of the first page. */
const getLogs: Handler<"executions.getWorkflowExecutionLogs"> = (ctx) => {
  const ex = ctx.domain.store.execution(ctx.path.execution_id);
  return { body: logPage(ex.rec.logs, "logs", ctx.query, (window) => logFilter(ctx, window)) };
};

/** The log stream: stored lines after the resume point (or from `after`), then live ones until the end. */
const streamLogs: Handler<"executions.streamWorkflowExecutionLogs"> = (ctx) => {
  const ex = ctx.domain.store.execution(ctx.path.execution_id);
  const { from, window } = logStreamStart(
    "logs",
    {
      header: ctx.header["Last-Event-ID"] ?? ctx.request.headers.get("last-event-id"),
      query: ctx.query.last_event_id,
    },
    ctx.query.after,
  );
  const keep = logFilter(ctx, window);
  return {
    sse: (writer) => {
      const out = (index: number, r: ExecutionLogRecord) => ({
        id: encodeCursor("logs", { p: index, o: "asc", a: null, b: null }),
        event: "log",
        data: r,
      });
      const logs = ex.rec.logs;
      let next = from;
      let listener: LogListener | null = null;
      writer.feed(
        () => {
          if (next >= logs.length) return undefined;
          const index = next++;
          return keep(logs[index]!) ? out(index, logs[index]!) : null;
        },
        () => {
          if (ctx.domain.engine.isDone(ex)) return writer.close();
          listener = {
            onLog: (index, r) => void (keep(r) && writer.send(out(index, r))),
            onEnd: () => writer.close(),
          };
          ex.listeners.logs.add(listener);
        },
      );
      return () => {
        if (listener) ex.listeners.logs.delete(listener);
      };
    },
  };
};

/** Handlers of the execution logs resource, by SDK name. */
export const executionLogHandlers = {
  "executions.getWorkflowExecutionLogs": getLogs,
  "executions.streamWorkflowExecutionLogs": streamLogs,
} satisfies HandlerGroup;
