/**
 * The import-graph check (`pnpm check:graph`, rules in `.dependency-cruiser.cjs`): it fails on each
 * kind of import the house forbids, run over a small tree written for the purpose, passes on the
 * imports the house allows, and passes on this repository.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { isDeepStrictEqual } from "node:util";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { root } from "../lib/root.ts";

interface Violation {
  rule: string;
  from: string;
  to: string;
}

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};
/**
 * `pnpm check:graph` as the package.json has it, with the rules file's absolute path (to run it in
 * another directory) and JSON output instead of the text report.
 */
const [command, ...args] = manifest.scripts["check:graph"]!.split(" ").map((arg, i, all) =>
  all[i - 1] === "--config" ? join(root, arg) : arg,
);

/**
 * Runs the check in `cwd` with the repository's rules: its violations, and the exit status and text
 * of its report (`pnpm check:graph`'s, made from the same results by dependency-cruiser's formatter).
 */
function checkGraph(cwd: string): { status: number | null; report: string; violations: Violation[] } {
  const bin = (name: string) => join(root, "node_modules", ".bin", name);
  const cruise = spawnSync(bin(command!), [...args, "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!cruise.stdout) throw new Error(`the check wrote no results: ${cruise.stderr}`);
  const results = JSON.parse(cruise.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  const format = spawnSync(bin("depcruise-fmt"), ["--output-type", "err", "--exit-code", "-"], {
    input: cruise.stdout,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    status: format.status,
    report: format.stdout,
    violations: results.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })),
  };
}

/** Forbidden imports: `[what, files, the violation it must report]`. */
const forbidden: [string, Record<string, string>, Violation][] = [
  [
    "a circle of runtime imports",
    {
      "packages/client/src/a.ts": 'import { b } from "./b.js";\nexport const a = () => b();\n',
      "packages/client/src/b.ts": 'import { a } from "./a.js";\nexport const b = () => typeof a;\n',
    },
    { rule: "no-circular", from: "packages/client/src/a.ts", to: "packages/client/src/b.ts" },
  ],
  [
    "a circle of type-only imports",
    {
      "packages/client/src/t.ts": 'import type { U } from "./u.js";\nexport interface T {\n  u?: U;\n}\n',
      "packages/client/src/u.ts": 'import type { T } from "./t.js";\nexport interface U {\n  t?: T;\n}\n',
    },
    { rule: "no-circular", from: "packages/client/src/t.ts", to: "packages/client/src/u.ts" },
  ],
  [
    "a circle through a test file",
    {
      "packages/client/test/helpers/one.ts": 'import { two } from "./two.js";\nexport const one = two;\n',
      "packages/client/test/helpers/two.ts":
        'import { one } from "./one.js";\nexport const two = () => one;\n',
    },
    {
      rule: "no-circular",
      from: "packages/client/test/helpers/one.ts",
      to: "packages/client/test/helpers/two.ts",
    },
  ],
  [
    "pagination importing streaming",
    {
      "packages/pagination/src/page.ts":
        'import { stream } from "@mistral-workflows/streaming";\nexport const page = stream;\n',
    },
    {
      rule: "layering-pagination",
      from: "packages/pagination/src/page.ts",
      to: "packages/streaming/src/index.ts",
    },
  ],
  [
    "encoding importing client",
    {
      "packages/encoding/src/codec.ts":
        'import type { Client } from "@mistral-workflows/client";\nexport type C = Client;\n',
    },
    { rule: "layering-encoding", from: "packages/encoding/src/codec.ts", to: "packages/client/src/index.ts" },
  ],
  [
    "handles importing the cli",
    {
      "packages/handles/src/run.ts":
        'import { cli } from "@mistral-workflows/cli";\nexport const run = cli;\n',
    },
    { rule: "layering-handles", from: "packages/handles/src/run.ts", to: "packages/cli/src/index.ts" },
  ],
  [
    "mock-server importing client at run time",
    {
      "packages/mock-server/src/server.ts":
        'import { createClient } from "@mistral-workflows/client";\nexport const server = createClient;\n',
    },
    {
      rule: "mock-server-imports-only-types-from-client",
      from: "packages/mock-server/src/server.ts",
      to: "packages/client/src/index.ts",
    },
  ],
  [
    "mock-server importing a type inline (`{ type X }` still loads the module)",
    {
      "packages/mock-server/src/inline.ts":
        'import { type Client } from "@mistral-workflows/client";\nexport const inline = (c: Client) => c;\n',
    },
    {
      rule: "mock-server-imports-only-types-from-client",
      from: "packages/mock-server/src/inline.ts",
      to: "packages/client/src/index.ts",
    },
  ],
  [
    "the cli importing mock-server statically",
    {
      "packages/cli/src/eager.ts":
        'import { mock } from "@mistral-workflows/mock-server";\nexport const eager = mock;\n',
    },
    {
      rule: "cli-loads-mock-server-lazily",
      from: "packages/cli/src/eager.ts",
      to: "packages/mock-server/src/index.ts",
    },
  ],
  [
    "streaming importing mock-server",
    {
      "packages/streaming/src/fake.ts":
        'import { mock } from "@mistral-workflows/mock-server";\nexport const fake = mock;\n',
    },
    {
      rule: "published-code-never-imports-mock-server",
      from: "packages/streaming/src/fake.ts",
      to: "packages/mock-server/src/index.ts",
    },
  ],
  [
    "a relative path into another package",
    {
      "packages/handles/src/path.ts":
        'import { a } from "../../client/src/index.js";\nexport const path = a;\n',
    },
    {
      rule: "no-path-into-another-package",
      from: "packages/handles/src/path.ts",
      to: "packages/client/src/index.ts",
    },
  ],
  [
    "an example importing a package by path, not as a user would",
    {
      "examples/usage.ts":
        'import { createClient } from "../packages/client/src/index.js";\nexport const usage = createClient;\n',
    },
    { rule: "no-path-into-another-package", from: "examples/usage.ts", to: "packages/client/src/index.ts" },
  ],
  [
    "a package name with a path to its sources",
    {
      "packages/handles/src/deep.ts":
        'import { a } from "@mistral-workflows/client/src/index.js";\nexport const deep = a;\n',
    },
    {
      rule: "no-deep-import-by-name",
      from: "packages/handles/src/deep.ts",
      to: "@mistral-workflows/client/src/index.js",
    },
  ],
  [
    "a script importing a package's internal/",
    {
      "scripts/peek.ts":
        'import { secret } from "../packages/client/src/internal/secret.js";\nexport const peek = secret;\n',
      "packages/client/src/internal/secret.ts": "export const secret = 1;\n",
    },
    {
      rule: "no-import-of-another-package-internal",
      from: "scripts/peek.ts",
      to: "packages/client/src/internal/secret.ts",
    },
  ],
  [
    "the mock's handlers importing its HTTP pipeline",
    {
      "packages/mock-server/src/handlers/items.ts":
        'import { answer } from "../http/answer.js";\nexport const items = answer;\n',
      "packages/mock-server/src/http/answer.ts": "export const answer = 404;\n",
    },
    {
      rule: "mock-handlers-know-no-http-pipeline",
      from: "packages/mock-server/src/handlers/items.ts",
      to: "packages/mock-server/src/http/answer.ts",
    },
  ],
  [
    "the mock's domain importing its handlers",
    {
      "packages/mock-server/src/domain/engine.ts":
        'import { items } from "../handlers/items.js";\nexport const engine = items;\n',
    },
    {
      rule: "mock-domain-knows-no-http",
      from: "packages/mock-server/src/domain/engine.ts",
      to: "packages/mock-server/src/handlers/items.ts",
    },
  ],
];

/** Allowed imports, in the same tree: none of these files may appear in a violation. */
const allowed: Record<string, string> = {
  "packages/client/src/index.ts":
    "export const createClient = () => ({});\nexport interface Client {}\nexport const a = 1;\n",
  "packages/streaming/src/index.ts":
    'import { createClient } from "@mistral-workflows/client";\nexport const stream = createClient;\n',
  "packages/pagination/src/index.ts":
    'import { createClient } from "@mistral-workflows/client";\nexport const paginate = createClient;\n',
  "packages/encoding/src/index.ts": "export const codec = 1;\n",
  "packages/handles/src/index.ts": [
    'import { createClient } from "@mistral-workflows/client";',
    'import { codec } from "@mistral-workflows/encoding";',
    'import { paginate } from "@mistral-workflows/pagination";',
    'import { stream } from "@mistral-workflows/streaming";',
    "export const handles = [createClient, codec, paginate, stream];",
    "",
  ].join("\n"),
  "packages/cli/src/index.ts": [
    'import { handles } from "@mistral-workflows/handles";',
    "export const cli = handles;",
    'export const startMock = () => import("@mistral-workflows/mock-server");',
    "",
  ].join("\n"),
  "packages/mock-server/src/index.ts": [
    'import type { Client } from "@mistral-workflows/client";',
    'import { route } from "./http/route.js";',
    "export const mock = (client?: Client) => [client, route];",
    "",
  ].join("\n"),
  "packages/mock-server/src/http/route.ts":
    'import { list } from "../handlers/list.js";\nexport const route = list;\n',
  "packages/mock-server/src/handlers/list.ts":
    'import { store } from "../domain/store.js";\nexport const list = store;\n',
  "packages/mock-server/src/domain/store.ts": "export const store = new Map();\n",
  "packages/client/test/client.test.ts":
    'import { mock } from "@mistral-workflows/mock-server";\nexport const t = mock;\n',
  "packages/streaming/src/internal/sleep.ts": "export const sleep = 0;\n",
  "packages/streaming/src/wait.ts":
    'import { sleep } from "./internal/sleep.js";\nexport const wait = sleep;\n',
  "examples/demo.ts": 'import { mock } from "@mistral-workflows/mock-server";\nexport const demo = mock;\n',
  "scripts/generate.ts":
    'import { createClient } from "../packages/client/src/index.ts";\nexport const generate = createClient;\n',
};

describe("the import-graph check", () => {
  let dir: string;
  let result: ReturnType<typeof checkGraph>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "import-graph-"));
    const files = Object.assign({}, allowed, ...forbidden.map(([, f]) => f)) as Record<string, string>;
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    for (const file of ["tsconfig.graph.json", "tsconfig.base.json"])
      copyFileSync(join(root, file), join(dir, file));
    result = checkGraph(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("fails when the tree breaks a rule, naming the rule and both files", () => {
    expect(result.status).not.toBe(0);
    expect(result.report).toContain(
      "error layering-pagination: packages/pagination/src/page.ts → packages/streaming/src/index.ts",
    );
  });

  test.each(forbidden)("reports %s", (_, __, want) => {
    // A circle is reported from one of its modules, to the next: either way round will do.
    const reversed = { ...want, from: want.to, to: want.from };
    const found = result.violations.filter(
      (v) => isDeepStrictEqual(v, want) || (want.rule === "no-circular" && isDeepStrictEqual(v, reversed)),
    );
    expect(found, JSON.stringify(result.violations, null, 1)).not.toEqual([]);
  });

  test("reports nothing about the imports the house allows", () => {
    const flagged = result.violations.filter((v) => v.from in allowed);
    expect(flagged).toEqual([]);
  });
});

describe("this repository", () => {
  test("every package's exports map to a source in tsconfig.graph.json, so the graph is the sources'", () => {
    const config = ts.readConfigFile(join(root, "tsconfig.graph.json"), ts.sys.readFile);
    const paths = config.config.compilerOptions.paths as Record<string, string[]>;
    const missing: string[] = [];
    for (const name of ["cli", "client", "encoding", "handles", "mock-server", "pagination", "streaming"]) {
      const pkg = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
      for (const subpath of Object.keys(pkg.exports).filter((s) => s !== "./package.json")) {
        const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
        const target = paths[specifier]?.[0];
        if (!target || !existsSync(join(root, target))) missing.push(specifier);
      }
    }
    expect(missing).toEqual([]);
  });

  test("has no circle and no import against the layering", () => {
    const { status, violations } = checkGraph(root);
    expect(violations).toEqual([]);
    expect(status).toBe(0);
  });
});
