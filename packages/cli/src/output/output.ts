/**
 * The output layer every command writes through. With `--json`, stdout gets NDJSON: one wire object a
 * line (the API's own field names, so it pipes into `jq`); otherwise tables, key/value records, trees
 * and lines for people, coloured on a terminal. Notes for people (hints, "still running") go to stderr
 * in both modes, so stdout stays parseable.
 */
import Table from "cli-table3";
import pc from "picocolors";
import { renderTree, type TreeNode } from "./tree.js";

/** picocolors' formatters, enabled or not. */
export type Colors = ReturnType<typeof pc.createColors>;

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
}

/** See the module's description. */
export interface Output {
  readonly json: boolean;
  /** Whether stdout is a terminal (live views redraw only then). */
  readonly tty: boolean;
  readonly c: Colors;
  readonly stdout: OutputOptions["stdout"];
  readonly stderr: NodeJS.WritableStream;
  /** One wire object: a JSON line with `--json`, else `human` (when given) as lines. */
  item(wire: unknown, human?: string | string[]): void;
  /** Human-only text (nothing with `--json`). */
  line(text?: string): void;
  /** A note on stderr, in both modes. */
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
  const c = pc.createColors(options.color);
  const write = (text: string) => stdout.write(`${text}\n`);
  return {
    json,
    tty: stdout.isTTY === true,
    c,
    stdout,
    stderr,
    item(wire, human) {
      if (json) write(JSON.stringify(wire));
      else if (human !== undefined) for (const l of Array.isArray(human) ? human : [human]) write(l);
    },
    line(text = "") {
      if (!json) write(text);
    },
    note(text) {
      stderr.write(`${text}\n`);
    },
    async list(items, columns, empty = "(none)") {
      const rows: string[][] = [];
      let count = 0;
      for await (const item of items) {
        count++;
        if (json) write(JSON.stringify(item));
        else rows.push(columns.map((col) => col.cell(item)));
      }
      if (json) return count;
      if (!rows.length) {
        write(c.dim(empty));
        return 0;
      }
      const table = new Table({
        head: columns.map((col) => c.bold(col.header)),
        style: { head: [], border: [], "padding-left": 0, "padding-right": 2 },
        chars: plainChars,
      });
      table.push(...rows);
      write(table.toString().replace(/ +$/gm, ""));
      return count;
    },
    record(wire, rows) {
      if (json) return void write(JSON.stringify(wire));
      const width = Math.max(...rows.map(([label]) => label.length));
      for (const [label, value] of rows) write(`${c.dim(label.padEnd(width))}  ${value}`);
    },
    tree(wire, root) {
      if (json) return void write(JSON.stringify(wire));
      for (const l of renderTree(root)) write(l);
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
