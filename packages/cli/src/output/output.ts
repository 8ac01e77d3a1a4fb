/**
 * The output layer every command writes through. With `--json`, stdout gets NDJSON: one wire object a
 * line (the API's own field names, so it pipes into `jq`); otherwise tables, key/value records, trees
 * and lines for people, coloured on a terminal. Notes for people (hints, "still running") go to stderr
 * in both modes, so stdout stays parseable.
 *
 * Everything written here is made safe once, whatever the command: the API key is redacted in every
 * spelling, and control characters from the server are neutralised (see `terminal-text.ts`). Every
 * line, table cell, record value, tree label and note is a single-line field, where a line break or
 * tab from the server shows as `\n` or `\t`: a server's text cannot fake a line of its own (a
 * multi-line block, like pretty-printed JSON, is given as its lines).
 */
import Table from "cli-table3";
import type { Redactor } from "../redact.js";
import { createColors, jsonLine, renderTerminal, type Colors } from "./terminal-text.js";
import { renderTree, type TreeNode } from "./tree.js";

export type { Colors } from "./terminal-text.js";

/** A column of a table: its header and how to render a cell from an item. */
export interface Column<T> {
  header: string;
  cell: (item: T) => string;
}

/** Where and how to write. */
export interface OutputOptions {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  /** NDJSON on stdout. */
  json: boolean;
  /** Colours on (a terminal, no `NO_COLOR`, no `--no-color`). */
  color: boolean;
  /** Removes the API key from a text. @default none */
  redact?: Redactor;
}

/** See the module's description. */
export interface Output {
  readonly json: boolean;
  /** Whether stdout is a terminal (live views redraw only then). */
  readonly tty: boolean;
  readonly c: Colors;
  /**
   * The raw streams, for writers that make their text safe themselves with {@link Output.render}
   * (the live view's progress bar) or write no server text.
   */
  readonly stdout: OutputOptions["stdout"];
  readonly stderr: NodeJS.WritableStream;
  /**
   * The terminal form of a text: the API key redacted, control characters neutralised (`singleLine`:
   * line breaks and tabs too), this program's colours applied.
   */
  render(text: string, singleLine?: boolean): string;
  /** One wire object: a JSON line with `--json`, else `human` (when given): one line, or a line each. */
  item(wire: unknown, human?: string | string[]): void;
  /** One line of human-only text (nothing with `--json`). */
  line(text?: string): void;
  /** A one-line note on stderr, in both modes. */
  note(text: string): void;
  /** Items as a table, or as JSON lines. Items arrive lazily; the table is drawn once they are all in. */
  list<T>(items: AsyncIterable<T> | Iterable<T>, columns: Column<T>[], empty?: string): Promise<number>;
  /** One object as label/value rows, or its wire form as one JSON line. */
  record(wire: unknown, rows: [string, string][]): void;
  /** A tree, or the wire object as one JSON line. */
  tree(wire: unknown, root: TreeNode): void;
}

/** Makes the {@link Output} for one run of the program. */
export function createOutput(options: OutputOptions): Output {
  const { stdout, stderr, json } = options;
  const c = createColors(options.color);
  const redact = options.redact ?? ((text: string) => text);
  const render = (text: string, singleLine = false) => renderTerminal(redact(text), singleLine);
  const write = (text: string) => stdout.write(`${render(text, true)}\n`);
  const writeJson = (wire: unknown) => stdout.write(`${redact(jsonLine(wire))}\n`);
  const cell = (text: string) => render(String(text), true);
  return {
    json,
    tty: stdout.isTTY === true,
    c,
    stdout,
    stderr,
    render,
    item(wire, human) {
      if (json) writeJson(wire);
      else if (human !== undefined) for (const l of Array.isArray(human) ? human : [human]) write(l);
    },
    line(text = "") {
      if (!json) write(text);
    },
    note(text) {
      stderr.write(`${render(text, true)}\n`);
    },
    async list(items, columns, empty = "(none)") {
      const rows: string[][] = [];
      let count = 0;
      for await (const item of items) {
        count++;
        if (json) writeJson(item);
        else rows.push(columns.map((col) => cell(col.cell(item))));
      }
      if (json) return count;
      if (!rows.length) {
        write(c.dim(empty));
        return 0;
      }
      const table = new Table({
        head: columns.map((col) => cell(c.bold(col.header))),
        style: { head: [], border: [], "padding-left": 0, "padding-right": 2 },
        chars: plainChars,
      });
      table.push(...rows);
      // Cells are already safe (and coloured): the table is written as drawn.
      stdout.write(`${table.toString().replace(/ +$/gm, "")}\n`);
      return count;
    },
    record(wire, rows) {
      if (json) return void writeJson(wire);
      const width = Math.max(...rows.map(([label]) => label.length));
      for (const [label, value] of rows)
        stdout.write(`${cell(c.dim(label.padEnd(width)))}  ${cell(value)}\n`);
    },
    tree(wire, root) {
      if (json) return void writeJson(wire);
      for (const l of renderTree(root, (label) => cell(label))) stdout.write(`${l}\n`);
    },
  };
}

/** A borderless table: columns separated by two spaces, a rule under the header. */
const plainChars = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: " ",
};
