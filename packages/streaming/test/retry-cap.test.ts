/**
 * A server's `retry:` is honoured up to 60 s, as the client honours `Retry-After`: a hostile or broken
 * server that sends `retry: 1000000000` must not park a reconnect for 11.6 days.
 */
import { describe, expect, test } from "vitest";
import { MAX_SERVER_RETRY_MS } from "../src/internal/reconnect-policy.js";
import { streamDeploymentLogs, streamExecution } from "../src/index.js";
import { EXECUTION_ID, logFixture, streamEventFixture, terminalEventFixture } from "./helpers/fixtures.js";
import { scripted } from "./helpers/scripted-fetch.js";

const event = (n: number) => ({ id: String(n), data: JSON.stringify(streamEventFixture(n)) });
const terminal = (n: number) => ({
  id: String(n),
  data: JSON.stringify(terminalEventFixture(n, "COMPLETED", "ok")),
});
const log = (n: number) => ({ id: `cursor-${n}`, event: "log", data: JSON.stringify(logFixture(n)) });
const seeds = [1, 2, 3, 4, 5];

describe("a server's retry: is capped at 60 s", () => {
  test("the cap is the client's Retry-After cap", () => {
    expect(MAX_SERVER_RETRY_MS).toBe(60_000);
  });

  test.each(seeds)("execution stream, split seed %i: retry: 1000000000 waits 60 s", async (seed) => {
    const s = scripted(
      (n) =>
        n === 0
          ? { blocks: [{ retry: 1_000_000_000, ...event(1) }], then: "cut" }
          : { blocks: [terminal(2)], then: "end" },
      undefined,
      seed,
    );
    const seen: number[] = [];
    for await (const e of streamExecution(s.client, { execution_id: EXECUTION_ID }, s.options))
      seen.push(e.broker_sequence);
    expect(seen).toEqual([1, 2]);
    expect(s.delays).toEqual([60_000]);
    expect(s.reconnects).toMatchObject([{ delayMs: 60_000, reason: "network" }]);
  });

  test.each(seeds)("deployment log stream, split seed %i: retry: 1000000000 waits 60 s", async (seed) => {
    const s = scripted(
      (n) =>
        n === 0
          ? { blocks: [{ retry: 1_000_000_000, ...log(1) }], then: "cut" }
          : { blocks: [log(2)], then: "end" },
      () => ({ status: 404, body: { detail: "Deployment not found" } }),
      seed,
    );
    const seen: string[] = [];
    for await (const r of streamDeploymentLogs(s.client, { name: "support-workers" }, s.options))
      seen.push(r.body);
    expect(seen).toEqual(["line 1", "line 2"]);
    expect(s.delays).toEqual([60_000]);
  });

  test("attempts that keep failing stay at the cap, and a retry: below it is honoured as sent", async () => {
    const s = scripted((n) => {
      if (n === 0) return { blocks: [{ retry: 1_000_000_000, ...event(1) }], then: "cut" };
      if (n === 1 || n === 2) return { status: 503, body: { detail: "busy" } };
      if (n === 3) return { blocks: [{ retry: 1_500, ...event(2) }], then: "cut" };
      return { blocks: [terminal(3)], then: "end" };
    });
    const seen: number[] = [];
    for await (const e of streamExecution(s.client, { execution_id: EXECUTION_ID }, s.options))
      seen.push(e.broker_sequence);
    expect(seen).toEqual([1, 2, 3]);
    expect(s.delays).toEqual([60_000, 60_000, 60_000, 1_500]);
  });
});
