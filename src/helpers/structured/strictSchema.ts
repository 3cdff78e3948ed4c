/**
 * Converts an ordinary JSON Schema into one OpenAI accepts with `strict: true`: every object lists
 * all its properties in `required` and has `additionalProperties: false`; a property that was
 * optional becomes required and nullable (the parse helpers map its `null` back to absent);
 * keywords strict mode does not support but that only narrow a value (lengths, `uniqueItems`,
 * `default`…) are dropped, since the schema library still checks them locally; what cannot be
 * expressed (free-form maps, `not`, conditionals, tuples, a schema with no type) is refused with its path.
 */
import { asList, isNode, type Node, pointer, requiredOf, typesOf, acceptsNull } from "./jsonSchema";

/** The converted schema, or why it cannot be converted and where (a JSON Pointer such as `#/properties/tags`). */
export type StrictOutcome = { ok: true; schema: Node } | { ok: false; path: string; reason: string };

/** Keywords removed: they only narrow values, and the schema library validates them after parsing. */
const DROPPED = new Set([
  "$schema",
  "$comment",
  "default",
  "examples",
  "minLength",
  "maxLength",
  "minProperties",
  "maxProperties",
  "uniqueItems",
  "minContains",
  "maxContains",
  "readOnly",
  "writeOnly",
  "deprecated",
  "contentEncoding",
  "contentMediaType",
]);

/** Keywords that change which values are allowed in ways strict mode cannot express. */
const REFUSED: Record<string, string> = {
  patternProperties: "keys matching a pattern (patternProperties) cannot be expressed in strict mode",
  propertyNames: "constrained key names (propertyNames, e.g. a record) cannot be expressed in strict mode",
  not: "`not` is not supported in strict mode",
  if: "conditional schemas (if/then/else) are not supported in strict mode",
  dependentSchemas: "dependentSchemas is not supported in strict mode",
  dependentRequired: "dependentRequired is not supported in strict mode",
  prefixItems: "tuples (prefixItems) are not supported in strict mode",
  contains: "`contains` is not supported in strict mode",
  unevaluatedItems: "unevaluatedItems is not supported in strict mode",
};

/** The string formats strict mode understands; other formats are dropped (checked locally). */
const FORMATS = new Set(["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"]);

class Refusal {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

/**
 * Converts `schema` for strict mode.
 *
 * @param schema A JSON Schema object whose root is an object schema.
 * @returns `{ ok: true, schema }`, or `{ ok: false, path, reason }` naming what cannot be converted.
 * @example
 * toStrictSchema({ type: "object", properties: { a: { type: "string" } } });
 * // { ok: true, schema: { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false } }
 */
export function toStrictSchema(schema: Node): StrictOutcome {
  try {
    const converted = convert(schema, schema, "#");
    const types = typesOf(converted);
    if (types.length !== 1 || types[0] !== "object") throw new Refusal("#", "the root must be an object schema (wrap other values in an object property)");
    return { ok: true, schema: converted };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, path: error.path, reason: error.reason };
    throw error;
  }
}

function convert(input: unknown, root: Node, path: string): Node {
  if (!isNode(input)) throw new Refusal(path, `a schema must be an object, got ${JSON.stringify(input) ?? typeof input}`);
  let node: Node = { ...input };
  const allOf = asList(node.allOf);
  if (allOf.length > 1) throw new Refusal(path, "allOf with several schemas is not supported in strict mode");
  if (allOf.length === 1 && isNode(allOf[0])) {
    const { allOf: _allOf, ...rest } = node;
    node = { ...allOf[0], ...rest };
  }
  if (node.oneOf !== undefined) {
    const { oneOf, ...rest } = node;
    node = { ...rest, anyOf: oneOf }; // anyOf accepts what oneOf did; the schema library checks exclusivity
  }
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (key in REFUSED) throw new Refusal(pointer(path, key), REFUSED[key] as string);
    if (DROPPED.has(key) || (key === "format" && !FORMATS.has(String(value)))) continue;
    if (key === "unevaluatedProperties" && value === false) continue;
    if (key === "unevaluatedProperties") throw new Refusal(pointer(path, key), "unevaluatedProperties is not supported in strict mode");
    out[key] = value;
  }
  if (typeof out.$ref === "string" && !out.$ref.startsWith("#")) throw new Refusal(path, `only local references (#...) are supported, got ${out.$ref}`);
  for (const defs of ["$defs", "definitions"]) {
    if (isNode(out[defs])) out[defs] = mapEntries(out[defs] as Node, (key, value) => convert(value, root, pointer(pointer(path, defs), key)));
  }
  if (Array.isArray(out.anyOf)) out.anyOf = out.anyOf.map((branch, index) => convert(branch, root, pointer(pointer(path, "anyOf"), index)));
  const types = typesOf(out);
  if (types.includes("object") || isNode(out.properties)) convertObject(out, input, root, path);
  if (types.includes("array") || out.items !== undefined) {
    if (!isNode(out.items)) throw new Refusal(pointer(path, "items"), "an array schema needs one `items` schema in strict mode");
    out.items = convert(out.items, root, pointer(path, "items"));
  }
  const described = types.length > 0 || out.anyOf || out.$ref || out.enum || "const" in out;
  if (!described) throw new Refusal(path, "a schema with no type (any value) cannot be expressed in strict mode");
  return out;
}

function convertObject(out: Node, original: Node, root: Node, path: string): void {
  const extra = out.additionalProperties;
  if (extra !== undefined && extra !== false) {
    throw new Refusal(
      pointer(path, "additionalProperties"),
      "objects with free-form keys (additionalProperties, e.g. a record or map) cannot be expressed in strict mode",
    );
  }
  const required = requiredOf(original);
  const properties = isNode(out.properties) ? out.properties : {};
  out.properties = mapEntries(properties, (key, value) => {
    const converted = convert(value, root, pointer(pointer(path, "properties"), key));
    return required.has(key) ? converted : nullable(converted, root);
  });
  out.required = Object.keys(properties);
  out.additionalProperties = false;
}

/** The schema, also accepting `null` (the stand-in strict mode uses for an optional property). */
function nullable(node: Node, root: Node): Node {
  if (acceptsNull(node, root)) return node;
  const types = typesOf(node);
  if (types.length > 0 && !node.anyOf && !node.$ref && !("const" in node)) {
    const withNull: Node = { ...node, type: [...types, "null"] };
    if (Array.isArray(node.enum)) withNull.enum = [...node.enum, null];
    return withNull;
  }
  if (Array.isArray(node.anyOf) && !node.$ref) return { ...node, anyOf: [...node.anyOf, { type: "null" }] };
  if (Array.isArray(node.enum) && types.length === 0 && !("const" in node)) return { ...node, enum: [...node.enum, null] };
  const { description, ...rest } = node;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: "null" }] };
}

function mapEntries(node: Node, map: (key: string, value: unknown) => unknown): Node {
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, map(key, value)]));
}
