import { createServer } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runCli, startCliMock, TEST_KEY } from "./helpers/run-cli.js";

let mock: Awaited<ReturnType<typeof startCliMock>>;
beforeAll(async () => {
  mock = await startCliMock({ apiKey: TEST_KEY });
});
afterAll(() => mock.close());

test("no API key is a usage error (2) that says how to give one", async () => {
  const r = await runCli(["workflows", "ls"]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(
    "error: no API key: set MISTRAL_API_KEY or pass --api-key (or try it offline with --mock).\n",
  );
});

test.each([
  [["bogus"], /unknown command 'bogus'/],
  [["workflows", "ls", "--limit", "0"], /--limit must be a whole number ≥ 1, got "0"/],
  [["status"], /missing required argument 'execution_id'/],
  [["reset", "x"], /required option '--event-id <n>' not specified/],
  [["run", "support-workflow", "--input", "{bad"], /--input is not valid JSON/],
  [["run", "support-workflow", "--input", "[1]"], /--input must be a JSON object/],
  [
    ["run", "support-workflow", "--input", "@/nonexistent/input.json"],
    /--input: cannot read \/nonexistent\/input.json/,
  ],
  [["run", "support-workflow", "--wait", "--watch"], /--wait and --watch: pick one/],
  [["--base-url", "ftp://example.invalid", "workflows", "ls"], /base URL must be http or https/],
])("%j is a usage error (2)", async (args, message) => {
  const r = await runCli(args as string[], { env: { MISTRAL_API_KEY: TEST_KEY } });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
});

test("an API error is one line with the status, the message and the request id; exit 3", async () => {
  const r = await mock.cli(["status", "no-such-execution"]);
  expect(r.code).toBe(3);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: 404 .*no-such-execution.* \(request id \S+\)$/);
});

test("--debug adds the response body and the stack", async () => {
  const r = await mock.cli(["--debug", "status", "no-such-execution"]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^error: 404 /);
  expect(r.stderr).toContain("status: 404");
  expect(r.stderr).toContain('"detail"');
  expect(r.stderr).toMatch(/\n\s+at /);
});

test("a wrong key is a 401 (exit 3) whose output never shows the key, even with --debug", async () => {
  const wrong = "sk-wrong-key-9876543210";
  for (const args of [
    ["workflows", "ls"],
    ["--debug", "workflows", "ls"],
    ["--debug", "--json", "run", "support-workflow"],
  ]) {
    const r = await mock.cli(["--api-key", wrong, ...args]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: 401 /);
    expect(r.stdout + r.stderr).not.toContain(wrong);
    expect(r.stdout + r.stderr).not.toContain(TEST_KEY);
  }
});

test("a refused connection is an API/connection error (3) in one line", async () => {
  // A port that was free a moment ago: nothing listens there.
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const r = await runCli(["--base-url", `http://127.0.0.1:${port}`, "schedules", "ls"], {
    env: { MISTRAL_API_KEY: TEST_KEY },
  });
  expect(r.code).toBe(3);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^error: .*(ECONNREFUSED|connect|fetch failed)/i);
});

test("MISTRAL_WORKFLOWS_BASE_URL and MISTRAL_API_KEY configure the client", async () => {
  const r = await runCli(["--json", "workflows", "ls", "--limit", "1"], {
    env: { MISTRAL_API_KEY: TEST_KEY, MISTRAL_WORKFLOWS_BASE_URL: mock.server.url },
  });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.lines[0]!).name).toBe("document-summarizer");
  const auth = mock.api.requests.at(-1)?.headers.authorization;
  expect(auth).toBe(`Bearer ${TEST_KEY}`);
});
