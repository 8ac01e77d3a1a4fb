/**
 * Server-sent events out (WHATWG HTML §9.2 "Server-sent events"): one `id:`, optional `event:` and one
 * `data:` line per event (JSON never contains a raw newline), a blank line after each, and `:` comment
 * heartbeats. Stream faults (drop after N events, malformed data, an `error` event) are applied here.
 */
import type { ResolvedFault } from "../faults.js";
import type { Backlog, EventWriter, OutgoingEvent } from "../handlers/types.js";

const encoder = new TextEncoder();

/** The error a dropped connection shows to a reader, as undici reports one ("terminated"). */
export function connectionDropped(): TypeError {
  return new TypeError("terminated", {
    cause: new Error("mock-server: connection dropped (fault injection)"),
  });
}

/** Options of {@link SseWriter}. */
export interface SseWriterOptions {
  fault: ResolvedFault | null;
  /** Real milliseconds between `: ping` comments. 0 disables them. */
  heartbeatMs: number;
  /** Sent once as `retry:` at the start when set. */
  retryMs?: number;
  /** Checks each event's data against the spec; a non-empty list of problems is a bug in the mock. */
  validate?: (data: unknown) => string[];
  /** Called once when the stream ends for any reason (client gone, closed, dropped). */
  onClose: () => void;
  /** The request's signal: aborting it ends the stream as a fetch abort would. */
  signal?: AbortSignal;
  /**
   * Finishes each event's data before it is written, asynchronously (`workerEncoding` encodes payloads
   * here). Events, errors and the end keep their order: each waits for the ones before it.
   */
  prepare?: (data: unknown) => Promise<unknown>;
  /**
   * Bytes of live events kept for a reader that does not read; past it, the connection is dropped
   * (the reader can resume with `Last-Event-ID`). @default 8388608 (8 MiB)
   */
  maxBufferBytes?: number;
}

/** Bytes handed to the reader per read when replaying a backlog. */
const BACKLOG_CHUNK_BYTES = 64 * 1024;
/** Backlog entries looked at before yielding to other work (a filter may skip many). */
const BACKLOG_SCAN_BATCH = 10_000;

type Ending = { kind: "close" } | { kind: "error"; reason: unknown };

/**
 * Writes SSE events to a `ReadableStream` body. The writer keeps its own queue and hands chunks over
 * as the reader pulls, so an ending (close, or a dropped connection) comes after everything sent
 * before it: `controller.error()` alone would discard what is still queued.
 */
export class SseWriter implements EventWriter {
  readonly body: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private readonly queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private backlog: { next: Backlog; then: () => void } | null = null;
  private ending: Ending | null = null;
  private wake: (() => void) | null = null;
  private closed = false;
  private sent = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  /** With `prepare`: the live sends, errors and ending still waiting for the ones before them. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: SseWriterOptions) {
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
        },
        pull: (controller) => this.pull(controller),
        cancel: () => this.finish(),
      },
      { highWaterMark: 0 },
    );
    if (options.retryMs !== undefined) this.raw(`retry: ${options.retryMs}\n\n`);
    if (options.fault?.dropAfterEvents === 0) this.drop();
    // The heartbeat is left ref'd on purpose: an open stream keeps the process alive, as an open
    // socket would. In process (`api.fetch`) there is no socket, and a program waiting on a live
    // stream of an in-process mock would otherwise exit in the middle; the stream's end or
    // `api.close()` stops it.
    if (options.heartbeatMs > 0)
      this.heartbeat = setInterval(() => this.raw(": ping\n\n"), options.heartbeatMs);
    const signal = options.signal;
    if (signal) {
      const onAbort = () =>
        this.abort(signal.reason ?? new DOMException("This operation was aborted", "AbortError"));
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
    }
  }

  /** Whether the stream has ended or is ending (nothing more can be sent). */
  get isClosed(): boolean {
    return this.closed || this.ending !== null;
  }

  /**
   * Sends one event; returns `false` once the stream has ended. With `prepare`, the event is written
   * once its data is ready, after every event sent before it.
   */
  send(event: OutgoingEvent): boolean {
    const prepare = this.options.prepare;
    if (!prepare) return this.write(event);
    if (this.isClosed) return false;
    this.later(async () => void this.write({ ...event, data: await prepare(event.data) }));
    return true;
  }

  /** Runs `step` after everything chained before it; a step that fails ends the stream as a drop. */
  private later(step: () => Promise<void> | void): void {
    this.chain = this.chain.then(step).catch((error: unknown) => this.abort(error));
  }

  private write(event: OutgoingEvent): boolean {
    if (this.isClosed) return false;
    const fault = this.options.fault;
    if (fault?.malformedEvent === this.sent + 1)
      this.raw(`${event.event ? `event: ${event.event}\n` : ""}data: {"malformed": tru\n\n`);
    const problems = this.options.validate?.(event.data) ?? [];
    if (problems.length) {
      this.writeError(
        `mock-server bug: event does not match the spec: ${problems.join("; ")}`,
        "internal_error",
      );
      return false;
    }
    let text = "";
    if (event.id !== undefined) text += `id: ${event.id}\n`;
    if (event.event) text += `event: ${event.event}\n`;
    text += `data: ${JSON.stringify(event.data)}\n\n`;
    this.raw(text);
    this.sent++;
    if (fault?.errorAfterEvents !== undefined && this.sent >= fault.errorAfterEvents) {
      this.writeError("Injected stream error (mock fault)", "stream_error");
      return false;
    }
    if (fault?.dropAfterEvents !== undefined && this.sent >= fault.dropAfterEvents) {
      this.endNow({ kind: "error", reason: connectionDropped() });
      return false;
    }
    // Only live events can pile up (the backlog is read as the reader drains): bound them.
    if (!this.backlog && this.queuedBytes > (this.options.maxBufferBytes ?? 8 * 1024 * 1024)) {
      this.abort(connectionDropped());
      return false;
    }
    return true;
  }

  /**
   * Replays `backlog` as the reader reads (never more than a chunk ahead of it), then calls `then`
   * (to follow live events, or close). Live events sent before the backlog is exhausted would come
   * out of order: `then` is the place to start listening.
   */
  feed(backlog: Backlog, then: () => void): void {
    this.backlog = { next: backlog, then };
    this.wake?.();
  }

  /** Bytes queued for the reader and not read yet. */
  get bufferedBytes(): number {
    return this.queuedBytes;
  }

  /** Moves backlog events into the queue until a chunk's worth is there or the backlog ends. */
  private async fill(): Promise<void> {
    let scanned = 0;
    while (this.backlog && !this.isClosed && this.queuedBytes < BACKLOG_CHUNK_BYTES) {
      const event = this.backlog.next();
      if (event === undefined) {
        const { then } = this.backlog;
        this.backlog = null;
        then();
        return;
      }
      if (event !== null) {
        const prepare = this.options.prepare;
        if (!this.write(prepare ? { ...event, data: await prepare(event.data) } : event)) return;
      }
      if (++scanned % BACKLOG_SCAN_BATCH === 0 && !this.queue.length)
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Sends an `error` event with `{ error, reason }` and ends the stream. */
  sendError(error: string, reason: string): void {
    if (this.options.prepare) return this.later(() => this.writeError(error, reason));
    this.writeError(error, reason);
  }

  private writeError(error: string, reason: string): void {
    if (this.isClosed) return;
    this.raw(`event: error\ndata: ${JSON.stringify({ error, reason })}\n\n`);
    this.endNow({ kind: "close" });
  }

  /** Ends the stream normally, once what was sent has been read. */
  close(): void {
    this.end({ kind: "close" });
  }

  /** Ends the stream as a dropped connection would, once what was sent has been read. */
  drop(): void {
    this.end({ kind: "error", reason: connectionDropped() });
  }

  private end(ending: Ending): void {
    if (this.options.prepare) return this.later(() => this.endNow(ending));
    this.endNow(ending);
  }

  private endNow(ending: Ending): void {
    if (this.isClosed) return;
    this.ending = ending;
    this.stopHeartbeat();
    this.wake?.();
  }

  /** Ends at once, dropping what is queued (the reader aborted, or never reads). */
  private abort(reason: unknown): void {
    if (this.closed) return;
    this.queue.length = 0;
    this.queuedBytes = 0;
    this.backlog = null;
    try {
      this.controller.error(reason);
    } catch {
      // already closed
    }
    this.finish();
  }

  private async pull(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    for (;;) {
      if (this.backlog && !this.isClosed) await this.fill();
      if (this.queue.length || this.ending || this.closed) break;
      if (this.backlog) continue;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    this.wake = null;
    if (this.closed) return;
    if (this.queue.length) {
      // Hand over everything queued in one chunk: fewer reads for a reader that fell behind.
      const chunks = this.queue.splice(0, this.queue.length);
      this.queuedBytes = 0;
      controller.enqueue(chunks.length === 1 ? chunks[0]! : concat(chunks));
      return;
    }
    const ending = this.ending!;
    if (ending.kind === "close") controller.close();
    else controller.error(ending.reason);
    this.finish();
  }

  private raw(text: string): void {
    if (this.isClosed) return;
    const bytes = encoder.encode(text);
    this.queue.push(bytes);
    this.queuedBytes += bytes.byteLength;
    this.wake?.();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopHeartbeat();
    this.wake?.();
    this.options.onClose();
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.byteLength;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Wraps a body so the connection "drops" after `limit` bytes (the `dropAfterBytes` fault). */
export function dropAfterBytes(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let sent = 0;
  let truncated = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Erroring a stream discards what is queued, so the cut-off bytes go out first and the error
      // comes on the next read.
      if (truncated) {
        controller.error(connectionDropped());
        void reader.cancel().catch(() => {});
        return;
      }
      const { done, value } = await reader.read();
      if (done) return controller.close();
      const room = limit - sent;
      if (value.byteLength <= room) {
        sent += value.byteLength;
        controller.enqueue(value);
        if (sent === limit) truncated = true;
      } else {
        truncated = true;
        if (room > 0) controller.enqueue(value.subarray(0, room));
        else {
          controller.error(connectionDropped());
          void reader.cancel().catch(() => {});
        }
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** Encodes a string body as a stream (so byte faults can apply to JSON bodies too). */
export function textStream(text: string): ReadableStream<Uint8Array> {
  const bytes = encoder.encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
