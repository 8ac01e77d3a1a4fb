/**
 * `--help` of the program and of every command (found by walking the help output itself) lists every
 * option, and shows at least one example; every option of a command appears in one of its examples.
 */
import { expect, test } from "vitest";
import { runCli } from "./helpers/run-cli.js";

function section(help: string, title: string): string[] {
  const match = new RegExp(`^${title}:\\n((?:  .*\\n?|\\n(?=  ))*)`, "m").exec(help);
  return match ? match[1]!.split("\n").filter((l) => l.trim()) : [];
}

/** The long flags listed under "Options:" (help and version aside). */
function optionsOf(help: string): string[] {
  return section(help, "Options")
    .map((l) => /^  (?:-\w, )?(--[\w-]+)/.exec(l)?.[1])
    .filter((f): f is string => !!f && f !== "--help" && f !== "--version");
}

/** Subcommand names listed under "Commands:" (help aside). */
function commandsOf(help: string): string[] {
  return section(help, "Commands")
    .map((l) => /^  ([\w-]+)/.exec(l)?.[1])
    .filter((c): c is string => !!c && c !== "help");
}

async function walk(path: string[], visit: (path: string[], help: string) => void): Promise<number> {
  const r = await runCli([...path, "--help"]);
  expect(r.code, `${path.join(" ")} --help`).toBe(0);
  visit(path, r.stdout);
  let count = 1;
  for (const sub of commandsOf(r.stdout)) count += await walk([...path, sub], visit);
  return count;
}

test(
  "every command's --help lists its options with examples that use each of them",
  { timeout: 180_000 },
  async () => {
    const seen: string[] = [];
    const count = await walk([], (path, help) => {
      const name = path.join(" ") || "(program)";
      seen.push(name);
      expect(help, name).toMatch(/^Usage: mistral-workflows/);
      const examples = section(help, "Examples");
      if (commandsOf(help).length && path.length) return; // a group: its subcommands carry the examples
      expect(examples.length, `${name} has examples`).toBeGreaterThan(0);
      for (const option of optionsOf(help))
        expect(
          examples.some((e) => e.includes(option)),
          `${name}: an example uses ${option}`,
        ).toBe(true);
    });
    // Every command of the issue is there.
    for (const command of [
      "run",
      "watch",
      "status",
      "result",
      "history",
      "logs",
      "trace",
      "signal",
      "query",
      "update",
      "cancel",
      "terminate",
      "reset",
      "workflows ls",
      "workflows show",
      "workflows archive",
      "workflows unarchive",
      "registrations ls",
      "schedules ls",
      "schedules show",
      "schedules create",
      "schedules pause",
      "schedules resume",
      "schedules trigger",
      "schedules rm",
      "events",
    ])
      expect(seen).toContain(command);
    expect(count).toBe(seen.length);
  },
);

test("--version prints the package's version", async () => {
  const r = await runCli(["--version"]);
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
});
