import { expect, test } from "vitest";
import { SseWriter } from "../../src/http/sse.js";

test("a backlog of 1,000,000 events is written as the reader reads, never more than a chunk ahead", async () => {
  const writer = new SseWriter({ fault: null, heartbeatMs: 0, onClose: () => {} });
  const total = 1_000_000;
  let produced = 0;
  writer.feed(
    () => (produced < total ? { id: String(++produced), data: { n: produced } } : undefined),
    () => writer.close(),
  );
  const reader = writer.body.getReader();
  const first = await reader.read();
  expect(first.value!.byteLength).toBeGreaterThan(0);
  // One read takes one chunk (64 KiB, about 2,000 of these events), not the whole history.
  expect(produced).toBeLessThan(5000);
  let maxBuffered = 0;
  let ids = (new TextDecoder().decode(first.value).match(/\n\n/g) ?? []).length;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    maxBuffered = Math.max(maxBuffered, writer.bufferedBytes);
    // Counting event ends ("\n\n") without keeping the text: memory stays flat on both sides.
    for (let k = value.indexOf(10); k >= 0; k = value.indexOf(10, k + 1)) if (value[k + 1] === 10) ids++;
  }
  expect(ids).toBe(total);
  expect(maxBuffered).toBe(0); // everything queued was handed over at each read
}, 180_000);

test("live events past the buffer limit drop a reader that does not read", async () => {
  let closed = false;
  const writer = new SseWriter({
    fault: null,
    heartbeatMs: 0,
    maxBufferBytes: 1000,
    onClose: () => (closed = true),
  });
  let sent = 0;
  while (writer.send({ id: String(sent), data: { text: "x".repeat(100) } })) sent++;
  expect(sent).toBeLessThan(12);
  expect(closed).toBe(true);
  await expect(writer.body.getReader().read()).rejects.toThrow("terminated");
});
