import { expect, test } from "vitest";
import { checkExamples } from "../lib/examples.ts";
import type { OpenAPIDocument } from "../lib/ref.ts";

/** A document with one example of every place the check looks, `bad` ones invalid on purpose. */
const doc: OpenAPIDocument = {
  openapi: "3.1.0",
  info: { title: "examples", version: "1" },
  paths: {
    "/things/{thing_id}": {
      parameters: [
        { name: "thing_id", in: "path", required: true, schema: { type: "string" }, example: "t1" },
      ],
      get: {
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", maximum: 10 }, example: 50 }, // bad
          { $ref: "#/components/parameters/Since" },
        ],
        responses: {
          "200": {
            description: "A thing.",
            headers: { "x-count": { schema: { type: "integer" }, example: "many" } }, // bad
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Thing" },
                example: { thing_id: "t1", size: 3 },
                examples: {
                  small: { value: { thing_id: "t2", size: -1 } }, // bad: minimum 0
                  shared: { $ref: "#/components/examples/SharedThing" },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    parameters: {
      Since: {
        name: "since",
        in: "query",
        schema: { type: "string", format: "date-time" },
        example: "yesterday",
      }, // bad
    },
    examples: { SharedThing: { value: { thing_id: "t3", size: 1, color: "red" } } },
    schemas: {
      Thing: {
        type: "object",
        required: ["thing_id"],
        properties: {
          thing_id: { type: "string", example: "t9" },
          size: { type: "integer", minimum: 0, examples: [0, 1.5] }, // bad: the second
          color: { anyOf: [{ type: "string", enum: ["red", "blue"] }, { type: "null" }], example: "green" }, // bad
        },
      },
    },
  },
};

test("every kind of example is found and judged against its own schema", () => {
  const results = checkExamples(doc);
  const summary = results.map((r) => [r.kind, r.where, r.errors.length > 0]);
  expect(summary).toEqual([
    ["parameter", "/paths/~1things~1%7Bthing_id%7D/parameters/0/example", false],
    ["parameter", "/paths/~1things~1%7Bthing_id%7D/get/parameters/0/example", true],
    ["parameter", "/components/parameters/Since/example", true],
    [
      "media type",
      "/paths/~1things~1%7Bthing_id%7D/get/responses/200/content/application~1json/example",
      false,
    ],
    [
      "media type",
      "/paths/~1things~1%7Bthing_id%7D/get/responses/200/content/application~1json/examples/small",
      true,
    ],
    [
      "media type",
      "/paths/~1things~1%7Bthing_id%7D/get/responses/200/content/application~1json/examples/shared",
      false,
    ],
    ["schema", "/components/schemas/Thing/properties/thing_id/example", false],
    ["schema", "/components/schemas/Thing/properties/size/examples/0", false],
    ["schema", "/components/schemas/Thing/properties/size/examples/1", true],
    ["schema", "/components/schemas/Thing/properties/color/example", true],
    ["header", "/paths/~1things~1%7Bthing_id%7D/get/responses/200/headers/x-count/example", true],
  ]);
});

test("errors say what is wrong and where", () => {
  const small = checkExamples(doc).find((r) => r.where.endsWith("/examples/small"));
  expect(small?.schema).toBe("/components/schemas/Thing");
  expect(small?.errors).toEqual(["/size must be >= 0 (#/components/schemas/Thing/properties/size/minimum)"]);
});

test("an unknown keyword in a schema is an error, not ignored", () => {
  const typo: OpenAPIDocument = {
    openapi: "3.1.0",
    paths: {},
    components: { schemas: { Thing: { type: "object", requried: ["x"], example: {} } } },
  };
  expect(() => checkExamples(typo)).toThrow(/unknown keyword: "requried"/);
});
