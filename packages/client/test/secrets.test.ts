import { inspect } from "node:util";
import { expect, test } from "vitest";
import { createClient } from "../src/index.js";
import { json, useTestServer } from "./helpers/server.js";

const KEY = "sk-very-secret-0123456789";
const server = useTestServer();

function expectNoKey(value: unknown) {
  const renderings = [
    String(value),
    (value as Error)?.message ?? "",
    (value as Error)?.stack ?? "",
    JSON.stringify(value) ?? "",
    inspect(value, { depth: 10, showHidden: true }),
  ];
  for (const text of renderings) expect(text).not.toContain(KEY);
}

test("the API key appears in no error, whatever the failure", async () => {
  const client = createClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
  const failures: unknown[] = [];
  server.handle((req, res) => json(res, 401, { detail: `bad key`, echo: req.headers.authorization?.length }));
  failures.push(await client.schedules.getSchedule({ schedule_id: "s" }).catch((e: unknown) => e));
  server.handle((_req, res) => json(res, 422, { detail: [{ loc: ["body"], msg: "bad", type: "x" }] }));
  failures.push(await client.schedules.scheduleWorkflow({ schedule: { input: 1 } }).catch((e: unknown) => e));
  server.handle((_req, res) => void res.socket?.destroy());
  failures.push(await client.schedules.getSchedule({ schedule_id: "s" }).catch((e: unknown) => e));
  server.handle(() => {}); // never answers: timeout
  failures.push(
    await client.schedules.getSchedule({ schedule_id: "s" }, { timeoutMs: 100 }).catch((e: unknown) => e),
  );
  failures.push(
    await client.schedules
      .getSchedule({ schedule_id: "s" }, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e),
  );
  failures.push(await client.schedules.getSchedule({ schedule_id: ".." }).catch((e: unknown) => e));
  expect(failures.map((f) => (f as Error).name)).toEqual([
    "AuthenticationError",
    "ValidationError",
    "APIConnectionError",
    "APIConnectionTimeoutError",
    "APIUserAbortError",
    "InvalidArgumentError",
  ]);
  for (const failure of failures) expectNoKey(failure);
});

test("the client's visible options and its JSON leave the key out", () => {
  const client = createClient({ apiKey: KEY, baseUrl: server.url });
  expectNoKey(client.options);
  expect(JSON.stringify(client.options)).not.toContain(KEY);
  expectNoKey(client.withOptions({ maxRetries: 0 }).options);
});
