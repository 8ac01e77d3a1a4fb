/**
 * Builds `ConnectSpec.open` for one of the spec's SSE operations from the generated operation table:
 * the request goes through the client's named method (so auth, base URL, headers, fetch and timeouts
 * are the client's), and the resume id goes where the operation's `x-sse` says: its `resumeParam`
 * (query) and/or its `resumeHeader`.
 */
import { operationTable, type OperationInput, type WorkflowsClient } from "@mistral-workflows/client";
import type { ResumePoint, StreamOptions } from "../connect.js";

/** The SDK names of the operations that answer `text/event-stream`. */
export type SSEOperationName =
  | "executions.stream"
  | "executions.streamWorkflowExecutionLogs"
  | "events.getStreamEvents"
  | "deployments.streamDeploymentLogs";

type Call = (input: Record<string, unknown>, options: Record<string, unknown>) => Promise<Response>;

/** The resume id already present in a call's input (its resume parameter or header), if any. */
export function resumeIdOf<N extends SSEOperationName>(name: N, input: OperationInput<N>): string | null {
  const sse: { resumeParam?: string; resumeHeader?: string } = operationTable[name].sse;
  const values = input as Record<string, unknown>;
  const value =
    (sse.resumeHeader && values[sse.resumeHeader]) || (sse.resumeParam && values[sse.resumeParam]);
  return typeof value === "string" && value !== "" ? value : null;
}

/**
 * `open` for operation `name`: sends `input`, plus the resume id once there is one, plus `extra(resume)`
 * (e.g. `start_seq`). The first connection uses the client's retry policy; reconnects send
 * `maxRetries: 0`, because the stream's own loop does their backoff and counts their attempts.
 */
export function openOperation<N extends SSEOperationName>(
  client: WorkflowsClient,
  name: N,
  input: OperationInput<N>,
  options: Pick<StreamOptions, "headers" | "timeoutMs">,
  extra?: (resume: ResumePoint) => Record<string, unknown>,
): (resume: ResumePoint, signal: AbortSignal, reconnect: boolean) => Promise<Response> {
  const row = operationTable[name];
  const sse: { resumeParam?: string; resumeHeader?: string } = row.sse;
  const headerParams: readonly string[] = row.headerParams;
  const group = (client as unknown as Record<string, Record<string, Call>>)[row.group]!;
  return async (resume, signal, reconnect) => {
    // A client with the `int64` option parses events with a parser it loads on first use.
    await client.jsonParser?.ready();
    const params: Record<string, unknown> = { ...(input as Record<string, unknown>), ...extra?.(resume) };
    const headers: Record<string, string> = { Accept: "text/event-stream", ...options.headers };
    // An empty id (the server's `id:` with no value) means "no id": send nothing, as EventSource does.
    if (resume.lastEventId) {
      if (sse.resumeParam) params[sse.resumeParam] = resume.lastEventId;
      if (sse.resumeHeader) {
        if (headerParams.includes(sse.resumeHeader)) params[sse.resumeHeader] = resume.lastEventId;
        else headers[sse.resumeHeader] = resume.lastEventId;
      }
    }
    return group[row.name]!(params, {
      signal,
      headers,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(reconnect ? { maxRetries: 0 } : {}),
    });
  };
}
