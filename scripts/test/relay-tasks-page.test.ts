/**
 * The relay example's task page (`examples/relay/tasks.html`) in headless Chromium: served from another
 * origin than the relay (so the relay's CORS is real), it starts a workflow through the relay and shows
 * its task checklist and streamed text live. The relay ends the page's first connection after a few
 * task events; the page's `EventSource` reconnects with `Last-Event-ID` and the view goes on to the
 * execution's final state with no update lost or shown twice.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@mistral-workflows/client";
import { startMockServer, type RunningMockServer } from "@mistral-workflows/mock-server";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
// @ts-expect-error: a plain JavaScript example, typed through its JSDoc only
import { createRelay } from "../../examples/relay/server.mjs";
import { root } from "../lib/root.ts";
import { CHROMIUM_FLAGS, ensureChromium } from "../runtimes/chromium.ts";

const KEY = "relay-tasks-secret-key";
const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

let mock: RunningMockServer;
let relay: Server;
let pages: Server;
let browser: Browser;
let relayUrl: string;
let pageOrigin: string;

beforeAll(async () => {
  const { path } = await ensureChromium();
  // Real clock, short steps: the page sees the tasks unfold live, in well under a second.
  mock = await startMockServer({
    stepMs: 15,
    heartbeatMs: 0,
    apiKey: KEY,
    behaviours: { "support-workflow": { story: "live_tasks", steps: 8 } },
  });
  const html = readFileSync(join(root, "examples", "relay", "tasks.html"));
  pages = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  pageOrigin = await listen(pages);
  const client = createClient({ apiKey: KEY, baseUrl: mock.url });
  const handler = createRelay({
    client,
    workflow: "support-workflow",
    dropAfterEvents: 5,
    allowOrigins: [pageOrigin],
  });
  relay = createServer((req, res) => void handler(req, res));
  relayUrl = await listen(relay);
  browser = await chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  relay?.closeAllConnections();
  relay?.close();
  pages?.close();
  await mock?.close();
});

interface View {
  opens: number;
  ids: number[];
  done: boolean;
  failure: string | null;
  tasks: Record<string, { taskId: string; status: string; state: any; stale: boolean }>;
}

test("shows the task checklist and the streamed text live, across a dropped connection", async () => {
  const page = await browser.newPage();
  const leaks: string[] = [];
  page.on("request", (r) => {
    if (JSON.stringify(r.headers()).includes(KEY) || r.url().includes(KEY)) leaks.push(r.url());
  });
  await page.goto(`${pageOrigin}/tasks.html?autorun&relay=${encodeURIComponent(relayUrl)}`);
  await page.waitForFunction(
    () => {
      const v = (window as unknown as { taskView: View }).taskView;
      return v.done || v.failure !== null;
    },
    undefined,
    { timeout: 20_000 },
  );
  const view = (await page.evaluate(() => (window as unknown as { taskView: View }).taskView)) as View;

  expect(view.failure).toBeNull();
  expect(view.opens).toBe(2); // the first connection was cut; EventSource resumed once
  expect(new Set(view.ids).size).toBe(view.ids.length); // no snapshot twice
  expect(view.ids).toEqual([...view.ids].sort((a, b) => a - b));

  const tasks = Object.values(view.tasks);
  const byId = Object.fromEntries(tasks.map((t) => [t.taskId, t]));
  expect(byId.answer).toMatchObject({
    status: "COMPLETED",
    state: { progress: 1, text: "Your refund was approved and will reach your card within five days." },
  });
  expect(byId.checklist!.state.items.map((i: { done: boolean }) => i.done)).toEqual([
    true,
    true,
    true,
    false,
  ]);
  expect(byId.lookup!.status).toBe("FAILED");
  expect(byId.review).toMatchObject({ status: "COMPLETED", state: { progress: 1 } });
  expect(tasks.every((t) => !t.stale)).toBe(true);

  // What a user sees: the streamed text, the ticked checklist and the statuses, as text.
  const answer = page.locator(`li.task:has-text("answer (llm_call)")`);
  await expect(answer.locator("p.text").textContent()).resolves.toBe(byId.answer!.state.text);
  await expect(answer.locator("progress").evaluate((p: HTMLProgressElement) => p.value)).resolves.toBe(1);
  const checklist = await page.locator(`li.task:has-text("checklist (checklist)") li`).allTextContents();
  expect(checklist).toEqual([
    "☑ Read the ticket",
    "☑ Draft the answer",
    "☑ Review the answer",
    "☐ Look up the order",
  ]);
  expect(leaks).toEqual([]);
  await page.close();
});
