import { createClient } from "@mistral-workflows/client";
import { createMockServer, scheduleFixture } from "@mistral-workflows/mock-server";
import { expect, test } from "vitest";
import { paginate } from "../src/index.js";

test("every page request goes through the client's onRequest and onResponse hooks", async () => {
  const api = createMockServer({
    schedules: ["a", "b", "c"].map((id) => scheduleFixture({ schedule_id: id })),
  });
  const seen: string[] = [];
  const client = createClient({
    apiKey: "test",
    baseUrl: api.url,
    fetch: api.fetch,
    onRequest: (request) => void seen.push(`→ ${new URL(request.url).pathname}`),
    onResponse: (response) => void seen.push(`← ${response.status}`),
  });
  const ids: string[] = [];
  for await (const s of paginate(client, "schedules.getSchedules", { page_size: 2 })) ids.push(s.schedule_id);
  expect(ids).toEqual(["a", "b", "c"]);
  expect(seen).toEqual(["→ /v1/workflows/schedules", "← 200", "→ /v1/workflows/schedules", "← 200"]);
});
