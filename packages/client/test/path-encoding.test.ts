import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import { createClient, InvalidArgumentError } from "../src/index.js";
import { json, startTestServer, type TestServer } from "./helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((_req, res) => json(res, 200, { schedule_id: "x" }));
});
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(() => server.close());

test.each([
  ["../../x", "/v1/workflows/schedules/..%2F..%2Fx"],
  ["a/b?c", "/v1/workflows/schedules/a%2Fb%3Fc"],
  ["a#b", "/v1/workflows/schedules/a%23b"],
  ["50%", "/v1/workflows/schedules/50%25"],
  ["é space", "/v1/workflows/schedules/%C3%A9%20space"],
])("schedule_id %j stays inside its path segment", async (id, path) => {
  const client = createClient({ apiKey: "k", baseUrl: server.url });
  await client.schedules.getSchedule({ schedule_id: id });
  await client.GET("/v1/workflows/schedules/{schedule_id}", { params: { path: { schedule_id: id } } });
  expect(server.requests.map((r) => r.url)).toEqual([path, path]);
});

test.each(["", ".", "..", "%2e%2E", ".%2e"])(
  "schedule_id %j is refused before anything is sent",
  async (id) => {
    const client = createClient({ apiKey: "k", baseUrl: server.url });
    await expect(client.schedules.getSchedule({ schedule_id: id })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(
      client.GET("/v1/workflows/schedules/{schedule_id}", { params: { path: { schedule_id: id } } }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.requests).toHaveLength(0);
  },
);
