/**
 * Undoes the one change strict mode forces on a value: a property the original schema left optional
 * (and that does not accept `null` itself) comes back as `null`; here it becomes absent again.
 */
import { acceptsNull, asList, isNode, type Node, requiredOf, resolveRef, typesOf } from "./jsonSchema";

/**
 * A copy of `value` without the `null`s that stand for absent optional properties of `schema`.
 *
 * @param value The parsed JSON the model wrote.
 * @param schema The original (non-strict) JSON Schema.
 * @returns The value as the original schema expects it.
 * @example
 * restoreAbsent({ name: "Ada", age: null }, { type: "object", properties: { name: { type: "string" }, age: { type: "number" } }, required: ["name"] });
 * // { name: "Ada" }
 */
export function restoreAbsent(value: unknown, schema: Node): unknown {
  return restore(value, schema, schema, 0);
}

function restore(value: unknown, node: Node, root: Node, depth: number): unknown {
  const target = resolveRef(node, root);
  if (!target || depth > 256) return value;
  const allOf = asList(target.allOf);
  const schema = allOf.length === 1 && isNode(allOf[0]) ? { ...resolveRef(allOf[0], root), ...target } : target;
  if (Array.isArray(value)) {
    return isNode(schema.items) ? value.map((item) => restore(item, schema.items as Node, root, depth + 1)) : value;
  }
  if (!isNode(value)) return value;
  const branch = pickBranch(value, schema, root);
  if (branch) return restore(value, branch, root, depth + 1);
  if (!isNode(schema.properties)) return value;
  const properties = schema.properties;
  const required = requiredOf(schema);
  const out: Node = {};
  for (const [key, item] of Object.entries(value)) {
    const property = properties[key];
    if (!isNode(property)) {
      out[key] = item;
      continue;
    }
    if (item === null && !required.has(key) && !acceptsNull(property, root)) continue;
    out[key] = restore(item, property, root, depth + 1);
  }
  return out;
}

/** For a union, the first object branch whose properties cover every key of the value (and its `const`s agree). */
function pickBranch(value: Node, schema: Node, root: Node): Node | undefined {
  const branches = [...asList(schema.anyOf), ...asList(schema.oneOf)];
  for (const candidate of branches) {
    const branch = isNode(candidate) ? resolveRef(candidate, root) : undefined;
    if (!branch || !(typesOf(branch).includes("object") || isNode(branch.properties))) continue;
    const properties = isNode(branch.properties) ? branch.properties : {};
    const fits = Object.keys(value).every((key) => {
      const property = properties[key];
      return isNode(property) && (!("const" in property) || property.const === value[key]);
    });
    if (fits) return branch;
  }
  return undefined;
}
