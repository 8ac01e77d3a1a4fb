/**
 * Test helpers: a fresh mock and client per test (no shared state, no port), and a minimal SSE reader
 * that keeps every field so tests can assert ids, event names and raw data.
 */
import { createClient } from "@mistral-workflows/client";
import {
  createMockServer,
  type MockServer,
  type MockServerOptions,
  type WorkflowExecution,
} from "../src/index.js";

/** A mock server and a client wired to it, retries off so a test sees each response. */
export function setup(options: MockServerOptions = {}) {
  const api = createMockServer(options);
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, maxRetries: 0 });
  return { api, client };
}

/** One SSE event as received. */
export interface ReceivedEvent {
  id?: string;
  event?: string;
  data: string;
}

/** Parses a complete SSE text into events (comments and `retry:` skipped). */
export function parseSse(text: string): ReceivedEvent[] {
  const out: ReceivedEvent[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const ev: ReceivedEvent = { data: "" };
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (!line || line.startsWith(":")) continue;
      const i = line.indexOf(":");
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
      if (field === "id") ev.id = value;
      else if (field === "event") ev.event = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) continue;
    ev.data = data.join("\n");
    out.push(ev);
  }
  return out;
}

/**
 * Reads a streaming response to its end (or until it breaks) and returns the events received, plus
 * the error that ended it, if any.
 */
export async function readSse(
  response: Response,
): Promise<{ events: ReceivedEvent[]; error: unknown; text: string }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let error: unknown = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch (e) {
    error = e;
  }
  // Only complete blocks count: a drop mid-event loses the partial one.
  const complete = text.slice(0, text.lastIndexOf("\n\n") + 2);
  return { events: parseSse(complete), error, text };
}

/**
 * Reads events as they arrive until `count` have been received (then cancels the body), so a test can
 * act in the middle of a live stream.
 */
export async function takeSse(response: Response, count: number): Promise<ReceivedEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const events = parseSse(text.slice(0, text.lastIndexOf("\n\n") + 2));
    if (events.length >= count) {
      await reader.cancel();
      return events.slice(0, count);
    }
    const { done, value } = await reader.read();
    if (done) return events;
    text += decoder.decode(value, { stream: true });
  }
}

/** GETs a path on the mock with a valid key and optional headers. */
export function get(
  api: MockServer,
  path: string,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
) {
  return api.fetch(`${api.url}${path}`, { headers: { authorization: "Bearer test", ...headers }, signal });
}

/** Sends a JSON request to the mock with a valid key. */
export function send(
  api: MockServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return api.fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: "Bearer test", "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Data of stream events, parsed. */
export function dataOf<T = any>(events: ReceivedEvent[]): T[] {
  return events.map((e) => JSON.parse(e.data) as T);
}

/**
 * Narrows what `executeWorkflow` answers to the execution (what it answers without
 * `wait_for_result`); the spec's response is a union with the synchronous result.
 */
export function asExecution(value: unknown): WorkflowExecution {
  if (!value || typeof value !== "object" || !("status" in value))
    throw new Error("not an execution response");
  return value as WorkflowExecution;
}
