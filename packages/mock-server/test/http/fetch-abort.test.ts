import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { createMockServer } from "../../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

test("a caller's abort ends a live stream even after its Request object was collected", async () => {
  // Regression: api.fetch watched the Request's own signal, which follows the caller's only while the
  // Request is alive (undici holds the link weakly); once collected, an abort never reached the stream
  // and the reader waited forever.
  const api = createMockServer();
  const controller = new AbortController();
  const response = await api.fetch(`${api.url}/v1/workflows/events/stream?scope=*`, {
    headers: { authorization: "Bearer test" },
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const pending = reader.read(); // nothing stored yet: the stream waits for live events
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  controller.abort();
  await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  await api.close();
});
