/**
 * Answers that are not the API's: a 2xx body of another shape is an error that says so (exit 3), a
 * base URL ending in /v1 is explained, a proxy's HTML page is summarised, and the live view's notes
 * are rounded and kept off the progress bar.
 */
import { startMockServer, type RunningMockServer } from "@mistral-workflows/mock-server";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { summarizeHtml } from "../src/errors.js";
import { createLiveView } from "../src/output/live-view.js";
import { createOutput } from "../src/output/output.js";
import { sendJson, startFakeApi, type FakeApi } from "./helpers/fake-api.js";
import { TEST_KEY } from "./helpers/run-cli.js";
import { runMain } from "./helpers/run-main.js";

const env = { MISTRAL_API_KEY: TEST_KEY };

describe("a 2xx body that is not what the spec documents", () => {
  let odd: FakeApi;
  beforeAll(async () => {
    odd = await startFakeApi((_req, res) => sendJson(res, 200, { unexpected: true }));
  });
  afterAll(() => odd.close());

  test.each([
    [["workflows", "ls"], "the list page is not an object with an array of items"],
    [["registrations", "ls"], "the list page is not an object with an array of items"],
    [["runs", "ls"], "the list page is not an object with an array of items"],
    [["schedules", "ls"], "the list page is not an object with an array of items"],
    [["deployments", "ls"], "the list page is not an object with an array of items"],
    [["events"], "the list page is not an object with an array of items"],
    [["logs", "x"], "the list page is not an object with an array of items"],
    [["status", "x"], `the execution's "execution_id" is not a string`],
    [["runs", "show", "x"], `the run's "execution_id" is not a string`],
    [["trace", "x"], `the trace's "workflow_name" is not a string`],
    [["metrics", "w"], `the metrics's "execution_count.value" is not a number`],
    [["schedules", "show", "x"], `the schedule's "schedule_id" is not a string`],
    [["deployments", "show", "x"], `the deployment's "id" is not a string`],
    [["workflows", "show", "x"], `the workflow's "workflow" is not an object`],
  ])("%j is exit 3: %s", async (args, message) => {
    const r = await runMain(["--base-url", odd.url, ...args], { env });
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `error: unexpected response: ${message}, as the API documents it (is the base URL the Workflows API's?).\n`,
    );
    expect(r.code).toBe(3);
  });

  test("a page whose items are not objects is refused too", async () => {
    const bad = await startFakeApi((_req, res) =>
      sendJson(res, 200, { workflows: [null, 1], next_cursor: null }),
    );
    try {
      const r = await runMain(["--base-url", bad.url, "workflows", "ls"], { env });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`the list page's "items" is not a list of objects`);
    } finally {
      await bad.close();
    }
  });
});

describe("base URLs and proxies", () => {
  let mock: RunningMockServer;
  let proxy: FakeApi;
  beforeAll(async () => {
    mock = await startMockServer({ heartbeatMs: 0, stepMs: 20, apiKey: TEST_KEY });
    proxy = await startFakeApi((_req, res) => {
      const page =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
      res.writeHead(502, { "content-type": "text/html", "x-should-retry": "false" });
      res.end(page);
    });
  });
  afterAll(async () => {
    await mock.close();
    await proxy.close();
  });

  test("a base URL ending in /v1 is explained on its 404", async () => {
    const r = await runMain(["--base-url", `${mock.url}/v1`, "workflows", "ls"], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `hint: the base URL ${mock.url}/v1 ends in /v1, but the CLI adds /v1/workflows/… to it itself: drop the /v1 (e.g. --base-url ${mock.url}).`,
    );
  });

  test("run --wait says when it falls back from the event stream to status polls", async () => {
    const remove = mock.api.faults.add({ operations: ["executions.stream"], errorAfterEvents: 0 });
    try {
      const r = await runMain(["--base-url", mock.url, "run", "support-workflow", "--wait"], { env });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        /^the event stream failed \(.+\); checking the execution's status every second instead$/m,
      );
      expect(r.stdout).toContain("✔ COMPLETED");
    } finally {
      remove();
    }
  });

  test("a proxy's HTML error page is summarised in one line, without its tags", async () => {
    const r = await runMain(["--base-url", proxy.url, "workflows", "ls"], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("error: 502 an HTML page: 502 Bad Gateway\n");
  });

  test.each([
    [
      "<!DOCTYPE html><p>Service &amp; <b>gateway</b>\n down</p>",
      null,
      "an HTML page: Service & gateway down",
    ],
    ["<html><script>alert(1)</script><body>x</body></html>", null, "an HTML page: x"],
    [`<html><title>${"a".repeat(300)}</title></html>`, null, `an HTML page: ${"a".repeat(119)}…`],
    ["plain text", "text/plain", null],
    ["<p>partial</p>", "text/html; charset=utf-8", "an HTML page: partial"],
  ])("summarizeHtml(%j)", (body, type, want) => {
    expect(summarizeHtml(body, type)).toBe(want);
  });
});

describe("the live view's notes", () => {
  function sink(tty: boolean) {
    const s = new Writable({ write: (c, _e, done) => ((s.text += String(c)), done()) }) as Writable & {
      text: string;
    };
    s.text = "";
    if (tty) Object.assign(s, { isTTY: true, columns: 100 });
    return s;
  }

  test("a reconnect note rounds its delay", () => {
    const stdout = sink(false);
    const stderr = sink(false);
    const out = createOutput({ stdout: stdout as never, stderr, json: false, color: false });
    const view = createLiveView(out, "exec-1");
    view.reconnect({
      attempt: 1,
      delayMs: 1234.5678901,
      reason: "network",
      error: new Error("x"),
      lastEventId: "7",
    });
    view.stop();
    expect(stderr.text).toBe("connection lost (network); resuming after event 7 in 1.2s\n");
  });

  test("on a terminal, a note goes above the bar instead of under it", () => {
    const stdout = sink(true);
    const stderr = sink(true);
    const out = createOutput({ stdout: stdout as never, stderr, json: false, color: false });
    const view = createLiveView(out, "exec-1");
    view.reconnect({ attempt: 1, delayMs: 250.4, reason: "idle", error: new Error("x"), lastEventId: null });
    view.stop();
    expect(stderr.text).toBe("");
    expect(stdout.text).toContain("connection lost (idle); resuming after event start in 250ms\n");
  });
});
