/** Small readers of plain JSON Schema objects shared by the strict converter and the null restorer. */

export type Node = Record<string, unknown>;

/** True for a plain object (not an array, not null). */
export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Follows a local `$ref` (`#`, `#/$defs/x`, `#/definitions/x`) from `root`, a few hops at most.
 * Returns the node itself when it has no `$ref`, `undefined` when the reference leads nowhere.
 */
export function resolveRef(node: Node, root: Node): Node | undefined {
  let current: Node = node;
  for (let hop = 0; hop < 16 && typeof current.$ref === "string"; hop++) {
    const ref = current.$ref;
    if (!ref.startsWith("#")) return undefined;
    let target: unknown = root;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      target = isNode(target) ? target[key] : undefined;
    }
    if (!isNode(target)) return undefined;
    current = target;
  }
  return typeof current.$ref === "string" ? undefined : current;
}

/** The `type` keyword as a list (empty when absent). */
export function typesOf(node: Node): string[] {
  const type = node.type;
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === "string") : [];
}

/** Whether the schema accepts `null` (its type, enum, const, or one of its `anyOf`/`oneOf` branches). */
export function acceptsNull(node: Node, root: Node, depth = 0): boolean {
  const target = resolveRef(node, root);
  if (!target || depth > 32) return false;
  const types = typesOf(target);
  if (target.const === null) return true;
  if (Array.isArray(target.enum)) return target.enum.includes(null) && (types.length === 0 || types.includes("null"));
  if (types.includes("null")) return true;
  const branches = [...asList(target.anyOf), ...asList(target.oneOf)];
  return branches.some((branch) => isNode(branch) && acceptsNull(branch, root, depth + 1));
}

/** The value as an array (empty when it is not one). */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The `required` keyword as a set of names. */
export function requiredOf(node: Node): Set<string> {
  return new Set(asList(node.required).filter((name): name is string => typeof name === "string"));
}

/** A JSON Pointer segment (`~` and `/` escaped). */
export function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
