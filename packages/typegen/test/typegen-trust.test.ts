/**
 * `generateWorkflowTypes()` with hostile or awkward registrations: schema keywords never
 * become code, names stay valid and unique, one bad schema costs one type, and no control character
 * from the server reaches the output raw.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { constFor, generate, seedOf, shapeOf, typeCheck, withoutComments } from "./helpers/typegen.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "typegen-trust-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const INJECTED = "string; globalThis.pwned = 1; export const stolen = process.env";
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("schema keywords never become code", () => {
  test("tsType, tsEnumNames, extends and other generator keywords are dropped at every depth", async () => {
    const evil = { tsType: INJECTED };
    const { source, warnings } = await generate({
      injected: {
        input_schema: {
          type: "object",
          tsType: INJECTED,
          properties: {
            direct: { type: "string", ...evil },
            listed: { type: "array", items: { type: "string", ...evil } },
            tuple: { type: "array", items: [{ ...evil }], minItems: 1, maxItems: 1 },
            mixed: { allOf: [{ type: "object", ...evil }], anyOf: [evil], oneOf: [evil] },
            named: { $ref: "#/$defs/Named" },
            legacy: { $ref: "#/properties/holder/definitions/Legacy" },
            holder: { type: "object", definitions: { Legacy: { type: "string", ...evil } } },
            kind: { type: "string", enum: ["a", "b"], tsEnumNames: ["A = (globalThis.pwned = 1)", "B"] },
            child: {
              type: "object",
              extends: { tsType: INJECTED },
              properties: { tsType: { type: "string" } },
            },
            described: { type: "string", description: "ends */ globalThis.pwned = 1; /* here" },
            patterned: {
              type: "object",
              additionalProperties: false,
              patternProperties: { "x*/ y */ }; globalThis.pwned = 1; interface Z { /*": { type: "string" } },
            },
          },
          additionalProperties: { ...evil },
          $defs: { Named: { title: "Named", type: "object", ...evil } },
        },
        output_schema: { type: "string", tsType: INJECTED },
        signals: [{ name: "poke", input_schema: { type: "object", tsType: INJECTED } }],
      },
    });
    expect(warnings).toEqual([]);
    // The injected text survives only as inert comment text: the code without comments has none of it.
    expect(withoutComments(source)).not.toMatch(/pwned|stolen|process/);
    const shape = shapeOf(source); // asserts every statement is an import, a type or a define* const
    expect([...shape.consts.keys()]).toEqual(["injected", "injectedPoke"]);
    // A property that happens to be named like a keyword is kept: it is a name, not a keyword.
    expect(source).toMatch(/tsType\?: string/);
    expect(constFor(shape, "defineWorkflow", "injected").types).toEqual(["InjectedInput", "InjectedOutput"]);
    expect(source).toContain("export type InjectedOutput = string");
  });

  test("a $ref into a keyword outside JSON Schema is refused: the type is unknown, nothing is pasted", async () => {
    const { source, warnings } = await generate({
      hidden: {
        input_schema: {
          type: "object",
          properties: { a: { $ref: "#/x-payload" } },
          "x-payload": { tsType: INJECTED },
        },
      },
      mapped: {
        input_schema: {
          type: "object",
          properties: { tsType: { type: "string" }, b: { $ref: "#/properties" } },
        },
      },
    });
    expect(withoutComments(source)).not.toMatch(/pwned|process/);
    shapeOf(source);
    expect(warnings).toEqual([
      { workflow: "hidden", type: "HiddenInput", message: expect.stringContaining('"#/x-payload"') },
      {
        workflow: "mapped",
        type: "MappedInput",
        message: expect.stringContaining("does not point at a schema"),
      },
    ]);
  });
});

describe("names are valid, unique, and each type belongs to its own workflow", () => {
  test("eval, arguments, define-workflow, foo-bar/foo_bar and x + input/x-input all get names of their own", async () => {
    const object = (property: string, type = "string") => ({
      type: "object",
      properties: { [property]: { type } },
      required: [property],
      additionalProperties: false,
    });
    const { source } = await generate(
      {
        eval: { input_schema: object("e") },
        arguments: { input_schema: object("args") },
        "define-workflow": { input_schema: object("d") },
        default: { input_schema: object("dflt") },
        "foo-bar": { input_schema: object("dash") },
        foo_bar: { input_schema: object("underscore", "integer") },
        x: { input_schema: object("x"), signals: [{ name: "input", input_schema: object("signalled") }] },
        "x-input": { input_schema: object("xInput") },
      },
      { importFrom: "./defines" },
    );
    expect(typeCheck(dir, source)).toEqual([]);
    const shape = shapeOf(source);
    expect(new Set(shape.declared).size).toBe(shape.declared.length); // no name declared twice
    expect(shape.consts.has("defineWorkflow")).toBe(false); // the import is not shadowed
    expect(shape.consts.has("eval")).toBe(false);
    expect(shape.consts.has("arguments")).toBe(false);
    // Each workflow's const is typed by a declaration made from its own schema.
    const inputOf = (define: string, name: string) => {
      const c = constFor(shape, define, name);
      return { const: c.const, members: shape.types.get(c.types[0]!) };
    };
    expect(inputOf("defineWorkflow", "eval")).toEqual({ const: "evalWorkflow", members: ["e"] });
    expect(inputOf("defineWorkflow", "arguments")).toEqual({ const: "argumentsWorkflow", members: ["args"] });
    expect(inputOf("defineWorkflow", "define-workflow")).toEqual({
      const: "defineWorkflow2",
      members: ["d"],
    });
    expect(inputOf("defineWorkflow", "default").members).toEqual(["dflt"]);
    expect(inputOf("defineWorkflow", "foo-bar")).toEqual({ const: "fooBar", members: ["dash"] });
    expect(inputOf("defineWorkflow", "foo_bar")).toEqual({ const: "fooBar2", members: ["underscore"] });
    expect(inputOf("defineSignal", "input")).toEqual({ const: "xInput", members: ["signalled"] });
    expect(inputOf("defineWorkflow", "x-input")).toEqual({ const: "xInput2", members: ["xInput"] });
    expect(inputOf("defineWorkflow", "x").members).toEqual(["x"]);
  });

  test("two workflows whose named sub-schemas would share a name each keep their own", async () => {
    const { source } = await generate(
      {
        a: {
          input_schema: {
            type: "object",
            properties: { b: { $ref: "#/$defs/Thing" } },
            $defs: {
              Thing: { title: "Other Input", type: "object", properties: { fromA: { type: "string" } } },
            },
          },
        },
        // Its input type would be AInputOtherInput, the name of workflow a's sub-schema.
        "a-input-other": {
          input_schema: { type: "object", properties: { fromOther: { type: "integer" } } },
        },
      },
      { importFrom: "./defines" },
    );
    expect(typeCheck(dir, source)).toEqual([]);
    const shape = shapeOf(source);
    expect(new Set(shape.declared).size).toBe(shape.declared.length);
    const other = constFor(shape, "defineWorkflow", "a-input-other");
    expect(shape.types.get(other.types[0]!)).toEqual(["fromOther"]);
    expect(other.types[0]).toBe("AInputOther2Input");
    expect(source).toMatch(/b\?: AInputOtherInput;/);
    expect(shape.types.get("AInputOtherInput")).toEqual(["fromA"]);
  });

  test("a sub-schema whose name an earlier workflow took is renamed, with every reference to it", async () => {
    const { source } = await generate(
      {
        // Declared first ("A" < "a"): its input type is AInputXInput.
        "A-input-x": { input_schema: { type: "object", properties: { first: { type: "string" } } } },
        a: {
          input_schema: {
            type: "object",
            properties: { one: { $ref: "#/$defs/X" }, many: { type: "array", items: { $ref: "#/$defs/X" } } },
            // Named AInputXInput by its title, as the other workflow's input already is.
            $defs: { X: { title: "X Input", type: "object", properties: { second: { type: "integer" } } } },
          },
        },
      },
      { importFrom: "./defines" },
    );
    expect(typeCheck(dir, source)).toEqual([]);
    const shape = shapeOf(source);
    expect(shape.types.get(constFor(shape, "defineWorkflow", "A-input-x").types[0]!)).toEqual(["first"]);
    expect(shape.types.get("AInputXInput2")).toEqual(["second"]);
    expect(source).toMatch(/one\?: AInputXInput2;/);
    expect(source).toMatch(/many\?: AInputXInput2\[\];/);
  });

  test("every sub-schema's name is prefixed by its owner's; a root $ref keeps the owner's name", async () => {
    const { source, warnings } = await generate(
      {
        // The generator would name a referenced property without a title after its path: `Date`.
        dated: {
          input_schema: {
            type: "object",
            properties: {
              date: { type: "object", properties: { day: { type: "integer" } } },
              again: { $ref: "#/properties/date" },
            },
          },
        },
        // The whole input is a titled definition.
        rooted: {
          input_schema: {
            $ref: "#/$defs/Ticket",
            $defs: { Ticket: { title: "Ticket", type: "object", properties: { id: { type: "string" } } } },
          },
        },
      },
      { importFrom: "./defines" },
    );
    expect(warnings).toEqual([]);
    expect(typeCheck(dir, source)).toEqual([]);
    const shape = shapeOf(source);
    for (const declared of shape.types.keys()) expect(declared).toMatch(/^(DatedInput|RootedInput)/);
    expect(constFor(shape, "defineWorkflow", "rooted").types[0]).toBe("RootedInput");
    expect(shape.types.get("RootedInput")).toEqual(["id"]);
  });

  test("workflows are ordered by code unit, not by the locale", async () => {
    const { source } = await generate({ b: {}, a: {}, Z: {}, B: {}, é: {} });
    const order = [...shapeOf(source).consts.values()].map((c) => c.name);
    expect(order).toEqual(["B", "Z", "a", "b", "é"]);
  });
});

describe("one bad schema costs one type", () => {
  test("remote, file and dangling $refs and a schema 2,000 levels deep fall back to unknown with a warning", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const secret = join(dir, "secret.json");
    writeFileSync(secret, JSON.stringify({ type: "string" }));
    let deep: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 2000; i++) deep = { type: "object", properties: { a: deep } };
    const { source, warnings } = await generate(
      {
        remote: {
          input_schema: { type: "object", properties: { a: { $ref: "https://example.com/a.json" } } },
        },
        file: { input_schema: { $ref: pathToFileURL(secret).href } },
        relative: { input_schema: { $ref: "./secret.json" } },
        dangling: { input_schema: { type: "object", properties: { a: { $ref: "#/$defs/Nope" } } } },
        deep: {},
        fine: { input_schema: { type: "object", properties: { ok: { type: "boolean" } } } },
      },
      { importFrom: "./defines", inputSchemas: { deep } },
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(typeCheck(dir, source)).toEqual([]);
    const shape = shapeOf(source);
    for (const name of ["remote", "file", "relative", "dangling", "deep"])
      expect(constFor(shape, "defineWorkflow", name).types[0]).toBe("unknown");
    expect(constFor(shape, "defineWorkflow", "fine").types[0]).toBe("FineInput");
    expect(warnings.map((w) => [w.workflow, w.type])).toEqual([
      ["dangling", "DanglingInput"],
      ["deep", "DeepInput"],
      ["file", "FileInput"],
      ["relative", "RelativeInput"],
      ["remote", "RemoteInput"],
    ]);
    expect(warnings[0]!.message).toBe('$ref "#/$defs/Nope" does not resolve within the schema');
    expect(warnings[1]!.message).toBe("the schema is nested more than 100 levels deep");
    expect(warnings[4]!.message).toMatch(/remote and file references are not followed/);
  });

  test("$ref cycles and an index-signature property name cost one type; $defs with definitions still work", async () => {
    const { source, warnings } = await generate(
      {
        cycle: {
          input_schema: {
            type: "object",
            properties: { a: { $ref: "#/$defs/A" } },
            $defs: { A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } },
          },
        },
        index: {
          input_schema: {
            type: "object",
            properties: { "[k: string]": { type: "number" }, name: { type: "string" } },
            required: ["[k: string]"],
          },
        },
        both: {
          input_schema: {
            type: "object",
            properties: { a: { $ref: "#/$defs/A" }, b: { $ref: "#/definitions/B" } },
            $defs: { A: { type: "string" } },
            definitions: { B: { type: "integer" } },
          },
        },
      },
      { importFrom: "./defines" },
    );
    expect(typeCheck(dir, source)).toEqual([]);
    const shape = shapeOf(source);
    expect(warnings.map((w) => w.type)).toEqual(["CycleInput", "IndexInput"]);
    expect(warnings[1]!.message).toBe('the property name "[k: string]" cannot be written as a type');
    expect(constFor(shape, "defineWorkflow", "both").types[0]).toBe("BothInput");
    expect(source).toContain("export type BothInputA = string;");
    expect(source).toContain("export type BothInputB = number;");
    expect(shape.types.get("BothInput")).toEqual(["a", "b"]);
  });

  test("a schema nested as deep as allowed still becomes a type", async () => {
    let deep: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 40; i++) deep = { type: "object", properties: { a: deep } }; // 81 levels of JSON
    const { source, warnings } = await generate({ deep: { input_schema: deep } });
    expect(warnings).toEqual([]);
    expect(constFor(shapeOf(source), "defineWorkflow", "deep").types[0]).toBe("DeepInput");
  });
});

describe("no control character from the server is written raw", () => {
  const ESC = "\u001b";
  const CSI = "\u009b";
  test("descriptions, enum values, property names and warnings are escaped, string values unchanged", async () => {
    const { source, warnings } = await generate({
      [`shady${ESC}]52;c;aGk=\u0007`]: {
        input_schema: {
          type: "object",
          description: `clears ${CSI}2J the screen`,
          properties: {
            [`key${ESC}[31m`]: { type: "string", enum: [`v${CSI}2J`], description: `red ${ESC}[31m\r` },
          },
        },
        output_schema: { $ref: `#/$defs/${ESC}[2J` },
        signals: [
          { name: `sig${CSI}`, description: `bidi \u202e reversed`, input_schema: { type: "string" } },
        ],
      },
    });
    expect(source).not.toMatch(CONTROL);
    expect(source).not.toContain("\u202e");
    expect(source).toContain("clears \\u009b2J the screen");
    // In string literals the escape is the same character: the types are unchanged.
    const file = ts.createSourceFile("m.ts", source, ts.ScriptTarget.ES2022, true);
    const literals: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node)) literals.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(literals).toEqual(
      expect.arrayContaining([`v${CSI}2J`, `key${ESC}[31m`, `shady${ESC}]52;c;aGk=\u0007`, `sig${CSI}`]),
    );
    expect(warnings).toHaveLength(1);
    expect(`${warnings[0]!.workflow} ${warnings[0]!.message}`).not.toMatch(CONTROL);
    expect(warnings[0]!.message).toContain("\\u001b[2J");
  });
});
