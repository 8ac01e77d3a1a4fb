/**
 * The bench's server process: `startMockServer` on 127.0.0.1 with 300 seeded schedules, in its own
 * process so the load generator does not share its event loop. Reports its URL to the parent over
 * IPC and stops when told to.
 */
import { scheduleFixture, startMockServer } from "../src/index.js";

const server = await startMockServer({
  port: 0,
  host: "127.0.0.1",
  schedules: Array.from({ length: 300 }, (_, i) =>
    scheduleFixture({ schedule_id: `bench-${String(i).padStart(3, "0")}` }),
  ),
  maxRecordedRequests: 1_000,
});
process.send?.({ url: server.url });
process.on("message", async (message) => {
  if (message === "stop") {
    await server.close();
    process.exit(0);
  }
});
// The parent went away without saying stop: do not linger.
process.on("disconnect", () => void server.close().then(() => process.exit(0)));
