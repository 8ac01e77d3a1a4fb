/**
 * The soak bench's server process: `startMockServer` on 127.0.0.1 with a real clock and short steps,
 * in its own process so its memory is measured alone. Answers "memory" messages over IPC with
 * `process.memoryUsage()` (after a full GC) and what it holds; stops when told to.
 */
import { startMockServer } from "../src/index.js";
import { _listenerCounts } from "../src/testing.js";

const server = await startMockServer({
  port: 0,
  host: "127.0.0.1",
  stepMs: Number(process.env.SOAK_STEP_MS ?? 20),
  maxFinishedExecutions: Number(process.env.SOAK_RETAIN ?? 1000),
  maxRecordedRequests: 1_000,
  heartbeatMs: 0,
});
process.send?.({ url: server.url });
process.on("message", async (message) => {
  if (message === "memory") {
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.send?.({
      heapUsed,
      rss,
      executions: server.api.state.executions.size,
      globalListeners: _listenerCounts(server.api).global,
    });
  }
  if (message === "stop") {
    await server.close();
    process.exit(0);
  }
});
process.on("disconnect", () => void server.close().then(() => process.exit(0)));
