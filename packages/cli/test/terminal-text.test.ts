import { expect, test } from "vitest";
import {
  createColors,
  jsonLine,
  neutralize,
  renderTerminal,
  stripTags,
} from "../src/output/terminal-text.js";

test.each([
  ["OSC 52 clipboard write", "\u001b]52;c;aGk=\u0007", false, "\\x1b]52;c;aGk=\\x07"],
  ["C1 CSI clear screen", "\u009b2J", false, "\\x9b2J"],
  ["carriage return", "ok\rFAKE", false, "ok\\rFAKE"],
  ["DEL and NUL", "a\u007fb\u0000", false, "a\\x7fb\\x00"],
  ["line breaks kept in multi-line text", "a\nb\tc\r\nd", false, "a\nb\tc\nd"],
  ["line breaks shown in single-line fields", "a\nb\tc", true, "a\\nb\\tc"],
  ["other text untouched", "é ✔ \u2028 日本", false, "é ✔ \u2028 日本"],
])("neutralize: %s", (_name, given, singleLine, want) => {
  expect(neutralize(given, singleLine)).toBe(want);
});

test("our colours become SGR sequences; a server cannot forge them", () => {
  const c = createColors(true);
  const styled = c.red(`x${c.bold("y")}z`);
  expect(renderTerminal(styled)).toBe("\u001b[31mx\u001b[1my\u001b[22mz\u001b[39m");
  expect(stripTags(styled)).toBe("xyz");
  // What a server sends is text: its escapes are shown, and a guessed tag stays visible text.
  const forged = "\uf8ff000000000000" + "31m" + "\u001b[31m";
  expect(renderTerminal(c.bold(forged))).toBe("\u001b[1m\uf8ff00000000000031m\\x1b[31m\u001b[22m");
  expect(createColors(false).red("plain")).toBe("plain");
});

test("JSON lines escape DEL, C1 and U+2028/2029, and stay the same JSON", () => {
  const value = { s: "\u001b[2J\u009b\u007f\u2028\u2029é" };
  const line = jsonLine(value);
  expect(line).toBe('{"s":"\\u001b[2J\\u009b\\u007f\\u2028\\u2029é"}');
  expect(JSON.parse(line)).toEqual(value);
  expect(jsonLine(undefined)).toBe("null");
});
