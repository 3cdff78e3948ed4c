/**
 * A value matching a JSON Schema, for the mock server's structured outputs and tool-call arguments:
 * the first enum value or `const`, the first non-null type of a union, every property of an object,
 * one item per array (or `minItems`), numbers inside their bounds, strings in their `format`.
 */
type Node = Record<string, unknown>;

const FORMATTED: Record<string, string> = {
  "date-time": "2024-01-02T03:04:05Z",
  date: "2024-01-02",
  time: "03:04:05",
  duration: "P1D",
  email: "ada@example.com",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/**
 * An example value of `schema`.
 *
 * @param schema A JSON Schema (local `$ref`s are followed; recursion stops at empty arrays or `null`).
 * @param key The property name, used as the text of a plain string.
 * @returns A value the schema accepts (for the schemas strict mode allows).
 * @example
 * jsonExample({ type: "object", properties: { name: { type: "string" } } }); // { name: "name" }
 */
export function jsonExample(schema: unknown, key = "value"): unknown {
  return example(schema, schema, key, 0);
}

function example(schema: unknown, root: unknown, key: string, depth: number): unknown {
  if (typeof schema !== "object" || schema === null || depth > 12) return null;
  const node = schema as Node;
  if (typeof node.$ref === "string") return example(lookup(node.$ref, root), root, key, depth + 1);
  if ("const" in node) return node.const;
  if (Array.isArray(node.enum)) return node.enum.find((value) => value !== null) ?? null;
  const branches = (Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : []) as Node[];
  if (branches.length > 0) {
    const branch = branches.find((candidate) => candidate?.type !== "null" && !(depth > 4 && candidate?.$ref)) ?? branches[0];
    return example(branch, root, key, depth + 1);
  }
  const types = (Array.isArray(node.type) ? node.type : [node.type]).filter((type) => type !== "null");
  switch (types[0] ?? (node.properties ? "object" : undefined)) {
    case "object": {
      const properties = (node.properties ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, example(property, root, name, depth + 1)]));
    }
    case "array": {
      const count = depth > 4 ? 0 : Math.max(typeof node.minItems === "number" ? node.minItems : 1, 1);
      return Array.from({ length: count }, () => example(node.items, root, key, depth + 1));
    }
    case "string":
      return FORMATTED[String(node.format)] ?? key;
    case "integer":
    case "number":
      return numberIn(node, types[0] === "integer");
    case "boolean":
      return true;
    default:
      return null;
  }
}

function numberIn(node: Node, integer: boolean): number {
  const low = typeof node.minimum === "number" ? node.minimum : typeof node.exclusiveMinimum === "number" ? node.exclusiveMinimum + 1 : undefined;
  const high = typeof node.maximum === "number" ? node.maximum : typeof node.exclusiveMaximum === "number" ? node.exclusiveMaximum - 1 : undefined;
  let value = low !== undefined && low > 42 ? low : high !== undefined && high < 42 ? high : 42;
  if (integer) value = Math.ceil(value);
  return value;
}

function lookup(ref: string, root: unknown): unknown {
  let target = root;
  for (const part of ref.replace(/^#\/?/, "").split("/").filter(Boolean)) {
    target = typeof target === "object" && target !== null ? (target as Node)[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  return target;
}
