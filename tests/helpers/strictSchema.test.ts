/**
 * The strict-mode conversion, schema by schema: what it must produce (every property required,
 * optional ones nullable, additionalProperties false, narrowing keywords dropped) and what it must refuse.
 */
import { describe, expect, it } from "vitest";
import { toStrictSchema } from "../../src/helpers/structured/strictSchema";
import { restoreAbsent } from "../../src/helpers/structured/restoreAbsent";

const str = { type: "string" };
const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: "object",
  properties,
  required,
  additionalProperties: false,
});

const converts: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
  ["a flat object: all required, no extra keys", { type: "object", properties: { a: str }, required: ["a"] }, object({ a: str })],
  ["an optional string becomes nullable", { type: "object", properties: { a: str } }, object({ a: { type: ["string", "null"] } })],
  [
    "an optional enum gets null in type and enum",
    { type: "object", properties: { e: { type: "string", enum: ["x", "y"] } } },
    object({ e: { type: ["string", "null"], enum: ["x", "y", null] } }),
  ],
  [
    "an already-nullable optional property is left as it is",
    { type: "object", properties: { n: { type: ["integer", "null"] } } },
    object({ n: { type: ["integer", "null"] } }),
  ],
  [
    "an optional anyOf gets a null branch",
    { type: "object", properties: { u: { anyOf: [str, { type: "number" }] } } },
    object({ u: { anyOf: [str, { type: "number" }, { type: "null" }] } }),
  ],
  [
    "an optional $ref is wrapped in anyOf with null, description kept outside",
    { type: "object", properties: { r: { $ref: "#/$defs/x", description: "d" } }, $defs: { x: str } },
    { ...object({ r: { description: "d", anyOf: [{ $ref: "#/$defs/x" }, { type: "null" }] } }), $defs: { x: str } },
  ],
  [
    "nested objects and arrays of objects are converted too",
    { type: "object", properties: { list: { type: "array", items: { type: "object", properties: { id: { type: "integer" } } } } }, required: ["list"] },
    object({ list: { type: "array", items: object({ id: { type: ["integer", "null"] } }) } }),
  ],
  [
    "narrowing keywords strict mode lacks are dropped, supported ones kept",
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: {
        s: { type: "string", minLength: 1, maxLength: 5, pattern: "^a", format: "email", default: "a" },
        l: { type: "array", items: str, uniqueItems: true, minItems: 1 },
        f: { type: "string", format: "uri" },
      },
      required: ["s", "l", "f"],
    },
    object({ s: { type: "string", pattern: "^a", format: "email" }, l: { type: "array", items: str, minItems: 1 }, f: { type: "string" } }),
  ],
  [
    "oneOf becomes anyOf; a single allOf is merged",
    { type: "object", properties: { o: { oneOf: [str, { type: "boolean" }] }, m: { allOf: [str], description: "m" } }, required: ["o", "m"] },
    object({ o: { anyOf: [str, { type: "boolean" }] }, m: { type: "string", description: "m" } }),
  ],
  [
    "a recursive schema through # is kept",
    { type: "object", properties: { name: str, children: { type: "array", items: { $ref: "#" } } }, required: ["name", "children"] },
    object({ name: str, children: { type: "array", items: { $ref: "#" } } }),
  ],
  [
    "$defs are converted",
    { type: "object", properties: { p: { $ref: "#/$defs/p" } }, required: ["p"], $defs: { p: { type: "object", properties: { q: str } } } },
    { ...object({ p: { $ref: "#/$defs/p" } }), $defs: { p: object({ q: { type: ["string", "null"] } }) } },
  ],
];

const refuses: Array<[string, Record<string, unknown>, string, RegExp]> = [
  ["patternProperties", { type: "object", properties: {}, patternProperties: { "^x": str } }, "#/patternProperties", /patternProperties/],
  [
    "a record (additionalProperties schema)",
    { type: "object", properties: { m: { type: "object", additionalProperties: { type: "number" } } } },
    "#/properties/m/additionalProperties",
    /free-form keys/,
  ],
  ["a property with no type (any value)", { type: "object", properties: { x: {} } }, "#/properties/x", /no type/],
  ["not", { type: "object", properties: { x: { type: "string", not: { const: "a" } } } }, "#/properties/x/not", /not/],
  ["a root that is not an object", { type: "array", items: str }, "#", /root must be an object/],
  ["a tuple", { type: "object", properties: { t: { type: "array", prefixItems: [str] } } }, "#/properties/t/prefixItems", /tuples/],
  ["an array without items", { type: "object", properties: { a: { type: "array" } } }, "#/properties/a/items", /items/],
  ["a remote $ref", { type: "object", properties: { a: { $ref: "https://example.com/s.json" } } }, "#/properties/a", /local references/],
];

describe("toStrictSchema converts", () => {
  it.each(converts)("%s", (_title, input, expected) => {
    expect(toStrictSchema(input)).toEqual({ ok: true, schema: expected });
  });
  it("does not change its input", () => {
    const input = { type: "object", properties: { a: str } };
    toStrictSchema(input);
    expect(input).toEqual({ type: "object", properties: { a: str } });
  });
});

describe("toStrictSchema refuses", () => {
  it.each(refuses)("%s", (_title, input, path, reason) => {
    expect(toStrictSchema(input)).toEqual({ ok: false, path, reason: expect.stringMatching(reason) });
  });
});

describe("restoreAbsent maps strict-mode nulls back to absent", () => {
  const schema = {
    type: "object",
    properties: {
      a: str,
      b: { type: ["string", "null"] },
      c: { type: "object", properties: { d: str } },
      list: { type: "array", items: { $ref: "#/$defs/item" } },
      u: {
        anyOf: [
          { type: "object", properties: { kind: { const: "x" }, y: str } },
          { type: "object", properties: { kind: { const: "z" }, w: str } },
        ],
      },
    },
    required: ["c", "list", "u"],
    $defs: { item: { type: "object", properties: { e: str } } },
  };
  it("only where the original was optional and did not accept null", () => {
    const value = { a: null, b: null, c: { d: null }, list: [{ e: null }, { e: "1" }], u: { kind: "z", w: null } };
    expect(restoreAbsent(value, schema)).toEqual({ b: null, c: {}, list: [{}, { e: "1" }], u: { kind: "z" } });
  });
});
