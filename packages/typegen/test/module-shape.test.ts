/**
 * The last check of `generateWorkflowTypes()`: a module that holds anything but the `define*` import,
 * type declarations and `export const x = defineY<…>("…")` is refused, so nothing else can be emitted
 * even if a schema found a way past the keyword filter.
 */
import { describe, expect, test } from "vitest";
import { assertTypesAndDefines, GeneratedModuleShapeError, renameTypes } from "../src/module-shape.js";

const HANDLES = "@mistral-workflows/handles";
const IMPORT = 'import { defineSignal, defineWorkflow } from "@mistral-workflows/handles";\n';

describe("assertTypesAndDefines", () => {
  test("accepts the import, interfaces, type aliases and define* consts", async () => {
    await expect(
      assertTypesAndDefines(
        `${IMPORT}export interface AInput { a?: string; "b c": number }\nexport type AOutput = "x" | 1;\n` +
          'export const a = defineWorkflow<AInput, AOutput>("a");\nexport const aPing = defineSignal<unknown>("ping");\n',
        HANDLES,
      ),
    ).resolves.toBeUndefined();
    await expect(assertTypesAndDefines("export {};\n", HANDLES)).resolves.toBeUndefined();
  });

  test.each([
    ["a statement", "globalThis.pwned = 1;"],
    ["an enum (it emits code)", "export enum E { A = 1 }"],
    ["a call of anything but define*", 'export const a = fetch("https://example.com");'],
    ["a define* call with a computed argument", "export const a = defineWorkflow(`${process.env.KEY}`);"],
    ["a define* call with two arguments", 'export const a = defineWorkflow("a", globalThis.pwned = 1);'],
    ["two declarations in one const", 'export const a = defineWorkflow("a"), b = defineWorkflow("b");'],
    ["a let", 'export let a = defineWorkflow("a");'],
    ["another import", 'import fs from "node:fs";'],
    ["a side-effect import", 'import "./evil.js";'],
    ["define* imported from elsewhere", 'import { defineQuery } from "./evil.js";'],
    ["a re-export", 'export * from "./evil.js";'],
    ["a default export", "export default 1;"],
    ["a function", "export function f() {}"],
    ["a namespace", "export namespace N { export const x = 1; }"],
  ])("refuses %s", async (_kind, code) => {
    await expect(assertTypesAndDefines(`${IMPORT}${code}\n`, HANDLES)).rejects.toBeInstanceOf(
      GeneratedModuleShapeError,
    );
  });
});

test("renameTypes renames declarations and type references, never property names", async () => {
  const source =
    "export interface Foo { Foo?: Foo; list?: Foo[]; other?: Bar }\nexport type Bar = Foo | { Foo: string };\n";
  const renamed = await renameTypes(source, new Map([["Foo", "Foo2"]]));
  expect(renamed).toBe(
    "export interface Foo2 { Foo?: Foo2; list?: Foo2[]; other?: Bar }\nexport type Bar = Foo2 | { Foo: string };\n",
  );
});
