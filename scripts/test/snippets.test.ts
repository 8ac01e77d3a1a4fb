import { describe, expect, test } from "vitest";
import { collectSnippets, extractSnippets } from "../lib/snippets.ts";
import { root } from "../lib/root.ts";

const md = (...parts: string[]) => parts.join("\n");

describe("extractSnippets", () => {
  test("a ts block is a program; a continued block joins it; a fragment and a sh block are left out", () => {
    const text = md(
      "# Title",
      "```ts",
      "const a = 1;",
      "```",
      "",
      "<!-- snippet: continues -->",
      "",
      "```ts",
      "console.log(a);",
      "```",
      "<!-- snippet: fragment -->",
      "```ts",
      "handle(x);",
      "```",
      "```sh",
      "npm test",
      "```",
      "```js",
      "const b = 2;",
      "```",
    );
    const { programs, fragments } = extractSnippets("README.md", text);
    expect(programs).toEqual([
      { file: "README.md", line: 2, code: "const a = 1;\nconsole.log(a);" },
      { file: "README.md", line: 18, code: "const b = 2;" },
    ]);
    expect(fragments).toEqual([{ file: "README.md", line: 12 }]);
  });

  test("a marker applies only to the block right below it", () => {
    const text = md("<!-- snippet: fragment -->", "", "Some prose.", "", "```ts", "run();", "```");
    expect(extractSnippets("a.md", text).programs).toHaveLength(1);
  });

  test("an indented block (in a list) is read without its indent; a longer fence holds a shorter one", () => {
    const text = md(
      "- item",
      "  ```ts",
      "  const x = 1;",
      "  ```",
      "````md",
      "```ts",
      "no();",
      "```",
      "````",
    );
    expect(extractSnippets("a.md", text).programs.map((p) => p.code)).toEqual(["const x = 1;"]);
  });

  test('"continues" with nothing before it is an error, not a silent program', () => {
    expect(() => extractSnippets("a.md", md("<!-- snippet: continues -->", "```ts", "x();", "```"))).toThrow(
      /continues/,
    );
  });
});

test("the repository's READMEs hold programs, and the root README's usage is one of them", () => {
  const { programs } = collectSnippets(root);
  expect(programs.some((p) => p.file === "README.md" && p.code.includes("startExecution("))).toBe(true);
});
