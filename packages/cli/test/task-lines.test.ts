import { createClient } from "@mistral-workflows/client";
import { createColors } from "../src/output/terminal-text.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTaskLines, taskLine, terminalSafe, textBar } from "../src/output/task-lines.js";
import { startCliMock, TEST_KEY } from "./helpers/run-cli.js";

const plain = createColors(false);

describe("task lines", () => {
  test.each([
    ["plain text", "plain text"],
    ["\u001b]0;owned\u0007title", "\uFFFD]0;owned\uFFFDtitle"],
    ["two\nlines\r", "two\uFFFDlines\uFFFD"],
    ["c1 \u009b2J and del \u007f", "c1 \uFFFD2J and del \uFFFD"],
    ["unicode ✓ é 😀", "unicode ✓ é 😀"],
  ])("terminalSafe(%j)", (given, want) => {
    expect(terminalSafe(given)).toBe(want);
  });

  test("a progress field becomes a bar, text shows its end", () => {
    expect(textBar(0.5, 10)).toBe("█████░░░░░  50%");
    expect(textBar(7, 4)).toBe("████ 100%");
    const line = taskLine(
      {
        taskId: "answer",
        type: "llm_call",
        workflowExecId: "e",
        status: "RUNNING",
        state: { progress: 0.25, text: "x".repeat(100) + "\u001b[2J" },
        stale: false,
        event: {} as never,
      },
      plain,
    );
    expect(line).toBe(`    answer (llm_call)  █████░░░░░░░░░░░░░░░  25%  “…${"x".repeat(56)}\uFFFD[2J”`);
  });

  test("a connector's sign-in URL is printed once, and only when it is http(s)", async () => {
    const lines = createTaskLines(plain);
    const event = (sequence: number, url: string) =>
      ({
        broker_sequence: sequence,
        data: {
          event_id: `e${sequence}`,
          workflow_exec_id: "x",
          event_type: "CUSTOM_TASK_STARTED",
          attributes: {
            custom_task_id: `auth-${sequence}`,
            custom_task_type: "connector_auth",
            payload: {
              type: "json",
              value: { connector_name: "g\u001bmail", connector_id: "c", auth_url: url },
            },
          },
        },
      }) as never;
    expect((await lines.lines(event(1, "https://ok.example/a"))).at(-1)).toBe(
      "    sign in to g\uFFFDmail: https://ok.example/a",
    );
    expect((await lines.lines(event(2, "javascript:alert(1)"))).at(-1)).toMatch(
      /not an http\(s\) URL: not shown$/,
    );
  });
});

describe("watch shows live task states", () => {
  let mock: Awaited<ReturnType<typeof startCliMock>>;
  beforeAll(async () => {
    mock = await startCliMock();
  });
  afterAll(() => mock.close());

  test("a streamed answer grows, bars fill, a failed task says so", async () => {
    const client = createClient({ apiKey: TEST_KEY, baseUrl: mock.server.url });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { story: "live_tasks", steps: 3 } },
    });
    const r = await mock.cli(["watch", execution_id]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const answer = r.lines.filter((l) => l.trim().startsWith("answer (llm_call)"));
    expect(answer.length).toBe(5); // started, 3 patches, completed
    expect(answer[1]).toContain("███████░░░░░░░░░░░░░  33%");
    expect(answer.at(-1)).toContain("within five days.”  COMPLETED");
    expect(r.lines.some((l) => l.includes("lookup (tool_call)") && l.includes("FAILED"))).toBe(true);
  });

  test("prints the sign-in URL a connector asks for, with server text made safe", async () => {
    const client = createClient({ apiKey: TEST_KEY, baseUrl: mock.server.url });
    const { execution_id } = await client.workflows.executeWorkflow({
      workflow_identifier: "support-workflow",
      input: { _mock: { connector_auth: { delay_ms: 100 } } },
      extensions: { mistralai: { connectors: { bindings: [{ connector_name: "gm\u001b[2Jail" }] } } },
    });
    const r = await mock.cli(["watch", execution_id]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const line = r.lines.find((l) => l.includes("sign in to"))!;
    expect(line).toMatch(
      /sign in to gm\uFFFD\[2Jail: https:\/\/connectors\.mock-server\.invalid\/oauth\/gm%1B%5B2Jail\/authorize\?state=/,
    );
    expect(r.stdout).not.toContain("\u001b");
  });
});
